/**
 * The storage contract the server relies on, beyond boardgame.io's `StorageAPI`: both storages
 * (SQLite, PostgreSQL) implement `MatchStore` and throw these errors, and one test suite
 * (test/server/storage-contract.test.ts) holds them to the same behaviour.
 */
import type { StorageAPI } from 'boardgame.io';

/** What the server needs of a storage besides boardgame.io's interface. */
export interface MatchStore {
  /**
   * Settles once every write made so far is durable (rejects if one failed). Whoever tells a
   * client that something happened (a move's update, a Lobby answer) awaits this first, so that
   * what a client was told survives a crash. SQLite commits the writes of one event-loop turn
   * together; PostgreSQL has committed each write when its promise settles.
   */
  flushed(): Promise<void>;
  /** Commits what is pending and releases the connection(s). */
  close(): Promise<void>;
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

/** A write to a match that does not exist (never created, or wiped). Nothing is stored. */
export class UnknownMatchError extends Error {
  override name = 'UnknownMatchError';

  constructor(matchID: string) {
    super(`match ${matchID} does not exist`);
  }
}
