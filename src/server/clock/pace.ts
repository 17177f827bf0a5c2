/**
 * Paces of an online match, chosen when it is created, and the options that go with them: the
 * level of the AI that stands in for a player whose time ran out, whether the other player may
 * end the match as a win by abandonment, and what chat the match allows. Pure (no Node, no DOM):
 * the server validates and stores these, the client shows them.
 */
import { AI_LEVELS, type AiLevel } from '../../ai';

/**
 * Live: a clock per turn plus a small bank that absorbs the overrun of slow turns, for a sitting.
 * Daily: hours per turn, for play across days (a round of about ten turns fits a few visits).
 */
export type Pace =
  | { readonly kind: 'live'; readonly turnSeconds: number; readonly bankSeconds: number }
  | { readonly kind: 'daily'; readonly turnHours: number };

/** What chat a match allows: none, the fixed phrases, or free text too (unlisted matches, both players willing). */
export type ChatPolicy = 'none' | 'phrases' | 'free';

/** The online options stored with a match (metadata field `online`). */
export interface OnlineOptions {
  readonly pace: Pace;
  /** The AI that plays a turn whose time ran out. */
  readonly standIn: AiLevel;
  /** Whether a player may end the match as a win when the other seat is kept by the AI. */
  readonly abandonment: boolean;
  readonly chat: ChatPolicy;
}

export const LIVE_DEFAULT = { kind: 'live', turnSeconds: 60, bankSeconds: 180 } as const satisfies Pace;
export const DAILY_DEFAULT = { kind: 'daily', turnHours: 24 } as const satisfies Pace;
export const DEFAULT_OPTIONS: OnlineOptions = { pace: LIVE_DEFAULT, standIn: 'normal', abandonment: true, chat: 'phrases' };

/** Bounds of each setting (inclusive). */
export const PACE_LIMITS = {
  turnSeconds: [15, 600],
  bankSeconds: [0, 1800],
  turnHours: [1, 168],
} as const;

/** After this many turns in a row played by the stand-in, the seat stays with the AI until its player returns. */
export const KEPT_AFTER_MISSES = 3;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function whole(value: unknown, field: keyof typeof PACE_LIMITS, fallback: number): number | string {
  if (value === undefined) return fallback;
  const [min, max] = PACE_LIMITS[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) return `pace.${field} must be a whole number from ${min} to ${max}`;
  return value;
}

function extraKeys(record: Record<string, unknown>, allowed: readonly string[], where: string): string | null {
  const extra = Object.keys(record).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? `${where}: unknown field(s) ${extra.join(', ').slice(0, 80)} (allowed: ${allowed.join(', ')})` : null;
}

/** A pace from a request (absent: Live with its defaults), or why it is refused. */
export function parsePace(value: unknown): Pace | string {
  if (value === undefined) return LIVE_DEFAULT;
  if (!isRecord(value)) return 'pace must be an object like { "kind": "live" } or { "kind": "daily", "turnHours": 24 }';
  if (value.kind === 'live') {
    const extra = extraKeys(value, ['kind', 'turnSeconds', 'bankSeconds'], 'pace');
    if (extra) return extra;
    const turnSeconds = whole(value.turnSeconds, 'turnSeconds', LIVE_DEFAULT.turnSeconds);
    const bankSeconds = whole(value.bankSeconds, 'bankSeconds', LIVE_DEFAULT.bankSeconds);
    if (typeof turnSeconds === 'string') return turnSeconds;
    if (typeof bankSeconds === 'string') return bankSeconds;
    return { kind: 'live', turnSeconds, bankSeconds };
  }
  if (value.kind === 'daily') {
    const extra = extraKeys(value, ['kind', 'turnHours'], 'pace');
    if (extra) return extra;
    const turnHours = whole(value.turnHours, 'turnHours', DAILY_DEFAULT.turnHours);
    return typeof turnHours === 'string' ? turnHours : { kind: 'daily', turnHours };
  }
  return 'pace.kind must be "live" or "daily"';
}

/**
 * The online options of a create request (`options` in the body), or why they are refused.
 * Free chat needs an unlisted match: strangers from the open list get the phrases only.
 */
export function parseOnlineOptions(value: unknown, unlisted: boolean): OnlineOptions | string {
  if (value === undefined || value === null) return DEFAULT_OPTIONS;
  if (!isRecord(value)) return 'options must be an object';
  const extra = extraKeys(value, ['pace', 'standIn', 'abandonment', 'chat'], 'options');
  if (extra) return extra;
  const pace = parsePace(value.pace);
  if (typeof pace === 'string') return pace;
  const standIn = value.standIn ?? DEFAULT_OPTIONS.standIn;
  if (typeof standIn !== 'string' || !(AI_LEVELS as readonly string[]).includes(standIn)) return `options.standIn must be one of ${AI_LEVELS.join(', ')}`;
  const abandonment = value.abandonment ?? DEFAULT_OPTIONS.abandonment;
  if (typeof abandonment !== 'boolean') return 'options.abandonment must be true or false';
  const chat = value.chat ?? DEFAULT_OPTIONS.chat;
  if (chat !== 'none' && chat !== 'phrases' && chat !== 'free') return 'options.chat must be "none", "phrases" or "free"';
  if (chat === 'free' && !unlisted) return 'free chat needs an unlisted match (strangers from the open list share phrases only)';
  return { pace, standIn: standIn as AiLevel, abandonment, chat };
}

/** The options stored with a match, or the defaults for a match created before paces existed. */
export function onlineOptionsOf(metadata: unknown): OnlineOptions {
  const stored = isRecord(metadata) ? metadata.online : undefined;
  if (!isRecord(stored)) return DEFAULT_OPTIONS;
  const parsed = parseOnlineOptions(stored, true);
  return typeof parsed === 'string' ? DEFAULT_OPTIONS : parsed;
}

/** One turn's allowance (ms) before the bank: `hourMs` is an hour on the server's clock (shorter in tests). */
export function turnAllowanceMs(pace: Pace, hourMs: number): number {
  return pace.kind === 'live' ? pace.turnSeconds * 1000 : pace.turnHours * hourMs;
}

/** The bank each seat starts with (ms). */
export function startingBankMs(pace: Pace): number {
  return pace.kind === 'live' ? pace.bankSeconds * 1000 : 0;
}

/**
 * The online options of a class's match (for src/server/classes: pass `{ online: classMatchOptions(…) }`
 * as createSeededMatch's `extra`): the class's pace, no chat unless the teacher allows the fixed
 * phrases (never free text), and no win by abandonment (the teacher decides about absent students).
 */
export function classMatchOptions(opts: { readonly pace?: Pace; readonly chat: 'none' | 'phrases'; readonly standIn?: AiLevel }): OnlineOptions {
  return { pace: opts.pace ?? LIVE_DEFAULT, standIn: opts.standIn ?? DEFAULT_OPTIONS.standIn, abandonment: false, chat: opts.chat };
}
