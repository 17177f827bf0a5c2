/**
 * "My games": every match this device holds a seat in, from the Lobby's view of each (no account:
 * the seats are the device's stored tickets). Pure: the rows are built from the tickets and the
 * matches as the Lobby showed them, at a given time.
 */
import type { LobbyMatch, SeatTicket, SeatTransferState } from './lobby-client';
import { parseClockNews, timeLeftMs, formatTimeLeft } from './online-clock';
import { describeMatch, formatCode, ticketState, type TicketState } from './online-rules';

export interface MyGameRow {
  readonly ticket: SeatTicket;
  readonly code: string;
  readonly state: TicketState | 'unknown';
  /** The match in words: scenario, rules, who sits where (null when the server could not say). */
  readonly summary: string | null;
  /** Whose turn and the time left, or how it ended. */
  readonly turn: string;
  /** The player's turn now (sorted first). */
  readonly mine: boolean;
}

function endText(match: LobbyMatch, ticket: SeatTicket): string {
  const over = match.gameover as { winner?: unknown; draw?: unknown; abandoned?: unknown; closed?: unknown } | undefined;
  if (over?.closed !== undefined) return 'Closed by the server.';
  if (over?.abandoned !== undefined) return over.abandoned === ticket.playerID ? 'Ended: you were away and your opponent claimed the win.' : 'Ended: you won, your opponent abandoned it.';
  if (over?.draw) return 'Finished: a draw.';
  return over?.winner === ticket.playerID ? 'Finished: you won.' : 'Finished: you lost.';
}

/** One row of "My games". `match` is null when the Lobby could not be asked (`missing`: it said 404). */
export function myGameRow(ticket: SeatTicket, match: LobbyMatch | null, missing: boolean, now: number): MyGameRow {
  const code = formatCode(ticket.matchID);
  if (!match) return { ticket, code, state: missing ? 'gone' : 'unknown', summary: null, turn: missing ? 'No longer on the server.' : 'Cannot check right now.', mine: false };
  const state = ticketState(ticket, match);
  const base = { ticket, code, state, summary: describeMatch(match).summary };
  if (state === 'finished') return { ...base, turn: endText(match, ticket), mine: false };
  if (state === 'lost') return { ...base, turn: 'Your seat was given up.', mine: false };
  if (state === 'waiting') return { ...base, turn: 'Waiting for an opponent.', mine: false };
  const clock = parseClockNews(match, now)?.clock ?? null;
  if (!clock) return { ...base, turn: 'In progress (no clock: against the AI, or an older match).', mine: false };
  const left = formatTimeLeft(timeLeftMs(clock, now));
  const mine = clock.seat === ticket.playerID;
  if (clock.kept.includes(ticket.playerID)) return { ...base, turn: 'You were away: the AI is playing your seat. Open the match to take it back.', mine: true };
  const other = match.players.find((p) => String(p.id) === clock.seat)?.name ?? 'your opponent';
  return { ...base, turn: mine ? `Your turn: ${left} left.` : `${other}’s turn: ${left} left.`, mine };
}

/** Rows in order: your turn first, then running, waiting, finished, then the rest (stable otherwise). */
export function sortRows(rows: readonly MyGameRow[]): MyGameRow[] {
  const rank = (row: MyGameRow): number => (row.mine ? 0 : row.state === 'playing' ? 1 : row.state === 'waiting' ? 2 : row.state === 'finished' ? 3 : 4);
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i).map(({ row }) => row);
}

/**
 * The seats a redeemed transfer code moved to another device (this device's copies no longer
 * play them: they leave the list), and the note that says so (null when none moved).
 */
export function movedAway(tickets: readonly SeatTicket[], states: readonly SeatTransferState[]): { moved: SeatTicket[]; note: string | null } {
  const moved = tickets.filter((_, i) => states[i] === 'moved');
  if (moved.length === 0) return { moved, note: null };
  const codes = moved.map((t) => formatCode(t.matchID)).join(', ');
  const what = moved.length === 1 ? `Your seat in match ${codes} was` : `Your seats in matches ${codes} were`;
  return { moved, note: `${what} moved to another device with a transfer code: this device no longer lists ${moved.length === 1 ? 'it' : 'them'}.` };
}
