/**
 * The storage contract the server relies on, beyond boardgame.io's `StorageAPI`: both storages
 * (SQLite, PostgreSQL) implement `MatchStore` and throw these errors, and one test suite
 * (test/server/storage-contract.test.ts) holds them to the same behaviour.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import type { MetadataChange, MetadataPatch } from './metadata-patch';

/** What the server needs of a storage besides boardgame.io's interface. */
export interface MatchStore {
  /**
   * Settles once every write made so far is durable (rejects if one failed). Whoever tells a
   * client that something happened (a move's update, a Lobby answer) awaits this first, so that
   * what a client was told survives a crash. SQLite commits the writes of one event-loop turn
   * together; PostgreSQL has committed each write when its promise settles.
   */
  flushed(): Promise<void>;
  /**
   * Applies `change` to the metadata stored at this moment, atomically with respect to every
   * other metadata change of any process (`change` may run more than once, and may throw to
   * refuse). Throws UnknownMatchError for an unknown match. Lobby routes change metadata so.
   */
  updateMetadata(matchID: string, change: MetadataChange): void | Promise<void>;
  /** Applies the fields of `patch` to the metadata stored at this moment, atomically (see metadata-patch.ts). */
  patchMetadata(matchID: string, patch: MetadataPatch): void | Promise<void>;
  /** Commits what is pending and releases the connection(s). */
  close(): Promise<void>;
  /**
   * A copy of the match kept by this process, to check a move against without reading it
   * (PostgreSQL). It may be stale: a move checked against it is written with a `SeatGuard`
   * (setState's fourth argument), and refused with StaleStateError if the copy was stale.
   */
  fetchCached?(matchID: string): CachedMatch | undefined;
  /** A state another process stored and published on the match bus (keeps `fetchCached` fresh). */
  noteState?(matchID: string, state: State): void;
}

/** A match as this process last saw it. */
export interface CachedMatch {
  state: State;
  metadata: Server.MatchData;
}

/** A boardgame.io storage (sync or async) that keeps the server's contract. */
export type Storage = (StorageAPI.Sync | StorageAPI.Async) & MatchStore;

/** A state write that lost a race: a state at least as new is already stored (or the match is gone). */
export class StaleStateError extends Error {
  override name = 'StaleStateError';

  constructor(matchID: string, stateID: number) {
    super(`match ${matchID}: state ${stateID} is not newer than the stored state`);
  }
}

/** A whole-metadata write over metadata changed since (newer `updatedAt`, or the game ended meanwhile). */
export class StaleMetadataError extends Error {
  override name = 'StaleMetadataError';

  constructor(matchID: string) {
    super(`match ${matchID}: the stored metadata is newer than this write`);
  }
}

/** A write to a match that does not exist (never created, or wiped). Nothing is stored. */
export class UnknownMatchError extends Error {
  override name = 'UnknownMatchError';

  constructor(matchID: string) {
    super(`match ${matchID} does not exist`);
  }
}
