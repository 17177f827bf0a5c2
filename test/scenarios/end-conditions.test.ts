/**
 * The end check (GAME.md section 3, step 6): the World Order track at +20 or −20 ends the game
 * at once, mid-game; otherwise after the final round its sign decides, and 0 is a draw.
 * On a quiet board the Democratic side scores only its united front (+2) unless a test adds more.
 */
import { describe, expect, it } from 'vitest';
import { legalMoves, TrustAndLeverage, tryMove, type GameState } from '../../src/game';
import { entry } from '../support/action-kit';
import { noRng, type PositionOverrides } from '../support/position';
import { eventsOf, lastTurnOf, quietPosition, scoreOf } from './quiet-board';

/** Plays the last turn of round `round` (a pass with the Democratic side's unspent ops). */
function endOfRound(round: number, worldOrder: number, more: PositionOverrides = {}): GameState {
  const G = quietPosition({ ...lastTurnOf('dem'), pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, round, worldOrder, ...more });
  expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
  return G;
}

function expectOver(G: GameState): void {
  expect(G.pending).toBeNull();
  expect(eventsOf(G, 'round-start')).toEqual([]);
  expect(legalMoves(G, 'dem')).toEqual([]);
  expect(legalMoves(G, 'aut')).toEqual([]);
  expect(tryMove(G, G.active, { kind: 'pass' }, noRng)).toBe('the game is over');
}

const endCheck = { kind: 'rules', step: 'end-check' } as const;

describe('World Order limit, mid-game', () => {
  it('reaching +20 in round 3 ends the game at once with a Democratic win', () => {
    const G = endOfRound(3, 18);
    expect(scoreOf(G)).toMatchObject({ dem: 2, aut: 0, shift: 2, worldOrder: 20 });
    expect(G.result).toEqual({ winner: 'dem', reason: 'world-order-limit', worldOrder: 20 });
    expect(G.round).toBe(3);
    expect(G.log.at(-1)).toStrictEqual(
      entry('bloc', endCheck, { type: 'game-over', winner: 'dem', worldOrder: 20, reason: 'world-order-limit' }, undefined, 3));
    expect(TrustAndLeverage.endIf?.({ G } as never)).toEqual({ winner: G.seats.dem, side: 'dem' });
    expectOver(G);
  });

  it('reaching −20 in round 2 ends the game at once with an Autocratic win (the track stops at −20)', () => {
    // Autocratic: leverage 3 in Russia (3), Iran (2) and Saudi Arabia (2) = 7; shift 2 − 7 = −5.
    const G = endOfRound(2, -17, { countries: { RUS: { leverage: 3 }, IRN: { leverage: 3 }, SAU: { leverage: 3 } } });
    expect(scoreOf(G)).toMatchObject({ dem: 2, aut: 7, shift: -5, worldOrder: -20 });
    expect(G.worldOrder).toBe(-20);
    expect(G.result).toEqual({ winner: 'aut', reason: 'world-order-limit', worldOrder: -20 });
    expect(G.round).toBe(2);
    expect(TrustAndLeverage.endIf?.({ G } as never)).toEqual({ winner: G.seats.aut, side: 'aut' });
    expectOver(G);
  });

  it('one short of the limit the game goes on', () => {
    const G = endOfRound(3, 17);
    expect(G.worldOrder).toBe(19);
    expect(G.result).toBeNull();
    expect(G.round).toBe(4);
    expect(TrustAndLeverage.endIf?.({ G } as never)).toBeUndefined();
  });
});

describe('after the final round', () => {
  it('round 7 is not the end: round 8 begins', () => {
    const G = endOfRound(7, 3);
    expect(G.result).toBeNull();
    expect(G.round).toBe(8);
    expect(G.lastRound).toBe(8);
  });

  it('a positive World Order after round 8 is a Democratic win', () => {
    const G = endOfRound(8, 3);
    expect(G.worldOrder).toBe(5);
    expect(G.result).toEqual({ winner: 'dem', reason: 'final-round', worldOrder: 5 });
    expect(eventsOf(G, 'game-over')).toEqual([{ type: 'game-over', winner: 'dem', worldOrder: 5, reason: 'final-round' }]);
    expectOver(G);
  });

  it('a negative World Order after round 8 is an Autocratic win', () => {
    const G = endOfRound(8, -5);
    expect(G.worldOrder).toBe(-3);
    expect(G.result).toEqual({ winner: 'aut', reason: 'final-round', worldOrder: -3 });
    expectOver(G);
  });

  it('a World Order of exactly 0 after round 8 is a draw', () => {
    const G = endOfRound(8, -2);
    expect(G.worldOrder).toBe(0);
    expect(G.result).toEqual({ winner: null, reason: 'final-round', worldOrder: 0 });
    expect(eventsOf(G, 'game-over')).toEqual([{ type: 'game-over', winner: null, worldOrder: 0, reason: 'final-round' }]);
    expect(TrustAndLeverage.endIf?.({ G } as never)).toEqual({ draw: true });
    expectOver(G);
  });
});
