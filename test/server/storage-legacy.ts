/**
 * Databases as earlier versions of the server wrote them, to test that the storages still open
 * them: the tables exactly as those versions created them (frozen here, never to be edited), and
 * a match written in them row by row.
 */
import type { SqlDialect } from '../../src/server/storage-schema';

/** SQLite tables before they took PostgreSQL's names (storage-sqlite.ts until the storage contract). */
export const OLD_SQLITE_SCHEMA = `
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

/** SQLite tables with PostgreSQL's names, the initial state still in the match's row (before it got a table of its own). */
export const SQLITE_SCHEMA_INITIAL_IN_ROW = `
CREATE TABLE IF NOT EXISTS tl_matches (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tl_matches_list ON tl_matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS tl_match_log (
  match_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entries TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tl_match_log_match ON tl_match_log (match_id, seq);
`;

/** PostgreSQL tables as the first PostgreSQL storage created them. */
export const OLD_POSTGRES_SCHEMA = `
CREATE TABLE IF NOT EXISTS tl_matches (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS tl_matches_list ON tl_matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS tl_match_log (
  seq BIGSERIAL PRIMARY KEY,
  match_id TEXT NOT NULL,
  entries TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tl_match_log_match ON tl_match_log (match_id, seq);
`;

/** A match as an old version stored it: JSON text in every column. */
export interface LegacyMatch {
  id: string;
  gameName: string;
  metadata: string;
  initialState: string;
  state: string;
  stateID: number;
  gameover: boolean;
  updatedAt: number;
  /** Stored deltalogs, oldest first (each a JSON array). */
  logs: string[];
}

/** The SQL statements that write `match` into the old tables. */
export function legacyInserts(match: LegacyMatch, tables: { matches: string; log: string }, dialect: SqlDialect) {
  const p = (count: number) => Array.from({ length: count }, (_, i) => dialect.placeholder(i + 1)).join(', ');
  return [
    {
      sql: `INSERT INTO ${tables.matches} (id, game_name, metadata, initial_state, state, state_id, gameover, updated_at) VALUES (${p(8)})`,
      params: [match.id, match.gameName, match.metadata, match.initialState, match.state, match.stateID, dialect.boolean(match.gameover), match.updatedAt],
    },
    ...match.logs.map((entries) => ({ sql: `INSERT INTO ${tables.log} (match_id, entries) VALUES (${p(2)})`, params: [match.id, entries] })),
  ];
}
