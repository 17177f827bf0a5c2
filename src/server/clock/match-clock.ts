/**
 * The clock of one match, kept with its metadata (field `clock`) so that it survives a restart and
 * every process reads the same deadline. Pure: the time comes in as a parameter.
 *
 * A turn is a seat on move in one boardgame.io turn (`turnKey`). When a new turn starts, the
 * previous seat's bank pays for whatever its turn overran, and the new deadline is the turn's
 * allowance plus the mover's bank. A seat the AI keeps (its player missed several turns in a row)
 * gets only the AI's pace, so the match goes on at once. A process that acts on an expired
 * deadline first claims it (`claim`), by a compare-and-set of the metadata: only one process
 * plays the stand-in move.
 */
import type { Seat } from '../../game';
import { KEPT_AFTER_MISSES, type OnlineOptions, startingBankMs, turnAllowanceMs } from './pace';

export interface TurnClock {
  /** `${ctx.turn}:${seat}`: the turn this clock runs for. */
  readonly turnKey: string;
  /** The state the turn was on when the clock started or was last looked at. */
  readonly stateID: number;
  readonly seat: Seat;
  readonly startedAt: number;
  readonly deadline: number;
  /** Each seat's bank left (ms). */
  readonly banks: Readonly<Record<Seat, number>>;
  /** The process playing the stand-in move for this expired turn, and since when. */
  readonly claim?: { readonly by: string; readonly at: number };
  /** The player was reminded that a fifth of the turn's time is left (Web Push). */
  readonly warned?: boolean;
}

/** Turns in a row the AI stood in for a seat (absent: none). */
export type Misses = Readonly<Partial<Record<Seat, number>>>;

/** Clock settings a server runs with. */
export interface ClockSettings {
  /** An hour of a Daily pace, in ms (3,600,000; shorter in tests). */
  readonly hourMs: number;
  /** The time a seat kept by the AI takes per turn (the AI's pace), in ms. */
  readonly keptTurnMs: number;
}

/** A turn as the stored state shows it. */
export interface TurnNow {
  readonly turnKey: string;
  readonly stateID: number;
  readonly seat: Seat;
}

/** A claim older than this is taken to belong to a process that died before playing (ms). */
export const CLAIM_STALE_MS = 60_000;

export const isKept = (misses: Misses, seat: Seat): boolean => (misses[seat] ?? 0) >= KEPT_AFTER_MISSES;

/**
 * The clock for `turn` at `now`, given the stored clock and misses: the same clock while the turn
 * is the same, else the next one (with the previous seat's bank charged). Also the misses after
 * the previous turn: a seat that moved itself has missed nothing.
 */
export function advanceClock(
  prev: TurnClock | null, misses: Misses, turn: TurnNow, now: number, options: OnlineOptions, settings: ClockSettings,
): { clock: TurnClock; misses: Misses } {
  if (prev && prev.turnKey === turn.turnKey) return { clock: prev, misses };
  const allowance = turnAllowanceMs(options.pace, settings.hourMs);
  const start = startingBankMs(options.pace);
  const banks: Record<Seat, number> = { ...(prev?.banks ?? { '0': start, '1': start }) };
  let nextMisses: Misses = misses;
  if (prev) {
    const over = Math.max(0, now - prev.startedAt - allowance);
    banks[prev.seat] = Math.max(0, banks[prev.seat] - over);
    // A claimed turn was the stand-in's move (counted when claimed); any other was the player's own.
    if (!prev.claim && (misses[prev.seat] ?? 0) > 0) {
      const { [prev.seat]: _returned, ...rest } = misses;
      nextMisses = rest;
    }
  }
  const deadline = now + (isKept(nextMisses, turn.seat) ? settings.keptTurnMs : allowance + banks[turn.seat]);
  return { clock: { turnKey: turn.turnKey, stateID: turn.stateID, seat: turn.seat, startedAt: now, deadline, banks }, misses: nextMisses };
}

/** Whether a process may claim this clock's expired turn now. */
export function claimable(clock: TurnClock, now: number): boolean {
  return now >= clock.deadline && (!clock.claim || now - clock.claim.at >= CLAIM_STALE_MS);
}

/** The clock once a player takes their seat back: the misses cleared, and a fresh turn if it is theirs. */
export function returnToSeat(
  clock: TurnClock | null, misses: Misses, seat: Seat, now: number, options: OnlineOptions, settings: ClockSettings,
): { clock: TurnClock | null; misses: Misses } {
  const { [seat]: _cleared, ...rest } = misses;
  if (!clock || clock.seat !== seat || clock.claim) return { clock, misses: rest };
  const allowance = turnAllowanceMs(options.pace, settings.hourMs);
  const { warned: _fresh, ...turn } = clock;
  return { clock: { ...turn, startedAt: now, deadline: now + allowance + clock.banks[seat] }, misses: rest };
}

/** What clients are told of the clock: no secret in it (times only). */
export interface PublicClock {
  readonly seat: Seat;
  readonly startedAt: number;
  readonly deadline: number;
  readonly banks: Readonly<Record<Seat, number>>;
  /** The seats the AI keeps (their players missed several turns in a row). */
  readonly kept: readonly Seat[];
  /** Turns in a row the AI played for each seat. */
  readonly misses: Misses;
  /** The server's time when this was sent: clients count down from here, whatever their own clock says. */
  readonly serverNow: number;
}

export function publicClock(clock: TurnClock, misses: Misses, now: number): PublicClock {
  const kept = (['0', '1'] as const).filter((seat) => isKept(misses, seat));
  return { seat: clock.seat, startedAt: clock.startedAt, deadline: clock.deadline, banks: clock.banks, kept, misses, serverNow: now };
}
