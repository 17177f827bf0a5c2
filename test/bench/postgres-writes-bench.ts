/**
 * PostgreSQL's CPU per move for the moves' writes alone (`npm run bench:pg-writes`): the storage
 * the server uses (src/server/storage-postgres.ts, its schema and its statement), matches holding
 * real mid-game states, and moves written as boardgame.io's master writes them (state, log and the
 * metadata's `updatedAt` in the same tick), at a steady rate. No server, no sockets, no generator:
 * what PostgreSQL does for a move, read from /proc. Not a test.
 *
 *   npm run bench:pg-writes -- [--matches 500] [--rate 230] [--seconds 15] [--per-statement 1] [--postgres URL]
 *
 * `--per-statement K` writes K matches' moves in the same tick, so that the storage sends them as
 * one statement (at the same rate of moves): the difference shows PostgreSQL's cost per statement
 * against its cost per move. Prints one JSON line: `postgres_cpu_ms_per_move` (every `postgres`
 * process on this machine, background writers and vacuum included), `backend_cpu_ms_per_move` (the
 * storage's own connections), `hot_update_share` (the share of the matches' row updates that
 * PostgreSQL made in place), the state's stored size, and `write_p50_ms`/`write_p95_ms`/`write_p99_ms`:
 * how long a move's write took from the storage call to its durable commit, with nothing else
 * on the machine (the latency PostgreSQL adds to a move before any CPU contention).
 */
import { parseArgs } from 'node:util';
import type { LogEntry, Server, State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import pg from 'pg';
import { createAlea, legalMoves, toBgioMove, TrustAndLeverage, type GameState } from '../../src/game';
import { PostgresStorage } from '../../src/server/storage-postgres';
import { commandCpuMs, cpuMs } from '../load/proc-stats';
import { loadDatabase } from '../load/service-stats';
import { percentileOfSorted } from '../support/stats';

const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '500' },
    rate: { type: 'string', default: '230' },
    seconds: { type: 'string', default: '15' },
    'per-statement': { type: 'string', default: '1' },
    postgres: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/test' },
  },
});
const MATCHES = Number(values.matches);
const PER_STATEMENT = Math.max(1, Number(values['per-statement']));
const TICK_MS = (1000 * PER_STATEMENT) / Number(values.rate);
const SECONDS = Number(values.seconds);

/** States of one seeded game, move after move (the master's, hidden cards and all), with their deltalogs. */
function gameStates(moves: number): State[] {
  const client = Client({ game: TrustAndLeverage, numPlayers: 2, seed: 'bench-pg-writes' } as never);
  client.start();
  const store = (client as unknown as { store: { getState(): State } }).store;
  const pick = createAlea('bench-pg-writes');
  const states: State[] = [];
  for (let i = 0; i < moves && store.getState().ctx.gameover === undefined; i += 1) {
    const G = store.getState().G as GameState;
    const options = legalMoves(G, G.active);
    const { move, args } = toBgioMove(options[Math.floor(pick() * options.length)]!);
    (client.moves as Record<string, (...a: unknown[]) => void>)[move]!(...args);
    states.push(store.getState());
  }
  client.stop();
  return states;
}

/** Seat 0's credentials: the moves are written for seat 0, checked against these. */
const CREDENTIALS = 'c'.repeat(32);

const metadataOf = (at: number): Server.MatchData => ({
  gameName: TrustAndLeverage.name ?? 'trust-and-leverage', createdAt: at, updatedAt: at, setupData: {},
  players: { 0: { id: 0, name: 'bot 0', credentials: CREDENTIALS, isConnected: true }, 1: { id: 1, name: 'bot 1', credentials: 'd'.repeat(32), isConnected: true } },
} as Server.MatchData);

const states = gameStates(60);
const database = await loadDatabase(values.postgres);
const store = new PostgresStorage(database.url);
const admin = new pg.Client(database.url);
try {
  await store.connect();
  await admin.connect();
  const { deltalog: _log, ...initial } = states[0]!;
  for (let i = 0; i < MATCHES; i += 1) await store.createMatch(`M${i}`, { initialState: { ...initial, _stateID: 0 } as State, metadata: metadataOf(Date.now()) });
  // Every connection of the pool opened (and warm) before the measurement.
  await Promise.all(Array.from({ length: 20 }, (_, i) => store.fetch(`M${i % MATCHES}`, { metadata: true })));
  const stateIDs: number[] = Array.from({ length: MATCHES }, () => 0);
  let next = 0;
  let written = 0;
  let refused = 0;
  const took: number[] = [];
  const writeOne = () => {
    const index = next++ % MATCHES;
    const matchID = `M${index}`;
    const { deltalog, ...state } = states[stateIDs[index]! % states.length]!;
    stateIDs[index]! += 1;
    const began = performance.now();
    void Promise.all([
      store.setState(matchID, { ...state, _stateID: stateIDs[index]! } as State, deltalog as LogEntry[], { seat: '0', credentials: CREDENTIALS }),
      store.patchMetadata(matchID, { fields: { updatedAt: Date.now() }, seats: {} }),
    ]).then(() => {
      written += 1;
      took.push(performance.now() - began);
    }, () => (refused += 1));
  };
  const backends = (await admin.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()")).rows.map((row) => row.pid);
  const backendCpu = () => backends.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0);
  const [allBefore, backendsBefore] = [commandCpuMs('postgres'), backendCpu()];
  const timer = setInterval(() => {
    for (let i = 0; i < PER_STATEMENT; i += 1) writeOne();
  }, TICK_MS);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  clearInterval(timer);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const [all, own] = [commandCpuMs('postgres') - allBefore, backendCpu() - backendsBefore];
  // PostgreSQL's statistics reach the view within a second of a transaction's end.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const updates = (await admin.query<{ upd: string; hot: string }>("SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot FROM pg_stat_user_tables WHERE relname = 'tl_matches'")).rows[0];
  const size = (await admin.query<{ bytes: number }>('SELECT avg(pg_column_size(state))::int AS bytes FROM tl_matches')).rows[0];
  const sorted = [...took].sort((a, b) => a - b);
  const writeMs = (p: number) => (sorted.length ? +percentileOfSorted(sorted, p).toFixed(1) : null);
  console.log(JSON.stringify({
    matches: MATCHES, moves: written, refused, per_statement: PER_STATEMENT, seconds: SECONDS,
    postgres_cpu_ms_per_move: +(all / written).toFixed(3), backend_cpu_ms_per_move: +(own / written).toFixed(3),
    hot_update_share: updates && Number(updates.upd) > 0 ? +(Number(updates.hot) / Number(updates.upd)).toFixed(3) : null,
    stored_state_bytes: size?.bytes ?? null,
    write_p50_ms: writeMs(50), write_p95_ms: writeMs(95), write_p99_ms: writeMs(99),
  }));
} finally {
  await admin.end().catch(() => undefined);
  await store.close();
  await database.drop();
}
