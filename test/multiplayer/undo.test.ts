import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { CARD, type CardId, legalMoves, TrustAndLeverage, toBgioMove, type Move } from '../../src/game';
import type { GameState } from '../../src/game';

type State = ReturnType<typeof InitializeGame>;

function setup() {
  const game: Game<GameState> = { ...TrustAndLeverage, seed: 'undo' };
  return { reducer: CreateGameReducer({ game }), state: InitializeGame({ game, numPlayers: 2 }) };
}

function move(reducer: ReturnType<typeof CreateGameReducer>, state: State, m: Move, playerID = state.ctx.currentPlayer): State {
  const { move: type, args } = toBgioMove(m);
  return reducer(state, { type: 'MAKE_MOVE', payload: { type, args, playerID } }) as State;
}

function undo(reducer: ReturnType<typeof CreateGameReducer>, state: State, playerID = state.ctx.currentPlayer): State {
  return reducer(state, { type: 'UNDO', payload: { type: null, args: null, playerID } }) as State;
}

/** Plays the card with the most ops for its ops, so that several actions can follow. */
function playBigCardForOps(reducer: ReturnType<typeof CreateGameReducer>, state: State): State {
  const G = state.G as GameState;
  const cards = legalMoves(G, G.active).filter((m): m is Extract<Move, { kind: 'play-ops' }> => m.kind === 'play-ops');
  cards.sort((a, b) => CARD[b.card].ops - CARD[a.card].ops);
  expect(CARD[(cards[0] as { card: CardId }).card].ops).toBeGreaterThan(1);
  return move(reducer, state, cards[0] as Move);
}

/** An action that leaves ops to spend, so the turn goes on and undo applies. */
function actionWithinTurn(reducer: ReturnType<typeof CreateGameReducer>, state: State): { action: Move; after: State } {
  const G = state.G as GameState;
  for (const action of legalMoves(G, G.active).filter((m) => m.kind === 'action')) {
    const after = move(reducer, state, action);
    if ((after.G as GameState).pending !== null) return { action, after };
  }
  throw new Error('no action leaves ops to spend');
}

describe('undo (boardgame.io, within a turn)', () => {
  it('takes back a basic action, restoring the state exactly', () => {
    const { reducer, state: start } = setup();
    const withOps = playBigCardForOps(reducer, start);
    const { after: acted } = actionWithinTurn(reducer, withOps);
    expect(acted.G).not.toEqual(withOps.G);
    const undone = undo(reducer, acted);
    expect(undone.G).toEqual(withOps.G);
    expect(undone.plugins).toEqual(withOps.plugins);
  });

  it('cannot take back playing a card (the card was shown) or another player\'s move', () => {
    const { reducer, state: start } = setup();
    const withOps = playBigCardForOps(reducer, start);
    expect(undo(reducer, withOps).G).toEqual(withOps.G);
    const { after: acted } = actionWithinTurn(reducer, withOps);
    const other = acted.ctx.currentPlayer === '0' ? '1' : '0';
    expect(undo(reducer, acted, other).G).toEqual(acted.G);
  });

  it('cannot reach back past the end of a turn', () => {
    const { reducer, state: start } = setup();
    const withOps = playBigCardForOps(reducer, start);
    const passed = move(reducer, withOps, { kind: 'pass' });
    expect(passed.ctx.currentPlayer).not.toBe(withOps.ctx.currentPlayer);
    expect(undo(reducer, passed, withOps.ctx.currentPlayer).G).toEqual(passed.G);
    expect(undo(reducer, passed).G).toEqual(passed.G);
  });
});
