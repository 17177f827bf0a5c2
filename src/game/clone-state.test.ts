/**
 * The copy a move works on (game.ts) is complete and independent: equal to the original,
 * sharing no object with it, so a move can never change a state boardgame.io already stored or
 * sent. And through boardgame.io's reducer, a move leaves the state it was played on unchanged.
 */
import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { createAlea, type GameState, legalMoves, toBgioMove, TrustAndLeverage } from '.';
import { cloneState } from './clone-state';
import { midGameWithPendingOps, reachableObjects } from '../../test/support/random-game';

describe('cloneState', () => {
  it('copies every field of the state', () => {
    const G = midGameWithPendingOps('clone-state');
    expect(G.pending).not.toBeNull();
    expect(G.history.length).toBeGreaterThan(0);
    expect(G.log.length).toBeGreaterThan(0);
    expect(cloneState(G)).toStrictEqual(G);
    // Same keys in the same order: stored and sent states, and records compared as JSON, stay byte for byte the same.
    expect(JSON.stringify(cloneState(G))).toBe(JSON.stringify(G));
  });

  it('shares no object with the original', () => {
    const G = midGameWithPendingOps('clone-state');
    const original = reachableObjects(G);
    const shared = [...reachableObjects(cloneState(G))].filter(([obj]) => original.has(obj)).map(([, path]) => path);
    expect(shared).toStrictEqual([]);
  });

  it('detects a shared object (the check itself can fail)', () => {
    const G = midGameWithPendingOps('clone-state');
    const leaky = { ...cloneState(G), tally: G.tally };
    const original = reachableObjects(G);
    expect([...reachableObjects(leaky)].filter(([obj]) => original.has(obj)).map(([, path]) => path)).toStrictEqual(['G.tally']);
  });
});

describe('a move through boardgame.io', () => {
  it('leaves the state it was played on unchanged and returns a new one, frozen at its root', () => {
    const game: Game<GameState> = { ...TrustAndLeverage, seed: 'clone-state' };
    const reducer = CreateGameReducer({ game });
    let state = InitializeGame({ game, numPlayers: 2 });
    const pick = createAlea('clone-state-moves');
    for (let i = 0; i < 40 && state.ctx.gameover === undefined; i += 1) {
      const G = state.G as GameState;
      const options = legalMoves(G, G.active);
      const { move, args } = toBgioMove(options[Math.floor(pick() * options.length)]!);
      // G and ctx (boardgame.io's own log plugin writes its metadata into the previous state's plugin data, as it always did).
      const before = JSON.stringify([state.G, state.ctx]);
      const next = reducer(state, { type: 'MAKE_MOVE', payload: { type: move, args, playerID: state.ctx.currentPlayer } }) as typeof state;
      expect(JSON.stringify([state.G, state.ctx])).toBe(before);
      expect(next._stateID).toBe(state._stateID + 1);
      expect(next.G).not.toBe(state.G);
      expect(Object.isFrozen(next.G)).toBe(true);
      state = next;
    }
  });

  it('refuses a move the rules refuse, changing nothing', () => {
    const game: Game<GameState> = { ...TrustAndLeverage, seed: 'clone-state' };
    const reducer = CreateGameReducer({ game });
    const state = InitializeGame({ game, numPlayers: 2 });
    const before = JSON.stringify(state);
    const next = reducer(state, { type: 'MAKE_MOVE', payload: { type: 'playOps', args: ['no-such-card'], playerID: state.ctx.currentPlayer } }) as typeof state;
    expect(next.G).toBe(state.G);
    expect(next._stateID).toBe(state._stateID);
    expect(JSON.stringify(state)).toBe(before);
  });
});
