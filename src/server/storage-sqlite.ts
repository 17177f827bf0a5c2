/**
 * boardgame.io storage on SQLite (better-sqlite3 12.x), synchronous like the engine expects of a
 * `Sync` store, with group commit: writes land in memory at once (reads see them) and are
 * committed together in one transaction at the end of the event-loop turn. A move costs one
 * share of a commit instead of two commits of its own (the master writes state and metadata).
 * A write is durable (WAL journal, against a killed process) once `flushed()` settles: callers
 * that acknowledge a write await it first (see `MatchStore` in storage-api.ts).
 *
 * Checkpoints (copying the WAL into the database file, with an fsync) run on a thread of their
 * own with its own connection, every `checkpointEveryMs`: done by the committing connection, as
 * SQLite does by default, they stalled every match on this process for the length of an fsync.
 */
import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Sync } from 'boardgame.io/internal';
import { applyMetadataPatch, type MetadataChange, type MetadataPatch } from './metadata-patch';
import { type MatchStore, StaleStateError, UnknownMatchError } from './storage-api';
import { listMatchesQuery, LOG_TABLE, MATCHES_TABLE, SQLITE_DIALECT } from './storage-schema';
import { INITIAL_STATES_TABLE, prepareSqliteSchema } from './storage-sqlite-schema';
import { sharedJson, stateMemo } from './shared-json';
import { decodeState, encodeState } from './stored-state';

type FetchOpts = StorageAPI.FetchOpts;
type FetchFields = StorageAPI.FetchFields;
type ListOpts = StorageAPI.ListMatchesOpts;

/**
 * How many matches' states (parsed) and metadata (JSON) stay in memory: more than one process
 * holds open (PostgreSQL's storage keeps as many). Matches take turns, so a cache smaller than the
 * open matches misses at nearly every move (a read of the row and a parse of its state): with
 * 1,200 matches playing at once, 1,000 here cost a third of the server's CPU per move. A parsed
 * state takes about 8 kB.
 */
const CACHE_SIZE = 10_000;

/** Writes to one match waiting for the next commit (newest state and metadata; every log batch). */
interface PendingWrites {
  state?: State;
  logs: LogEntry[][];
  metadata?: string;
  updatedAt?: number;
  gameover?: boolean;
}

interface MatchRow {
  metadata?: string;
  state?: string;
}

/** Keeps `value` as the most recent entry of a bounded cache (the oldest goes first). */
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.delete(key);
  cache.set(key, value);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
}

/**
 * A copy of a value parsed from JSON (plain objects, arrays, strings, numbers, booleans, null):
 * what `JSON.parse` of its text would give, at a fraction of the cost.
 */
function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyJson((value as Record<string, unknown>)[key]);
    // JSON.parse makes "__proto__" an own property; an assignment would set the prototype instead.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: item, enumerable: true, writable: true, configurable: true });
    else copy[key] = item;
  }
  return copy as T;
}

/** A SQLite file (or `:memory:`) holding every match: state and metadata, initial state, and log. */
export class SqliteStorage extends Sync implements MatchStore {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Parsed states of recently used matches (a state is never mutated once stored). */
  private readonly states = new Map<string, State>();
  /**
   * Metadata as stored, parsed once, which no caller ever holds (every fetch copies it: callers
   * may change what they get). A move reads it five times; a copy costs a fraction of a parse.
   */
  private readonly metadata = new Map<string, Server.MatchData>();
  private readonly pending = new Map<string, PendingWrites>();
  private commit: Promise<void> | null = null;
  /** A commit that failed since the last scheduled one (its waiters must hear of it). */
  private failure: Error | null = null;

  private checkpointer: Worker | null = null;
  /** Settles once the checkpoint thread has ended. */
  private checkpointerExited: Promise<void> = Promise.resolve();

  constructor(file: string, options: { checkpointEveryMs?: number; log?: (message: string) => void } = {}) {
    super();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    prepareSqliteSchema(this.db);
    if (file !== ':memory:') this.startCheckpointer(file, options.checkpointEveryMs ?? 1000, options.log ?? console.error);
  }

  private startCheckpointer(file: string, everyMs: number, log: (message: string) => void): void {
    this.db.pragma('wal_autocheckpoint = 0');
    const worker = new Worker(new URL('./sqlite-checkpoint-thread.mjs', import.meta.url), { workerData: { file, everyMs } });
    worker.on('message', (message: unknown) => {
      if (message !== 'stopped') log(`SQLite: ${String(message)}`);
    });
    worker.on('error', (error) => log(`SQLite checkpoint thread: ${error.message}`));
    // Its end, awaited from the start: a thread that ended early (it could not open the file)
    // fires 'exit' once, before `close()` would listen for it, and close() must not wait for another.
    this.checkpointerExited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.unref();
    this.checkpointer = worker;
  }

  /** A prepared statement, compiled once. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  override connect(): void {
    // The database is opened by the constructor.
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    const { initialState, metadata } = opts;
    this.writePending();
    const initial = encodeState(initialState);
    this.db.transaction(() => {
      this
        .sql(`INSERT INTO ${MATCHES_TABLE} (id, game_name, metadata, state, state_id, gameover, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(matchID, metadata.gameName, JSON.stringify(metadata), initial, initialState._stateID, metadata.gameover == null ? 0 : 1, metadata.updatedAt);
      this.sql(`INSERT INTO ${INITIAL_STATES_TABLE} (id, initial_state) VALUES (?, ?)`).run(matchID, initial);
    })();
  }

  /** Stores a newer state and appends its deltalog; throws StaleStateError for an older or equal one. */
  override setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    const current = this.currentStateID(matchID);
    if (current === undefined || state._stateID <= current) throw new StaleStateError(matchID, state._stateID);
    this.remember(matchID, state);
    const writes = this.pendingOf(matchID);
    writes.state = state;
    if (deltalog && deltalog.length > 0) writes.logs.push(deltalog);
    this.scheduleCommit();
  }

  /** Stores the match's metadata; throws UnknownMatchError (storing nothing) for an unknown match. */
  override setMetadata(matchID: string, metadata: Server.MatchData): void {
    if (this.currentStateID(matchID) === undefined) throw new UnknownMatchError(matchID);
    const json = JSON.stringify(metadata);
    this.rememberMetadata(matchID, json);
    Object.assign(this.pendingOf(matchID), { metadata: json, updatedAt: metadata.updatedAt, gameover: metadata.gameover != null });
    this.scheduleCommit();
  }

  /** Applies `change` to the current metadata; atomic, as every write of this storage is synchronous. */
  updateMetadata(matchID: string, change: MetadataChange): void {
    const { metadata } = this.fetch(matchID, { metadata: true });
    if (!metadata) throw new UnknownMatchError(matchID);
    const next = change(metadata);
    if (next) this.setMetadata(matchID, next);
  }

  patchMetadata(matchID: string, patch: MetadataPatch): void {
    this.updateMetadata(matchID, (current) => applyMetadataPatch(current, patch));
  }

  /** Settles once every write made so far is committed (rejects if that commit failed). */
  flushed(): Promise<void> {
    return this.commit ?? Promise.resolve();
  }

  /** The newest state id of a match (pending, cached or stored); undefined for an unknown match. */
  private currentStateID(matchID: string): number | undefined {
    const known = this.pending.get(matchID)?.state ?? this.states.get(matchID);
    if (known) return known._stateID;
    const row = this.sql(`SELECT state_id FROM ${MATCHES_TABLE} WHERE id = ?`).get(matchID) as { state_id: number } | undefined;
    return row?.state_id;
  }

  private pendingOf(matchID: string): PendingWrites {
    let writes = this.pending.get(matchID);
    if (!writes) this.pending.set(matchID, (writes = { logs: [] }));
    return writes;
  }

  private scheduleCommit(): void {
    this.commit ??= new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        this.commit = null;
        try {
          this.writePending();
        } catch {
          // recorded in `failure`
        }
        const failure = this.failure;
        this.failure = null;
        if (failure) reject(failure);
        else resolve();
      });
    });
  }

  /** Commits every pending write in one transaction. On failure, forgets what was not stored. */
  private writePending(): void {
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    try {
      this.db.transaction(() => {
        for (const [matchID, writes] of batch) this.writeMatch(matchID, writes);
      })();
    } catch (error) {
      for (const [matchID] of batch) {
        this.states.delete(matchID);
        this.metadata.delete(matchID);
      }
      this.failure = error as Error;
      throw error;
    }
  }

  /**
   * A move's state and metadata in one UPDATE: SQLite rewrites a match's whole row (state and
   * metadata, their overflow pages) at every UPDATE of it, so two cost twice.
   */
  private writeMatch(matchID: string, writes: PendingWrites): void {
    const { state, logs, metadata } = writes;
    if (state && metadata !== undefined) {
      const updated = this.sql(`UPDATE ${MATCHES_TABLE} SET state = ?, state_id = ?, metadata = ?, gameover = ?, updated_at = ? WHERE id = ? AND state_id < ?`)
        .run(encodeState(state, true), state._stateID, metadata, writes.gameover ? 1 : 0, writes.updatedAt, matchID, state._stateID);
      if (updated.changes === 0) throw new StaleStateError(matchID, state._stateID);
    } else if (state) {
      const updated = this.sql(`UPDATE ${MATCHES_TABLE} SET state = ?, state_id = ? WHERE id = ? AND state_id < ?`)
        .run(encodeState(state, true), state._stateID, matchID, state._stateID);
      if (updated.changes === 0) throw new StaleStateError(matchID, state._stateID);
    } else if (metadata !== undefined) {
      this.sql(`UPDATE ${MATCHES_TABLE} SET metadata = ?, gameover = ?, updated_at = ? WHERE id = ?`)
        .run(metadata, writes.gameover ? 1 : 0, writes.updatedAt, matchID);
    }
    // The log lines' encodings go in the state's memo too: the move's update sends the same lines.
    const memo = state && typeof state.G === 'object' && state.G !== null ? stateMemo(state.G) : new Map<object, string>();
    for (const log of logs) this.sql(`INSERT INTO ${LOG_TABLE} (match_id, entries) VALUES (?, ?)`).run(matchID, sharedJson(log, memo, 2));
  }

  private remember(matchID: string, state: State): void {
    remember(this.states, matchID, state);
  }

  /** Keeps the match's metadata (from its JSON, parsed once) in the cache; returns it. */
  private rememberMetadata(matchID: string, json: string): Server.MatchData {
    const value = JSON.parse(json) as Server.MatchData;
    remember(this.metadata, matchID, value);
    return value;
  }

  override fetch<O extends FetchOpts>(matchID: string, opts: O): StorageAPI.FetchResult<O> {
    const result: Partial<FetchFields> = {};
    const cached = opts.state ? this.pending.get(matchID)?.state ?? this.states.get(matchID) : undefined;
    if (cached) result.state = cached;
    // The cache holds the newest metadata whenever it holds any (every write goes through it first).
    const known = opts.metadata ? this.metadata.get(matchID) : undefined;
    const unsaved = opts.metadata && !known ? this.pending.get(matchID)?.metadata : undefined;
    if (known) result.metadata = copyJson(known);
    else if (unsaved !== undefined) result.metadata = JSON.parse(unsaved) as Server.MatchData;
    const columns = [opts.metadata && !result.metadata && 'metadata', opts.state && !cached && 'state'].filter(Boolean);
    if (columns.length > 0) {
      const row = this.sql(`SELECT ${columns.join(', ')} FROM ${MATCHES_TABLE} WHERE id = ?`).get(matchID) as MatchRow | undefined;
      if (row?.metadata !== undefined) result.metadata = copyJson(this.rememberMetadata(matchID, row.metadata));
      if (row?.state !== undefined) this.remember(matchID, (result.state = decodeState(row.state)));
    }
    if (opts.initialState) {
      const row = this.sql(`SELECT initial_state FROM ${INITIAL_STATES_TABLE} WHERE id = ?`).get(matchID) as { initial_state: string } | undefined;
      if (row) result.initialState = decodeState(row.initial_state);
    }
    if (opts.log) {
      this.writePending();
      const rows = this.sql(`SELECT entries FROM ${LOG_TABLE} WHERE match_id = ? ORDER BY seq`).all(matchID) as { entries: string }[];
      result.log = rows.flatMap((r) => JSON.parse(r.entries) as LogEntry[]);
    }
    return result as StorageAPI.FetchResult<O>;
  }

  override wipe(matchID: string): void {
    this.writePending();
    this.states.delete(matchID);
    this.metadata.delete(matchID);
    this.db.transaction(() => {
      this.sql(`DELETE FROM ${MATCHES_TABLE} WHERE id = ?`).run(matchID);
      this.sql(`DELETE FROM ${INITIAL_STATES_TABLE} WHERE id = ?`).run(matchID);
      this.sql(`DELETE FROM ${LOG_TABLE} WHERE match_id = ?`).run(matchID);
    })();
  }

  override listMatches(opts: ListOpts = {}): string[] {
    this.writePending();
    const { sql, params } = listMatchesQuery(opts, SQLITE_DIALECT);
    return (this.sql(sql).all(...params) as { id: string }[]).map((row) => row.id);
  }

  /** Commits what is pending, stops the checkpoint thread, folds the WAL into the file and closes it. */
  async close(): Promise<void> {
    this.writePending();
    const worker = this.checkpointer;
    this.checkpointer = null;
    if (worker) {
      worker.postMessage('stop');
      await this.checkpointerExited;
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    this.db.close();
  }
}
