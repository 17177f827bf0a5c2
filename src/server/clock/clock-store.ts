/**
 * How the clock's fields sit in a match's metadata (`online`, `clock`, `misses`, `abandoned`), and
 * the turn the stored state shows. boardgame.io keeps unknown metadata fields as they are, both
 * storages keep metadata as JSON, and every change goes through the storage's atomic
 * `updateMetadata`, so these survive a restart and agree across processes.
 */
import type { Server, State } from 'boardgame.io';
import type { AiLevel } from '../../ai';
import { isSeat, type Seat } from '../../game';
import { aiLevelOf } from '../ai-seats';
import type { Misses, TurnClock, TurnNow } from './match-clock';

/** The clock's fields of a match's metadata. */
export interface ClockFields {
  clock?: TurnClock | null;
  misses?: Misses;
  /** Set when a player ended the match as a win because the other seat was abandoned. */
  abandoned?: { readonly seat: Seat; readonly at: number };
  /** The moves the stand-in played (the newest MAX_STAND_INS), so a client that reloads can still say so in its log. */
  standIns?: readonly StandInRecord[];
}

/** One stand-in move: the state it was played on, the side, the AI's level and its reason (sent to everyone when played). */
export interface StandInRecord {
  readonly stateID: number;
  readonly side: 'dem' | 'aut';
  readonly level: AiLevel;
  readonly reason: string;
}

export const MAX_STAND_INS = 200;

export const clockFieldsOf = (metadata: Server.MatchData): ClockFields => metadata as unknown as ClockFields;

export const withClockFields = (metadata: Server.MatchData, fields: ClockFields): Server.MatchData =>
  ({ ...metadata, ...fields }) as unknown as Server.MatchData;

/** Whether the match is over, by the rules or by abandonment. */
export const isOver = (state: State | undefined, metadata: Server.MatchData): boolean =>
  state?.ctx.gameover !== undefined || (metadata.gameover !== undefined && metadata.gameover !== null);

/** Whether the metadata alone allows a clock: two people seated, not over. */
export function mayRunClock(metadata: Server.MatchData): boolean {
  const seats = Object.values(metadata.players);
  return !isOver(undefined, metadata) && seats.length === 2 && seats.every((p) => p.name !== undefined && aiLevelOf(p) === null);
}

/**
 * The turn a clock runs for: null when no clock runs (the match is over, a seat is empty, or the
 * server's AI holds a seat: a match against the AI waits for its player as long as they like).
 */
export function turnOf(state: State | undefined, metadata: Server.MatchData): TurnNow | null {
  if (!state || isOver(state, metadata) || !mayRunClock(metadata)) return null;
  const seat = state.ctx.currentPlayer;
  if (!isSeat(seat)) return null;
  return { turnKey: `${state.ctx.turn}:${seat}`, stateID: state._stateID, seat };
}
