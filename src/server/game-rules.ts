/**
 * What the server knows of Trust & Leverage beyond boardgame.io: how to explain why a move is
 * refused, so the player gets a clear message instead of boardgame.io's silent drop.
 */
import type { State } from 'boardgame.io';
import { checkInject, checkMove, type GameState, INJECT_MOVE, MOVE_NAMES, type MoveKind, parseMove, sideOfSeat } from '../game';
import { UNDOABLE } from '../game/undo';
import type { UpdateMessage } from './socket-messages';

/**
 * Explains why a validated action cannot be played on `state`, or returns null. `fromServer`:
 * the server plays it itself (an AI seat, a class's inject), not a client's socket.
 */
export type ActionCheck = (state: State, message: UpdateMessage, fromServer: boolean) => string | null;

const KIND_OF_MOVE = new Map<string, MoveKind>(
  (Object.entries(MOVE_NAMES) as [MoveKind, string][]).map(([kind, name]) => [name, kind]),
);

/**
 * boardgame.io's own conditions for an undo or redo (its reducer's). An undo it would refuse
 * still reaches the storage as an unchanged state, which is refused there as stale: check first.
 */
export function checkUndoRedo(state: State, type: 'UNDO' | 'REDO', playerID: string): string | null {
  if (type === 'REDO') {
    const next = state._redo[0];
    if (next === undefined) return 'there is nothing to redo';
    return next.playerID === playerID ? null : 'you can only redo your own action';
  }
  const last = state._undo.at(-1);
  if (state._undo.length < 2 || last === undefined) return 'there is nothing to undo';
  if (last.moveType === INJECT_MOVE) return 'a world event happened since: it cannot be undone';
  if (last.playerID !== playerID) return 'you can only undo your own action';
  const kind = last.moveType === undefined ? undefined : KIND_OF_MOVE.get(last.moveType);
  if (kind !== undefined && !UNDOABLE[kind]) return 'this move cannot be undone';
  return null;
}

/** The rules' own verdict on a move, before boardgame.io runs it. */
export const checkTrustAndLeverageAction: ActionCheck = (state, { action, playerID }, fromServer) => {
  if (action.type !== 'MAKE_MOVE') return checkUndoRedo(state, action.type, playerID);
  const G = state.G as GameState;
  if (action.payload.type === INJECT_MOVE) {
    return fromServer ? checkInject(G, action.payload.args?.[0]) : 'world events are released by the class\'s teacher only';
  }
  const side = sideOfSeat(G, playerID);
  if (side === null) return 'you have no side in this match';
  const kind = KIND_OF_MOVE.get(action.payload.type ?? '');
  if (kind === undefined) return `unknown move ${String(action.payload.type)}`;
  const move = parseMove(kind, action.payload.args ?? []);
  if (typeof move === 'string') return move;
  return checkMove(G, side, move);
};
