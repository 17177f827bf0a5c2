/**
 * What the online lobby's sections share: the Lobby client, the seats and name this device keeps,
 * and the screen's one way to run a Lobby request (buttons disabled meanwhile, a refusal shown in
 * plain words). The screen (lobby-screen.ts) implements it; each section gets it.
 */
import type { LobbyClient, LobbyMatch, SeatTicket } from '../client/lobby-client';
import type { SeatTickets } from '../client/seat-tickets';
import type { Seat } from '../game/types';

/** Where the display name is remembered. */
export interface NameStore {
  get(): string;
  set(name: string): void;
}

export interface LobbyScreenOptions {
  readonly lobby: LobbyClient;
  readonly tickets: SeatTickets;
  readonly names: NameStore;
  /** A match named by a link, shown first with its Join and Watch buttons. */
  readonly focusCode?: string;
  /** A message to show on arrival (e.g. why a rejoin did not work). */
  readonly notice?: string;
  /** Opens a match: with a ticket as that seat, without as a spectator; `notice`: a problem to show there. */
  readonly onPlay: (match: LobbyMatch, ticket?: SeatTicket, notice?: string) => void;
  readonly onBack: () => void;
  /** Auto-refresh of the open matches (ms); 0: only on request. */
  readonly refreshMs?: number;
}

export interface LobbyContext {
  readonly opts: LobbyScreenOptions;
  readonly root: HTMLElement;
  /** A Lobby request is under way: the buttons that would start another are disabled. */
  isBusy(): boolean;
  /** The screen is gone: late answers change nothing. */
  isDestroyed(): boolean;
  /** Runs a Lobby request (`action` words the refusal: "Could not join match …"). */
  run(action: string, task: () => Promise<void>): Promise<void>;
  /** A polite status line, and an alert for problems. */
  say(text: string): void;
  alert(text: string): void;
  /** The valid display name, or null after saying what is wrong (and focusing the field if asked). */
  checkName(focus: boolean): string | null;
  /** Joins the match with this code (a free seat, or `seat`), or rejoins the seat this device holds there. */
  joinCode(code: string, seat?: Seat): Promise<void>;
  watch(code: string): Promise<void>;
  /** Leaves the lobby for this match. */
  play(match: LobbyMatch, ticket?: SeatTicket, notice?: string): void;
  /** Lists the open matches again (`quiet`: no status line, no alert). */
  refresh(quiet?: boolean): Promise<void>;
}
