/**
 * Cold War, 1955–1991: its data (homes moved to Moscow, countries in play, decks, the world
 * schedule in the record's order, the Autocratic side's own bloc), the Crush action, the bloc
 * breaking apart when coercion lapses, a seeded game played to the end and its replay.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove, CARD, checkMove, createAlea, createGame, type GameState, legalMoves, type LogEvent, SCENARIOS, viewFor,
} from '../../src/game';
import { homeOf, inPlay, isInPlay, scheduledWorldDeck } from '../../src/game/scenario-rules';
import { resolveRound } from '../../src/game/round';
import { applyEffects } from '../../src/game/effects';
import { TRACK_MAX } from '../../src/game/types';
import { RULES } from '../../src/game/rules-config';
import { buildBoardSpec } from '../../src/render/view-model';
import { countriesNamed, playable, playRandomGame, replay, scenarioCards } from './scenario-support';

const ID = 'cold-war';
const DEF = SCENARIOS[ID];
const fresh = () => createGame({ scenario: ID }, createAlea('cw'));
const PACT = (Object.keys(DEF.countries) as Array<keyof typeof DEF.countries>).filter((id) => DEF.countries[id]?.framework === 'pact');

/** The position at the start with the Autocratic side to play a card for its ops (so an action can follow). */
function withOps(G: GameState): GameState {
  const ops = legalMoves(G, 'aut').find((m) => m.kind === 'play-ops');
  if (!ops) throw new Error('no card to play for its ops');
  applyMove(G, 'aut', ops, createAlea('ops'));
  return G;
}

describe('Cold War: data', () => {
  it('puts the Autocratic home in Moscow and China in play, and lists state only for countries in play', () => {
    const G = fresh();
    expect(homeOf(G, 'RUS')).toBe('aut');
    expect(homeOf(G, 'USA')).toBe('dem');
    expect(homeOf(G, 'CHN')).toBeNull();
    expect(isInPlay(G, 'CHN')).toBe(true);
    expect(isInPlay(G, 'RUS')).toBe(false);
    for (const id of DEF.inPlay ?? []) expect(playable(id) || id === 'CHN', id).toBe(true);
    for (const id of Object.keys(DEF.countries)) expect(isInPlay(G, id as never), id).toBe(true);
  });

  it('deals decks of each side\'s own cards and schedules the record\'s eight events in order, one a round', () => {
    for (const { card, side } of scenarioCards(ID)) expect(CARD[card]?.side, card).toBe(side);
    expect(DEF.worldSchedule).toEqual([
      'hungarian-revolution', 'suez-crisis', 'sino-soviet-split', 'prague-spring', 'nixon-in-china', 'solidarity',
      'end-of-coercion', 'soviet-dissolution',
    ]);
    expect(DEF.worldSchedule).toHaveLength(DEF.rounds);
  });

  it('names only countries in play (or the Autocratic home, which an effect leaves alone) on its cards', () => {
    const G = fresh();
    for (const { card } of scenarioCards(ID)) {
      for (const id of countriesNamed(CARD[card].effects)) expect(isInPlay(G, id) || homeOf(G, id) !== null, `${card} names ${id}`).toBe(true);
    }
  });

  it('labels every fact beyond the article as a historical note', () => {
    for (const card of scheduledWorldDeck(ID) ?? []) expect(CARD[card].reference, card).toMatch(/Historical note beyond the article|The article/);
    expect(CARD['sino-soviet-split'].reference).toMatch(/Historical note beyond the article/);
  });

  it('starts the Autocratic side\'s own bloc: Poland, Hungary, the Baltic republics, Kazakhstan, China, Vietnam', () => {
    expect(PACT.sort()).toEqual(['CHN', 'HUN', 'KAZ', 'LTU', 'POL', 'VNM']);
  });
});

describe('Cold War: the coerced bloc', () => {
  it('opens with Hungary in revolt: it will break away at resolution unless crushed', () => {
    const G = fresh();
    expect(G.countries.HUN.resentment).toBeGreaterThan(G.countries.HUN.leverage);
  });

  it('lets the Autocratic side crush a revolt in its bloc, at the price of ops, capital and trust toward the West', () => {
    const G = withOps(fresh());
    const capital = G.sides.aut.capital;
    const before = { ...G.countries.HUN };
    expect(legalMoves(G, 'aut')).toContainEqual({ kind: 'action', action: 'crush', target: 'HUN' });
    expect(checkMove(G, 'aut', { kind: 'action', action: 'crush', target: 'HUN' })).toBeNull();
    applyMove(G, 'aut', { kind: 'action', action: 'crush', target: 'HUN' }, createAlea('crush'));
    expect(G.countries.HUN.resentment).toBe(before.resentment - RULES.crush.relief);
    expect(G.countries.HUN.trust).toBe(before.trust + RULES.crush.trustGain);
    expect(G.sides.aut.capital).toBe(capital - RULES.costs.crushCapital);
    expect(G.countries.HUN.autTie).toBe('framework');
  });

  it('refuses to crush outside the bloc, where there is no revolt, or in a scenario without a bloc', () => {
    const G = withOps(fresh());
    expect(checkMove(G, 'aut', { kind: 'action', action: 'crush', target: 'EGY' })).toMatch(/own bloc/);
    expect(checkMove(G, 'aut', { kind: 'action', action: 'crush', target: 'LTU' })).toBe('there is no revolt to crush');
    const other = withOps(createGame({ scenario: 'competing-visions' }, createAlea('cv')));
    other.countries.HUN.resentment = 2;
    expect(checkMove(other, 'aut', { kind: 'action', action: 'crush', target: 'HUN' })).toMatch(/no bloc of its own/);
    expect(legalMoves(other, 'aut').some((m) => m.kind === 'action' && m.action === 'crush')).toBe(false);
  });

  it('lets Moscow bring only its clients of the time into its camp: no SCO or 16+1 in 1955', () => {
    const G = withOps(fresh());
    G.pending = { side: 'aut', card: G.pending?.card ?? 'win-win-cooperation', opsLeft: 3 };
    expect(checkMove(G, 'aut', { kind: 'action', action: 'framework', target: 'EGY', framework: 'pact' })).toBeNull();
    expect(checkMove(G, 'aut', { kind: 'action', action: 'framework', target: 'IND', framework: 'sco' })).toBe('no country can join this framework in this scenario');
    expect(checkMove(G, 'aut', { kind: 'action', action: 'framework', target: 'IND', framework: 'pact' })).toMatch(/clients of the time/);
    const joins = legalMoves(G, 'aut').filter((m) => m.kind === 'action' && m.action === 'framework');
    expect(joins.every((m) => m.kind === 'action' && m.framework === 'pact')).toBe(true);
    // Elsewhere nobody joins the Pact.
    const other = withOps(createGame({ scenario: 'competing-visions' }, createAlea('cv')));
    other.pending = { side: 'aut', card: other.pending?.card ?? 'win-win-cooperation', opsLeft: 3 };
    expect(checkMove(other, 'aut', { kind: 'action', action: 'framework', target: 'EGY', framework: 'pact' })).toBe('no country can join this framework in this scenario');
  });

  it('breaks apart when coercion lapses: a member whose resentment outweighs the leverage leaves at resolution', () => {
    const G = fresh();
    resolveRound(G, createAlea('resolve'));
    // Hungary was not crushed: it left the bloc, and Moscow's hold on it is gone.
    expect(G.countries.HUN).toMatchObject({ autTie: 'none', framework: null, leverage: 0 });
    expect(G.log.some((e) => e.event.type === 'defection' && e.event.country === 'HUN')).toBe(true);
  });

  it('breaks only from within: no sanction or sanction card reaches a member of the Pact, while a client outside it can be sanctioned', () => {
    const G = fresh();
    // The Democratic side to spend ops, with Export Controls and a trade deal in hand.
    G.active = 'dem';
    G.sides.dem.hand = ['export-controls', 'trade-agreement'];
    G.sides.dem.capital = 6;
    G.countries.POL.regime = 'hybrid'; // so that Trade Agreement could reach it
    const before = structuredClone(G);
    for (const id of PACT) {
      expect(checkMove(G, 'dem', { kind: 'play-event', card: 'export-controls', target: id }), id).toMatch(/own bloc: .* sanctions cannot cut that leverage/);
    }
    const exportTargets = legalMoves(G, 'dem').flatMap((m) => (m.kind === 'play-event' && m.card === 'export-controls' && m.target ? [m.target] : []));
    expect(exportTargets).toContain('EGY');
    expect(exportTargets.filter((id) => PACT.includes(id as never))).toEqual([]);
    // A trade deal is not a sanction: it still loosens Moscow's hold where it may go.
    expect(checkMove(G, 'dem', { kind: 'play-event', card: 'trade-agreement', target: 'POL' })).toBeNull();
    // The Sanction action: refused on the Pact, allowed on Egypt (a deal, not the bloc).
    G.pending = { side: 'dem', card: 'trade-agreement', opsLeft: 3 };
    G.sides.dem.hand = ['export-controls'];
    expect(checkMove(G, 'dem', { kind: 'action', action: 'sanction', target: 'HUN' })).toMatch(/Hungary is in the Autocratic side's own bloc/);
    expect(checkMove(G, 'dem', { kind: 'action', action: 'sanction', target: 'EGY' })).toBeNull();
    const sanctions = legalMoves(G, 'dem').flatMap((m) => (m.kind === 'action' && m.action === 'sanction' ? [m.target] : []));
    expect(sanctions).toContain('EGY');
    expect(sanctions.some((id) => PACT.includes(id as never))).toBe(false);
    // Checking a refused move changes nothing.
    expect(G.countries).toEqual(before.countries);
  });

  it('shields only the Cold War\'s bloc: elsewhere a framework member can be sanctioned', () => {
    const other = createGame({ scenario: 'competing-visions' }, createAlea('cv'));
    const member = inPlay(other).find((id) => other.countries[id].autTie === 'framework' && other.countries[id].leverage > 0 && other.countries[id].demTie !== 'ally' && other.countries[id].demTie !== 'member');
    if (!member) throw new Error('no framework member to sanction');
    other.active = 'dem';
    other.sides.dem.capital = 6;
    other.pending = { side: 'dem', card: 'export-controls', opsLeft: 3 };
    expect(checkMove(other, 'dem', { kind: 'action', action: 'sanction', target: member })).toBeNull();
  });

  it('ends coercion in 1989: the hold on every member drops, its people rise, and no revolt can be crushed any more', () => {
    const G = withOps(fresh());
    G.pending = { side: 'aut', card: G.pending?.card ?? 'win-win-cooperation', opsLeft: 3 };
    expect(checkMove(G, 'aut', { kind: 'action', action: 'crush', target: 'HUN' })).toBeNull();
    const before = Object.fromEntries(PACT.map((id) => [id, { ...G.countries[id] }]));
    const capital = G.sides.aut.capital;
    applyEffects(G, CARD['end-of-coercion'].effects, { origin: { cause: { kind: 'card', side: 'world', card: 'end-of-coercion' }, concept: 'coerced-bloc-collapse' }, target: null, rng: createAlea('1989') });
    for (const id of PACT) {
      expect(G.countries[id].leverage, id).toBe(Math.max(0, (before[id]?.leverage ?? 0) - 2));
      expect(G.countries[id].resentment, id).toBe(Math.min(TRACK_MAX.resentment, (before[id]?.resentment ?? 0) + 1));
    }
    expect(G.sides.aut.capital).toBe(capital - 2);
    expect(G.standing).toContain('coercion-ended');
    expect(checkMove(G, 'aut', { kind: 'action', action: 'crush', target: 'HUN' })).toBe('coercion has been abandoned: no revolt can be crushed any more');
    expect(legalMoves(G, 'aut').some((m) => m.kind === 'action' && m.action === 'crush')).toBe(false);
  });

  it('never targets Moscow, and the map draws it as the Autocratic home and greys the countries out of play', () => {
    const G = withOps(fresh());
    expect(checkMove(G, 'aut', { kind: 'action', action: 'invest', target: 'RUS' })).toBe('home countries cannot be targeted');
    expect(inPlay(G)).not.toContain('RUS');
    const spec = new Map(buildBoardSpec(viewFor(G, 'dem'), { highlighted: [], selected: null }).countries.map((c) => [c.id, c]));
    expect(spec.get('RUS')).toMatchObject({ home: 'aut', inPlay: true });
    expect(spec.get('CHN')).toMatchObject({ home: null, inPlay: true });
    expect(spec.get('BRA')).toMatchObject({ inPlay: false, chips: [] });
  });
});

describe('Cold War: a seeded game', () => {
  it('plays to the end with world events in the record\'s order', () => {
    for (let g = 0; g < 3; g++) {
      const { G } = playRandomGame(ID, `cw-game:${g}`, (state) => {
        for (const move of legalMoves(state, state.active)) {
          if ('target' in move && move.target !== undefined) expect(isInPlay(state, move.target), JSON.stringify(move)).toBe(true);
        }
      });
      expect(G.result).not.toBeNull();
      const world = G.log.map((e) => e.event).filter((e): e is Extract<LogEvent, { type: 'world-event' }> => e.type === 'world-event').map((e) => e.card);
      expect(world).toEqual(DEF.worldSchedule?.slice(0, G.round));
    }
  });

  it('replays to the identical state from its seed and moves', () => {
    const { G, moves } = playRandomGame(ID, 'cw-replay');
    expect(JSON.stringify(replay(ID, 'cw-replay', moves))).toBe(JSON.stringify(G));
  });
});
