/**
 * Server CPU per move (`npm run bench:server`), for comparing changes to the server's move path:
 * one server process (src/server/main.ts, as the load test starts it) and bots in this process
 * that move at once (no thinking), with seeded random legal moves, so every run plays the same
 * games. Only the moves are measured: warm-up matches are played first (the JIT settles), then
 * every measured match is created, joined and synced, and only then is the server's CPU time read
 * (/proc, user + system), before and after the measured matches are played to the end. The
 * server's CPU time barely depends on the machine's load, unlike latencies. Not a test.
 *
 *   npm run bench:server -- [--matches 40] [--warmup 10] [--concurrency 10] [--postgres URL]
 *
 * Prints one JSON line: {storage, matches, moves, server_cpu_ms_per_move, ...}; on PostgreSQL also
 * `postgres_cpu_ms_per_move`, the CPU time of every `postgres` process on this machine over the
 * measured moves (the database shares the cores: its cost is part of a move's latency there).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { determinize } from '../../src/ai/determinize';
import { createAlea, legalMoves, type PlayerView, SEATS, toBgioMove } from '../../src/game';
import { commandCpuMs, cpuMs } from '../load/proc-stats';
import { spawnServerProcess } from '../load/server-process';

const GAME = 'trust-and-leverage';
const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '10' },
    postgres: { type: 'string' },
  },
});
const MATCHES = Number(values.matches);
const WARMUP = Number(values.warmup);
const CONCURRENCY = Number(values.concurrency);

interface State { G: PlayerView; ctx: { currentPlayer: string; gameover?: unknown }; _stateID: number }

/** A match set up and synced, ready to play. */
interface Table {
  index: number;
  matchID: string;
  seats: { playerID: string; credentials: string }[];
  sockets: Socket[];
  states: (State | null)[];
  waiters: (((state: State) => void) | null)[];
}

async function post(url: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

function open(base: string): Promise<Socket> {
  const socket = io(`${base}/${GAME}`, { transports: ['websocket'], forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function setUp(base: string, index: number): Promise<Table> {
  const { matchID } = (await post(`${base}/games/${GAME}/create`, { options: { pace: { kind: 'live' } } })) as { matchID: string };
  const seats: Table['seats'] = [];
  for (const playerID of SEATS) {
    const joined = await post(`${base}/games/${GAME}/${matchID}/join`, { playerID, playerName: `bench ${index}.${playerID}` });
    seats.push({ playerID, credentials: String(joined.playerCredentials) });
  }
  const sockets = [await open(base), await open(base)];
  const table: Table = { index, matchID, seats, sockets, states: [null, null], waiters: [null, null] };
  sockets.forEach((socket, i) => {
    const receive = (state: State) => {
      table.states[i] = state;
      table.waiters[i]?.(state);
    };
    socket.on('sync', (_id: string, info: { state: State }) => receive(info.state));
    socket.on('update', (_id: string, state: State) => receive(state));
    socket.on('refused', (_event: string, reason: unknown) => console.error(`refused in ${matchID}: ${JSON.stringify(reason)}`));
    socket.emit('sync', matchID, seats[i]!.playerID, seats[i]!.credentials, 2);
  });
  await Promise.all([0, 1].map((i) => next(table, i, -1)));
  return table;
}

/** The seat's first state newer than `after`. */
function next(table: Table, i: number, after: number): Promise<State> {
  return new Promise((resolve, reject) => {
    const current = table.states[i];
    if (current && current._stateID > after) return resolve(current);
    const timer = setTimeout(() => reject(new Error(`match ${table.matchID}: no update after ${after}`)), 30_000);
    table.waiters[i] = (state) => {
      if (state._stateID <= after) return;
      clearTimeout(timer);
      table.waiters[i] = null;
      resolve(state);
    };
  });
}

/** Plays the match to its end with seeded random legal moves; returns the moves played. */
async function play(table: Table): Promise<number> {
  let state = table.states[0]!;
  let moves = 0;
  while (state.ctx.gameover === undefined) {
    const mover = Number(state.ctx.currentPlayer);
    const view = (await next(table, mover, state._stateID - 1)).G;
    const rng = createAlea(`bench:${table.index}:${moves}`);
    const options = legalMoves(determinize(view, rng), view.viewer!);
    const { move, args } = toBgioMove(options[Math.floor(rng() * options.length)]!);
    const seat = table.seats[mover]!;
    table.sockets[mover]!.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat.playerID, credentials: seat.credentials } },
      state._stateID, table.matchID, seat.playerID);
    state = await next(table, mover, state._stateID);
    await next(table, 1 - mover, state._stateID - 1);
    moves += 1;
  }
  for (const socket of table.sockets) socket.close();
  return moves;
}

/** Runs `task` over `items`, `limit` at a time. */
async function pooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let at = 0;
  await Promise.all(Array.from({ length: Math.max(1, limit) }, async () => {
    while (at < items.length) {
      const i = at++;
      results[i] = await task(items[i]!);
    }
  }));
  return results;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-bench-'));
  const env: Record<string, string> = values.postgres ? { DATABASE_URL: values.postgres } : { SQLITE_FILE: join(dir, 'bench.sqlite') };
  const server = await spawnServerProcess({ ...env, LOBBY_RATE_PER_MINUTE: '100000', SOCKET_RATE_PER_SECOND: '1000' });
  const serverCpuMs = (): number => cpuMs(server.pid) ?? 0;
  try {
    const indexes = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
    const warm = await pooled(indexes(0, WARMUP), CONCURRENCY, async (i) => play(await setUp(server.url, i)));
    const setupStart = serverCpuMs();
    const tables = await pooled(indexes(WARMUP, MATCHES), CONCURRENCY, (i) => setUp(server.url, i));
    const before = serverCpuMs();
    const databaseBefore = values.postgres ? commandCpuMs('postgres') : 0;
    const started = performance.now();
    const moves = (await pooled(tables, CONCURRENCY, play)).reduce((a, b) => a + b, 0);
    const after = serverCpuMs();
    const databaseMs = values.postgres ? commandCpuMs('postgres') - databaseBefore : null;
    console.log(JSON.stringify({
      storage: values.postgres ? 'postgres' : 'sqlite',
      matches: MATCHES,
      warmup_matches: WARMUP,
      warmup_moves: warm.reduce((a, b) => a + b, 0),
      concurrency: CONCURRENCY,
      moves,
      server_cpu_ms_per_move: Math.round(((after - before) / Math.max(1, moves)) * 1000) / 1000,
      postgres_cpu_ms_per_move: databaseMs === null ? null : Math.round((databaseMs / Math.max(1, moves)) * 1000) / 1000,
      server_cpu_ms_per_match_setup: Math.round(((before - setupStart) / Math.max(1, MATCHES)) * 100) / 100,
      duration_s: Math.round((performance.now() - started) / 100) / 10,
      load_average: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number),
    }));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
