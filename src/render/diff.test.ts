import { describe, expect, it } from 'vitest';
import { applyMove, type CountryId, createAlea, createGame, type GameState, legalMoves, type Move, TARGETABLE, viewFor } from '../game';
import { holdBlocDecision } from '../game/bloc';
import { addLog, RULES_CAUSE } from '../game/log';
import { changeTrack, type Origin, setDemTie, setRegime } from '../game/mutate';
import { type BoardEvent, diff, NAMED_EVENTS } from './diff';

/** A fresh game with the positions these tests read set explicitly (scenarios get retuned). */
function game(seed = 'diff'): GameState {
  const G = createGame(undefined, createAlea(seed));
  const none = { demTie: 'none', autTie: 'none', framework: null, polarization: 0, resentment: 0 } as const;
  for (const id of ['DEU', 'FRA', 'ITA', 'POL']) Object.assign(G.countries[id as CountryId], { demTie: 'member', leverage: 1 });
  // Greece and Hungary vote against the bloc's line: leverage 4 above their trust of 3.
  Object.assign(G.countries.GRC, { ...none, demTie: 'member', trust: 3, leverage: 4 });
  Object.assign(G.countries.HUN, { ...none, demTie: 'member', trust: 3, leverage: 4, regime: 'hybrid' });
  Object.assign(G.countries.GBR, { ...none, demTie: 'ally', trust: 4 });
  Object.assign(G.countries.SAU, { ...none, leverage: 1, regime: 'autocracy' });
  Object.assign(G.countries.BRA, { ...none, demTie: 'partner', trust: 1, regime: 'democracy' });
  Object.assign(G.countries.ETH, { ...none, autTie: 'deal', leverage: 3 });
  Object.assign(G.countries.POL, { polarization: 1, regime: 'democracy' });
  G.sides.dem.decisionRule = 'unanimity';
  G.worldOrder = 0;
  return G;
}
const kinds = (events: readonly BoardEvent[]): string[] => events.map((e) => e.kind);
const UPKEEP: Origin = { cause: RULES_CAUSE.upkeep, concept: 'integration' };

/** The events of one change to a copy of G. */
function eventsOf(G: GameState, change: (next: GameState) => void): BoardEvent[] {
  const next = structuredClone(G);
  change(next);
  return diff(viewFor(G, 'dem'), viewFor(next, 'dem'));
}

describe('diff', () => {
  it('is empty for the first view and for an unchanged view', () => {
    const G = game();
    expect(diff(null, viewFor(G, 'dem'))).toEqual([]);
    expect(diff(viewFor(G, 'dem'), viewFor(G, 'dem'))).toEqual([]);
  });

  it('reports track changes per country with old and new values', () => {
    const events = eventsOf(game(), (G) => changeTrack(G, 'SAU', 'leverage', 2, UPKEEP));
    expect(events).toEqual([{ kind: 'track', country: 'SAU', track: 'leverage', from: 1, to: 3 }]);
  });

  it('reports a trust gain in a democracy with its common-values bonus as one net change', () => {
    const events = eventsOf(game(), (G) => changeTrack(G, 'BRA', 'trust', 1, UPKEEP));
    expect(events).toContainEqual({ kind: 'track', country: 'BRA', track: 'trust', from: 1, to: 3 });
  });

  it('turns a veto in the new log entries into a veto event with the vetoing members and the target', () => {
    const events = eventsOf(game(), (G) => {
      addLog(G, { kind: 'action', side: 'dem', action: 'sanction' }, 'bloc', { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 });
      holdBlocDecision(G, 'sanction', { cause: { kind: 'action', side: 'dem', action: 'sanction' }, concept: 'bloc' });
    });
    const veto = events.find((e) => e.kind === 'veto');
    expect(veto).toEqual({ kind: 'veto', decision: 'sanction', rule: 'unanimity', against: ['GRC', 'HUN'], target: 'RUS' });
  });

  it('does not report a passed bloc decision as a veto', () => {
    const events = eventsOf(game(), (G) => {
      G.countries.GRC.leverage = 1;
      G.countries.HUN.leverage = 1;
      holdBlocDecision(G, 'common-statement', { cause: RULES_CAUSE.standing, concept: 'bloc' });
    });
    expect(kinds(events)).not.toContain('veto');
  });

  it('reports an integration (tie to member) as a named event and a tie change', () => {
    const events = eventsOf(game(), (G) => setDemTie(G, 'GBR', 'member', UPKEEP));
    expect(events).toContainEqual({ kind: 'integration', country: 'GBR' });
    expect(events).toContainEqual({ kind: 'dem-tie', country: 'GBR', from: 'ally', to: 'member' });
    expect(kinds(events).indexOf('integration')).toBeLessThan(kinds(events).indexOf('dem-tie'));
  });

  it('reports a defection from the coercion check and its state changes', () => {
    const events = eventsOf(game(), (G) => {
      const origin: Origin = { cause: RULES_CAUSE.coercionCheck, concept: 'coerced-bloc-collapse' };
      addLog(G, origin.cause, origin.concept, { type: 'defection', country: 'ETH' }, 'resentment-exceeds');
      G.countries.ETH.autTie = 'none';
      G.countries.ETH.leverage = 0;
    });
    expect(events[0]).toEqual({ kind: 'defection', country: 'ETH' });
    expect(events).toContainEqual({ kind: 'aut-tie', country: 'ETH', from: 'deal', to: 'none', framework: null });
    expect(events).toContainEqual({ kind: 'track', country: 'ETH', track: 'leverage', from: 3, to: 0 });
  });

  it('reports a populist election but not a mainstream one, and a regime slide', () => {
    const events = eventsOf(game(), (G) => {
      const origin: Origin = { cause: RULES_CAUSE.election, concept: 'disinformation' };
      addLog(G, origin.cause, origin.concept, { type: 'election', country: 'ITA', populist: false });
      addLog(G, origin.cause, origin.concept, { type: 'election', country: 'POL', populist: true });
      setRegime(G, 'POL', 'hybrid', origin);
    });
    expect(events.filter((e) => e.kind === 'populist-election')).toEqual([{ kind: 'populist-election', country: 'POL' }]);
    expect(events).toContainEqual({ kind: 'regime', country: 'POL', from: 'democracy', to: 'hybrid' });
  });

  it('reports a World Order shift last', () => {
    const events = eventsOf(game(), (G) => {
      G.worldOrder = -3;
      changeTrack(G, 'SAU', 'leverage', 1, UPKEEP);
    });
    expect(events.at(-1)).toEqual({ kind: 'world-order', from: 0, to: -3 });
  });

  it('does not call a decision with no members to vote a veto', () => {
    const events = eventsOf(game(), (G) => {
      for (const id of TARGETABLE) if (G.countries[id].demTie === 'member') G.countries[id].demTie = 'ally';
      holdBlocDecision(G, 'sanction', { cause: RULES_CAUSE.standing, concept: 'bloc' });
    });
    expect(kinds(events)).not.toContain('veto');
  });

  it('reports a decision outvoted under majority voting as a veto event under that rule', () => {
    const events = eventsOf(game(), (G) => {
      G.sides.dem.decisionRule = 'majority';
      // A member votes against an enlargement only when it has lost trust in the bloc (below 2).
      for (const id of ['DEU', 'FRA', 'ITA', 'POL'] as const) G.countries[id].trust = 1;
      holdBlocDecision(G, 'integration', { cause: RULES_CAUSE.standing, concept: 'bloc' });
    });
    expect(events.find((e) => e.kind === 'veto')).toMatchObject({ rule: 'majority', decision: 'integration' });
  });

  it('returns nothing when the new log does not extend the old one (a new game)', () => {
    const a = viewFor(game('one'), 'dem');
    const b = structuredClone(game('two'));
    b.worldOrder = 5;
    b.log = b.log.slice(0, 1);
    expect(diff(a, viewFor(b, 'dem'))).toEqual([]);
  });

  it('matches the state over a real game: every change is reported, named events only from new log lines', () => {
    const rng = createAlea('diff-game');
    const pick = createAlea('diff-pick');
    const G = createGame(undefined, rng);
    let before = viewFor(G, 'aut');
    let named = 0;
    for (let step = 0; step < 400 && G.result === null; step++) {
      const options = legalMoves(G, G.active);
      applyMove(G, G.active, options[Math.trunc(pick() * options.length)] as Move, rng);
      const after = viewFor(G, 'aut');
      const events = diff(before, after);
      for (const e of events) {
        if (e.kind === 'track') expect([before.countries[e.country][e.track], after.countries[e.country][e.track]]).toEqual([e.from, e.to]);
        if (e.kind === 'dem-tie') expect(after.countries[e.country].demTie).toBe(e.to);
        if (e.kind === 'world-order') expect(after.worldOrder).toBe(e.to);
      }
      const fresh = after.log.slice(before.log.length);
      const vetoes = fresh.filter((l) => l.event.type === 'bloc-decision' && !l.event.passed && l.event.against.length > 0).length;
      expect(events.filter((e) => e.kind === 'veto')).toHaveLength(vetoes);
      named += events.filter((e) => NAMED_EVENTS.includes(e.kind)).length;
      before = after;
    }
    expect(named).toBeGreaterThanOrEqual(0);
  });
});
