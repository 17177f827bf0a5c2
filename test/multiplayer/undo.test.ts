import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { type ActionLogEntry, CARD, type CardId, legalMoves, rebuildLog, TrustAndLeverage, toBgioMove, type Move } from '../../src/game';
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

describe('the game log beside the state (log-book.ts)', () => {
  /** Every action-log entry the reducer produced along `states`, as the master stores them. */
  const actionsOf = (states: State[]): ActionLogEntry[] => states.flatMap((s) => (s.deltalog ?? []) as ActionLogEntry[]);

  it('a move carries its own log lines out of G; an undo takes them back out of the rebuilt log', () => {
    const { reducer, state: start } = setup();
    const setupLines = (start.G as GameState).log.length;
    expect(setupLines).toBeGreaterThan(0);
    const withOps = playBigCardForOps(reducer, start);
    expect((withOps.G as GameState).log).toEqual([]);
    const { after: acted } = actionWithinTurn(reducer, withOps);
    const beforeUndo = rebuildLog(actionsOf([withOps, acted]), (acted.G as GameState).log);
    const cardLines = rebuildLog(actionsOf([withOps]), []);
    expect(cardLines.length).toBeGreaterThan(setupLines); // the setup's lines went out with the first move
    expect(beforeUndo.length).toBeGreaterThan(cardLines.length);
    expect(beforeUndo.slice(cardLines.length).some((e) => e.event.type === 'action')).toBe(true);
    const undone = undo(reducer, acted);
    expect(rebuildLog(actionsOf([withOps, acted, undone]), (undone.G as GameState).log)).toEqual(cardLines);
  });

  it('before the first move, the log is what setup wrote into G; redo puts a move back', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ round: i, concept: 'trust', cause: { kind: 'rules', step: 'turn' }, event: { type: 'pass', side: 'dem' } }) as never);
    const [a, b, c] = [lines(1), lines(2), lines(3)];
    const move = (entries: unknown[]) => ({ action: { type: 'MAKE_MOVE' }, metadata: { entries } });
    expect(rebuildLog([], a)).toEqual(a);
    expect(rebuildLog([move(a), move(b), { action: { type: 'UNDO' } }], [])).toEqual(a);
    expect(rebuildLog([move(a), move(b), { action: { type: 'UNDO' } }, { action: { type: 'REDO' } }], [])).toEqual([...a, ...b]);
    // a new move after an undo drops what could have been redone
    expect(rebuildLog([move(a), move(b), { action: { type: 'UNDO' } }, move(c), { action: { type: 'REDO' } }], [])).toEqual([...a, ...c]);
    // events and moves without metadata carry no lines
    expect(rebuildLog([{ action: { type: 'GAME_EVENT' } }, { action: { type: 'MAKE_MOVE' } }], [])).toEqual([]);
  });
});
