/** Validation of Lobby request bodies: each returns clean values or throws a 400 with the reason. */
import { isSeat, type Seat } from '../game';
import { HttpError } from './lobby-http';

/** Longest display name, in characters. */
export const MAX_NAME_LENGTH = 24;

/** Throws unless `body` has only the `allowed` keys. */
export function onlyKeys(body: Record<string, unknown>, allowed: readonly string[]): void {
  const extra = Object.keys(body).filter((key) => !allowed.includes(key));
  if (extra.length > 0) throw new HttpError(400, `unknown field(s): ${extra.join(', ').slice(0, 100)} (allowed: ${allowed.join(', ')})`);
}

/**
 * A display name: 1–24 characters of text once trimmed, inner whitespace collapsed, no control
 * or format characters. It is stored and shown as text (never HTML) by every client.
 */
export function displayName(value: unknown, field = 'playerName'): string {
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string of 1 to ${MAX_NAME_LENGTH} characters`);
  // A lone UTF-16 surrogate is not text: it would be shown as U+FFFD ("Ann\uFFFD").
  if (!isWellFormedText(value)) throw new HttpError(400, `${field} must be well-formed Unicode text (no lone surrogates)`);
  const name = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const length = [...name].length;
  if (length < 1 || length > MAX_NAME_LENGTH) throw new HttpError(400, `${field} must be 1 to ${MAX_NAME_LENGTH} characters`);
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(name)) throw new HttpError(400, `${field} may not contain control or invisible characters`);
  return name;
}

/** Whether every UTF-16 surrogate in `text` is half of a pair (String.prototype.isWellFormed, Node 20). */
function isWellFormedText(text: string): boolean {
  return !/\p{Surrogate}/u.test(text);
}

/** A seat id, "0" or "1"; `undefined` when absent and `optional`. */
export function seatId(value: unknown, optional: true): Seat | undefined;
export function seatId(value: unknown, optional?: false): Seat;
export function seatId(value: unknown, optional = false): Seat | undefined {
  if ((value === undefined || value === null) && optional) return undefined;
  // boardgame.io's LobbyClient may send the seat as a number.
  const seat = typeof value === 'number' ? String(value) : value;
  if (isSeat(seat)) return seat;
  throw new HttpError(400, 'playerID must be "0" or "1"');
}

/** Credentials as sent by a client (never echoed back in an error). */
export function credentialsOf(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) throw new HttpError(403, 'credentials are required');
  return value;
}

/** An optional boolean flag. */
export function flag(value: unknown, field: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean') throw new HttpError(400, `${field} must be true or false`);
  return value;
}
