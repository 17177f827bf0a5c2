/**
 * The Lobby API of our game server, typed: create, list, show, join, leave and rename. Errors
 * come back as `LobbyError` with the server's reason. Works in the browser (same origin: base
 * "") and in Node (tests, tools) with an absolute base URL.
 */
import type { LobbyAPI } from 'boardgame.io';
import type { SetupData } from '../game';
import type { ChatPolicy, Pace } from '../server/clock/pace';

/** The game's name on the server. */
export const GAME_NAME = 'trust-and-leverage';

/** A match as listed by the Lobby. */
export type LobbyMatch = LobbyAPI.Match;

/** Options of a new match: rules (setupData, where `demSeat: 'random'` draws the sides) and listing. */
export interface CreateOptions {
  setupData?: Omit<SetupData, 'demSeat'> & { demSeat?: SetupData['demSeat'] | 'random' };
  unlisted?: boolean;
  /** Pace and what happens to an absent player (the server's defaults: Live, Normal stand-in). */
  options?: { pace?: Pace; standIn?: 'easy' | 'normal' | 'hard'; abandonment?: boolean; chat?: ChatPolicy };
}

/** One line of a match's chat, as the server stores it (src/server/chat.ts). */
export type ChatLineData =
  | { readonly id: number; readonly seat: '0' | '1'; readonly at: number; readonly kind: 'phrase'; readonly phrase: string }
  | { readonly id: number; readonly seat: '0' | '1'; readonly at: number; readonly kind: 'text'; readonly text: string };

/** A match's chat as the Lobby shows it. */
export interface ChatState {
  readonly policy: ChatPolicy;
  readonly lines: readonly ChatLineData[];
  readonly free: Readonly<Partial<Record<'0' | '1', boolean>>>;
}

/** A seat held by this browser: what it takes to rejoin after a reload. */
export interface SeatTicket {
  matchID: string;
  playerID: '0' | '1';
  credentials: string;
  playerName: string;
}

/** A refused Lobby request: HTTP status and the server's reason. */
export class LobbyError extends Error {
  override name = 'LobbyError';

  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** True when a match still has a free seat. */
export function hasFreeSeat(match: LobbyMatch): boolean {
  return match.players.some((p) => p.name === undefined);
}

/** A client of the Lobby API at `base` ("" for the page's own origin). */
/** What became of a seat a device holds (`POST /games/transfer/status`). */
export type SeatTransferState = 'held' | 'moved' | 'other' | 'gone';
/** Seats per status request (the server's limit). */
const TRANSFER_STATUS_BATCH = 20;

export class LobbyClient {
  constructor(private readonly base = '') {}

  private async request<T>(path: string, body?: object): Promise<T> {
    const init: RequestInit = body === undefined
      ? { headers: { accept: 'application/json' } }
      : { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) };
    let response: Response;
    try {
      response = await fetch(`${this.base}/games${path}`, init);
    } catch {
      throw new LobbyError(0, 'the server cannot be reached');
    }
    const json = (await response.json().catch(() => ({}))) as { error?: unknown };
    if (!response.ok) throw new LobbyError(response.status, typeof json.error === 'string' ? json.error : `HTTP ${response.status}`);
    return json as T;
  }

  /** Creates a match; returns its code. */
  async create(options: CreateOptions = {}): Promise<string> {
    const { matchID } = await this.request<LobbyAPI.CreatedMatch>(`/${GAME_NAME}/create`, { numPlayers: 2, ...options });
    return matchID;
  }

  /** Open (listed, unfinished) matches, most recently active first. */
  async list(): Promise<LobbyMatch[]> {
    return (await this.request<LobbyAPI.MatchList>(`/${GAME_NAME}`)).matches;
  }

  /** One match by its code (case and spaces forgiven). */
  async get(code: string): Promise<LobbyMatch> {
    return this.request<LobbyMatch>(`/${GAME_NAME}/${encodeURIComponent(normalizeCode(code))}`);
  }

  /** Takes a seat (the first free one unless `playerID` is given). */
  async join(code: string, playerName: string, playerID?: '0' | '1'): Promise<SeatTicket> {
    const matchID = normalizeCode(code);
    const joined = await this.request<LobbyAPI.JoinedMatch>(`/${GAME_NAME}/${encodeURIComponent(matchID)}/join`, {
      playerName, ...(playerID ? { playerID } : {}),
    });
    return { matchID, playerID: joined.playerID as '0' | '1', credentials: joined.playerCredentials, playerName };
  }

  /** Gives the seat up. */
  async leave(ticket: SeatTicket): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/leave`, { playerID: ticket.playerID, credentials: ticket.credentials });
  }

  /** Changes the display name shown for the seat. */
  async rename(ticket: SeatTicket, newName: string): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/update`, {
      playerID: ticket.playerID, credentials: ticket.credentials, newName,
    });
  }

  /**
   * Gives the free `seat` of the ticket's match to the server's AI at `level` (the ticket holds
   * the other seat).
   */
  async addAi(ticket: SeatTicket, seat: '0' | '1', level: 'easy' | 'normal' | 'hard'): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/ai`, {
      playerID: ticket.playerID, credentials: ticket.credentials, seat, level,
    });
  }

  /** A finished match's game record (JSON, to check with parseGameRecord); refused with 409 before the end. */
  async record(code: string): Promise<unknown> {
    return this.request<unknown>(`/${GAME_NAME}/${encodeURIComponent(normalizeCode(code))}/record`);
  }

  /** Takes the seat back from the AI that stood in for this player. */
  async takeSeatBack(ticket: SeatTicket): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/return`, { playerID: ticket.playerID, credentials: ticket.credentials });
  }

  /** Ends the match as a win for this seat: the other player abandoned it (the AI keeps their seat). */
  async claimWin(ticket: SeatTicket): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/abandon`, { playerID: ticket.playerID, credentials: ticket.credentials });
  }

  /** The match's chat: its policy, stored lines and who turned free text on. */
  async chat(code: string): Promise<ChatState> {
    return this.request<ChatState>(`/${GAME_NAME}/${encodeURIComponent(normalizeCode(code))}/chat`);
  }

  /** Says a phrase (by its id) or, where the match allows it, free text. */
  async say(ticket: SeatTicket, message: { phrase: string } | { text: string }): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/chat`, { playerID: ticket.playerID, credentials: ticket.credentials, message });
  }

  /** Turns free text on or off for this player (a match created with free chat only). */
  async setFreeChat(ticket: SeatTicket, on: boolean): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/chat-free`, { playerID: ticket.playerID, credentials: ticket.credentials, on });
  }

  /** Reports a line of the other player's. */
  async report(ticket: SeatTicket, line: number): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/report`, { playerID: ticket.playerID, credentials: ticket.credentials, line });
  }

  /** The server's VAPID public key for Web Push (404 `LobbyError` when the server has none). */
  async pushKey(): Promise<string> {
    return (await this.request<{ publicKey: string }>('/push-key')).publicKey;
  }

  /** Registers (or, with null, unregisters) this browser's push subscription for the seat (Daily matches). */
  async registerPush(ticket: SeatTicket, subscription: unknown): Promise<void> {
    await this.request(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/push`, { playerID: ticket.playerID, credentials: ticket.credentials, subscription });
  }

  /** A one-time code that moves these seats to another device (valid for a quarter of an hour). */
  async makeTransfer(tickets: readonly SeatTicket[]): Promise<{ code: string; expiresAt: number }> {
    return this.request('/transfer', { seats: tickets.map(({ matchID, playerID, credentials }) => ({ matchID, playerID, credentials })) });
  }

  /**
   * What became of these seats, in order: `held` (still this device's), `moved` (a transfer code
   * moved it to another device), `other` (not held with these credentials) or `gone`.
   */
  async transferStatus(tickets: readonly SeatTicket[]): Promise<SeatTransferState[]> {
    const states: SeatTransferState[] = [];
    for (let i = 0; i < tickets.length; i += TRANSFER_STATUS_BATCH) {
      const seats = tickets.slice(i, i + TRANSFER_STATUS_BATCH).map(({ matchID, playerID, credentials }) => ({ matchID, playerID, credentials }));
      const answer = await this.request<{ seats: { state: SeatTransferState }[] }>('/transfer/status', { seats });
      states.push(...answer.seats.map((seat) => seat.state));
    }
    return states;
  }

  /** Takes the seats a transfer code moves (with new credentials: the other device's stop working). */
  async redeemTransfer(code: string): Promise<SeatTicket[]> {
    const { seats } = await this.request<{ seats: SeatTicket[] }>('/transfer/redeem', { code });
    return seats;
  }

  /** Asks for a rematch: returns the code of the next match (the same one for both players). */
  async playAgain(ticket: SeatTicket): Promise<string> {
    const { nextMatchID } = await this.request<{ nextMatchID: string }>(`/${GAME_NAME}/${encodeURIComponent(ticket.matchID)}/playAgain`, {
      playerID: ticket.playerID, credentials: ticket.credentials,
    });
    return nextMatchID;
  }
}

/** A code as typed by a person: upper case, spaces and dashes removed. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}
