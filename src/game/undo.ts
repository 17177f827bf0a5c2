/**
 * What a player may take back. boardgame.io's undo works within the current turn only; the rules
 * allow it for spending ops on a basic action, which reveals nothing and draws nothing. Playing a
 * card shows it to the opponent and events may draw randomness, so those moves are final, and the
 * end of a turn clears the stack.
 */
import type { MoveKind } from './moves';
import type { PlayerView } from './view';

/** Which kinds of move boardgame.io may undo (game.ts passes this to every move). */
export const UNDOABLE: Readonly<Record<MoveKind, boolean>> = { 'play-event': false, 'play-ops': false, action: true, pass: false };

/**
 * Whether the viewer may undo now: it has ops of a card in play and has spent some of them on an
 * action since that card was played (the turn, and so the undo stack, is still open).
 */
export function canUndo(view: Pick<PlayerView, 'viewer' | 'pending' | 'result' | 'log'>): boolean {
  if (view.viewer === null || view.pending?.side !== view.viewer || view.result !== null) return false;
  for (let i = view.log.length - 1; i >= 0; i--) {
    const event = view.log[i]?.event;
    if (event?.type === 'action' && event.side === view.viewer) return true;
    if (event?.type === 'card-played') return false;
  }
  return false;
}
