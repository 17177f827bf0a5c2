/**
 * PostgreSQL at one round trip per move: the storage writes a move's state, log and metadata in
 * one statement (grouped with other matches' moves of the same tick), refuses a stale write or a
 * seat whose credentials changed without changing anything, and a server on PostgreSQL plays a
 * move with exactly one statement (the turn clock's advance included), counted through a wrapped
 * `pg` client. Skipped without
 * PostgreSQL, failed under CI.
 */
import type { LogEntry, Server, State } from 'boardgame.io';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { configFromEnv } from '../../src/server/config';
import { StaleStateError } from '../../src/server/storage-api';
import { PostgresStorage } from '../../src/server/storage-postgres';
import { connect, createTable, lobby, seatBoth, startServer } from './helpers';
import { DATABASE_URL, describeWithServices } from './services';

/** Every statement sent through any `pg` pool of this process while counting, and whether the turn clock (src/server/clock/) sent it. */
const sent: { text: string; byClock: boolean }[] = [];
const poolQuery = pg.Pool.prototype.query;

function countStatements(): void {
  pg.Pool.prototype.query = function counted(this: pg.Pool, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 60;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    sent.push({ text: typeof first === 'string' ? first : first.text, byClock: /[\\/]server[\\/]clock[\\/]/.test(stack) });
    return (poolQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof poolQuery;
}

let schema = '';
let admin: pg.Client;
let url = '';
const stores: PostgresStorage[] = [];

beforeEach(async () => {
  schema = `tl_round_trip_${process.pid}_${Date.now().toString(36)}`;
  admin = new pg.Client(DATABASE_URL);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
});

afterEach(async () => {
  pg.Pool.prototype.query = poolQuery;
  sent.length = 0;
  for (const store of stores.splice(0)) await store.close();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
});

async function openStore(): Promise<PostgresStorage> {
  const store = new PostgresStorage(url, { poolSize: 4 });
  stores.push(store);
  await store.connect();
  return store;
}

const metadataOf = (updatedAt: number): Server.MatchData =>
  ({ gameName: 'g', players: { 0: { id: 0, name: 'Ada', credentials: 'secret-0' }, 1: { id: 1, name: 'Bo', credentials: 'secret-1' } }, createdAt: updatedAt, updatedAt });
const stateAt = (id: number): State => ({ G: { at: id }, ctx: { turn: id }, plugins: {}, _undo: [], _redo: [], _stateID: id }) as unknown as State;
const logAt = (id: number): LogEntry[] => [{ action: { type: 'MAKE_MOVE', payload: { type: 'pass', args: [id], playerID: '0' } }, _stateID: id, turn: 1, phase: '' }] as never;

/** A move's writes as boardgame.io's master makes them: state and metadata in the same tick. */
function writeMove(store: PostgresStorage, matchID: string, id: number, updatedAt: number, credentials = 'secret-0', gameover?: unknown) {
  const fields: Record<string, unknown> = { updatedAt, ...(gameover === undefined ? {} : { gameover }) };
  return Promise.all([
    store.setState(matchID, stateAt(id), logAt(id), { seat: '0', credentials }),
    store.patchMetadata(matchID, { fields, seats: {} }),
  ]);
}

const clockAt = (turnKey: string) => ({ turnKey, deadline: 100, banks: { 0: 5, 1: 5 } });
/** The turn clock's advance at a move: from turn 1:0's clock to 2:1's, if the stored clock is still 1:0's. */
const guarded = { expect: { clock: clockAt('1:0'), misses: null }, set: { clock: clockAt('2:1'), misses: { 0: 1 } } };

/**
 * A store with matches AAAA and BBBB whose clocks are turn 1:0's; BBBB's was since claimed
 * elsewhere (as if another process had read it), so a move's guarded advance must leave it alone.
 */
async function clockedMatches(): Promise<PostgresStorage> {
  const store = await openStore();
  for (const id of ['AAAA', 'BBBB']) {
    await store.createMatch(id, { initialState: stateAt(0), metadata: { ...metadataOf(1), clock: clockAt('1:0') } as Server.MatchData });
  }
  await store.updateMetadata('BBBB', (m) => ({ ...m, clock: { ...clockAt('1:0'), claim: { by: 'other', at: 3 } } }) as Server.MatchData);
  return store;
}

describeWithServices('PostgreSQL: one statement per move', ['postgres'], () => {
  it('writes state, log and metadata in one statement; several matches of one tick share it', async () => {
    const store = await openStore();
    for (const id of ['AAAA', 'BBBB', 'CCCC']) await store.createMatch(id, { initialState: stateAt(0), metadata: metadataOf(1) });
    countStatements();
    await Promise.all([writeMove(store, 'AAAA', 1, 5), writeMove(store, 'BBBB', 1, 6), writeMove(store, 'CCCC', 1, 7, 'secret-0', { winner: '0' })]);
    expect(sent).toHaveLength(1);
    for (const [id, at] of [['AAAA', 5], ['BBBB', 6]] as const) {
      const got = await store.fetch(id, { state: true, metadata: true, log: true });
      expect(got.state).toEqual(stateAt(1));
      expect(got.log).toEqual(logAt(1));
      expect(got.metadata).toEqual({ ...metadataOf(1), updatedAt: at });
    }
    expect((await store.fetch('CCCC', { metadata: true })).metadata?.gameover).toEqual({ winner: '0' });
    expect(await store.listMatches({ where: { isGameover: true } })).toEqual(['CCCC']);
  });

  it('writes a move\'s guarded fields (the turn clock\'s) in the same statement only while the fields they expect are unchanged', async () => {
    const store = await clockedMatches();
    countStatements();
    await Promise.all(['AAAA', 'BBBB'].map((id) => Promise.all([
      store.setState(id, stateAt(1), logAt(1), { seat: '0', credentials: 'secret-0' }),
      store.patchMetadata(id, { fields: { updatedAt: 5 }, seats: {}, guarded }),
    ])));
    expect(sent).toHaveLength(1);
    const a = await store.fetch('AAAA', { state: true, metadata: true });
    expect(a.state).toEqual(stateAt(1));
    expect(a.metadata).toMatchObject({ updatedAt: 5, clock: clockAt('2:1'), misses: { 0: 1 } });
    const b = await store.fetch('BBBB', { state: true, metadata: true });
    expect(b.state).toEqual(stateAt(1));
    expect(b.metadata).toMatchObject({ updatedAt: 5, clock: { turnKey: '1:0', claim: { by: 'other', at: 3 } } });
    expect(b.metadata).not.toHaveProperty('misses');
    // This process's copy is what was stored.
    expect(store.fetchCached('AAAA')?.metadata).toEqual(a.metadata);
    expect(store.fetchCached('BBBB')?.metadata).toEqual(b.metadata);
  });

  it('writes a lone move (plain parameters, not arrays) with the same checks: guarded fields, credentials, state id', async () => {
    const store = await clockedMatches();
    const move = (id: string, stateID: number, credentials = 'secret-0') => Promise.all([
      store.setState(id, stateAt(stateID), logAt(stateID), { seat: '0', credentials }),
      store.patchMetadata(id, { fields: { updatedAt: 5 }, seats: {}, guarded }),
    ]);
    countStatements();
    for (const id of ['AAAA', 'BBBB']) await move(id, 1);
    expect(sent.map((s) => s.text.includes('unnest('))).toEqual([false, false]);
    expect((await store.fetch('AAAA', { metadata: true })).metadata).toMatchObject({ updatedAt: 5, clock: clockAt('2:1'), misses: { 0: 1 } });
    const b = await store.fetch('BBBB', { state: true, metadata: true, log: true });
    expect(b).toMatchObject({ state: stateAt(1), log: logAt(1), metadata: { updatedAt: 5, clock: { turnKey: '1:0', claim: { by: 'other', at: 3 } } } });
    expect(b.metadata).not.toHaveProperty('misses');
    await expect(move('AAAA', 1)).rejects.toBeInstanceOf(StaleStateError);
    await expect(move('BBBB', 2, 'an-old-secret')).rejects.toBeInstanceOf(StaleStateError);
    expect((await store.fetch('BBBB', { state: true, log: true }))).toEqual({ state: stateAt(1), log: logAt(1) });
  });

  it('compresses states and logs with lz4, in a new database and in one whose tables were made with pglz', async () => {
    const compression = async () => (await admin.query<{ column: string; method: string }>(
      `SELECT c.relname || '.' || a.attname AS column, a.attcompression AS method FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND a.attname IN ('state', 'initial_state', 'entries') ORDER BY 1`, [schema])).rows;
    const lz4 = [{ column: 'tl_match_log.entries', method: 'l' }, { column: 'tl_matches.initial_state', method: 'l' }, { column: 'tl_matches.state', method: 'l' }];
    const store = await openStore();
    expect(await compression()).toEqual(lz4);
    // A state big enough to be compressed (as a real one is) is stored with lz4 and reads back whole.
    const big = { ...stateAt(1), G: { at: 1, text: 'trust and leverage '.repeat(400) } } as unknown as State;
    await store.createMatch('AAAA', { initialState: stateAt(0), metadata: metadataOf(1) });
    await store.setState('AAAA', big, logAt(1), { seat: '0', credentials: 'secret-0' });
    const stored = await admin.query<{ method: string }>(`SELECT pg_column_compression(state) AS method FROM ${schema}.tl_matches WHERE id = 'AAAA'`);
    expect(stored.rows[0]?.method).toBe('lz4');
    expect((await (await openStore()).fetch('AAAA', { state: true })).state).toEqual(big);
    // Tables an earlier version made (pglz) are switched when a server connects.
    for (const [table, column] of [['tl_matches', 'state'], ['tl_matches', 'initial_state'], ['tl_match_log', 'entries']]) {
      await admin.query(`ALTER TABLE ${schema}.${table} ALTER COLUMN ${column} SET COMPRESSION pglz`);
    }
    expect((await compression()).map((c) => c.method)).toEqual(['p', 'p', 'p']);
    await openStore();
    expect(await compression()).toEqual(lz4);
  });

  it('leaves half of each page of the matches\' table free, so that a move\'s UPDATE can stay on its page (HOT), in new and earlier databases', async () => {
    const options = async () => (await admin.query<{ options: string[] | null }>(
      `SELECT c.reloptions AS options FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = 'tl_matches'`, [schema])).rows[0]?.options;
    await openStore();
    expect(await options()).toEqual(['fillfactor=50']);
    await admin.query(`ALTER TABLE ${schema}.tl_matches RESET (fillfactor)`);
    expect(await options()).toBeNull();
    await openStore();
    expect(await options()).toEqual(['fillfactor=50']);
  });

  it('refuses a stale move and changes nothing (state, log, metadata), while the fresh move beside it lands', async () => {
    const store = await openStore();
    for (const id of ['AAAA', 'BBBB']) await store.createMatch(id, { initialState: stateAt(0), metadata: metadataOf(1) });
    await writeMove(store, 'AAAA', 2, 5);
    const before = await store.fetch('AAAA', { state: true, metadata: true, log: true });
    const [stale, fresh] = await Promise.allSettled([writeMove(store, 'AAAA', 2, 9), writeMove(store, 'BBBB', 1, 9)]);
    expect(stale.status === 'rejected' && stale.reason).toBeInstanceOf(StaleStateError);
    expect(fresh.status).toBe('fulfilled');
    expect(await store.fetch('AAAA', { state: true, metadata: true, log: true })).toEqual(before);
  });

  it('refuses a move whose seat has other credentials now, or whose match was closed, and changes nothing', async () => {
    const store = await openStore();
    await store.createMatch('AAAA', { initialState: stateAt(0), metadata: metadataOf(1) });
    await expect(writeMove(store, 'AAAA', 1, 5, 'an-old-secret')).rejects.toBeInstanceOf(StaleStateError);
    await store.updateMetadata('AAAA', (m) => ({ ...m, gameover: { closed: 'abandoned' } }) as Server.MatchData);
    await expect(writeMove(store, 'AAAA', 1, 5)).rejects.toBeInstanceOf(StaleStateError);
    const got = await store.fetch('AAAA', { state: true, log: true });
    expect(got).toEqual({ state: stateAt(0), log: [] });
  });

  it('two processes: the one with a stale copy cannot write over the newer state', async () => {
    const [a, b] = [await openStore(), await openStore()];
    await a.createMatch('AAAA', { initialState: stateAt(0), metadata: metadataOf(1) });
    for (const store of [a, b]) await store.fetch('AAAA', { state: true, metadata: true });
    await writeMove(a, 'AAAA', 1, 5);
    expect(b.fetchCached('AAAA')?.state._stateID).toBe(0);
    await expect(writeMove(b, 'AAAA', 1, 6)).rejects.toBeInstanceOf(StaleStateError);
    expect(b.fetchCached('AAAA')).toBeUndefined();
    expect((await b.fetch('AAAA', { state: true, metadata: true })).metadata?.updatedAt).toBe(5);
  });

  it('a read sends the state back only when it is not the one this process already holds', async () => {
    const [a, b] = [await openStore(), await openStore()];
    await a.createMatch('AAAA', { initialState: stateAt(0), metadata: metadataOf(1) });
    const first = (await a.fetch('AAAA', { state: true, metadata: true })).state;
    expect((await a.fetch('AAAA', { state: true })).state).toBe(first);
    await b.fetch('AAAA', { state: true, metadata: true });
    await writeMove(b, 'AAAA', 1, 5);
    const fresh = (await a.fetch('AAAA', { state: true })).state;
    expect(fresh).toEqual(stateAt(1));
    expect((await a.fetch('AAAA', { state: true })).state).toBe(fresh);
  });

  it('a server on PostgreSQL plays each move in one round trip, its copy kept fresh by the other seat\'s moves', { timeout: 60_000 }, async () => {
    const server = await startServer({ storage: { kind: 'postgres', url, poolSize: 4 } });
    const { matchID, seats } = await createTable(server);
    const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
    // The first moves read the match (no copy yet) while the seats' clocks start.
    for (const warmUp of ['warm-up-1', 'warm-up-2']) await game.step(warmUp);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const perMove: number[] = [];
    const clockPerMove: number[] = [];
    const turnsStarted = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      countStatements();
      const mover = game.states[0].ctx.currentPlayer;
      await game.step(`move-${i}`);
      if (game.states[0].ctx.currentPlayer !== mover) turnsStarted.add(String(game.states[0]._stateID));
      await new Promise((resolve) => setTimeout(resolve, 50)); // what runs after the broadcast (AI seats, the clock)
      pg.Pool.prototype.query = poolQuery;
      const forMove = sent.filter((s) => !s.byClock);
      perMove.push(forMove.length);
      clockPerMove.push(sent.length - forMove.length);
      expect(forMove.every((s) => s.text.includes('WITH input AS'))).toBe(true);
      sent.length = 0;
    }
    // A move that starts a turn stores that turn's clock itself: the turn clock (clock/) sends nothing of its own.
    console.log(`statements per move: ${JSON.stringify(perMove)}; the turn clock's: ${JSON.stringify(clockPerMove)}`);
    expect(perMove).toEqual(perMove.map(() => 1));
    expect(clockPerMove).toEqual(clockPerMove.map(() => 0));
    // ... and the clock did run: turns started, and the stored clock is the current turn's.
    expect(turnsStarted.size).toBeGreaterThan(1);
    const shown = await lobby(server, `/games/trust-and-leverage/${matchID}`);
    expect((shown.json.clock as { seat: string } | null)?.seat).toBe(game.states[0].ctx.currentPlayer);
    expect((await lobby(server, `/games/trust-and-leverage/${matchID}`)).status).toBe(200);
  });

  it('reads the pool size from DATABASE_POOL_SIZE', () => {
    expect(configFromEnv({ DATABASE_URL: 'postgres://h/db', DATABASE_POOL_SIZE: '32' }).storage).toEqual({ kind: 'postgres', url: 'postgres://h/db', poolSize: 32 });
    expect(configFromEnv({ DATABASE_URL: 'postgres://h/db' }).storage).toMatchObject({ poolSize: 10 });
    expect(() => configFromEnv({ DATABASE_URL: 'postgres://h/db', DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
