/**
 * What only the SQLite storage does (the behaviour both storages share is in
 * storage-contract.test.ts): group commit (writes are visible to reads at once, reach the file
 * together at the end of the event-loop turn, and `flushed()` settles only once they are there),
 * checkpoints on a thread of their own, the migrations of an older file (tables renamed, initial
 * states moved to a table of their own), and metadata kept parsed (each fetch a copy of its own).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SqliteStorage } from '../../src/server/storage-sqlite';
import { TrustAndLeverage } from '../../src/game';
import { legacyInserts, OLD_SQLITE_SCHEMA, SQLITE_SCHEMA_INITIAL_IN_ROW } from './storage-legacy';
import { SQLITE_DIALECT } from '../../src/server/storage-schema';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function open(): { file: string; db: SqliteStorage } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-sqlite-'));
  dirs.push(dir);
  const file = join(dir, 'matches.sqlite');
  return { file, db: new SqliteStorage(file) };
}

function newMatch(db: SqliteStorage, id: string): State {
  const match = createMatch({ game: { ...TrustAndLeverage, seed: 'storage' } as never, numPlayers: 2, setupData: undefined, unlisted: false });
  if ('setupDataError' in match) throw new Error(match.setupDataError);
  db.createMatch(id, match);
  return match.initialState;
}

const next = (state: State, by = 1): State => ({ ...state, _stateID: state._stateID + by });
const log = (stateID: number) => [{ action: { type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: '0' } }, _stateID: stateID, turn: 1, phase: '' }] as never;

describe('SQLite storage with group commit', () => {
  it('checkpoints on its own thread: the WAL reaches the database file without the writer doing it', { timeout: 20_000 }, async () => {
    const { file, db } = open();
    const state = newMatch(db, 'GGGG');
    for (let move = 1; move <= 200; move += 1) db.setState('GGGG', next(state, move), log(move - 1));
    await db.flushed();
    // Everything so far is in the WAL: the writer's own automatic checkpoint is off.
    const fileSize = () => statSync(file).size;
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(100_000);
    const before = fileSize();
    expect(before).toBeLessThan(16_384);
    // The thread's checkpoint (every second by default) copies it into the database file.
    const started = Date.now();
    while (fileSize() <= before && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 100));
    expect(fileSize()).toBeGreaterThan(before);
    await db.close();
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0); // folded in and truncated on close
    const reread = new SqliteStorage(file);
    expect(reread.fetch('GGGG', { state: true }).state?._stateID).toBe(200);
    await reread.close();
  });

  it('closes when its checkpoint thread ended early (regression: close() waited for an exit that had come)', { timeout: 20_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-sqlite-'));
    const logged: string[] = [];
    const db = new SqliteStorage(join(dir, 'gone.sqlite'), { log: (message) => logged.push(message) });
    // The file's directory goes before the checkpoint thread opens its connection: it ends at once.
    rmSync(dir, { recursive: true, force: true });
    const started = Date.now();
    while (logged.length === 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 20));
    expect(logged.join('\n')).toMatch(/checkpoint thread/);
    await db.close();
  });

  it('reads see a write at once; the file has it once flushed() settles', async () => {
    const { file, db } = open();
    const first = newMatch(db, 'AAAA');
    const moved = next(first);
    db.setState('AAAA', moved, log(0));
    const { metadata } = db.fetch('AAAA', { metadata: true });
    db.setMetadata('AAAA', { ...metadata!, updatedAt: 1234 });
    expect(db.fetch('AAAA', { state: true }).state?._stateID).toBe(1);
    expect(db.fetch('AAAA', { metadata: true }).metadata?.updatedAt).toBe(1234);
    const other = new SqliteStorage(file);
    expect(other.fetch('AAAA', { state: true }).state?._stateID).toBe(0); // not committed yet
    await db.flushed();
    const reread = new SqliteStorage(file);
    expect(reread.fetch('AAAA', { state: true, metadata: true, log: true })).toMatchObject({
      state: { _stateID: 1 }, metadata: { updatedAt: 1234 }, log: [{ _stateID: 0 }],
    });
    for (const s of [db, other, reread]) await s.close();
  });

  it('many matches written in one turn commit together, every log batch kept in order', async () => {
    const { file, db } = open();
    const ids = ['BBBB', 'CCCC', 'DDDD'];
    const states = ids.map((id) => newMatch(db, id));
    for (let move = 1; move <= 3; move += 1) ids.forEach((id, i) => db.setState(id, next(states[i]!, move), log(move - 1)));
    await db.flushed();
    const reread = new SqliteStorage(file);
    for (const id of ids) {
      const { state, log: entries } = reread.fetch(id, { state: true, log: true });
      expect(state?._stateID).toBe(3);
      expect(entries?.map((e) => e._stateID)).toEqual([0, 1, 2]);
    }
    await db.close();
    await reread.close();
  });

  it('renames the tables of a file an earlier version wrote (rows kept, indexes rebuilt), once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-sqlite-'));
    dirs.push(dir);
    const file = join(dir, 'old.sqlite');
    const old = new Database(file);
    old.exec(OLD_SQLITE_SCHEMA);
    old.close();
    const names = () => {
      const raw = new Database(file, { readonly: true });
      const rows = raw.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
      raw.close();
      return rows;
    };
    const expected = [
      { type: 'table', name: 'tl_match_initial' },
      { type: 'table', name: 'tl_match_log' }, { type: 'index', name: 'tl_match_log_match' },
      { type: 'table', name: 'tl_matches' }, { type: 'index', name: 'tl_matches_open' },
    ];
    for (let opening = 0; opening < 2; opening += 1) {
      await new SqliteStorage(file).close();
      expect(names()).toEqual(expected);
    }
  });
});

describe('SQLite storage: initial states in a table of their own', () => {
  it('moves the initial states of a file written with them in the match rows, once, keeping every match', async () => {
    const { file, db: fresh } = open();
    await fresh.close();
    rmSync(file, { force: true });
    const old = new Database(file);
    old.exec(SQLITE_SCHEMA_INITIAL_IN_ROW);
    const created = createMatch({ game: { ...TrustAndLeverage, seed: 'legacy' } as never, numPlayers: 2, setupData: undefined, unlisted: false });
    if ('setupDataError' in created) throw new Error(created.setupDataError);
    const match = {
      id: 'LLLL', gameName: created.metadata.gameName, metadata: JSON.stringify(created.metadata), initialState: JSON.stringify(created.initialState),
      state: JSON.stringify(next(created.initialState, 3)), stateID: 3, gameover: false, updatedAt: 5, logs: [JSON.stringify(log(0))],
    };
    for (const { sql, params } of legacyInserts(match, { matches: 'tl_matches', log: 'tl_match_log' }, SQLITE_DIALECT)) old.prepare(sql).run(...params);
    old.close();
    for (let opening = 0; opening < 2; opening += 1) {
      const db = new SqliteStorage(file);
      const read = db.fetch('LLLL', { state: true, initialState: true, log: true });
      expect(read.state?._stateID).toBe(3 + opening); // each opening stores one more
      expect(read.initialState).toEqual(created.initialState);
      expect(read.log?.map((e) => e._stateID)).toEqual([0]);
      db.setState('LLLL', { ...read.state!, _stateID: 4 + opening });
      await db.close();
    }
    const raw = new Database(file, { readonly: true });
    const columns = (raw.prepare("SELECT name FROM pragma_table_info('tl_matches')").all() as { name: string }[]).map((c) => c.name);
    raw.close();
    expect(columns).not.toContain('initial_state');
  });
});

describe('SQLite storage: metadata kept parsed', () => {
  it('every fetch gets its own copy, equal to what was stored, whatever the caller changes', async () => {
    const { db } = open();
    newMatch(db, 'MMMM');
    const stored = db.fetch('MMMM', { metadata: true }).metadata!;
    const odd = JSON.parse('{"__proto__":{"x":1},"list":[1,[2,{"y":null}],"z"],"flag":false,"n":-0.5}') as Record<string, unknown>;
    db.setMetadata('MMMM', { ...stored, setupData: odd });
    const first = db.fetch('MMMM', { metadata: true }).metadata!;
    expect(JSON.stringify(first)).toBe(JSON.stringify({ ...stored, setupData: odd }));
    expect(Object.getPrototypeOf(first.setupData)).toBe(Object.prototype);
    first.players[0]!.name = 'changed';
    (first.setupData as { list: unknown[] }).list.push('more');
    const second = db.fetch('MMMM', { metadata: true }).metadata!;
    expect(second).not.toBe(first);
    expect(second.players[0]!.name).toBe(stored.players[0]!.name);
    expect((second.setupData as { list: unknown[] }).list).toHaveLength(3);
    await db.close();
  });
});
