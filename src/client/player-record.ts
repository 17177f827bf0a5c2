/**
 * A player's record on this device, by display name (there are no accounts): online matches
 * finished and matches abandoned (their seat was claimed or closed while they were away). Each
 * match counts once, whenever "My games" first sees it over.
 */
import type { LobbyMatch, SeatTicket } from './lobby-client';
import type { KeyValueStore } from './seat-tickets';

const KEY = 'trust-and-leverage.record';
/** Matches remembered as counted, per name (the oldest forgotten past this). */
const MAX_SEEN = 200;

export interface PlayerRecord {
  readonly finished: number;
  readonly abandoned: number;
}

interface Stored {
  finished: number;
  abandoned: number;
  seen: string[];
}

/** How a finished match counts for the seat: played to the end, or abandoned by this player. */
export function outcomeOf(ticket: SeatTicket, match: LobbyMatch): 'finished' | 'abandoned' | null {
  const over = match.gameover as { abandoned?: unknown; closed?: unknown } | undefined;
  if (over === undefined || over === null) return null;
  if (over.abandoned === ticket.playerID) return 'abandoned';
  if (over.closed === 'abandoned') return 'abandoned';
  if (over.closed !== undefined) return null;
  return 'finished';
}

export class PlayerRecords {
  constructor(private readonly store: KeyValueStore) {}

  private all(): Record<string, Stored> {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(KEY) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, Stored>) : {};
    } catch {
      return {};
    }
  }

  /** The record of a display name (zeros when it has none). */
  of(name: string): PlayerRecord {
    const stored = this.all()[name];
    return { finished: Number(stored?.finished) || 0, abandoned: Number(stored?.abandoned) || 0 };
  }

  /** Counts a match that is over for the seat, once. */
  count(ticket: SeatTicket, match: LobbyMatch): void {
    const outcome = outcomeOf(ticket, match);
    if (!outcome) return;
    const all = this.all();
    const mine = all[ticket.playerName] ?? { finished: 0, abandoned: 0, seen: [] };
    const seen = Array.isArray(mine.seen) ? mine.seen : [];
    if (seen.includes(ticket.matchID)) return;
    all[ticket.playerName] = {
      finished: (Number(mine.finished) || 0) + (outcome === 'finished' ? 1 : 0),
      abandoned: (Number(mine.abandoned) || 0) + (outcome === 'abandoned' ? 1 : 0),
      seen: [ticket.matchID, ...seen].slice(0, MAX_SEEN),
    };
    this.store.setItem(KEY, JSON.stringify(all));
  }
}
