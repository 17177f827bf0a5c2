/**
 * Classroom Quick ("The Veto Room, 2017–2022"): its data (countries in play, ten-card decks, the
 * world schedule in the record's order), the rules honouring the countries in play (legal moves,
 * refusals, effects, scoring, the map), a seeded game played to the end and its replay.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove, CARD, checkMove, COUNTRIES, createAlea, createGame, legalMoves, type LogEvent, scoreDetail, SCENARIOS, tryMove, viewFor,
} from '../../src/game';
import { BOARD_COLORS } from '../../src/render/palette';
import { inPlay, isInPlay, turnsPerRound } from '../../src/game/scenario-rules';
import { buildBoardSpec } from '../../src/render/view-model';
import { roundMaps } from '../../src/content/debrief-maps';
import { countriesNamed, playable, playRandomGame, replay, scenarioCards } from './scenario-support';

const ID = 'classroom-quick';
const DEF = SCENARIOS[ID];
const IN_PLAY = new Set(DEF.inPlay ?? []);
const OUT = COUNTRIES.filter((c) => !c.home && !IN_PLAY.has(c.id)).map((c) => c.id);
const fresh = () => createGame({ scenario: ID }, createAlea('cq'));

describe('Classroom Quick: data', () => {
  it('puts 14 board countries in play, lists state only for them, and has 20 out of play', () => {
    expect(IN_PLAY.size).toBe(14);
    for (const id of IN_PLAY) expect(playable(id), id).toBe(true);
    for (const id of Object.keys(DEF.countries)) expect(IN_PLAY.has(id as never), id).toBe(true);
    expect(OUT).toHaveLength(COUNTRIES.length - 2 - 14);
  });

  it('deals ten-card decks of each side\'s own cards, and schedules five record events of the world', () => {
    expect(DEF.decks?.dem).toHaveLength(10);
    expect(DEF.decks?.aut).toHaveLength(10);
    for (const { card, side } of scenarioCards(ID)) expect(CARD[card]?.side, card).toBe(side);
    expect(new Set(DEF.decks?.dem).size).toBe(10);
    expect(new Set(DEF.decks?.aut).size).toBe(10);
    expect(DEF.worldSchedule).toEqual([
      'greece-blocks-un-statement', 'hungary-blocks-hong-kong-statement', 'xinjiang-sanctions-cai-frozen',
      'lithuania-leaves-17-plus-1', 'vote-on-the-rule',
    ]);
    // One event a round: the schedule covers every round.
    expect(DEF.worldSchedule).toHaveLength(DEF.rounds);
  });

  it('fits a class period: at most 12 card plays a side', () => {
    expect(DEF.rounds * turnsPerRound({ scenario: ID })).toBeLessThanOrEqual(12);
  });

  it('uses only cards whose named countries are in play', () => {
    for (const { card } of scenarioCards(ID)) {
      const def = CARD[card];
      for (const id of countriesNamed(def.effects)) expect(IN_PLAY.has(id), `${card} names ${id}`).toBe(true);
      if (def.target?.ids) expect(def.target.ids.some((id) => IN_PLAY.has(id)), card).toBe(true);
    }
  });
});

describe('Classroom Quick: countries out of play', () => {
  it('start neutral and are never listed as targets in random games', () => {
    const start = fresh();
    for (const id of OUT) {
      expect(start.countries[id], id).toMatchObject({ trust: 0, leverage: 0, demTie: 'none', autTie: 'none', polarization: 0, resentment: 0 });
    }
    for (let g = 0; g < 6; g++) {
      playRandomGame(ID, `cq-out:${g}`, (G) => {
        for (const move of legalMoves(G, G.active)) {
          if ('target' in move && move.target !== undefined) expect(IN_PLAY.has(move.target), JSON.stringify(move)).toBe(true);
        }
      });
    }
  });

  it('are refused as targets with a clear reason, and nothing changes', () => {
    const G = fresh();
    // The Autocratic side moves first: play a card for its ops, then aim an action out of play.
    const opsMove = legalMoves(G, 'aut').find((m) => m.kind === 'play-ops');
    if (!opsMove) throw new Error('no card to play for its ops');
    applyMove(G, 'aut', opsMove, createAlea('ops'));
    const before = JSON.stringify(G);
    expect(checkMove(G, 'aut', { kind: 'action', action: 'invest', target: 'BRA' })).toBe('Brazil is out of play in this scenario');
    expect(tryMove(G, 'aut', { kind: 'action', action: 'invest', target: 'BRA' }, createAlea('x'))).toBe('Brazil is out of play in this scenario');
    expect(JSON.stringify(G)).toBe(before);
    // A card event aimed out of play is refused the same way (Wolf-Warrior Diplomacy targets any country with trust and leverage).
    G.pending = null;
    G.sides.aut.hand.push('wolf-warrior-diplomacy');
    expect(checkMove(G, 'aut', { kind: 'play-event', card: 'wolf-warrior-diplomacy', target: 'IND' })).toBe('India is out of play in this scenario');
  });

  it('never score, even if their state were set by hand, and the region majority counts only countries in play', () => {
    const G = fresh();
    const baseline = scoreDetail(G);
    G.countries.BRA = { ...G.countries.BRA, demTie: 'member', trust: 5, leverage: 5, autTie: 'framework', framework: 'sco' };
    expect(scoreDetail(G)).toEqual(baseline);
    expect(scoreDetail(G).some((line) => 'country' in line && !isInPlay(G, line.country))).toBe(false);
    // Europe in play weighs 13 (the United Kingdom is out): the bloc's seven members hold it.
    expect(baseline.some((line) => line.part === 'regions' && line.region === 'europe')).toBe(true);
    expect(inPlay(G)).toHaveLength(14);
  });

  it('are drawn greyed, with no badge chips', () => {
    const spec = buildBoardSpec(viewFor(fresh(), 'dem'), { highlighted: [], selected: null });
    const byId = new Map(spec.countries.map((c) => [c.id, c]));
    expect(byId.get('BRA')).toMatchObject({ inPlay: false, chips: [] });
    expect(byId.get('DEU')?.inPlay).toBe(true);
    expect(byId.get('USA')?.inPlay).toBe(true);
    expect(byId.get('BRA')?.fill).toBe(BOARD_COLORS.backdropLand);
    expect(new Set(OUT.map((id) => byId.get(id)?.fill)).size).toBe(1);
  });
});

describe('Classroom Quick: a seeded game', () => {
  it('plays to the end in five rounds, each side playing at most 10 cards, world events in the record\'s order', () => {
    for (let g = 0; g < 4; g++) {
      const { G, moves } = playRandomGame(ID, `cq-game:${g}`);
      expect(G.result).not.toBeNull();
      expect(G.round).toBeLessThanOrEqual(DEF.rounds);
      for (const side of ['dem', 'aut'] as const) {
        const plays = moves.filter((m) => m.side === side && (m.move.kind === 'play-ops' || m.move.kind === 'play-event'));
        expect(plays.length).toBeLessThanOrEqual(10);
      }
      const world = G.log.map((e) => e.event).filter((e): e is Extract<LogEvent, { type: 'world-event' }> => e.type === 'world-event').map((e) => e.card);
      expect(world).toEqual(DEF.worldSchedule?.slice(0, G.round));
      // The schedule is not reshuffled when it runs out.
      if (G.round === DEF.rounds) expect(G.world.upcoming).toBeNull();
    }
  });

  it('opens with Greece blocking the statement at the UN: a veto under unanimity', () => {
    const G = fresh();
    const votes = G.log.map((e) => e.event).filter((e) => e.type === 'bloc-decision');
    expect(votes[0]).toMatchObject({ decision: 'common-statement', rule: 'unanimity', passed: false, against: ['GRC'] });
    expect(G.tally.vetoes).toBe(1);
    expect(G.world.upcoming).toBe('hungary-blocks-hong-kong-statement');
  });

  it('replays to the identical state from its seed and moves', () => {
    const { G, moves } = playRandomGame(ID, 'cq-replay');
    expect(JSON.stringify(replay(ID, 'cq-replay', moves))).toBe(JSON.stringify(G));
  });
});

describe('Classroom Quick: the debrief', () => {
  it('maps trust and leverage by round for the countries in play only', () => {
    const { G } = playRandomGame(ID, 'cq-debrief');
    const maps = roundMaps(G.log, G.countries, G.round);
    for (const map of maps) expect(Object.keys(map.countries).sort()).toEqual([...IN_PLAY].sort());
  });
});
