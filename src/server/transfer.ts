/**
 * Moving a device's seats to another device without an account: `POST /games/transfer`
 * `{ seats: [{ matchID, playerID, credentials }] }` checks every seat's credentials and answers a
 * one-time code (12 characters, valid TRANSFER_MINUTES); `POST /games/transfer/redeem` `{ code }` gives
 * the other device those seats with new credentials, so the first device's copies stop working:
 * the seats moved, they were not copied. The pending transfer is kept in the match storage as a
 * record of its own kind (game name TRANSFER_GAME, never listed with matches), so any server
 * process can redeem it, and redeeming is a compare-and-set: a code works once.
 *
 * A redeemed seat keeps a note in its match (`movedSeats`: the seat and a hash of the credentials
 * it moved away from), so the first device learns what became of its copies:
 * `POST /games/transfer/status` `{ seats }` answers, per seat, `held` (the credentials still
 * hold it), `moved` (a transfer code moved it to another device), `other` (it is not held with
 * these credentials: given up, or taken over) or `gone` (no such match). Only a device holding the
 * old credentials can learn that they moved. Nothing is dropped when a code is made: a code that
 * is never redeemed expires, and the seats stay where they were.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Server, State } from 'boardgame.io';
import type { Context } from 'koa';
import { isSeat, type Seat } from '../game';
import { HttpError, readJsonObject } from './lobby-http';
import type { LobbyOptions } from './lobby-routes';
import { onlyKeys } from './lobby-validate';
import { CODE_ALPHABET, isMatchCode, newCredentials, secretsEqual } from './secrets';

type Router = Parameters<typeof import('./lobby-routes').registerLobbyRoutes>[0];

/** The storage's game name for pending transfers (no game has it). */
export const TRANSFER_GAME = 'tl-seat-transfer';
export const TRANSFER_CODE_LENGTH = 12;
export const TRANSFER_MINUTES = 15;
const MAX_SEATS = 20;
/** Moves remembered per match (a seat moved back and forth a few times). */
const MAX_MOVED_NOTES = 8;

/** A seat to move, and a hash of its credentials when the code was made (a seat given up and taken by someone else since does not move). */
interface SeatRef { matchID: string; playerID: Seat; held: string }
interface Pending { seats: SeatRef[]; expiresAt: number; used: boolean }
/** The note a moved seat leaves in its match's metadata. */
interface MovedNote { playerID: Seat; held: string; at: number }
type SeatStatus = 'held' | 'moved' | 'other' | 'gone';

const movedNotesOf = (metadata: Server.MatchData): MovedNote[] => (metadata as unknown as { movedSeats?: MovedNote[] }).movedSeats ?? [];

const idOf = (code: string): string => `transfer-${code}`;
const hashOf = (credentials: string): string => createHash('sha256').update(credentials).digest('hex');

function newTransferCode(): string {
  let code = '';
  for (let i = 0; i < TRANSFER_CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function transferCode(value: unknown): string {
  const code = typeof value === 'string' ? value.toUpperCase().replace(/[\s-]+/g, '') : '';
  if (code.length !== TRANSFER_CODE_LENGTH || ![...code].every((c) => CODE_ALPHABET.includes(c))) throw new HttpError(400, `code must be ${TRANSFER_CODE_LENGTH} characters`);
  return code;
}

function seatsOf(value: unknown): { matchID: string; playerID: Seat; credentials: string }[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_SEATS) throw new HttpError(400, `seats must be a list of 1 to ${MAX_SEATS} seats`);
  return value.map((seat: unknown) => {
    const s = seat as { matchID?: unknown; playerID?: unknown; credentials?: unknown } | null;
    if (!s || typeof s !== 'object' || !isMatchCode(s.matchID) || !isSeat(s.playerID) || typeof s.credentials !== 'string' || s.credentials.length > 256) {
      throw new HttpError(400, 'each seat must be { matchID, playerID, credentials }');
    }
    return { matchID: s.matchID, playerID: s.playerID, credentials: s.credentials };
  });
}

export function registerTransferRoutes(router: Router, options: LobbyOptions, now: () => number): void {
  const { db, maxBodyBytes, exclusive } = options;

  router.post('/games/transfer', async (ctx: Context) => {
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['seats']);
    const seats = seatsOf(body.seats);
    for (const seat of seats) {
      const { metadata } = await db.fetch(seat.matchID, { metadata: true });
      if (!metadata || !secretsEqual(seat.credentials, metadata.players[Number(seat.playerID)]?.credentials)) {
        throw new HttpError(403, `wrong credentials for seat ${seat.playerID} of match ${seat.matchID}`);
      }
    }
    const code = newTransferCode();
    const at = now();
    // Codes nobody redeemed go when the next one is made (they expired long since).
    for (const old of await db.listMatches({ gameName: TRANSFER_GAME, where: { updatedBefore: at - 2 * TRANSFER_MINUTES * 60_000 } })) await db.wipe(old);
    const pending: Pending = { seats: seats.map(({ matchID, playerID, credentials }) => ({ matchID, playerID, held: hashOf(credentials) })), expiresAt: at + TRANSFER_MINUTES * 60_000, used: false };
    const metadata = { gameName: TRANSFER_GAME, players: {}, createdAt: at, updatedAt: at, transfer: pending } as unknown as Server.MatchData;
    await db.createMatch(idOf(code), { metadata, initialState: { G: {}, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: 0 } as unknown as State });
    await db.flushed();
    ctx.body = { code, expiresAt: pending.expiresAt };
  });

  router.post('/games/transfer/redeem', async (ctx: Context) => {
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['code']);
    const id = idOf(transferCode(body.code));
    let pending: Pending | null = null;
    const refusal = { reason: 'there is no such transfer code (or it was used)', status: 404 };
    try {
      await db.updateMetadata(id, (current) => {
        pending = null;
        const stored = (current as unknown as { transfer?: Pending }).transfer;
        if (current.gameName !== TRANSFER_GAME || !stored || stored.used) return null;
        if (stored.expiresAt <= now()) {
          Object.assign(refusal, { reason: 'this transfer code has expired: make a new one', status: 410 });
          return null;
        }
        pending = stored;
        return { ...current, transfer: { ...stored, used: true } } as unknown as Server.MatchData;
      });
    } catch {
      throw new HttpError(404, refusal.reason);
    }
    const won = pending as Pending | null;
    if (!won) throw new HttpError(refusal.status, refusal.reason);
    await db.wipe(id);
    const moved: { matchID: string; playerID: Seat; credentials: string; playerName: string }[] = [];
    for (const { matchID, playerID, held } of won.seats) {
      const credentials = newCredentials();
      let playerName: string | null = null;
      await exclusive(matchID, async () => {
        const { metadata } = await db.fetch(matchID, { metadata: true });
        if (!metadata) return; // wiped meanwhile: that seat is simply not moved
        await db.updateMetadata(matchID, (current) => {
          playerName = null;
          const seat = current.players[Number(playerID)];
          if (seat?.name === undefined || seat.credentials === undefined || hashOf(seat.credentials) !== held) return null;
          playerName = seat.name;
          current.players[Number(playerID)] = { ...seat, credentials };
          const movedSeats = [...movedNotesOf(current), { playerID, held, at: now() }].slice(-MAX_MOVED_NOTES);
          return { ...current, movedSeats } as unknown as Server.MatchData;
        });
      });
      if (playerName !== null) moved.push({ matchID, playerID, credentials, playerName });
    }
    await db.flushed();
    ctx.body = { seats: moved };
  });

  // What became of a device's seats: still held, moved to another device, or neither.
  router.post('/games/transfer/status', async (ctx: Context) => {
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['seats']);
    const seats = seatsOf(body.seats);
    const answers: { matchID: string; playerID: Seat; state: SeatStatus }[] = [];
    for (const { matchID, playerID, credentials } of seats) {
      const { metadata } = await db.fetch(matchID, { metadata: true });
      let state: SeatStatus = 'gone';
      if (metadata && metadata.gameName !== TRANSFER_GAME) {
        const hash = hashOf(credentials);
        if (secretsEqual(credentials, metadata.players[Number(playerID)]?.credentials)) state = 'held';
        else state = movedNotesOf(metadata).some((note) => note.playerID === playerID && note.held === hash) ? 'moved' : 'other';
      }
      answers.push({ matchID, playerID, state });
    }
    ctx.body = { seats: answers };
  });
}
