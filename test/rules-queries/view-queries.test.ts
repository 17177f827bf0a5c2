/**
 * The queries the screens ask (src/game/view-rules.ts, undo.ts, queries.ts) agree with the rules
 * themselves, over seeded random games: the legal moves from a player's own view are the legal
 * moves of the real state, a move's preview is exactly what the move then changes, the countries
 * the view says will break away are the ones resolution breaks away.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove, breaksAway, createAlea, createGame, type GameState, legalMoves, legalMovesOfView, type LogEntry,
  type Move, previewMove, type Rng, TARGETABLE, viewFor,
} from '../../src/game';
import { position } from '../support/position';

const GAMES = 30;

function pickOf<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

/** The entries the move itself wrote, found the way a reader of the log would. */
function entriesOf(log: readonly LogEntry[], move: Move, side: GameState['active']): LogEntry[] {
  return log.filter((e) => {
    const c = e.cause;
    if (move.kind === 'action') return c.kind === 'action' && c.action === move.action && c.side === side;
    if (move.kind === 'pass') return c.kind === 'rules' && e.event.type === 'pass';
    return c.kind === 'card' && c.card === move.card && c.side === side;
  });
}

function playRandomGames(visit: (G: GameState, move: Move, rng: Rng) => void): number {
  let positions = 0;
  for (let g = 0; g < GAMES; g++) {
    const rng = createAlea(`queries:${g}`);
    const pick = createAlea(`pick:${g}`);
    const G = createGame(undefined, rng);
    while (G.result === null) {
      const move = pickOf(pick, legalMoves(G, G.active));
      visit(G, move, rng);
      positions += 1;
    }
  }
  return positions;
}

describe('rules queries from a player\'s own view', () => {
  it('the legal moves of a view are the legal moves of the state, for both sides and spectators', () => {
    const positions = playRandomGames((G, move, rng) => {
      for (const side of ['dem', 'aut'] as const) {
        expect(legalMovesOfView(viewFor(G, side))).toStrictEqual(legalMoves(G, side));
      }
      expect(legalMovesOfView(viewFor(G, null))).toStrictEqual([]);
      applyMove(G, G.active, move, rng);
    });
    expect(positions).toBeGreaterThan(GAMES * 50);
  });

  it('a preview lists exactly the changes the move then makes (moves without chance)', () => {
    let compared = 0;
    playRandomGames((G, move, rng) => {
      const side = G.active;
      const preview = previewMove(viewFor(G, side), move);
      if (typeof preview === 'string') throw new Error(`legal move refused by preview: ${preview}`);
      const before = G.log.length;
      applyMove(G, side, move, rng);
      const actual = entriesOf(G.log.slice(before), move, side);
      if (preview.chance || actual.some((e) => e.event.type === 'chance')) return;
      expect(preview.changes).toStrictEqual(actual);
      compared += 1;
    });
    expect(compared).toBeGreaterThan(GAMES * 50);
  });

  it('a preview of an illegal move is the rules\' refusal, and a spectator has none', () => {
    const G = createGame(undefined, createAlea('illegal'));
    const notMine = G.sides.dem.hand[0] as NonNullable<(typeof G.sides.dem.hand)[number]>;
    expect(previewMove(viewFor(G, 'aut'), { kind: 'play-ops', card: notMine })).toMatch(/not in your hand/);
    expect(previewMove(viewFor(G, null), { kind: 'pass' })).toBe('it is not your turn');
  });

  it('the countries said to break away are exactly those the coercion check breaks away', () => {
    let compared = 0;
    let defections = 0;
    // Random games often end early (a sudden ending): enough of them to compare 20+ resolutions.
    for (let g = 0; g < 2000 && compared < 40; g++) {
      const rng = createAlea(`breakaway:${g}`);
      const pick = createAlea(`pick-b:${g}`);
      const G = createGame(undefined, rng);
      while (G.result === null) {
        const round = G.round;
        const move = pickOf(pick, legalMoves(G, G.active));
        // Random play rarely builds up resentment: before a pass, stir some in (any value 0–5 is a
        // state the rules can reach), so that both outcomes of the check are compared.
        if (move.kind === 'pass') {
          for (let k = 0; k < 3; k++) G.countries[pickOf(pick, TARGETABLE)].resentment = Math.floor(pick() * 6);
        }
        // A pass changes no country, so what the view says now is what resolution will find.
        const expected = TARGETABLE.filter((id) => breaksAway(G.countries[id]));
        const before = G.log.length;
        applyMove(G, G.active, move, rng);
        if (move.kind !== 'pass' || (G.round === round && G.result === null)) continue;
        const defected = G.log.slice(before).flatMap((e) => (e.event.type === 'defection' ? [e.event.country] : []));
        expect(defected).toStrictEqual(expected);
        compared += 1;
        defections += defected.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(defections).toBeGreaterThan(0);
  });

  it('a country with leverage but no Autocratic tie breaks away too, as the view says', () => {
    const G = position({ countries: { BRA: { autTie: 'none', leverage: 1, resentment: 2 } }, active: 'dem', turns: { aut: 4, dem: 3 } });
    expect(breaksAway(G.countries.BRA)).toBe(true);
    const card = G.sides.dem.hand[0];
    if (card === undefined) throw new Error('no card');
    applyMove(G, 'dem', { kind: 'play-ops', card }, createAlea('b'));
    applyMove(G, 'dem', { kind: 'pass' }, createAlea('b'));
    expect(G.log.some((e) => e.event.type === 'defection' && e.event.country === 'BRA')).toBe(true);
    expect(G.countries.BRA.leverage).toBe(0);
  });
});
