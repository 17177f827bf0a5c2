/**
 * What the SQLite and PostgreSQL storages share: the names of their tables and indexes, and what
 * listing matches means. The two dialects differ in column types, placeholders and collation.
 */
import type { StorageAPI } from 'boardgame.io';

/** One row per match: its metadata, initial state and newest state (JSON text), and listing columns. */
export const MATCHES_TABLE = 'tl_matches';
/** One row per stored deltalog (a JSON array of log entries), in the order written (`seq`). */
export const LOG_TABLE = 'tl_match_log';
/**
 * The listings' index: a game's matches by whether they are over (every listing but one asks for
 * the open ones, which are few enough to sort by `updated_at`). It leaves `updated_at` out on
 * purpose: a move changes it, and an index holding it was rewritten at every move. In SQLite that
 * was about 2.5 of the 11 pages a move's commit wrote (at 2,000 matches); in PostgreSQL it made every
 * move's UPDATE insert new index entries, where now it can be a HOT update (see storage-postgres.ts).
 */
export const MATCHES_OPEN_INDEX = 'tl_matches_open';
/** The listings' index of earlier versions, on (game_name, updated_at): dropped when a storage opens. */
export const OLD_MATCHES_LIST_INDEX = 'tl_matches_list';
export const LOG_MATCH_INDEX = 'tl_match_log_match';

/** How a dialect writes the n-th (1-based) parameter, a boolean value, and a column sorted byte by byte. */
export interface SqlDialect {
  placeholder(n: number): string;
  boolean(value: boolean): boolean | number;
  /** SQLite compares text byte by byte already; PostgreSQL needs `COLLATE "C"` (its default follows the locale). */
  bytewise(column: string): string;
}

export const SQLITE_DIALECT: SqlDialect = { placeholder: () => '?', boolean: (value) => (value ? 1 : 0), bytewise: (column) => column };
export const POSTGRES_DIALECT: SqlDialect = { placeholder: (n) => `$${n}`, boolean: (value) => value, bytewise: (column) => `${column} COLLATE "C"` };

/**
 * The ids of every match that passes boardgame.io's listing filters (`updatedBefore` and
 * `updatedAfter` are strict, as in boardgame.io's own storages), most recently updated first,
 * ties in id order (byte by byte). There is no cap: the server resumes every unfinished match with an AI seat
 * from this list after a restart, and the Lobby bounds what it shows itself.
 */
export function listMatchesQuery(opts: StorageAPI.ListMatchesOpts, dialect: SqlDialect): { sql: string; params: unknown[] } {
  const { isGameover, updatedBefore, updatedAfter } = opts.where ?? {};
  const filters: [string, unknown][] = [
    ['game_name = ', opts.gameName],
    ['gameover = ', isGameover === undefined ? undefined : dialect.boolean(isGameover)],
    ['updated_at < ', updatedBefore],
    ['updated_at > ', updatedAfter],
  ];
  const used = filters.filter(([, value]) => value !== undefined);
  const where = used.length > 0 ? `WHERE ${used.map(([test], i) => test + dialect.placeholder(i + 1)).join(' AND ')}` : '';
  return { sql: `SELECT id FROM ${MATCHES_TABLE} ${where} ORDER BY updated_at DESC, ${dialect.bytewise('id')}`, params: used.map(([, value]) => value) };
}
