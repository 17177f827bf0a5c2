/**
 * Classroom Quick ("The Veto Room, 2017–2022"): its data (countries in play, ten-card decks, four
 * rounds, the world schedule in the record's order with two events sharing round 2), the rules
 * honouring the countries in play (legal moves, refusals, effects, scoring, the map), a seeded game
 * played to the end and its replay.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove, CARD, checkMove, COUNTRIES, createAlea, createGame, legalMoves, type LogEvent, scoreDetail, SCENARIOS, tryMove, viewFor,
} from '../../src/game';
import { BOARD_COLORS } from '../../src/render/palette';
import { inPlay, isInPlay, scheduledEvents, scheduledWorldDeck, turnsPerRound } from '../../src/game/scenario-rules';
import { startRound } from '../../src/game/round';
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
    // The record's order: Greece (June 2017); the Xinjiang sanctions (March 2021, with the
    // counter-sanctions that froze the investment agreement) and Hungary's veto on Hong Kong
    // (April 2021) share the spring of 2021; Lithuania leaves the 17+1 (May 2021); the vote (2022).
    expect(DEF.worldSchedule).toEqual([
      'greece-blocks-un-statement', ['xinjiang-sanctions-cai-frozen', 'hungary-blocks-hong-kong-statement'],
      'lithuania-leaves-17-plus-1', 'vote-on-the-rule',
    ]);
    expect(scheduledWorldDeck(ID)).toEqual([
      'greece-blocks-un-statement', 'xinjiang-sanctions-cai-frozen', 'hungary-blocks-hong-kong-statement',
      'lithuania-leaves-17-plus-1', 'vote-on-the-rule',
    ]);
    // One entry a round: the schedule covers every round.
    expect(DEF.worldSchedule).toHaveLength(DEF.rounds);
    expect(scheduledEvents({ scenario: ID }, 2)).toHaveLength(2);
    expect(scheduledEvents({ scenario: ID }, 5)).toEqual([]);
  });

  it('fits a class period: four rounds of two turns, eight card plays a side (at most 12)', () => {
    expect(DEF.rounds).toBe(4);
    expect(turnsPerRound({ scenario: ID })).toBe(2);
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
  it('plays to the end in four rounds, a card for every turn (eight a side), world events in the record\'s order', () => {
    let full = 0;
    for (let g = 0; g < 6; g++) {
      const { G, moves } = playRandomGame(ID, `cq-game:${g}`);
      expect(G.result).not.toBeNull();
      expect(G.round).toBeLessThanOrEqual(DEF.rounds);
      for (const side of ['dem', 'aut'] as const) {
        const plays = moves.filter((m) => m.side === side && (m.move.kind === 'play-ops' || m.move.kind === 'play-event'));
        // Hands of 5 refilled from ten-card decks (the discard reshuffled in round 4): never short of a card.
        expect(plays).toHaveLength(G.round * turnsPerRound(G));
        expect(plays.length).toBeLessThanOrEqual(8);
      }
      const world = G.log.map((e) => e.event).filter((e): e is Extract<LogEvent, { type: 'world-event' }> => e.type === 'world-event').map((e) => e.card);
      expect(world).toEqual(Array.from({ length: G.round }, (_, i) => scheduledEvents(G, i + 1)).flat());
      // The schedule is not reshuffled when it runs out.
      if (G.round === DEF.rounds) {
        full += 1;
        expect(G.world.upcoming).toBeNull();
        expect(G.world.discard).toEqual(scheduledWorldDeck(ID));
      }
    }
    expect(full).toBeGreaterThan(0);
  });

  it('opens round 2 with both events of the spring of 2021, the sanctions first, then Hungary\'s veto', () => {
    const G = fresh();
    // Nobody has moved: the board is the starting one when round 2 begins.
    const from = G.log.length;
    startRound(G, createAlea('r2'));
    const events = G.log.slice(from).map((e) => e.event);
    const world = events.filter((e) => e.type === 'world-event');
    expect(world).toEqual([
      { type: 'world-event', card: 'xinjiang-sanctions-cai-frozen', next: 'hungary-blocks-hong-kong-statement' },
      { type: 'world-event', card: 'hungary-blocks-hong-kong-statement', next: 'lithuania-leaves-17-plus-1' },
    ]);
    const votes = events.filter((e) => e.type === 'bloc-decision');
    // Greece (leverage 3 over trust 2) blocks the sanctions; Hungary (3 and 3) does not, until Beijing's hold grows.
    expect(votes).toMatchObject([
      { decision: 'sanction', passed: false, against: ['GRC'] },
      { decision: 'common-statement', passed: false, against: ['GRC', 'HUN'] },
    ]);
    expect(G.countries.HUN.leverage).toBe(4);
    expect(G.world.upcoming).toBe('lithuania-leaves-17-plus-1');
    expect(G.round).toBe(2);
  });

  it('opens with Greece blocking the statement at the UN: a veto under unanimity', () => {
    const G = fresh();
    const votes = G.log.map((e) => e.event).filter((e) => e.type === 'bloc-decision');
    expect(votes[0]).toMatchObject({ decision: 'common-statement', rule: 'unanimity', passed: false, against: ['GRC'] });
    expect(G.tally.vetoes).toBe(1);
    expect(G.world.upcoming).toBe('xinjiang-sanctions-cai-frozen');
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
