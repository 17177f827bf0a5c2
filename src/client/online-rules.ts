/**
 * The pure decisions of online play, kept apart from the DOM and the network so that they can be
 * tested in Node: display names, match codes and links, what to do with saved seats on start,
 * how a listed match reads, who sits at a table and what the player may do about it.
 */
import type { AiLevel } from '../ai';
import { AI_LEVEL_NAME, DECISION_RULE_NAME, SIDE_SHORT } from '../content/words';
import { DEFAULT_SCENARIO, isScenarioId, SCENARIOS } from '../game/data/scenarios';
import type { Seat, Side } from '../game/types';
import type { CreateOptions, LobbyMatch, SeatTicket } from './lobby-client';
import { normalizeCode } from './lobby-client';

/** Longest display name, in characters (the server's limit). */
export const MAX_NAME_LENGTH = 24;

export type NameCheck = { ok: true; name: string } | { ok: false; reason: string };

/**
 * A display name as the server will store it: trimmed, inner whitespace collapsed, 1–24
 * characters, no control or invisible characters. (The server checks again; this only lets the
 * page say what is wrong before asking.)
 */
export function checkDisplayName(raw: string): NameCheck {
  const name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const length = [...name].length;
  if (length === 0) return { ok: false, reason: 'Choose a name of 1 to 24 characters.' };
  if (length > MAX_NAME_LENGTH) return { ok: false, reason: `Your name is ${length} characters long: at most ${MAX_NAME_LENGTH}, please.` };
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name)) return { ok: false, reason: 'Your name may not contain control or invisible characters.' };
  return { ok: true, name };
}

/** The letters of match codes: no 0/O or 1/I/L, so they read aloud without confusion. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const MATCH_CODE_LENGTH = 8;

/** A code as typed (case, spaces and dashes forgiven), or null if it cannot be a match code. */
export function parseMatchCode(typed: string): string | null {
  const code = normalizeCode(typed);
  return code.length === MATCH_CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** A code as people read it out: "ABCD-EFGH". */
export function formatCode(code: string): string {
  return code.length === MATCH_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Where the page is: the URL's hash names the screen. */
export type Route = { kind: 'menu' } | { kind: 'lobby' } | { kind: 'match'; code: string };

/** Reads `#/online` and `#/match/CODE`; anything else is the menu. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/online') return { kind: 'lobby' };
  const match = /^\/match\/([^/?#]+)$/.exec(path);
  if (match) {
    const code = parseMatchCode(decodeURIComponent(match[1] ?? ''));
    return code ? { kind: 'match', code } : { kind: 'lobby' };
  }
  return { kind: 'menu' };
}

/** The hash of a route (the menu has none). */
export function routeHash(route: Route): string {
  if (route.kind === 'lobby') return '#/online';
  if (route.kind === 'match') return `#/match/${route.code}`;
  return '';
}

/** What the page does first. */
export type StartPlan =
  | { kind: 'menu'; resume: SeatTicket | null }
  | { kind: 'lobby' }
  /** The link names a match this browser holds a seat in: take the seat again. */
  | { kind: 'rejoin'; ticket: SeatTicket }
  /** The link names a match without a seat here: offer to join or to watch it. */
  | { kind: 'open'; code: string };

/** Decides the first screen from the URL and the saved seats (most recent first). */
export function startPlan(route: Route, tickets: readonly SeatTicket[]): StartPlan {
  if (route.kind === 'lobby') return { kind: 'lobby' };
  if (route.kind === 'match') {
    const ticket = tickets.find((t) => t.matchID === route.code);
    return ticket ? { kind: 'rejoin', ticket } : { kind: 'open', code: route.code };
  }
  return { kind: 'menu', resume: tickets[0] ?? null };
}

/** Where a saved seat stands, from the Lobby's answer (null: no such match any more). */
export type TicketState = 'playing' | 'waiting' | 'finished' | 'gone' | 'lost';

export function ticketState(ticket: SeatTicket, match: LobbyMatch | null): TicketState {
  if (!match) return 'gone';
  const mine = match.players.find((p) => String(p.id) === ticket.playerID);
  if (mine?.name === undefined) return 'lost';
  if (match.gameover !== undefined) return 'finished';
  return match.players.every((p) => p.name !== undefined) ? 'playing' : 'waiting';
}

/** What a saved seat's state means to its player. */
export const TICKET_STATE_TEXT: Readonly<Record<TicketState, string>> = {
  playing: 'in progress',
  waiting: 'waiting for an opponent',
  finished: 'finished',
  gone: 'no longer on the server',
  lost: 'your seat was given up',
};

/** Seats worth offering to rejoin. */
export function canRejoin(state: TicketState): boolean {
  return state === 'playing' || state === 'waiting' || state === 'finished';
}

export function isAiLevel(value: unknown): value is AiLevel {
  return value === 'easy' || value === 'normal' || value === 'hard';
}

/** A player of a match, as the Lobby or the socket reports it. */
export interface TablePlayer {
  readonly id: number;
  readonly name?: string;
  readonly isConnected?: boolean;
  readonly data?: unknown;
}

/** The AI level playing a seat, if the server's AI plays it. */
export function aiLevelOf(player: TablePlayer | undefined): AiLevel | null {
  const ai = (player?.data as { ai?: unknown } | undefined)?.ai;
  return isAiLevel(ai) ? ai : null;
}

/** The seat that plays the Democratic side, from a match's setup data. */
export function demSeatOf(setupData: unknown): Seat {
  const seat = (setupData as { demSeat?: unknown } | undefined)?.demSeat;
  return seat === '1' ? '1' : '0';
}

export function sideOfSeat(seat: Seat, setupData: unknown): Side {
  return demSeatOf(setupData) === seat ? 'dem' : 'aut';
}

/** One seat of a listed match, in words. */
export interface SeatLine {
  readonly seat: Seat;
  readonly side: Side;
  /** "Ada", "free", "Server AI (Easy)". */
  readonly who: string;
  readonly free: boolean;
  readonly ai: AiLevel | null;
}

/** A listed match, ready to show. */
export interface MatchLine {
  readonly code: string;
  readonly codeText: string;
  readonly scenario: string;
  /** The rule options in words ("majority voting, dependency 2"), or "standard rules". */
  readonly rules: string;
  readonly seats: readonly SeatLine[];
  readonly freeSeats: number;
  readonly aiSeats: number;
  /** The whole line as one sentence (for an accessible name). */
  readonly summary: string;
}

function rulesText(setupData: unknown): string {
  const data = (setupData ?? {}) as { scenario?: unknown; decisionRule?: unknown; dependency?: unknown };
  const scenario = isScenarioId(data.scenario) ? SCENARIOS[data.scenario] : SCENARIOS[DEFAULT_SCENARIO];
  const parts: string[] = [];
  if (data.decisionRule === 'majority' || data.decisionRule === 'unanimity') {
    if (data.decisionRule !== scenario.decisionRule) parts.push(DECISION_RULE_NAME[data.decisionRule].toLowerCase());
  }
  if (typeof data.dependency === 'number' && data.dependency !== scenario.dependency) parts.push(`dependency ${data.dependency}`);
  return parts.length > 0 ? parts.join(', ') : 'standard rules';
}

/** Who sits where in a match, seat by seat. */
export function seatLines(match: Pick<LobbyMatch, 'players' | 'setupData'>): SeatLine[] {
  return (['0', '1'] as const).map((seat) => {
    const player = match.players.find((p) => String(p.id) === seat) as TablePlayer | undefined;
    const ai = aiLevelOf(player);
    const free = player?.name === undefined;
    const who = ai ? `Server AI (${AI_LEVEL_NAME[ai]})` : free ? 'free' : (player?.name as string);
    return { seat, side: sideOfSeat(seat, match.setupData), who, free: free && !ai, ai };
  });
}

/** A listed match in words. */
export function describeMatch(match: LobbyMatch): MatchLine {
  const data = (match.setupData ?? {}) as { scenario?: unknown };
  const scenario = (isScenarioId(data.scenario) ? SCENARIOS[data.scenario] : SCENARIOS[DEFAULT_SCENARIO]).title;
  const seats = seatLines(match);
  const freeSeats = seats.filter((s) => s.free).length;
  const aiSeats = seats.filter((s) => s.ai !== null).length;
  const rules = rulesText(match.setupData);
  const who = seats.map((s) => `${SIDE_SHORT[s.side]}: ${s.who}`).join('; ');
  const summary = `${scenario}, ${rules}. ${who}.`;
  return { code: match.matchID, codeText: formatCode(match.matchID), scenario, rules, seats, freeSeats, aiSeats, summary };
}

/** A match someone can still sit down in: unfinished, with a free seat (neither a player nor the server's AI). */
export function isJoinable(match: Pick<LobbyMatch, 'players' | 'setupData' | 'gameover'>): boolean {
  return match.gameover === undefined && seatLines(match).some((s) => s.free);
}

/**
 * What the lobby says about its list: the matches open to join, and the running ones it lists
 * to watch ("2 open matches, 1 to watch."). Only joinable matches count as open.
 */
export function listSummary(matches: ReadonlyArray<Pick<LobbyMatch, 'players' | 'setupData' | 'gameover'>>): string {
  const open = matches.filter(isJoinable).length;
  const watch = matches.length - open;
  const openText = `${open === 0 ? 'No' : open} open match${open === 1 ? '' : 'es'}`;
  return watch > 0 ? `${openText}, ${watch} to watch.` : `${openText}.`;
}

/** Open matches first (a free seat), then running ones (to watch); most recently active first. */
export function sortMatches(matches: readonly LobbyMatch[]): LobbyMatch[] {
  const free = (m: LobbyMatch) => (isJoinable(m) ? 0 : 1);
  return [...matches].sort((a, b) => free(a) - free(b) || (b.updatedAt ?? 0) - (a.updatedAt ?? 0));
}

/** The side the creator asked for. */
export type SideChoice = Side | 'random';
/** The decision rule asked for: the scenario's own, or one of the two. */
export type RuleChoice = 'scenario' | 'unanimity' | 'majority';

export interface CreateForm {
  readonly scenario: string;
  readonly side: SideChoice;
  readonly decisionRule: RuleChoice;
  /** Starting dependency 0–5, or null for the scenario's own. */
  readonly dependency: number | null;
  readonly listed: boolean;
}

/**
 * The Lobby request for a new match. The creator always takes seat 0: the side decides which
 * side seat 0 plays (random: the server draws).
 */
export function createOptions(form: CreateForm): { options: CreateOptions; seat: Seat } {
  const setupData: NonNullable<CreateOptions['setupData']> = {
    demSeat: form.side === 'dem' ? '0' : form.side === 'aut' ? '1' : 'random',
  };
  if (isScenarioId(form.scenario)) setupData.scenario = form.scenario;
  if (form.decisionRule !== 'scenario') setupData.decisionRule = form.decisionRule;
  if (form.dependency !== null) setupData.dependency = form.dependency;
  return { options: { setupData, unlisted: !form.listed }, seat: '0' };
}

/** Who is across the table from a seat, and what that means for play. */
export interface TableState {
  /** The other seat's player: a name, the server's AI, or nobody yet. */
  readonly opponent: { readonly name: string; readonly ai: AiLevel | null; readonly connected: boolean | null } | null;
  /** The opponent's seat is empty: the game waits (and the empty seat may go to the AI). */
  readonly waiting: boolean;
  /** The seat across the table. */
  readonly otherSeat: Seat;
}

/** The table from `seat`'s point of view (`players` from the Lobby or the socket). */
export function tableState(players: readonly TablePlayer[], seat: Seat): TableState {
  const otherSeat: Seat = seat === '0' ? '1' : '0';
  const other = players.find((p) => String(p.id) === otherSeat);
  const ai = aiLevelOf(other);
  if (other?.name === undefined && !ai) return { opponent: null, waiting: true, otherSeat };
  const name = other?.name ?? `Server AI (${AI_LEVEL_NAME[ai as AiLevel]})`;
  return { opponent: { name, ai, connected: ai ? true : other?.isConnected ?? null }, waiting: false, otherSeat };
}

/** A Lobby refusal in plain words (the server's own reason, with a little context). */
export function lobbyErrorText(action: string, status: number, reason: string): string {
  if (status === 0) return `Could not ${action}: the game server cannot be reached. Check your connection and try again.`;
  if (status === 429) return `Could not ${action}: ${reason}.`;
  if (status === 404 && /^HTTP 404$/.test(reason)) return `Could not ${action}: the server does not offer this yet.`;
  if (status >= 500) return `Could not ${action}: the server ran into a problem. Try again in a moment.`;
  const text = reason.replace(/\.$/, '');
  return `Could not ${action}: ${text}.`;
}
