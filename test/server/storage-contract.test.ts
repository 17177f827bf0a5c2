/**
 * One contract, both storages: SQLite (the default) and PostgreSQL (several processes) must
 * behave the same for everything the server relies on. Each test runs against both, on a fresh
 * place (storage-backends.ts). PostgreSQL's half skips without PostgreSQL, and fails under CI.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { TrustAndLeverage } from '../../src/game';
import { StaleStateError, type Storage, UnknownMatchError } from '../../src/server/storage-api';
import { type Backend, postgresBackend, sqliteBackend } from './storage-backends';
import type { LegacyMatch } from './storage-legacy';
import { describeWithServices } from './services';

const GAME = TrustAndLeverage.name ?? '';
type NewMatch = StorageAPI.CreateMatchOpts;

/** A real match of this game, as the Lobby creates it. */
function realMatch(): NewMatch {
  const match = createMatch({ game: { ...TrustAndLeverage, seed: 'contract' } as never, numPlayers: 2, setupData: undefined, unlisted: false });
  if ('setupDataError' in match) throw new Error(match.setupDataError);
  return match;
}

/** A small match (the storages never look inside a state), updated at `updatedAt`. */
function tinyMatch(updatedAt: number, gameName = GAME, gameover?: unknown): NewMatch {
  const initialState = { G: {}, ctx: { turn: 0 }, plugins: {}, _undo: [], _redo: [], _stateID: 0 } as unknown as State;
  const metadata: Server.MatchData = { gameName, players: { 0: { id: 0 }, 1: { id: 1 } }, createdAt: updatedAt, updatedAt, ...(gameover === undefined ? {} : { gameover }) };
  return { initialState, metadata };
}

const next = (state: State, by = 1): State => ({ ...state, _stateID: state._stateID + by });
const logAt = (stateID: number): LogEntry[] =>
  [{ action: { type: 'MAKE_MOVE', payload: { type: 'pass', args: [stateID], playerID: '0' } }, _stateID: stateID, turn: 1, phase: '' }] as never;

/** Awaits a storage call, sync or async; a sync throw becomes a rejection. */
const attempt = async <T>(call: () => T | Promise<T>): Promise<T> => call();

function contract(backend: Backend): void {
  let db: Storage;
  const open = async () => (db = await backend.open());
  const create = (id: string, match: NewMatch) => attempt(() => db.createMatch(id, match));
  const fetchAll = (id: string) => attempt(() => db.fetch(id, { state: true, metadata: true, initialState: true, log: true }));
  const list = (opts: Parameters<Storage['listMatches']>[0] = {}) => attempt(() => db.listMatches(opts));

  it('creates a match and fetches each field alone and all together', async () => {
    await open();
    const match = realMatch();
    await create('AAAAAAAA', match);
    for (const field of ['state', 'initialState', 'metadata', 'log'] as const) {
      const got = await attempt(() => db.fetch('AAAAAAAA', { [field]: true }));
      expect(Object.keys(got)).toEqual([field]);
    }
    expect(await fetchAll('AAAAAAAA')).toEqual({ state: match.initialState, initialState: match.initialState, metadata: match.metadata, log: [] });
  });

  it('knows nothing of a match never created, and refuses to create one twice', async () => {
    await open();
    expect(await fetchAll('NOSUCHID')).toEqual({ log: [] });
    await create('BBBBBBBB', tinyMatch(10));
    await expect(create('BBBBBBBB', tinyMatch(20, 'another-game'))).rejects.toThrow();
    expect((await fetchAll('BBBBBBBB')).metadata).toMatchObject({ gameName: GAME, updatedAt: 10 });
  });

  it('stores a newer state and its deltalog; keeps the initial state; the log stays in write order', async () => {
    await open();
    const { initialState } = tinyMatch(1);
    await create('CCCCCCCC', tinyMatch(1));
    for (let id = 1; id <= 12; id += 1) await attempt(() => db.setState('CCCCCCCC', next(initialState, id), logAt(id - 1)));
    await attempt(() => db.setState('CCCCCCCC', next(initialState, 13), []));
    await attempt(() => db.setState('CCCCCCCC', next(initialState, 14)));
    const stored = await fetchAll('CCCCCCCC');
    expect(stored.state?._stateID).toBe(14);
    expect(stored.initialState).toEqual(initialState);
    expect(stored.log?.map((entry) => entry._stateID)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('refuses a stale write (equal, older, or to an unknown match) and changes nothing', async () => {
    await open();
    const { initialState } = tinyMatch(1);
    await create('DDDDDDDD', tinyMatch(1));
    await attempt(() => db.setState('DDDDDDDD', next(initialState, 2), logAt(1)));
    for (const stale of [next(initialState, 2), next(initialState, 1)]) {
      await expect(attempt(() => db.setState('DDDDDDDD', stale, logAt(9)))).rejects.toThrow(StaleStateError);
    }
    await expect(attempt(() => db.setState('NOSUCHID', next(initialState), logAt(0)))).rejects.toThrow(StaleStateError);
    await db.flushed();
    const stored = await fetchAll('DDDDDDDD');
    expect(stored.state?._stateID).toBe(2);
    expect(stored.log?.map((entry) => entry._stateID)).toEqual([1]);
    expect(await fetchAll('NOSUCHID')).toEqual({ log: [] });
  });

  it('round-trips metadata exactly, and hands out copies', async () => {
    await open();
    await create('EEEEEEEE', tinyMatch(5));
    const metadata: Server.MatchData = {
      gameName: GAME,
      players: {
        0: { id: 0, name: 'Ada Lovelace', credentials: 'secret-0', isConnected: true },
        1: { id: 1, name: 'AI (Hard)', credentials: 'secret-1', data: { ai: 'hard' } },
      },
      setupData: { scenario: 'competing-visions', demSeat: '1', decisionRule: 'majority', dependency: 4 },
      gameover: { winner: 'dem', reason: 'Ünïcödé “text” \u2028 kept' },
      nextMatchID: 'FFFFFFFF',
      unlisted: true,
      createdAt: 5,
      updatedAt: 99,
    };
    await attempt(() => db.setMetadata('EEEEEEEE', metadata));
    const first = (await fetchAll('EEEEEEEE')).metadata;
    expect(first).toEqual(metadata);
    first!.players[0]!.name = 'Mallory';
    expect((await fetchAll('EEEEEEEE')).metadata).toEqual(metadata);
  });

  it('refuses metadata for a match that does not exist, and stores nothing', async () => {
    await open();
    await expect(attempt(() => db.setMetadata('NOSUCHID', tinyMatch(1).metadata))).rejects.toThrow(UnknownMatchError);
    await db.flushed();
    expect(await fetchAll('NOSUCHID')).toEqual({ log: [] });
    expect(await list()).toEqual([]);
  });

  it("lists by boardgame.io's filters: game, game over, updated before and after (strict), newest first, ties by id", async () => {
    await open();
    await create('M3', tinyMatch(300));
    await create('M1', tinyMatch(100));
    await create('M2b', tinyMatch(200));
    await create('M2a', tinyMatch(200));
    await create('OTHER', tinyMatch(250, 'another-game'));
    await create('OVER', tinyMatch(150, GAME, { winner: 'aut' }));
    expect(await list()).toEqual(['M3', 'OTHER', 'M2a', 'M2b', 'OVER', 'M1']);
    expect(await list({ gameName: GAME })).toEqual(['M3', 'M2a', 'M2b', 'OVER', 'M1']);
    expect(await list({ gameName: GAME, where: { isGameover: false } })).toEqual(['M3', 'M2a', 'M2b', 'M1']);
    expect(await list({ gameName: GAME, where: { isGameover: true } })).toEqual(['OVER']);
    expect(await list({ where: { updatedBefore: 200 } })).toEqual(['OVER', 'M1']);
    expect(await list({ where: { updatedAfter: 200 } })).toEqual(['M3', 'OTHER']);
    expect(await list({ gameName: GAME, where: { updatedAfter: 100, updatedBefore: 300, isGameover: false } })).toEqual(['M2a', 'M2b']);
    // Metadata written later moves a match in the listing: its update time and its game-over flag.
    const { metadata } = await attempt(() => db.fetch('M1', { metadata: true }));
    await attempt(() => db.setMetadata('M1', { ...metadata!, updatedAt: 400, gameover: { draw: true } }));
    expect(await list({ gameName: GAME, where: { isGameover: true } })).toEqual(['M1', 'OVER']);
    expect(await list({ gameName: 'no-such-game' })).toEqual([]);
  });

  it('lists every match, with no cap (1,001 unfinished matches)', { timeout: 60_000 }, async () => {
    await open();
    const ids = Array.from({ length: 1001 }, (_, i) => `L${String(i).padStart(4, '0')}`);
    for (let from = 0; from < ids.length; from += 50) {
      await Promise.all(ids.slice(from, from + 50).map((id, i) => create(id, tinyMatch(from + i))));
    }
    const listed = await list({ gameName: GAME, where: { isGameover: false } });
    expect(listed).toHaveLength(1001);
    expect(listed[0]).toBe('L1000');
    expect(listed.at(-1)).toBe('L0000');
  });

  it('wipes a match and its log, and nothing else; its code can be used again', async () => {
    await open();
    const { initialState } = tinyMatch(1);
    for (const id of ['WIPEWIPE', 'KEEPKEEP']) {
      await create(id, tinyMatch(1));
      await attempt(() => db.setState(id, next(initialState), logAt(0)));
    }
    await attempt(() => db.wipe('WIPEWIPE'));
    await attempt(() => db.wipe('NOSUCHID'));
    expect(await fetchAll('WIPEWIPE')).toEqual({ log: [] });
    expect(await list()).toEqual(['KEEPKEEP']);
    expect((await fetchAll('KEEPKEEP')).log).toHaveLength(1);
    await create('WIPEWIPE', tinyMatch(2));
    expect(await fetchAll('WIPEWIPE')).toMatchObject({ state: { _stateID: 0 }, log: [] });
  });

  it('has every write on disk once flushed() settles: a restarted server reads it back', async () => {
    await open();
    const { initialState, metadata } = tinyMatch(1);
    await create('DURABLE1', { initialState, metadata });
    await attempt(() => db.setState('DURABLE1', next(initialState), logAt(0)));
    await attempt(() => db.setMetadata('DURABLE1', { ...metadata, updatedAt: 77 }));
    await db.flushed();
    const restarted = await backend.reopen();
    expect(await attempt(() => restarted.fetch('DURABLE1', { state: true, metadata: true, log: true }))).toMatchObject({
      state: { _stateID: 1 }, metadata: { updatedAt: 77 }, log: [{ _stateID: 0 }],
    });
  });

  it('opens a database an earlier version wrote, and goes on with its matches', async () => {
    const { initialState, metadata } = tinyMatch(50);
    const old: LegacyMatch = {
      id: 'OLDMATCH', gameName: GAME, metadata: JSON.stringify(metadata), initialState: JSON.stringify(initialState),
      state: JSON.stringify(next(initialState, 2)), stateID: 2, gameover: false, updatedAt: 50,
      logs: [JSON.stringify(logAt(0)), JSON.stringify(logAt(1))],
    };
    db = await backend.openLegacy(old);
    expect(await fetchAll('OLDMATCH')).toMatchObject({ state: { _stateID: 2 }, initialState: { _stateID: 0 }, metadata, log: [{ _stateID: 0 }, { _stateID: 1 }] });
    expect(await list({ gameName: GAME, where: { isGameover: false } })).toEqual(['OLDMATCH']);
    await attempt(() => db.setState('OLDMATCH', next(initialState, 3), logAt(2)));
    await expect(attempt(() => db.setState('OLDMATCH', next(initialState, 3)))).rejects.toThrow(StaleStateError);
    await create('NEWMATCH', tinyMatch(60));
    await db.flushed();
    const again = await backend.reopen();
    expect((await attempt(() => again.fetch('OLDMATCH', { log: true }))).log?.map((entry) => entry._stateID)).toEqual([0, 1, 2]);
    expect(await attempt(() => again.listMatches({}))).toEqual(['NEWMATCH', 'OLDMATCH']);
    expect(await backend.matchIndexes()).toEqual(MATCH_INDEXES[backend.name]);
  });

  it('indexes no column a move changes (the listings\' index is on game and game over, not on updated_at)', async () => {
    db = await backend.open();
    expect(await backend.matchIndexes()).toEqual(MATCH_INDEXES[backend.name]);
  });
}

/**
 * What a move writes (state, state id, metadata, updated_at) is in no index: SQLite rewrote an
 * index entry at every move, and PostgreSQL could not update in place (HOT). The primary key's name differs.
 */
const MATCH_INDEXES: Record<string, string[]> = {
  SQLite: ['sqlite_autoindex_tl_matches_1(id)', 'tl_matches_open(game_name, gameover)'],
  PostgreSQL: ['tl_matches_open(game_name, gameover)', 'tl_matches_pkey(id)'],
};

describe('storage contract: SQLite', () => contract(sqliteBackend()));
describeWithServices('storage contract: PostgreSQL', ['postgres'], () => contract(postgresBackend()));
