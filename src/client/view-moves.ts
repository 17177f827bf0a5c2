/**
 * What a player may do, computed from its own view only. `legalMoves` needs a full state; a
 * player's own moves depend only on what it can see (its hand, the board, the public piles), so
 * the hidden parts are filled with any consistent sample and cannot change the answer.
 */
import { determinize } from '../ai/determinize';
import { ACTIONS, createAlea, legalMoves, type Move, type PlayerView } from '../game';

/** The legal moves of the view's own side now (none on the other side's turn, or for spectators). */
export function legalMovesForView(view: PlayerView): Move[] {
  if (view.viewer === null || view.result !== null || view.active !== view.viewer) return [];
  return legalMoves(determinize(view, createAlea('view')), view.viewer);
}

/**
 * Whether the viewer may undo now. The game lets a player take back only a basic action spent
 * from the card in play (see `UNDOABLE` in game.ts): so there must be ops pending for the viewer,
 * and an action logged since that card was played.
 */
export function canUndo(view: PlayerView): boolean {
  if (view.viewer === null || view.pending?.side !== view.viewer || view.result !== null) return false;
  for (let i = view.log.length - 1; i >= 0; i--) {
    const event = view.log[i]?.event;
    if (event?.type === 'action' && event.side === view.viewer) return true;
    if (event?.type === 'card-played') return false;
  }
  return false;
}

/** The ops a basic action costs on its target now (Engage costs more where leverage is high). */
export function actionOps(view: PlayerView, move: Extract<Move, { kind: 'action' }>): number {
  const G = determinize(view, createAlea('view'));
  return ACTIONS[move.action].ops(G, { target: move.target ?? null, framework: move.framework ?? null });
}
