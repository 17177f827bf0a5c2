/**
 * The storage the master reads through. boardgame.io's master fetches the match's `initialState`
 * at every sync and sends it to the client unfiltered: both hands, every deck order and the PRNG
 * seed (ARCHITECTURE.md defect #3). It also creates any match a client syncs to (defect #5).
 * This view never reads `initialState` and refuses to create matches. It can also serve fields
 * the transport already fetched for this message, so a move parses the stored state only once.
 * The master writes metadata whole, as it read it plus its change; this view turns that write into
 * the fields the master changed (metadata-patch.ts), applied to the metadata stored at that moment,
 * so it never erases another process's or a Lobby request's change made meanwhile.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import { diffMetadata, type GuardedFields, isEmptyPatch, type MetadataPatch } from './metadata-patch';
import type { SeatGuard } from './postgres-move-writes';
import type { Storage } from './storage-api';
import { compactUndo } from './stored-state';

/** `StorageAPI.Type.SYNC`: boardgame.io's enum is not exported at run time. */
const SYNC = 0;

/** Fields of one match already read for the current message. */
export interface Preloaded {
  matchID: string;
  state?: State;
  metadata?: Server.MatchData;
  /** The seat and credentials a move was checked for: its state is written only if they still hold. */
  guard?: SeatGuard;
  /**
   * Metadata fields to write with the move's own write (same statement, same commit), given the
   * state the move made and the metadata as the master writes it: the turn clock's advance.
   */
  moveFields?: MoveFields;
  /** The game's moves that are never undone: the undo entries below them are not stored (stored-state.ts). */
  neverUndone?: ReadonlySet<string>;
}

/** The fields a move's write carries besides the master's (null: none). */
export type MoveFields = (matchID: string, state: State, metadata: Server.MatchData) => GuardedFields | null;

/** Thrown when the master tries to create a match on a client's behalf. */
export class ImplicitMatchError extends Error {
  override name = 'ImplicitMatchError';
}

type Fields = Partial<StorageAPI.FetchFields>;

function fetchThrough(target: Storage, preloaded: Preloaded | undefined, matchID: string, opts: StorageAPI.FetchOpts): Fields | Promise<Fields> {
  const { initialState: _never, ...wanted } = opts;
  const known: Fields = {};
  if (preloaded && preloaded.matchID === matchID) {
    if (wanted.state && preloaded.state) {
      known.state = preloaded.state;
      wanted.state = false;
    }
    if (wanted.metadata && preloaded.metadata) {
      known.metadata = preloaded.metadata;
      wanted.metadata = false;
    }
  }
  const sync = target.type() === SYNC;
  if (!wanted.state && !wanted.metadata && !wanted.log) return sync ? known : Promise.resolve(known);
  const rest = target.fetch(matchID, wanted);
  return sync ? { ...(rest as Fields), ...known } : (rest as Promise<Fields>).then((r) => ({ ...r, ...known }));
}

/**
 * What the master read of a match's metadata: its top-level values (boardgame.io's master
 * replaces those, as in `{ ...metadata, updatedAt }`, and never changes them in place) and its
 * seats as JSON (it does change those in place: `players[id].isConnected`). Comparing values
 * by identity first spares serializing every field (clock, chat lines) at every move.
 */
interface ReadSnapshot {
  fields: Record<string, unknown>;
  players: string;
}
type ReadMetadata = Map<string, ReadSnapshot>;

function snapshotOf(metadata: Server.MatchData): ReadSnapshot {
  const { players, ...fields } = metadata;
  return { fields, players: JSON.stringify(players) };
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What `after` changed since the snapshot, as `diffMetadata` would find it. */
function diffSince(before: ReadSnapshot, after: Server.MatchData): MetadataPatch {
  const { players, ...fields } = after as unknown as Record<string, unknown>;
  if (JSON.stringify(players) !== before.players) {
    return diffMetadata({ ...before.fields, players: JSON.parse(before.players) } as unknown as Server.MatchData, after);
  }
  const changed: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before.fields), ...Object.keys(fields)])) {
    if (!same(before.fields[key], fields[key])) changed[key] = fields[key];
  }
  return { fields: changed, seats: {} };
}

function recordRead(read: ReadMetadata, matchID: string, fields: Fields): Fields {
  if (fields.metadata) read.set(matchID, snapshotOf(fields.metadata));
  return fields;
}

function fetchRecorded(target: Storage, preloaded: Preloaded | undefined, read: ReadMetadata, matchID: string, opts: StorageAPI.FetchOpts) {
  const fields = fetchThrough(target, preloaded, matchID, opts);
  return fields instanceof Promise ? fields.then((f) => recordRead(read, matchID, f)) : recordRead(read, matchID, fields);
}

/**
 * Writes what the master changed in the metadata it read, as a patch (a whole write if it read
 * none), with the move's own fields when the master just wrote a state (`written`).
 */
function setMetadataPatched(target: Storage, read: ReadMetadata, matchID: string, metadata: Server.MatchData, moveFields?: MoveFields, written?: State) {
  const before = read.get(matchID);
  if (before === undefined) return target.setMetadata(matchID, metadata);
  const patch = diffSince(before, metadata);
  const guarded = moveFields && written ? moveFields(matchID, written, metadata) : null;
  if (guarded) patch.guarded = guarded;
  read.set(matchID, snapshotOf(metadata));
  if (isEmptyPatch(patch)) return target.type() === SYNC ? undefined : Promise.resolve();
  return target.patchMetadata(matchID, patch);
}

/**
 * A refused action (an undo with nothing to undo that got past the checks) comes back from the
 * master as the same state: nothing to store, and the runner reports the move as not accepted.
 */
const SKIPPED = Symbol('skipped');

function setStateIfNewer(target: Storage, preloaded: Preloaded | undefined, matchID: string, state: State, deltalog: unknown) {
  const mine = preloaded?.matchID === matchID ? preloaded : undefined;
  if (mine?.state && state._stateID <= mine.state._stateID) return SKIPPED;
  const stored = mine?.neverUndone ? compactUndo(state, mine.neverUndone) : state;
  return (target.setState as (id: string, s: State, log?: unknown, guard?: SeatGuard) => unknown).call(target, matchID, stored, deltalog, mine?.guard);
}

/**
 * The same storage, except that `fetch` never returns `initialState`, `createMatch` throws, and
 * `setMetadata` writes only the fields changed since this view's `fetch`.
 */
export function masterStorage<T extends Storage>(db: T, preloaded?: Preloaded): T {
  const read: ReadMetadata = new Map();
  /** The state the master just wrote (it writes the metadata next, in the same tick). */
  let written: { matchID: string; state: State } | null = null;
  const writtenFor = (matchID: string) => (written?.matchID === matchID ? written.state : undefined);
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'fetch') return (matchID: string, opts: StorageAPI.FetchOpts) => fetchRecorded(target, preloaded, read, matchID, opts);
      if (prop === 'setState') {
        return (matchID: string, state: State, deltalog?: unknown) => {
          const result = setStateIfNewer(target, preloaded, matchID, state, deltalog);
          written = result === SKIPPED ? null : { matchID, state };
          return result === SKIPPED ? (target.type() === SYNC ? undefined : Promise.resolve()) : result;
        };
      }
      if (prop === 'setMetadata') {
        return (matchID: string, metadata: Server.MatchData) => {
          const state = writtenFor(matchID);
          written = null;
          return setMetadataPatched(target, read, matchID, metadata, preloaded?.matchID === matchID ? preloaded.moveFields : undefined, state);
        };
      }
      if (prop === 'createMatch' || prop === 'createGame') {
        return () => {
          throw new ImplicitMatchError('matches are created through the lobby only');
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
