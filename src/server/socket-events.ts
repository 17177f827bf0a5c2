/** The socket events the server sends besides boardgame.io's own, and how a refusal is sent. */
import type { Socket } from 'socket.io';

/** The event that carries a refusal back to its sender: `{ event, matchID, reason }`. */
export const REFUSED_EVENT = 'refused';

/** The socket event that carries an AI seat's reason for its next move (sent just before the move). */
export const AI_NOTE_EVENT = 'ai-note';

/**
 * Tells the sender why its `event` was refused. The match is named when the message named one:
 * an update's third argument, otherwise its first short string argument.
 */
export function refuse(socket: Socket, event: string, args: readonly unknown[], reason: string): void {
  const matchID = event === 'update'
    ? (typeof args[2] === 'string' ? args[2] : null)
    : args.find((a): a is string => typeof a === 'string' && a.length <= 64) ?? null;
  socket.emit(REFUSED_EVENT, { event, matchID, reason });
}
