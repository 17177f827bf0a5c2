/**
 * The two storages as the contract suite opens them: each test gets a fresh, empty place (a
 * SQLite file in a temporary directory; a PostgreSQL schema of its own, so tests running at the
 * same time never see each other's matches), removed after the test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach } from 'vitest';
import type { Storage } from '../../src/server/storage-api';
import { PostgresStorage } from '../../src/server/storage-postgres';
import { POSTGRES_DIALECT, SQLITE_DIALECT } from '../../src/server/storage-schema';
import { SqliteStorage } from '../../src/server/storage-sqlite';
import { type LegacyMatch, legacyInserts, OLD_POSTGRES_SCHEMA, OLD_SQLITE_SCHEMA } from './storage-legacy';
import { DATABASE_URL } from './services';

/** Opens stores of one kind for the contract suite. */
export interface Backend {
  name: string;
  /** A store on a new, empty place. */
  open(): Promise<Storage>;
  /** Another store on the place the last `open` (or `openLegacy`) used, as a restarted server would open it. */
  reopen(): Promise<Storage>;
  /** A store opened on a new place that an old version wrote, holding `match`. */
  openLegacy(match: LegacyMatch): Promise<Storage>;
  /** The indexes on the place's `tl_matches`, each as `name(column, ...)`, sorted. */
  matchIndexes(): Promise<string[]>;
}

/** Closes every store a backend opened and removes its places, after each test. */
function cleanupAfterEach(stores: Storage[], places: (() => Promise<void> | void)[]): void {
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const remove of places.splice(0)) await remove();
  });
}

export function sqliteBackend(): Backend {
  const stores: Storage[] = [];
  const places: (() => void)[] = [];
  cleanupAfterEach(stores, places);
  let file = '';
  const newPlace = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-contract-'));
    places.push(() => rmSync(dir, { recursive: true, force: true }));
    file = join(dir, 'matches.sqlite');
  };
  const reopen = async () => {
    const store = new SqliteStorage(file);
    stores.push(store);
    return store;
  };
  const matchIndexes = async () => {
    const raw = new Database(file, { readonly: true });
    try {
      const indexes = raw.prepare("SELECT name FROM pragma_index_list('tl_matches')").all() as { name: string }[];
      return indexes.map(({ name }) => {
        const columns = raw.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as { name: string }[];
        return `${name}(${columns.map((column) => column.name).join(', ')})`;
      }).sort();
    } finally {
      raw.close();
    }
  };
  return {
    name: 'SQLite',
    matchIndexes,
    open: async () => {
      newPlace();
      return reopen();
    },
    reopen,
    openLegacy: async (match) => {
      newPlace();
      const old = new Database(file);
      old.exec(OLD_SQLITE_SCHEMA);
      for (const { sql, params } of legacyInserts(match, { matches: 'matches', log: 'match_log' }, SQLITE_DIALECT)) {
        old.prepare(sql).run(...params);
      }
      old.close();
      return reopen();
    },
  };
}

let schemas = 0;

export function postgresBackend(): Backend {
  const stores: Storage[] = [];
  const places: (() => Promise<void>)[] = [];
  cleanupAfterEach(stores, places);
  let url = '';
  /** A schema of this test's own; the store's connections find their tables there through `search_path`. */
  const newPlace = async (): Promise<pg.Client> => {
    const schema = `tl_contract_${process.pid}_${Date.now().toString(36)}_${(schemas += 1)}`;
    const admin = new pg.Client(DATABASE_URL);
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    places.push(async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    });
    url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await admin.query(`SET search_path TO ${schema}`);
    return admin;
  };
  const reopen = async () => {
    const store = new PostgresStorage(url);
    stores.push(store);
    await store.connect();
    return store;
  };
  let admin: pg.Client | null = null;
  const matchIndexes = async () => {
    const rows = await admin!.query<{ index: string }>(
      `SELECT i.relname || '(' || string_agg(a.attname, ', ' ORDER BY k.ord) || ')' AS index
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
       WHERE x.indrelid = to_regclass('tl_matches') GROUP BY i.relname ORDER BY 1`);
    return rows.rows.map((row) => row.index);
  };
  return {
    name: 'PostgreSQL',
    matchIndexes,
    open: async () => {
      admin = await newPlace();
      return reopen();
    },
    reopen,
    openLegacy: async (match) => {
      admin = await newPlace();
      await admin.query(OLD_POSTGRES_SCHEMA);
      for (const { sql, params } of legacyInserts(match, { matches: 'tl_matches', log: 'tl_match_log' }, POSTGRES_DIALECT)) {
        await admin.query(sql, params);
      }
      return reopen();
    },
  };
}
