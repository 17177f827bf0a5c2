/**
 * The SQLite storage's tables, and the migration of files written before the tables got the
 * names they have in PostgreSQL (`matches` and `match_log` became `tl_matches` and `tl_match_log`).
 */
import type Database from 'better-sqlite3';
import { LOG_MATCH_INDEX, LOG_TABLE, MATCHES_LIST_INDEX, MATCHES_TABLE } from './storage-schema';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${MATCHES_TABLE} (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ${MATCHES_LIST_INDEX} ON ${MATCHES_TABLE} (game_name, updated_at);
CREATE TABLE IF NOT EXISTS ${LOG_TABLE} (
  match_id TEXT NOT NULL,
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entries TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ${LOG_MATCH_INDEX} ON ${LOG_TABLE} (match_id, seq);
`;

/** Tables of files written by earlier versions: [old name, its index, new name]. */
const RENAMED: readonly (readonly [string, string, string])[] = [
  ['matches', 'matches_list', MATCHES_TABLE],
  ['match_log', 'match_log_match', LOG_TABLE],
];

/**
 * Creates the tables, first renaming those of an older file (rows, and the log's sequence, kept;
 * the old indexes are dropped and rebuilt under the new names). Runs in one write transaction,
 * so a process that dies half-way leaves the file as it was.
 */
export function prepareSqliteSchema(db: Database.Database): void {
  db.transaction(() => {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const tables = new Set(rows.map((row) => row.name));
    for (const [oldName, oldIndex, newName] of RENAMED) {
      if (!tables.has(oldName) || tables.has(newName)) continue;
      db.exec(`DROP INDEX IF EXISTS ${oldIndex}; ALTER TABLE ${oldName} RENAME TO ${newName};`);
    }
    db.exec(SCHEMA);
  }).immediate();
}
