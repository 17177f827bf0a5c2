/**
 * The master's view of the storage writes only what the master changed in the metadata it read:
 * a field it replaced (`{ ...metadata, updatedAt }`) or a seat it changed in place
 * (`players[id].isConnected`), never a field or seat someone else changed meanwhile.
 */
import type { Server, State } from 'boardgame.io';
import { afterEach, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/server/storage-sqlite';
import { masterStorage } from '../../src/server/storage-view';

const stores: SqliteStorage[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function open(): SqliteStorage {
  const db = new SqliteStorage(':memory:');
  stores.push(db);
  const initialState = { G: {}, ctx: { turn: 0 }, plugins: {}, _undo: [], _redo: [], _stateID: 0 } as unknown as State;
  const metadata = {
    gameName: 'g', createdAt: 1, updatedAt: 1, clock: { turnKey: '1:0', banks: { 0: 5, 1: 5 } },
    players: { 0: { id: 0, name: 'Ada', credentials: 'a' }, 1: { id: 1, name: 'Bo', credentials: 'b' } },
  } as unknown as Server.MatchData;
  db.createMatch('M', { initialState, metadata });
  return db;
}

const stored = (db: SqliteStorage) => db.fetch('M', { metadata: true }).metadata as unknown as Record<string, unknown> & Server.MatchData;

it('writes the fields the master replaced, keeping what changed meanwhile', () => {
  const db = open();
  const view = masterStorage(db);
  const { metadata } = view.fetch('M', { metadata: true });
  db.updateMetadata('M', (m) => ({ ...m, clock: { turnKey: '1:1', banks: { 0: 4, 1: 5 } }, players: { ...m.players, 1: { ...m.players[1]!, name: 'Bea' } } }) as Server.MatchData);
  view.setMetadata('M', { ...metadata!, updatedAt: 9, gameover: { winner: '0' } });
  const after = stored(db);
  expect(after.updatedAt).toBe(9);
  expect(after.gameover).toEqual({ winner: '0' });
  expect(after.clock).toEqual({ turnKey: '1:1', banks: { 0: 4, 1: 5 } });
  expect(after.players[1]?.name).toBe('Bea');
});

it('writes a seat the master changed in place, and only that seat field', () => {
  const db = open();
  const view = masterStorage(db);
  const { metadata } = view.fetch('M', { metadata: true });
  db.updateMetadata('M', (m) => ({ ...m, clock: null, players: { ...m.players, 0: { ...m.players[0]!, name: 'Ann' } } }) as unknown as Server.MatchData);
  metadata!.players[0]!.isConnected = true;
  view.setMetadata('M', metadata!);
  const after = stored(db);
  expect(after.players[0]).toEqual({ id: 0, name: 'Ann', credentials: 'a', isConnected: true });
  expect(after.clock).toBeNull();
  expect(after.updatedAt).toBe(1);
});

it('writes nothing when nothing changed, and a removed field is removed', () => {
  const db = open();
  const view = masterStorage(db);
  const { metadata } = view.fetch('M', { metadata: true });
  db.updateMetadata('M', (m) => ({ ...m, updatedAt: 7 }));
  view.setMetadata('M', { ...metadata! });
  expect(stored(db).updatedAt).toBe(7);
  const { clock: _gone, ...rest } = metadata as unknown as Record<string, unknown>;
  view.setMetadata('M', rest as unknown as Server.MatchData);
  expect('clock' in stored(db)).toBe(false);
});
