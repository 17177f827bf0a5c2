/**
 * Moves the server plays itself (for an AI seat): in the match's queue like any client's move,
 * through the same checks and master, with the seat's stored credentials.
 */
import type { Seat } from '../game';
import type { MatchPayload } from './match-bus';
import type { MatchQueues } from './match-queue';
import type { GameEntry, MoveRunner } from './move-runner';
import { AI_NOTE_EVENT } from './socket-events';
import type { UpdateMessage } from './socket-messages';
import type { Storage } from './storage-api';

/** A move the server plays for a seat, on the state `stateID`. */
export interface ServerMoveRequest {
  matchID: string;
  playerID: Seat;
  stateID: number;
  type: string;
  args: unknown[];
  /** Any JSON: sent to the match as an `ai-note` event just before the move. */
  note?: unknown;
}

export interface ServerMoveDeps {
  db: Storage;
  queues: MatchQueues;
  runner: MoveRunner;
  entry: GameEntry;
  log: (message: string) => void;
}

/**
 * Plays `move`; resolves false, changing nothing, when the match has moved on from its `stateID`
 * (or ended, or another seat is on move) or the move is refused.
 */
export async function playServerMove(deps: ServerMoveDeps, move: ServerMoveRequest): Promise<boolean> {
  const { matchID, playerID, stateID } = move;
  let played = false;
  await deps.queues.exclusive(matchID, async () => {
    const { state, metadata } = await deps.db.fetch(matchID, { state: true, metadata: true });
    const credentials = metadata?.players[Number(playerID)]?.credentials;
    if (!state || !metadata || !credentials || state._stateID !== stateID || state.ctx.gameover !== undefined || (metadata.gameover ?? null) !== null || state.ctx.currentPlayer !== playerID) return;
    const message: UpdateMessage = { action: { type: 'MAKE_MOVE', payload: { type: move.type, args: move.args, playerID, credentials } }, stateID, matchID, playerID };
    // The note rides the match's channel like an update; each socket receives it unchanged.
    const note = move.note === undefined ? [] : [{ type: AI_NOTE_EVENT, args: [matchID, move.note] } as unknown as MatchPayload];
    const refusal = await deps.runner.run(deps.entry, null, message, state, metadata, note);
    if (refusal !== null) return deps.log(`server move in ${matchID} refused: ${refusal}`);
    played = true;
  });
  return played;
}
