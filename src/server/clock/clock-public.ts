/** What the Lobby shows of a match's clock and options: times and settings, never a secret. */
import type { Server } from 'boardgame.io';
import { clockFieldsOf, type StandInRecord } from './clock-store';
import { isKept, publicClock, type PublicClock } from './match-clock';
import { onlineOptionsOf, type OnlineOptions } from './pace';

/** The clock fields a Lobby answer carries. */
export interface PublicClockFields {
  readonly online: OnlineOptions;
  readonly clock: PublicClock | null;
  readonly abandoned?: string;
  /** The moves the server's AI played for absent players. */
  readonly standIns: readonly StandInRecord[];
}

export function publicClockFields(metadata: Server.MatchData, now = Date.now()): PublicClockFields {
  const { clock, misses, abandoned, standIns } = clockFieldsOf(metadata);
  return {
    online: onlineOptionsOf(metadata),
    clock: clock ? publicClock(clock, misses ?? {}, now) : null,
    ...(abandoned ? { abandoned: abandoned.seat } : {}),
    standIns: standIns ?? [],
  };
}

/** Whether the AI keeps a seat of the match for its absent player. */
export function hasKeptSeat(metadata: Server.MatchData): boolean {
  const misses = clockFieldsOf(metadata).misses ?? {};
  return isKept(misses, '0') || isKept(misses, '1');
}
