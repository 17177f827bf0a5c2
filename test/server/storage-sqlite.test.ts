/**
 * What only the SQLite storage does (the behaviour both storages share is in
 * storage-contract.test.ts): group commit (writes are visible to reads at once, reach the file
 * together at the end of the event-loop turn, and `flushed()` settles only once they are there),
 * checkpoints on a thread of their own, and the renaming of an older file's tables.
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
import { OLD_SQLITE_SCHEMA } from './storage-legacy';

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
      { type: 'table', name: 'tl_match_log' }, { type: 'index', name: 'tl_match_log_match' },
      { type: 'table', name: 'tl_matches' }, { type: 'index', name: 'tl_matches_list' },
    ];
    for (let opening = 0; opening < 2; opening += 1) {
      await new SqliteStorage(file).close();
      expect(names()).toEqual(expected);
    }
  });
});
