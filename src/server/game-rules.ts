/**
 * What the server knows of Trust & Leverage beyond boardgame.io: how to explain why a move is
 * refused, so the player gets a clear message instead of boardgame.io's silent drop.
 */
import type { State } from 'boardgame.io';
import { checkMove, type GameState, MOVE_NAMES, type MoveKind, parseMove, sideOfSeat } from '../game';
import type { UpdateMessage } from './socket-messages';

/** Explains why a validated action cannot be played on `state`, or returns null. */
export type ActionCheck = (state: State, message: UpdateMessage) => string | null;

const KIND_OF_MOVE = new Map<string, MoveKind>(
  (Object.entries(MOVE_NAMES) as [MoveKind, string][]).map(([kind, name]) => [name, kind]),
);

/** The rules' own verdict on a move, before boardgame.io runs it. */
export const checkTrustAndLeverageAction: ActionCheck = (state, { action, playerID }) => {
  if (action.type !== 'MAKE_MOVE') return null; // undo/redo: boardgame.io's own rules (own turn, undoable move)
  const G = state.G as GameState;
  const side = sideOfSeat(G, playerID);
  if (side === null) return 'you have no side in this match';
  const kind = KIND_OF_MOVE.get(action.payload.type ?? '');
  if (kind === undefined) return `unknown move ${String(action.payload.type)}`;
  const move = parseMove(kind, action.payload.args ?? []);
  if (typeof move === 'string') return move;
  return checkMove(G, side, move);
};
