/**
 * Seats this browser holds, kept in `localStorage` so a reload (or a crash) rejoins the match.
 * The store is injected so that tests and other hosts can use their own.
 */
import type { SeatTicket } from './lobby-client';

/** The part of `Storage` used here. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'trust-and-leverage.seats';

function isTicket(value: unknown): value is SeatTicket {
  const t = value as Partial<SeatTicket> | null;
  return !!t && typeof t.matchID === 'string' && (t.playerID === '0' || t.playerID === '1') &&
    typeof t.credentials === 'string' && typeof t.playerName === 'string';
}

/** Saved seats, most recent first. */
export class SeatTickets {
  constructor(private readonly store: KeyValueStore) {}

  /** Every saved seat (unreadable entries are dropped). */
  all(): SeatTicket[] {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isTicket) : [];
    } catch {
      return [];
    }
  }

  /** The seat held in a match, if any. */
  find(matchID: string): SeatTicket | undefined {
    return this.all().find((t) => t.matchID === matchID);
  }

  /** Saves a seat (replacing an older one for the same match); keeps the 20 most recent. */
  save(ticket: SeatTicket): void {
    const rest = this.all().filter((t) => t.matchID !== ticket.matchID);
    this.store.setItem(KEY, JSON.stringify([ticket, ...rest].slice(0, 20)));
  }

  /** Forgets the seat of a match. */
  forget(matchID: string): void {
    this.store.setItem(KEY, JSON.stringify(this.all().filter((t) => t.matchID !== matchID)));
  }
}
