/**
 * boardgame.io storage on SQLite (better-sqlite3 12.x), synchronous like the engine expects of a
 * `Sync` store. WAL journal: a write is durable against a killed process as soon as it returns.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Sync } from 'boardgame.io/internal';
import { StaleStateError } from './storage-errors';

type FetchOpts = StorageAPI.FetchOpts;
type FetchFields = StorageAPI.FetchFields;
type ListOpts = StorageAPI.ListMatchesOpts;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_list ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS match_log (
  match_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entries TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS match_log_match ON match_log (match_id, seq);
`;

/** How many parsed match states stay in memory. */
const STATE_CACHE_SIZE = 1000;

interface MatchRow {
  metadata?: string;
  initial_state?: string;
  state?: string;
}

/** A SQLite file (or `:memory:`) holding every match: state, initial state, metadata and log. */
export class SqliteStorage extends Sync {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** Parsed states of recently used matches (a state is never mutated once stored). */
  private readonly states = new Map<string, State>();

  constructor(file: string) {
    super();
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
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
    this
      .sql(
        `INSERT INTO matches (id, game_name, metadata, initial_state, state, state_id, gameover, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(matchID, metadata.gameName, JSON.stringify(metadata), JSON.stringify(initialState), JSON.stringify(initialState),
        initialState._stateID, metadata.gameover == null ? 0 : 1, metadata.updatedAt);
  }

  /** Stores a newer state and appends its deltalog; throws StaleStateError for an older or equal one. */
  override setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    this.db.transaction(() => {
      const updated = this.sql('UPDATE matches SET state = ?, state_id = ? WHERE id = ? AND state_id < ?')
        .run(JSON.stringify(state), state._stateID, matchID, state._stateID);
      if (updated.changes === 0) throw new StaleStateError(matchID, state._stateID);
      this.remember(matchID, state);
      if (deltalog && deltalog.length > 0) {
        this.sql('INSERT INTO match_log (match_id, entries) VALUES (?, ?)').run(matchID, JSON.stringify(deltalog));
      }
    })();
  }

  override setMetadata(matchID: string, metadata: Server.MatchData): void {
    this
      .sql('UPDATE matches SET metadata = ?, gameover = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(metadata), metadata.gameover == null ? 0 : 1, metadata.updatedAt, matchID);
  }

  private remember(matchID: string, state: State): void {
    this.states.delete(matchID);
    this.states.set(matchID, state);
    if (this.states.size > STATE_CACHE_SIZE) this.states.delete(this.states.keys().next().value ?? '');
  }

  override fetch<O extends FetchOpts>(matchID: string, opts: O): StorageAPI.FetchResult<O> {
    const result: Partial<FetchFields> = {};
    const cached = opts.state ? this.states.get(matchID) : undefined;
    if (cached) result.state = cached;
    const columns = [opts.metadata && 'metadata', opts.initialState && 'initial_state', opts.state && !cached && 'state'].filter(Boolean);
    if (columns.length > 0) {
      const row = this.sql(`SELECT ${columns.join(', ')} FROM matches WHERE id = ?`).get(matchID) as MatchRow | undefined;
      if (row?.metadata !== undefined) result.metadata = JSON.parse(row.metadata) as Server.MatchData;
      if (row?.initial_state !== undefined) result.initialState = JSON.parse(row.initial_state) as State;
      if (row?.state !== undefined) this.remember(matchID, (result.state = JSON.parse(row.state) as State));
    }
    if (opts.log) {
      const rows = this.sql('SELECT entries FROM match_log WHERE match_id = ? ORDER BY seq').all(matchID) as { entries: string }[];
      result.log = rows.flatMap((r) => JSON.parse(r.entries) as LogEntry[]);
    }
    return result as StorageAPI.FetchResult<O>;
  }

  override wipe(matchID: string): void {
    this.states.delete(matchID);
    this.db.transaction(() => {
      this.sql('DELETE FROM matches WHERE id = ?').run(matchID);
      this.sql('DELETE FROM match_log WHERE match_id = ?').run(matchID);
    })();
  }

  override listMatches(opts: ListOpts = {}): string[] {
    const clauses: [string, string | number | undefined][] = [
      ['game_name = ?', opts.gameName],
      ['gameover = ?', opts.where?.isGameover === undefined ? undefined : opts.where.isGameover ? 1 : 0],
      ['updated_at < ?', opts.where?.updatedBefore],
      ['updated_at > ?', opts.where?.updatedAfter],
    ];
    const used = clauses.filter(([, value]) => value !== undefined);
    const where = used.length > 0 ? `WHERE ${used.map(([clause]) => clause).join(' AND ')}` : '';
    const rows = this.db.prepare(`SELECT id FROM matches ${where} ORDER BY updated_at DESC`).all(...used.map(([, v]) => v)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Closes the database file. */
  close(): void {
    this.db.close();
  }
}
