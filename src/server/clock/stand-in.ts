/**
 * The stand-in: when a player's time runs out, the server's AI plays that one turn for their seat,
 * from that seat's own view (the same `playerView` the player's client holds: never the other
 * hand or a deck order), through the same checks as any move. The note it sends says the AI stood
 * in, so every client's log can say so.
 */
import type { State } from 'boardgame.io';
import { type GameState, playerView, sideOfSeat, toBgioMove } from '../../game';
import type { AiChooser } from '../ai-pool';
import type { AiNoteMessage } from '../ai-seats';
import type { ServerMoveRequest } from '../server-moves';
import type { Storage } from '../storage-api';
import type { StandInRequest } from './clock-service';
import { clockFieldsOf, MAX_STAND_INS, withClockFields } from './clock-store';

/** The `ai-note` of a stand-in move: an AI note marked as standing in for an absent player. */
export interface StandInNote extends AiNoteMessage {
  readonly standIn: true;
}

export interface StandInDeps {
  db: Storage;
  chooser: AiChooser;
  play: (move: ServerMoveRequest & { note: StandInNote }) => Promise<boolean>;
  /** The Hard AI's time per move (ms). */
  budgetMs: number;
}

export async function playStandIn(deps: StandInDeps, request: StandInRequest): Promise<boolean> {
  const { matchID, seat, stateID, level } = request;
  const { state } = await deps.db.fetch(matchID, { state: true });
  const current = state as State<GameState> | undefined;
  if (!current || current._stateID !== stateID || current.ctx.currentPlayer !== seat || current.ctx.gameover !== undefined) return false;
  const side = sideOfSeat(current.G, seat);
  if (!side) return false;
  const view = playerView(current.G, seat);
  const decision = await deps.chooser.choose({ view, level, seed: `${matchID}:${stateID}:stand-in`, ...(level === 'hard' ? { budgetMs: deps.budgetMs } : {}) });
  const { move: type, args } = toBgioMove(decision.move);
  const note: StandInNote = { stateID, side, level, reason: decision.reason, standIn: true };
  const played = await deps.play({ matchID, playerID: seat, stateID, type, args, note });
  if (played) {
    const record = { stateID, side, level, reason: decision.reason };
    await deps.db.updateMetadata(matchID, (current) =>
      withClockFields(current, { standIns: [...(clockFieldsOf(current).standIns ?? []), record].slice(-MAX_STAND_INS) }));
  }
  return played;
}
