import { describe, expect, it } from 'vitest';
import { chooseMove } from '../ai';
import { applyMove, createAlea, createGame, type DecisionRule, type GameState, viewFor } from '../game';
import { CONCEPTS } from '../game/types';
import { playRandomGame } from '../../test/support/random-game';
import { tallyGame } from '../../test/selfplay/story-summary';
import { conceptCoverage, gameFigures, isStateChange, keyMoments, type MomentKind } from './debrief';
import { roundMaps } from './debrief-maps';
import { reflectionPrompts } from './debrief-prompts';
import { COUNTRY } from '../game/data/countries';

const SEEDS = ['debrief-1', 'debrief-2', 'debrief-3', 'debrief-4', 'debrief-5', 'debrief-6'];
/** Normal against Normal through the pure rules: unlike random play, it integrates countries. */
function aiGame(seed: string, decisionRule: DecisionRule): GameState {
  const rng = createAlea(seed);
  const G = createGame({ decisionRule }, rng);
  for (let n = 0; G.result === null; n++) {
    applyMove(G, G.active, chooseMove({ view: viewFor(G, G.active), level: 'normal', seed: `t:${n}` }).move, rng);
  }
  return G;
}

const games = [
  ...SEEDS.flatMap((seed) => [playRandomGame(seed, { decisionRule: 'unanimity' }).G, playRandomGame(seed, { decisionRule: 'majority' }).G]),
  aiGame('debrief-ai', 'unanimity'),
  // A seed whose game has an outvote (majority voting rarely fails; 2 of 5 seeds tried had one).
  aiGame('debrief-ai-2', 'majority'),
];

const count = (G: GameState, kind: MomentKind): number => keyMoments(G.log).filter((m) => m.kind === kind).length;

describe('key moments', () => {
  it('match a direct count of the log (the story report\'s tally) in seeded games', () => {
    for (const G of games) {
      const t = tallyGame({ winner: null, rounds: G.round, log: G.log, drawn: [] });
      const f = gameFigures(G.options.decisionRule, G.log, G.history, G.result);
      expect(f.vetoes).toBe(t.vetoes);
      expect(f.outvotes).toBe(t.outvotes);
      expect(count(G, 'integration')).toBe(t.integrations);
      expect(count(G, 'breakaway')).toBe(t.breakaways);
      expect(count(G, 'lure')).toBe(t.lures);
      expect(count(G, 'populist')).toBe(t.populistWins);
      expect(count(G, 'slide')).toBe(t.slides);
    }
  });

  it('the seeded games show enough to be a test: vetoes, outvotes, integrations and populist wins happen', () => {
    const total = (kind: MomentKind) => games.reduce((s, G) => s + count(G, kind), 0);
    for (const kind of ['veto', 'outvote', 'integration', 'populist'] as const) expect(total(kind), kind).toBeGreaterThan(0);
  });

  it('carry their entry\'s round, concept and countries, in log order', () => {
    for (const G of games) {
      let last = -1;
      for (const m of keyMoments(G.log)) {
        const entry = G.log[m.index];
        expect(entry?.round).toBe(m.round);
        expect(entry?.concept).toBe(m.concept);
        expect(m.index).toBeGreaterThan(last);
        last = m.index;
        for (const id of m.countries) expect(m.text.includes(COUNTRY[id].name) || m.kind === 'reform' || m.kind === 'veto' || m.kind === 'outvote').toBe(true);
      }
    }
  });
});

describe('concept coverage', () => {
  it('splits every concept into shown (with a state change) and not shown', () => {
    for (const G of games) {
      const { shown, missing } = conceptCoverage(G.log);
      expect([...shown.map((s) => s.concept), ...missing].sort()).toEqual([...CONCEPTS].sort());
      for (const s of shown) {
        expect(s.count).toBe(G.log.filter((e) => e.concept === s.concept && isStateChange(e) && !(e.cause.kind === 'rules' && e.cause.step === 'setup')).length);
      }
      const t = tallyGame({ winner: null, rounds: G.round, log: G.log, drawn: [] });
      expect(new Map(shown.map((s) => [s.concept, s.count]))).toEqual(t.changes);
    }
  });
});

describe('round maps', () => {
  it('end on the final position and replay forwards from the start through every logged change', () => {
    for (const G of games) {
      const maps = roundMaps(G.log, G.countries, G.round);
      expect(maps.map((m) => m.round)).toEqual(Array.from({ length: G.round + 1 }, (_, i) => i));
      const lastMap = maps[maps.length - 1];
      for (const [id, c] of Object.entries(lastMap?.countries ?? {})) {
        const real = G.countries[id as keyof typeof G.countries];
        expect(c).toEqual({ trust: real.trust, leverage: real.leverage, demTie: real.demTie, autTie: real.autTie });
      }
      // Forwards: every trust/leverage change starts from the value the maps say it had.
      const state = structuredClone(maps[0]?.countries) as Record<string, { trust: number; leverage: number }>;
      for (const entry of G.log) {
        const e = entry.event;
        if (e.type !== 'track' || (e.track !== 'trust' && e.track !== 'leverage') || !state[e.country]) continue;
        if (entry.cause.kind === 'rules' && entry.cause.step === 'setup') continue;
        expect(state[e.country]?.[e.track]).toBe(e.from);
        (state[e.country] as { trust: number; leverage: number })[e.track] = e.to;
      }
    }
  });
});

describe('reflection prompts', () => {
  it('are three to five, built from the game\'s own rounds and countries', () => {
    for (const G of games) {
      const moments = keyMoments(G.log);
      const prompts = reflectionPrompts({ moments, coverage: conceptCoverage(G.log), history: G.history, rule: G.options.decisionRule });
      expect(prompts.length).toBeGreaterThanOrEqual(3);
      expect(prompts.length).toBeLessThanOrEqual(5);
      expect(new Set(prompts).size).toBe(prompts.length);
      const named = moments.flatMap((m) => m.countries).map((id) => COUNTRY[id].name);
      if (named.length > 0) expect(prompts.some((p) => named.some((n) => p.includes(n)))).toBe(true);
      expect(prompts.some((p) => /round \d/.test(p))).toBe(true);
    }
  });
});
