/**
 * Reminders of a Daily match's clock, for players who opted in to Web Push: "your turn" when a
 * turn starts, and a warning when a fifth of its time is left. The turn reminder goes out from
 * the process that stored the new turn's clock (one only: the clock's compare-and-set); the
 * warning from the process that first marks the clock `warned` (the same compare-and-set), so a
 * player hears each once however many processes run.
 */
import type { Server } from 'boardgame.io';
import type { Seat } from '../../game';
import type { Storage } from '../storage-api';
import type { TimeSource } from './clock-service';
import { clockFieldsOf, withClockFields } from './clock-store';
import { isKept, type TurnClock } from './match-clock';
import { onlineOptionsOf } from './pace';

export type Reminder = (matchID: string, seat: Seat, kind: 'turn' | 'warning', leftMs: number) => Promise<void>;

/** When a fifth of the turn's time is left. */
export const warnAt = (clock: TurnClock): number => clock.deadline - (clock.deadline - clock.startedAt) / 5;

export class Reminders {
  private readonly timers = new Map<string, () => void>();

  constructor(private readonly db: Storage, private readonly time: TimeSource, private readonly remind: Reminder, private readonly log: (message: string) => void) {}

  /** After the clock was looked at: `newTurn` when this process stored a new turn's clock. */
  onClock(matchID: string, clock: TurnClock, metadata: Server.MatchData, newTurn: boolean): void {
    if (onlineOptionsOf(metadata).pace.kind !== 'daily' || isKept(clockFieldsOf(metadata).misses ?? {}, clock.seat)) return this.cancel(matchID);
    const now = this.time.now();
    if (newTurn) this.send(matchID, clock.seat, 'turn', clock.deadline - now);
    this.cancel(matchID);
    if (clock.warned || clock.claim || now >= clock.deadline) return;
    this.timers.set(matchID, this.time.after(Math.max(0, warnAt(clock) - now), () => {
      this.timers.delete(matchID);
      void this.warn(matchID, clock.turnKey).catch((error: unknown) => this.log(`reminder in ${matchID}: ${String(error)}`));
    }));
  }

  cancel(matchID: string): void {
    this.timers.get(matchID)?.();
    this.timers.delete(matchID);
  }

  close(): void {
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
  }

  private async warn(matchID: string, turnKey: string): Promise<void> {
    const now = this.time.now();
    let warned: TurnClock | null = null;
    await this.db.updateMetadata(matchID, (current) => {
      warned = null;
      const clock = clockFieldsOf(current).clock;
      if (!clock || clock.turnKey !== turnKey || clock.warned || clock.claim || now < warnAt(clock) || now >= clock.deadline) return null;
      warned = clock;
      return withClockFields(current, { clock: { ...clock, warned: true } });
    });
    const clock = warned as TurnClock | null;
    if (clock) this.send(matchID, clock.seat, 'warning', clock.deadline - now);
  }

  private send(matchID: string, seat: Seat, kind: 'turn' | 'warning', leftMs: number): void {
    void this.remind(matchID, seat, kind, leftMs).catch((error: unknown) => this.log(`reminder in ${matchID}: ${String(error)}`));
  }
}
