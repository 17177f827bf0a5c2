/**
 * Load test: N concurrent bot matches over real sockets on loopback, against one server process
 * started here. Prints one JSON line last: {matches, finished, p50_ms, p95_ms, p99_ms, errors,
 * server_rss_mb, server_cpu_ms_per_move, server_main_thread_cpu_ms_per_move,
 * generator_cpu_ms_per_move, generator_loop_delay_p99_ms, ...}; latencies are move round trips
 * (emit → the mover's own update). Bots play uniformly random legal moves, found from their view
 * as the browser client finds them (cheap to pick, so the figures measure the server).
 *
 * Bots think like people before each move: a uniformly random pause of 0.5–1.5 × `--think-ms`
 * (default 2000 ms; a person choosing a card and a target takes longer). `--think-ms 0` floods
 * the server instead, which measures its throughput, not the latency a player feels. Matches
 * start spread evenly over `--ramp-ms` (default 30 s), as players arrive.
 *
 * A connection that fails, times out or drops, a Lobby request that fails and a move refused are
 * counted in `errors`, by kind in `error_kinds`; the run always ends with its JSON line.
 * `--kill-server-after-ms` SIGKILLs the (first) server that long into the run (to test exactly that).
 *
 * `--generators N` plays the bots from N processes (each every N-th match, on the same schedule)
 * instead of this one. People's browsers each have their own event loop; one generator process
 * handles every bot's updates in turn, and at a few thousand bots its own loop runs late, which the
 * latencies then include. The JSON's generator figures are then those of all its processes (CPU
 * summed, the loop delay the worst process's). `--generator-nice N` lowers the generator processes'
 * priority (niceness N, set after the servers start): on the same two cores, the server's event
 * loop then waits less often behind a burst of the bots' work, as it would with players elsewhere.
 *
 * `--processes N` starts the deployment instead (cluster.ts: N processes on PostgreSQL and Redis
 * behind nginx, the local ones unless `--postgres`/`--redis` name others) and plays through nginx.
 * On PostgreSQL the servers get a database of the run's own, so that its counters are theirs:
 * the JSON then has statements (transactions) and rows per move, and WAL bytes per move (of the
 * whole PostgreSQL cluster); with Redis, PUBLISH calls and bytes in per move (all of Redis's clients).
 * The CPU of the services on this machine's cores is reported per move too (every `postgres`,
 * `nginx` and `redis-server` process here, while the run uses it: `postgres_cpu_ms_per_move`...),
 * and `p95_by_window_ms` gives the p95 of the moves sent in each 30 s of the run, with, for the same
 * windows, `machine_busy_by_window` (the share of all this machine's cores that was busy, 0–1) and
 * `server_main_thread_busy_by_window` (the servers' event loops' CPU as a share of one core): a
 * window near 1 in either is a saturated machine or a saturated loop, where no latency target holds;
 * `server_main_thread_waiting_by_window` is how long those loops were ready to run but waited for a
 * core (a share of the window): the time other work on the same cores took from them.
 *
 * Every match runs on the server's clock (issue 15): `--pace live` (the default; `--turn-seconds N`,
 * `--bank-seconds N`, the server's defaults 60 and 180) or `daily` (`--turn-hours N`, default 24;
 * `--daily-hour-ms N` shortens the server's hour, as tests do). `--absent 0.1` makes seat 1's bot
 * leave after its first turn in a tenth of the matches, so the server's AI stands in for it at
 * each deadline; the JSON counts `stand_in_moves`. Waiting for a deadline is not an error: such a
 * wait may last the turn's allowance plus a whole bank (the first missed turn spends the bank),
 * and only a stand-in that has not come `--update-timeout-ms` after that is counted, as
 * `no_stand_in`. The JSON reports those waits (`clock_waits`, `clock_wait_p50_ms`,
 * `clock_wait_max_ms`, and the limit `clock_wait_limit_ms`); they are not move latencies.
 *
 *   npm run loadtest -- --matches 500 [--think-ms 2000] [--max-moves 200] [--postgres URL] [--redis URL]
 *     [--processes N] [--update-timeout-ms 30000] [--kill-server-after-ms N] [--pace live|daily]
 *     [--turn-seconds N] [--bank-seconds N] [--turn-hours N] [--daily-hour-ms N] [--absent FRACTION]
 *     [--stand-in easy|normal|hard] [--generators N] [--generator-nice N]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { createAlea, SEATS } from '../../src/game';
import { DAILY_DEFAULT, LIVE_DEFAULT, type Pace, startingBankMs, turnAllowanceMs } from '../../src/server/clock/pace';
import { type BotState, randomLegalMove } from './bot-moves';
import { LOCAL_POSTGRES, LOCAL_REDIS, startCluster } from './cluster';
import { busyByWindow, type CpuSample, commandCpuMs, cpuMs, machineCpu, mainThreadCpuMs, mainThreadWaitMs, rssMb } from './proc-stats';
import { type ServerProcess, spawnServerProcess } from './server-process';
import { loadDatabase, type PostgresCounters, postgresCounters, type RedisCounters, redisCounters } from './service-stats';
import { percentileOfSorted } from '../support/stats';

const GAME = 'trust-and-leverage';
const { values } = parseArgs({
  options: {
    matches: { type: 'string', default: '20' },
    'max-moves': { type: 'string', default: '100000' },
    'think-ms': { type: 'string', default: '2000' },
    'ramp-ms': { type: 'string' },
    postgres: { type: 'string' },
    redis: { type: 'string' },
    'update-timeout-ms': { type: 'string', default: '30000' },
    'kill-server-after-ms': { type: 'string' },
    processes: { type: 'string' },
    pace: { type: 'string', default: 'live' },
    'turn-seconds': { type: 'string' },
    'bank-seconds': { type: 'string' },
    'turn-hours': { type: 'string' },
    'daily-hour-ms': { type: 'string' },
    absent: { type: 'string', default: '0' },
    'stand-in': { type: 'string', default: 'normal' },
    generators: { type: 'string', default: '1' },
    'generator-nice': { type: 'string', default: '0' },
  },
});
/** The matches' pace (issue 15): `live` (the server's defaults unless `--turn-seconds`/`--bank-seconds`) or `daily`. */
const PACE: Pace = values.pace === 'daily'
  ? { kind: 'daily', turnHours: Number(values['turn-hours'] ?? DAILY_DEFAULT.turnHours) }
  : {
    kind: 'live',
    turnSeconds: Number(values['turn-seconds'] ?? LIVE_DEFAULT.turnSeconds),
    bankSeconds: Number(values['bank-seconds'] ?? LIVE_DEFAULT.bankSeconds),
  };
/** An hour of the Daily pace on the server under test (`DAILY_HOUR_MS`; the server's default is a real hour). */
const HOUR_MS = Number(values['daily-hour-ms'] ?? 3_600_000);
/** The level of the AI that stands in for an absent bot (`--stand-in easy|normal|hard`). */
const STAND_IN = values['stand-in'];
/** Share of matches in which seat 1's bot walks away after its first turn: the server's AI then stands in. */
const ABSENT = Number(values.absent);
/** Moves the server's AI played for absent bots (ai-note events marked standIn), and the matches with an absent bot. */
let standInMoves = 0;
let absentMatches = 0;
const PROCESSES = values.processes === undefined ? null : Number(values.processes);
/** How many processes play the bots (`--generators N`). */
const GENERATORS = Number(values.generators);
if (!Number.isInteger(GENERATORS) || GENERATORS < 1) throw new Error('--generators must be a whole number from 1');
/** The generator processes' niceness (`--generator-nice N`, 0–19): set once the servers run, so theirs stays as it was. */
const GENERATOR_NICE = Number(values['generator-nice']);
if (!Number.isInteger(GENERATOR_NICE) || GENERATOR_NICE < 0 || GENERATOR_NICE > 19) throw new Error('--generator-nice must be a whole number from 0 to 19');
const UPDATE_TIMEOUT_MS = Number(values['update-timeout-ms']);
/**
 * How long a bot may wait for the server's stand-in to play an absent seat's turn: the turn's
 * allowance plus a whole bank (the longest a deadline can be), and then the usual timeout.
 */
const CLOCK_WAIT_LIMIT_MS = turnAllowanceMs(PACE, HOUR_MS) + startingBankMs(PACE) + UPDATE_TIMEOUT_MS;
/** Each wait for the server's clock (ms): from the absent seat's turn coming up to the stand-in's move. */
const clockWaits: number[] = [];
const MATCHES = Number(values.matches);
const MAX_MOVES = Number(values['max-moves']);
const THINK_MS = Number(values['think-ms']);
const RAMP_MS = Number(values['ramp-ms'] ?? 30_000);
/** The load generator's own randomness (pauses), seeded so runs are comparable. */
const WORKER = parseWorker(process.env.TL_LOAD_WORKER);
const pace = createAlea(WORKER && WORKER.index > 0 ? `loadtest-pace:${WORKER.index}` : 'loadtest-pace');
const think = (): Promise<void> => (THINK_MS > 0 ? sleep(THINK_MS * (0.5 + pace())) : Promise.resolve());
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** One of `--generators N` processes: it plays every `count`-th match, from `index`. */
interface Share {
  index: number;
  count: number;
}

/** This process's share of the bots, when it is one of `--generators N` (`TL_LOAD_WORKER=index/count`). */
function parseWorker(text: string | undefined): Share | null {
  const found = /^(\d+)\/(\d+)$/.exec(text ?? '');
  return found ? { index: Number(found[1]), count: Number(found[2]) } : null;
}

/** Now, in ms since the epoch with performance.now()'s resolution: generator processes share this clock. */
const epochNow = (): number => performance.timeOrigin + performance.now();

const latencies: number[] = [];
/** When each move of `latencies` was sent (`epochNow`): for the p95 over time. */
const sentAt: number[] = [];

/** What went wrong, by kind (the JSON's `error_kinds`). */
type ErrorKind = 'lobby' | 'connect_timeout' | 'connect_error' | 'disconnected' | 'no_update' | 'no_stand_in' | 'refused' | 'generator' | 'other';
const errorKinds: Partial<Record<ErrorKind, number>> = {};
const countError = (kind: ErrorKind): void => void (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);

/** An error of a known kind, thrown inside a match and counted once where the match ends. */
class LoadError extends Error {
  constructor(readonly kind: ErrorKind, message: string) {
    super(message);
  }
}

async function post(url: string, body: object): Promise<Record<string, unknown>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(`${response.status} ${JSON.stringify(json)}`);
    return json;
  } catch (error) {
    throw new LoadError('lobby', `${url}: ${String(error)}`);
  }
}

/**
 * A bot's socket, connected. Settles in every case (a promise that never settles, with nothing
 * else pending, would let the run exit without its JSON line): connected, refused, dropped before
 * it connected (a server killed mid-handshake), or not connected within the update timeout.
 */
function open(base: string, matchID: string): Promise<Socket> {
  const socket = io(`${base}/${GAME}`, { transports: ['websocket'], forceNew: true, reconnection: false, query: { matchID } });
  return new Promise((resolve, reject) => {
    const fail = (error: LoadError) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    };
    const timer = setTimeout(() => fail(new LoadError('connect_timeout', `match ${matchID}: not connected within ${UPDATE_TIMEOUT_MS} ms`)), UPDATE_TIMEOUT_MS);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => fail(new LoadError(/timeout/i.test(error.message) ? 'connect_timeout' : 'connect_error', `match ${matchID}: ${error.message}`)));
    socket.io.once('close', (reason: string) => {
      if (!socket.connected) fail(new LoadError('connect_error', `match ${matchID}: closed before connecting (${reason})`));
    });
  });
}

/** Plays one match; resolves whether it finished, counting what went wrong (never rejects). */
async function playMatch(base: string, index: number): Promise<boolean> {
  await sleep((RAMP_MS * index) / Math.max(1, MATCHES));
  const sockets: Socket[] = [];
  try {
    return await playMatchOn(base, index, sockets);
  } catch (error) {
    countError(error instanceof LoadError ? error.kind : 'other');
    console.error(String(error instanceof Error ? error.message : error));
    return false;
  } finally {
    for (const socket of sockets) socket.close();
  }
}

async function playMatchOn(base: string, index: number, sockets: Socket[]): Promise<boolean> {
  const { matchID } = (await post(`${base}/games/${GAME}/create`, { options: { pace: PACE, standIn: STAND_IN } })) as { matchID: string };
  // Every 1/ABSENT-th match (spread evenly, so runs compare): seat 1's bot leaves after its first turn.
  const absent = ABSENT > 0 && Math.floor((index + 1) * ABSENT) > Math.floor(index * ABSENT);
  if (absent) absentMatches += 1;
  let seatOneMoves = 0;
  const seats = await Promise.all(SEATS.map(async (playerID) => {
    const joined = await post(`${base}/games/${GAME}/${matchID}/join`, { playerID, playerName: `bot ${index}.${playerID}` });
    return { playerID, credentials: String(joined.playerCredentials) };
  }));
  for (const socket of await Promise.allSettled(seats.map(() => open(base, matchID)))) {
    if (socket.status === 'rejected') throw socket.reason;
    sockets.push(socket.value);
  }
  const states: (BotState | null)[] = [null, null];
  const waiters: (((s: BotState) => void) | null)[] = [null, null];
  /** Set when a socket dropped: every wait fails at once instead of at its timeout. */
  let dropped: LoadError | null = null;
  const failers = new Set<(error: LoadError) => void>();
  sockets.forEach((socket, i) => {
    socket.on('disconnect', (reason: string) => {
      if (reason === 'io client disconnect') return;
      dropped = new LoadError('disconnected', `match ${matchID}: seat ${i} dropped (${reason})`);
      for (const fail of failers) fail(dropped);
    });
    const receive = (state: BotState) => {
      states[i] = state;
      waiters[i]?.(state);
    };
    socket.on('sync', (_id: string, info: { state: BotState }) => receive(info.state));
    socket.on('update', (_id: string, state: BotState) => receive(state));
    socket.on('refused', () => countError('refused'));
    if (i === 0) socket.on('ai-note', (_id: string, note: { standIn?: boolean }) => void (note?.standIn === true && (standInMoves += 1)));
    socket.emit('sync', matchID, seats[i]!.playerID, seats[i]!.credentials, 2);
  });
  const next = (i: number, after: number, wait: { ms: number; kind: ErrorKind } = { ms: UPDATE_TIMEOUT_MS, kind: 'no_update' }) => new Promise<BotState>((resolve, reject) => {
    const current = states[i];
    if (current && current._stateID > after) return resolve(current);
    if (dropped) return reject(dropped);
    const fail = (error: LoadError) => {
      clearTimeout(timer);
      failers.delete(fail);
      reject(error);
    };
    const timer = setTimeout(() => fail(new LoadError(wait.kind, `match ${matchID}: ${wait.kind === 'no_update' ? 'no update' : 'no stand-in move'} within ${wait.ms} ms`)), wait.ms);
    failers.add(fail);
    waiters[i] = (s) => {
      if (s._stateID <= after) return;
      clearTimeout(timer);
      failers.delete(fail);
      waiters[i] = null;
      resolve(s);
    };
  });
  {
    let state = await next(0, -1);
    await next(1, -1);
    for (let moves = 0; state.ctx.gameover === undefined && moves < MAX_MOVES; moves += 1) {
      const mover = Number(state.ctx.currentPlayer);
      if (absent && mover === 1 && seatOneMoves > 0) {
        // Nobody plays seat 1: wait for the server's stand-in to play its turn (up to its deadline).
        const waited = performance.now();
        state = await next(0, state._stateID, { ms: CLOCK_WAIT_LIMIT_MS, kind: 'no_stand_in' });
        clockWaits.push(performance.now() - waited);
        await next(1, state._stateID - 1);
        continue;
      }
      if (mover === 1) seatOneMoves += 1;
      const view = (await next(mover, state._stateID - 1)).G;
      const { move, args } = randomLegalMove(view, `${index}:${moves}`);
      await think();
      const started = performance.now();
      const seat = seats[mover]!;
      sockets[mover]!.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat.playerID, credentials: seat.credentials } },
        state._stateID, matchID, seat.playerID);
      state = await next(mover, state._stateID);
      latencies.push(performance.now() - started);
      sentAt.push(performance.timeOrigin + started);
      await next(1 - mover, state._stateID - 1);
    }
    return state.ctx.gameover !== undefined;
  }
}


/** How long each `p95_by_window_ms` window lasts. */
const WINDOW_MS = 30_000;

/**
 * The p95 of the moves sent in each 30 s window from `began` (`epochNow`; the last one may be short): the
 * arrivals (the ramp, each match's setup) and the steady play after them load the server differently.
 */
function p95ByWindow(played: Pick<GeneratorShare, 'latencies' | 'sentAt'>, began: number): number[] {
  const windows: number[][] = [];
  played.latencies.forEach((ms, i) => (windows[Math.floor(Math.max(0, (played.sentAt[i] ?? began) - began) / WINDOW_MS)] ??= []).push(ms));
  return Array.from(windows, (window) => Math.round(percentileOfSorted([...(window ?? [])].sort((a, b) => a - b), 95) * 10) / 10);
}

/** The servers under load and how to reach and stop them: one process, or the cluster behind nginx. */
interface Target {
  url: string;
  servers: ServerProcess[];
  stop(): Promise<void>;
}

async function startTarget(env: Record<string, string>): Promise<Target> {
  const limits = {
    LOBBY_RATE_PER_MINUTE: String(Math.max(120, MATCHES * 10)), SOCKET_RATE_PER_SECOND: '100',
    ...(values['daily-hour-ms'] === undefined ? {} : { DAILY_HOUR_MS: String(HOUR_MS) }),
  };
  if (PROCESSES === null) {
    const server = await spawnServerProcess({ ...env, ...limits });
    return { url: server.url, servers: [server], stop: () => server.stop() };
  }
  if (!Number.isInteger(PROCESSES) || PROCESSES < 1) throw new Error('--processes must be a whole number from 1');
  const cluster = await startCluster({ processes: PROCESSES, postgres: env.DATABASE_URL ?? LOCAL_POSTGRES, redis: env.REDIS_URL ?? LOCAL_REDIS, env: limits });
  return cluster;
}

const sumOrNull = (values: (number | null)[]): number | null => (values.includes(null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0));
const perMove = (after: number, before: number, moves: number) => Math.round(((after - before) / Math.max(1, moves)) * 100) / 100;

/** What the bots of one generator process measured (sentAt in `epochNow` ms). */
interface GeneratorShare {
  finished: number;
  latencies: number[];
  sentAt: number[];
  errorKinds: Partial<Record<ErrorKind, number>>;
  clockWaits: number[];
  absentMatches: number;
  standInMoves: number;
  cpuMs: number;
  loopDelayP99Ms: number;
}

/** The matches a generator process plays: every `count`-th, from `index`. */
const matchesOf = (share: Share): number[] =>
  Array.from({ length: MATCHES }, (_, i) => i).filter((i) => i % share.count === share.index);

/** Plays this process's matches from `startAt` (epoch ms) and reports what it measured. */
async function playShare(url: string, share: Share, startAt: number): Promise<GeneratorShare> {
  await sleep(Math.max(0, startAt - Date.now()));
  const cpu = process.cpuUsage();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const results = await Promise.all(matchesOf(share).map((i) => playMatch(url, i)));
  loopDelay.disable();
  const used = process.cpuUsage(cpu);
  return {
    finished: results.filter(Boolean).length, latencies, sentAt, errorKinds, clockWaits, absentMatches, standInMoves,
    cpuMs: (used.user + used.system) / 1000, loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}

/**
 * Runs one of `--generators N` (this script, with TL_LOAD_WORKER) and reads its share from its last
 * line. A process that fails counts its matches as errors of kind `generator` (the run still reports).
 */
function runGenerator(url: string, share: Share, startAt: number): Promise<GeneratorShare> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    env: { ...process.env, TL_LOAD_WORKER: `${share.index}/${share.count}`, TL_LOAD_URL: url, TL_LOAD_START: String(startAt) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      try {
        if (code !== 0) throw new Error(`exited with ${code}`);
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as GeneratorShare);
      } catch (error) {
        console.error(`generator ${share.index}: ${String(error)}`);
        const lost = matchesOf(share).length;
        resolve({ finished: 0, latencies: [], sentAt: [], errorKinds: { generator: lost }, clockWaits: [], absentMatches: 0, standInMoves: 0, cpuMs: 0, loopDelayP99Ms: 0 });
      }
    });
  });
}

/** The shares of several generator processes as one (CPU summed, the worst loop delay). */
function mergeShares(shares: readonly GeneratorShare[]): GeneratorShare {
  const kinds: Partial<Record<ErrorKind, number>> = {};
  for (const share of shares) {
    for (const [kind, n] of Object.entries(share.errorKinds) as [ErrorKind, number][]) kinds[kind] = (kinds[kind] ?? 0) + n;
  }
  const sum = (pick: (share: GeneratorShare) => number) => shares.reduce((total, share) => total + pick(share), 0);
  return {
    finished: sum((share) => share.finished), latencies: shares.flatMap((share) => share.latencies), sentAt: shares.flatMap((share) => share.sentAt),
    errorKinds: kinds, clockWaits: shares.flatMap((share) => share.clockWaits), absentMatches: sum((share) => share.absentMatches),
    standInMoves: sum((share) => share.standInMoves), cpuMs: sum((share) => share.cpuMs), loopDelayP99Ms: Math.max(0, ...shares.map((share) => share.loopDelayP99Ms)),
  };
}

/** A generator process of `--generators N`: plays its share against the server the first process started. */
async function generatorMain(share: Share): Promise<void> {
  if (GENERATOR_NICE > 0) setPriority(GENERATOR_NICE);
  const played = await playShare(process.env.TL_LOAD_URL ?? '', share, Number(process.env.TL_LOAD_START ?? 0));
  process.stdout.write(`${JSON.stringify(played)}\n`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-load-'));
  const postgres = values.postgres ?? (PROCESSES === null ? undefined : LOCAL_POSTGRES);
  const redis = values.redis ?? (PROCESSES === null ? undefined : LOCAL_REDIS);
  const database = postgres ? await loadDatabase(postgres) : null;
  const env: Record<string, string> = database ? { DATABASE_URL: database.url } : { SQLITE_FILE: join(dir, 'load.sqlite') };
  if (redis) env.REDIS_URL = redis;
  const target = await startTarget(env);
  if (GENERATOR_NICE > 0) setPriority(GENERATOR_NICE);
  const pids = target.servers.map((s) => s.pid);
  try {
    // With several generator processes, they start (and load) first; the run begins when they all play.
    const startAt = Date.now() + (GENERATORS > 1 ? 5_000 : 0);
    const shares = GENERATORS > 1 ? Array.from({ length: GENERATORS }, (_, index) => runGenerator(target.url, { index, count: GENERATORS }, startAt)) : [];
    await sleep(Math.max(0, startAt - Date.now()));
    const began = epochNow();
    const rssStart = sumOrNull(pids.map(rssMb));
    const cpuBefore = sumOrNull(pids.map(cpuMs)) ?? 0;
    const mainBefore = sumOrNull(pids.map(mainThreadCpuMs)) ?? 0;
    // The load generator shares the machine: its own CPU and how late its event loop runs tell
    // whether a latency is the server's or the generator's (a late loop delays every timestamp).
    const ownCpuBefore = process.cpuUsage();
    // The services on the same cores (counted only when the run uses them).
    const services = [postgres && 'postgres', PROCESSES !== null && 'nginx', redis && 'redis-server'].filter((name): name is string => Boolean(name));
    const servicesBefore = new Map(services.map((name) => [name, commandCpuMs(name)]));
    const pgBefore: PostgresCounters | null = database && postgres ? await postgresCounters(postgres, database.name) : null;
    const redisBefore: RedisCounters | null = redis ? await redisCounters(redis) : null;
    // The machine's and the main threads' CPU at each window's end (the windows of p95_by_window_ms).
    const cpuSamples: CpuSample[] = [];
    const sampleCpu = () => cpuSamples.push({
      at: performance.now(), machine: machineCpu(), mainThreadMs: sumOrNull(pids.map(mainThreadCpuMs)), mainThreadWaitMs: sumOrNull(pids.map(mainThreadWaitMs)),
    });
    sampleCpu();
    const sampler = setInterval(sampleCpu, WINDOW_MS);
    const kill = values['kill-server-after-ms'];
    const killer = kill === undefined ? null : setTimeout(() => process.kill(pids[0]!, 'SIGKILL'), Number(kill));
    const played = GENERATORS > 1 ? mergeShares(await Promise.all(shares)) : await playShare(target.url, { index: 0, count: 1 }, startAt);
    if (killer) clearTimeout(killer);
    clearInterval(sampler);
    sampleCpu();
    const busy = busyByWindow(cpuSamples);
    const cpuAfter = sumOrNull(pids.map(cpuMs));
    const mainAfter = sumOrNull(pids.map(mainThreadCpuMs));
    const ownCpu = process.cpuUsage(ownCpuBefore);
    // With generator processes, this one only waited for them; its CPU counts with theirs.
    const generatorCpuMs = GENERATORS > 1 ? played.cpuMs + (ownCpu.user + ownCpu.system) / 1000 : played.cpuMs;
    const moves = played.latencies.length;
    const serviceCpu = (name: string): number | null => {
      const before = servicesBefore.get(name);
      return before === undefined ? null : perMove(commandCpuMs(name), before, moves);
    };
    const pgAfter = pgBefore && database && postgres ? await postgresCounters(postgres, database.name) : null;
    const redisAfter = redisBefore && redis ? await redisCounters(redis) : null;
    const errors = Object.values(played.errorKinds).reduce((sum, n) => sum + n, 0);
    const sorted = [...played.latencies].sort((a, b) => a - b);
    const sortedWaits = [...played.clockWaits].sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 10) / 10;
    const summary = {
      matches: MATCHES, finished: played.finished, moves,
      p50_ms: round(percentileOfSorted(sorted, 50)), p95_ms: round(percentileOfSorted(sorted, 95)), p99_ms: round(percentileOfSorted(sorted, 99)),
      p95_by_window_ms: p95ByWindow(played, began), window_ms: WINDOW_MS,
      machine_busy_by_window: busy.machine, server_main_thread_busy_by_window: busy.mainThread,
      server_main_thread_waiting_by_window: busy.mainThreadWaiting, machine_cores: cpuSamples[0]?.machine.cores ?? null,
      // Peak resident memory (summed over the processes), and at the start (before any match).
      errors, error_kinds: played.errorKinds, server_rss_mb: sumOrNull(pids.map(rssMb)), server_rss_start_mb: rssStart,
      storage: postgres ? 'postgres' : 'sqlite', processes: PROCESSES ?? 1, via: PROCESSES === null ? 'direct' : 'nginx',
      // null when a server is gone by the end (killed, or crashed): its figures cannot be read.
      server_cpu_ms_per_move: cpuAfter === null ? null : perMove(cpuAfter, cpuBefore, moves),
      // Of it, the main threads' (the event loops, which saturate first; the rest is GC, SQLite's writer and checkpoints).
      server_main_thread_cpu_ms_per_move: mainAfter === null ? null : perMove(mainAfter, mainBefore, moves),
      generators: GENERATORS, generator_nice: GENERATOR_NICE,
      generator_cpu_ms_per_move: perMove(generatorCpuMs, 0, moves),
      generator_loop_delay_p99_ms: round(played.loopDelayP99Ms),
      // Every process of the service on this machine (all of PostgreSQL's, all of nginx's), per move; null if unused.
      postgres_cpu_ms_per_move: serviceCpu('postgres'), nginx_cpu_ms_per_move: serviceCpu('nginx'), redis_cpu_ms_per_move: serviceCpu('redis-server'),
      pg_statements_per_move: pgBefore && pgAfter ? perMove(pgAfter.xacts, pgBefore.xacts, moves) : null,
      pg_rows_written_per_move: pgBefore && pgAfter ? perMove(pgAfter.rows, pgBefore.rows, moves) : null,
      pg_wal_bytes_per_move: pgBefore && pgAfter ? Math.round(perMove(pgAfter.walBytes, pgBefore.walBytes, moves)) : null,
      redis_publishes_per_move: redisBefore && redisAfter ? perMove(redisAfter.publishes, redisBefore.publishes, moves) : null,
      redis_bytes_in_per_move: redisBefore && redisAfter ? Math.round(perMove(redisAfter.bytesIn, redisBefore.bytesIn, moves)) : null,
      think_ms: THINK_MS, ramp_ms: RAMP_MS, duration_s: round((epochNow() - began) / 1000),
      pace: PACE, stand_in: STAND_IN, absent_matches: played.absentMatches, stand_in_moves: played.standInMoves,
      // Waits for the server's clock (an absent seat's deadline): expected, not errors, and not latencies.
      clock_waits: played.clockWaits.length, clock_wait_p50_ms: round(percentileOfSorted(sortedWaits, 50)), clock_wait_max_ms: round(sortedWaits.at(-1) ?? 0),
      clock_wait_limit_ms: CLOCK_WAIT_LIMIT_MS,
    };
    console.log(JSON.stringify(summary));
  } finally {
    await target.stop();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (WORKER) void generatorMain(WORKER);
else void main();
