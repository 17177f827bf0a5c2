/**
 * A match's clock as a client holds it: the server's announcement (socket event `clock`, or the
 * Lobby's match) turned into deadlines on this device's own clock, so a device whose clock is
 * wrong still counts down the right time. Pure: time comes in as a parameter.
 */
import type { Seat } from '../game';
import type { Pace } from '../server/clock/pace';

export interface ShownClock {
  /** The seat on the clock. */
  readonly seat: Seat;
  /** When its turn started and ends, on this device's clock (ms). */
  readonly startedAt: number;
  readonly deadline: number;
  /** Seats the AI keeps because their players missed several turns in a row. */
  readonly kept: readonly Seat[];
  /** Turns in a row the stand-in played for each seat. */
  readonly misses: Readonly<Partial<Record<Seat, number>>>;
}

/** What one announcement says: the clock (null: none runs), and a seat abandoned if the match ended so. */
export interface ClockNews {
  readonly clock: ShownClock | null;
  readonly abandoned: Seat | null;
}

const isSeat = (value: unknown): value is Seat => value === '0' || value === '1';
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function parseClock(value: unknown, receivedAt: number): ShownClock | null {
  const c = value as Record<string, unknown> | null;
  if (!c || typeof c !== 'object' || !isSeat(c.seat) || !finite(c.deadline) || !finite(c.startedAt) || !finite(c.serverNow)) return null;
  const offset = receivedAt - c.serverNow;
  const kept = Array.isArray(c.kept) ? c.kept.filter(isSeat) : [];
  const raw = (c.misses ?? {}) as Record<string, unknown>;
  const misses: Partial<Record<Seat, number>> = {};
  for (const seat of ['0', '1'] as const) if (finite(raw[seat])) misses[seat] = raw[seat];
  return { seat: c.seat, startedAt: c.startedAt + offset, deadline: c.deadline + offset, kept, misses };
}

/** Reads an announcement (or a Lobby match, which carries the same fields); null if it is not one. */
export function parseClockNews(value: unknown, receivedAt: number): ClockNews | null {
  const news = value as { clock?: unknown; abandoned?: unknown } | null;
  if (!news || typeof news !== 'object' || !('clock' in news)) return null;
  return { clock: news.clock === null ? null : parseClock(news.clock, receivedAt), abandoned: isSeat(news.abandoned) ? news.abandoned : null };
}

/** The match's pace as the Lobby shows it, or null for a match without one. */
export function paceOf(match: unknown): Pace | null {
  const pace = (match as { online?: { pace?: Pace } } | null)?.online?.pace;
  return pace && (pace.kind === 'live' || pace.kind === 'daily') ? pace : null;
}

export const timeLeftMs = (clock: ShownClock, now: number): number => Math.max(0, clock.deadline - now);

/** A fifth or less of the turn's time is left (when Daily players are warned). */
export const lowOnTime = (clock: ShownClock, now: number): boolean =>
  timeLeftMs(clock, now) <= (clock.deadline - clock.startedAt) / 5;

/** Time left in words a glance can read: "0:42", "12 min", "5 h 20 min", "2 days 3 h". */
export function formatTimeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 600) return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}

/** A pace in words: "Live: 60 s a turn + 3 min bank", "Daily: 24 hours a turn". */
export function paceText(pace: Pace): string {
  if (pace.kind === 'daily') return `Daily: ${pace.turnHours} hour${pace.turnHours === 1 ? '' : 's'} a turn`;
  const bankTime = pace.bankSeconds % 60 === 0 ? `${pace.bankSeconds / 60} min` : `${pace.bankSeconds} s`;
  const bank = pace.bankSeconds === 0 ? 'no bank' : `${bankTime} bank`;
  return `Live: ${pace.turnSeconds} s a turn + ${bank}`;
}

/** A move the server's AI played for an absent player, as the Lobby's match lists it. */
export interface StandInNews {
  readonly stateID: number;
  readonly side: 'dem' | 'aut';
  readonly level: 'easy' | 'normal' | 'hard';
  readonly reason: string;
}

/** The stand-in moves a Lobby match lists (malformed ones left out). */
export function standInsOf(match: unknown): StandInNews[] {
  const list = (match as { standIns?: unknown } | null)?.standIns;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is StandInNews => {
    const r = s as Partial<StandInNews> | null;
    return !!r && typeof r.stateID === 'number' && (r.side === 'dem' || r.side === 'aut') && (r.level === 'easy' || r.level === 'normal' || r.level === 'hard') && typeof r.reason === 'string';
  }).map((s) => ({ ...s, reason: s.reason.slice(0, 300) }));
}

/** An entry of boardgame.io's action log, as far as this needs it. */
interface ActionEntry {
  readonly _stateID?: number;
  readonly action?: { readonly type?: string };
  readonly metadata?: { readonly entries?: readonly unknown[] };
}

/**
 * Where in the game log the lines of the move played on state `stateID` begin: the lines of
 * every earlier move (each move carries its lines in its action-log entry, src/game/log-book.ts).
 * Undone moves are rare around a stand-in and are counted as played: a note may then sit a few
 * lines off, never outside the log.
 */
export function logIndexAt(actions: readonly unknown[], stateID: number): number {
  let index = 0;
  for (const entry of actions as readonly ActionEntry[]) {
    if (entry.action?.type !== 'MAKE_MOVE' || (entry._stateID ?? Infinity) >= stateID) continue;
    index += entry.metadata?.entries?.length ?? 0;
  }
  return index;
}
