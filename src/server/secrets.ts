/**
 * Secrets of the server: credentials, match ids and per-match seeds, all from `crypto`, and the
 * one way credentials are compared (constant time, so timing tells nothing about a prefix).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Server } from 'boardgame.io';

/** Short match codes: no 0/O, 1/I/L, so they read aloud and type without confusion. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Length of a match code: 31^8 ≈ 8.5e11 codes. */
export const MATCH_CODE_LENGTH = 8;

/** A new match id, short enough to read out as a join code. */
export function newMatchCode(): string {
  let code = '';
  for (let i = 0; i < MATCH_CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** True when a string has the shape of a match code. */
export function isMatchCode(value: unknown): value is string {
  return typeof value === 'string' && value.length === MATCH_CODE_LENGTH && [...value].every((c) => CODE_ALPHABET.includes(c));
}

/** New player credentials: 192 random bits. */
export function newCredentials(): string {
  return randomBytes(24).toString('base64url');
}

/** A fresh, unpredictable seed for one match's random numbers. */
export function newSeed(): string {
  return randomBytes(16).toString('hex');
}

const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

/** How many digests of the server's own secrets `expectedDigest` keeps (more than the seats of the matches one process holds). */
const DIGESTS_KEPT = 20_000;
const expectedDigests = new Map<string, Buffer>();

/**
 * The digest of a secret the server holds (a seat's stored credentials), kept for the next
 * comparison: a move compares the mover's credentials with them up to three times. The cache is
 * keyed by the stored secret only, so finding an entry takes the same time whatever was given.
 */
function expectedDigest(secret: string): Buffer {
  const kept = expectedDigests.get(secret);
  if (kept) return kept;
  const digest = sha256(secret);
  expectedDigests.set(secret, digest);
  if (expectedDigests.size > DIGESTS_KEPT) expectedDigests.delete(expectedDigests.keys().next().value ?? '');
  return digest;
}

/**
 * Compares a given secret with the one the server holds, in constant time (both hashed first, so
 * lengths leak nothing either).
 */
export function secretsEqual(given: unknown, expected: unknown): boolean {
  if (typeof given !== 'string' || typeof expected !== 'string' || given === '' || expected === '') return false;
  return timingSafeEqual(sha256(given), expectedDigest(expected));
}

/**
 * boardgame.io's `authenticateCredentials`. Passing it makes every seat require credentials: a
 * seat nobody joined has none, so nobody can act for it.
 */
export const authenticateCredentials: Server.AuthenticateCredentials = (credentials, playerMetadata) =>
  secretsEqual(credentials, playerMetadata?.credentials);
