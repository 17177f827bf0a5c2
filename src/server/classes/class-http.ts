/**
 * HTTP guards of the class routes (`/classes…`): CORS as for the Lobby (foreign origins refused;
 * the Authorization header allowed), a rate limit per client address sized for a whole class
 * behind one school address, and the teacher key: random, kept only as a hash, compared in
 * constant time.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import { HttpError, pathCors, pathRateLimit } from '../lobby-http';
import { CODE_ALPHABET } from '../secrets';

/** Length of a class code: 31^6 ≈ 8.9e8 codes, short enough to write on a board. */
export const CLASS_CODE_LENGTH = 6;

export const isClassPath = (path: string): boolean => path === '/classes' || path.startsWith('/classes/');

export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < CLASS_CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A class code as typed: letters upper-cased, spaces and dashes dropped; null when it cannot be one. */
export function classCodeOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 20) return null;
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CLASS_CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** A new teacher key (256 random bits). */
export function newTeacherKey(): string {
  return randomBytes(32).toString('base64url');
}

/** How a secret is stored: SHA-256, hex (the keys are random, so a slow hash would add nothing). */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Does `given` hash to `hash`? Constant time in the content of both. */
export function matchesHash(given: string, hash: string): boolean {
  const expected = Buffer.from(hash, 'hex');
  const actual = createHash('sha256').update(given).digest();
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

/** The key of `Authorization: Bearer KEY`; throws 401 when there is none. */
export function bearerKey(ctx: Context): string {
  const header = ctx.get('Authorization');
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(header);
  if (!match?.[1]) throw new HttpError(401, 'this needs the class\'s teacher key (Authorization: Bearer KEY)');
  return match[1];
}

/** CORS for the class routes (the teacher key travels in the Authorization header). */
export const classCors = (allowedOrigins: readonly string[]): Middleware =>
  pathCors(isClassPath, allowedOrigins, 'GET, POST, DELETE', 'Content-Type, Authorization');

/** At most `perMinute` class requests per client address. */
export const classRateLimit = (perMinute: number): Middleware => pathRateLimit(isClassPath, perMinute);
