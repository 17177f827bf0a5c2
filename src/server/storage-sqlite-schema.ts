/**
 * The SQLite storage's tables, and the migrations of files written by earlier versions: the tables
 * got the names they have in PostgreSQL (`matches` and `match_log` became `tl_matches` and
 * `tl_match_log`), and the initial state left the match's row for a table of its own.
 */
import type Database from 'better-sqlite3';
import { LOG_MATCH_INDEX, LOG_TABLE, MATCHES_OPEN_INDEX, MATCHES_TABLE, OLD_MATCHES_LIST_INDEX } from './storage-schema';

/**
 * Each match's initial state, written once. In the match's row it was rewritten at every move:
 * SQLite rewrites a whole row, overflow pages and all, whatever column an UPDATE changes.
 */
export const INITIAL_STATES_TABLE = 'tl_match_initial';

const INITIAL_STATES_DDL = `CREATE TABLE IF NOT EXISTS ${INITIAL_STATES_TABLE} (id TEXT PRIMARY KEY, initial_state TEXT NOT NULL);`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${MATCHES_TABLE} (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
DROP INDEX IF EXISTS ${OLD_MATCHES_LIST_INDEX};
CREATE INDEX IF NOT EXISTS ${MATCHES_OPEN_INDEX} ON ${MATCHES_TABLE} (game_name, gameover);
${INITIAL_STATES_DDL}
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

/** Moves the initial states of a file written before they had a table of their own out of the match rows. */
function moveInitialStates(db: Database.Database): void {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('${MATCHES_TABLE}')`).all() as { name: string }[];
  if (!columns.some((column) => column.name === 'initial_state')) return;
  db.exec(`
    ${INITIAL_STATES_DDL}
    INSERT OR IGNORE INTO ${INITIAL_STATES_TABLE} (id, initial_state) SELECT id, initial_state FROM ${MATCHES_TABLE};
    ALTER TABLE ${MATCHES_TABLE} DROP COLUMN initial_state;
  `);
}

/**
 * Creates the tables, first bringing an older file's up to date: renamed (rows, and the log's
 * sequence, kept; the old indexes dropped and rebuilt under the new names), the initial states
 * moved to their table, and the listings' index of earlier versions replaced (storage-schema.ts).
 * Runs in one write transaction, so a process that dies half-way leaves the file as it was.
 */
export function prepareSqliteSchema(db: Database.Database): void {
  db.transaction(() => {
    const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const tables = new Set(rows.map((row) => row.name));
    for (const [oldName, oldIndex, newName] of RENAMED) {
      if (!tables.has(oldName) || tables.has(newName)) continue;
      db.exec(`DROP INDEX IF EXISTS ${oldIndex}; ALTER TABLE ${oldName} RENAME TO ${newName};`);
    }
    moveInitialStates(db);
    db.exec(SCHEMA);
  }).immediate();
}
