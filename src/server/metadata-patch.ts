/**
 * Match metadata changes as field updates. boardgame.io's master and the Lobby read a match's
 * metadata, change a field or two and would write the whole object back: with two processes
 * (or a move and a Lobby request) doing that at once, the last write erased the other's change
 * (a rename lost, or a game-ending move's `gameover` lost so the match stayed listed as open).
 * Instead, each change is reduced to the fields it touched (`diffMetadata`) and applied to the
 * metadata stored at that moment (`applyMetadataPatch`), atomically by the storage.
 */
import type { Server } from 'boardgame.io';

/** The fields of one seat to set, and those to remove (a seat left). */
export interface SeatPatch {
  set: Record<string, unknown>;
  unset: string[];
}

/** What one change did to a match's metadata, field by field. */
export interface MetadataPatch {
  /** Top-level fields (never `players`) to set; an `undefined` value removes the field. */
  fields: Record<string, unknown>;
  /** Seats changed, by seat number. */
  seats: Record<string, SeatPatch>;
  /**
   * Top-level fields set only if the stored values of \`expect\`'s fields are still those (a
   * missing field counts as null); otherwise left as stored, the rest of the patch applied all
   * the same. A move carries the turn clock's advance so (clock/clock-service.ts).
   */
  guarded?: GuardedFields;
}

/** Fields to set if others still hold the expected values. */
export interface GuardedFields {
  expect: Record<string, unknown>;
  set: Record<string, unknown>;
}

/** A change of metadata made under the storage's lock: returns the new metadata, or null for no change. */
export type MetadataChange = (current: Server.MatchData) => Server.MatchData | null;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function diffSeat(before: Record<string, unknown> | undefined, after: Record<string, unknown>): SeatPatch | null {
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) if (value !== undefined && !same(before?.[key], value)) set[key] = value;
  const unset = Object.keys(before ?? {}).filter((key) => before?.[key] !== undefined && after[key] === undefined);
  return Object.keys(set).length > 0 || unset.length > 0 ? { set, unset } : null;
}

/** The fields `after` changed relative to `before` (seats removed whole are not supported: seats only change). */
export function diffMetadata(before: Server.MatchData, after: Server.MatchData): MetadataPatch {
  const fields: Record<string, unknown> = {};
  const old = before as unknown as Record<string, unknown>;
  const next = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    if (key !== 'players' && !same(old[key], next[key])) fields[key] = next[key];
  }
  const seats: Record<string, SeatPatch> = {};
  for (const [seat, player] of Object.entries(after.players)) {
    const patch = diffSeat(before.players[Number(seat)] as unknown as Record<string, unknown> | undefined, player as unknown as Record<string, unknown>);
    if (patch) seats[seat] = patch;
  }
  return { fields, seats };
}

/** Whether a patch changes nothing. */
export const isEmptyPatch = (patch: MetadataPatch): boolean =>
  Object.keys(patch.fields).length === 0 && Object.keys(patch.seats).length === 0 && patch.guarded === undefined;

/** Whether a patch only sets top-level fields, unguarded (a storage may apply it without reading first). */
export const onlySetsFields = (patch: MetadataPatch): boolean =>
  Object.keys(patch.seats).length === 0 && patch.guarded === undefined && Object.values(patch.fields).every((value) => value !== undefined);

/** Whether the stored metadata still has the values a guarded change expects. */
export function guardHolds(current: Server.MatchData, expect: Record<string, unknown>): boolean {
  const stored = current as unknown as Record<string, unknown>;
  return Object.entries(expect).every(([key, value]) => deepEqual(stored[key] ?? null, value ?? null));
}

/** JSON values equal whatever their keys' order (PostgreSQL's jsonb reorders keys). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((key) => x[key] !== undefined);
  if (keys.length !== Object.keys(y).filter((key) => y[key] !== undefined).length) return false;
  return keys.every((key) => deepEqual(x[key], y[key]));
}

/**
 * `current` with the patch applied. A game once over stays over (`gameover` is never removed or
 * replaced), and `updatedAt` never goes back.
 */
export function applyMetadataPatch(current: Server.MatchData, patch: MetadataPatch): Server.MatchData {
  const next = { ...current, players: { ...current.players } } as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch.fields)) {
    if (key === 'gameover' && current.gameover != null) continue;
    if (key === 'updatedAt' && typeof value === 'number' && value < current.updatedAt) continue;
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  if (patch.guarded && guardHolds(current, patch.guarded.expect)) Object.assign(next, patch.guarded.set);
  const players = next.players as Server.MatchData['players'];
  for (const [seat, { set, unset }] of Object.entries(patch.seats)) {
    const player = { ...(players[Number(seat)] ?? { id: Number(seat) }), ...set } as Record<string, unknown>;
    for (const key of unset) delete player[key];
    players[Number(seat)] = player as unknown as Server.PlayerMetadata;
  }
  return next as unknown as Server.MatchData;
}
