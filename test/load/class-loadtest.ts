/**
 * Class load test: C classes of S students each (default 10 × 30) against one server process
 * started here (SQLite in a temporary file, the default limits). Each class sits behind its own
 * school address (TRUST_PROXY, X-Forwarded-For), as a school's students do behind one NAT, so the
 * per-address rate limits are the real ones. Per class: the teacher creates a split Classroom
 * Quick class and polls the grid every 3 s; students arrive over `--ramp-ms`, join, send the quiz
 * before, play their match over a socket (random legal moves after a human-like pause of 0.5–1.5 ×
 * `--think-ms`), and send the quiz after; the teacher releases one inject, then downloads the CSV
 * and JSON exports and deletes the class once every table is over.
 *
 * Prints one JSON line last: latencies (p50/p95/p99 ms) of every kind of request and of move
 * round trips, counts, errors by kind, the server's peak RSS, and whether the targets held
 * (TARGETS below).
 *
 *   NODE_ENV=production npx tsx test/load/class-loadtest.ts [--classes 10] [--students 30] [--think-ms 800] [--ramp-ms 20000]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import { quizForm } from '../../src/content/quiz';
import { createAlea } from '../../src/game';
import { type BotState, randomLegalMove } from './bot-moves';
import { cpuMs, rssMb } from './proc-stats';
import { spawnServerProcess } from './server-process';
import { percentileOfSorted } from '../support/stats';

const GAME = 'trust-and-leverage';
const { values } = parseArgs({
  options: {
    classes: { type: 'string', default: '10' },
    students: { type: 'string', default: '30' },
    'think-ms': { type: 'string', default: '800' },
    'ramp-ms': { type: 'string', default: '20000' },
    'update-timeout-ms': { type: 'string', default: '30000' },
    'grid-ms': { type: 'string', default: '3000' },
  },
});
const CLASSES = Number(values.classes);
const STUDENTS = Number(values.students);
const THINK_MS = Number(values['think-ms']);
const RAMP_MS = Number(values['ramp-ms']);
const UPDATE_TIMEOUT_MS = Number(values['update-timeout-ms']);
/** How often each teacher asks for the grid (the instructor room's 3 s); 0: never (to see what the grid costs). */
const GRID_MS = Number(values['grid-ms']);

/** The server's latency targets under this load (ms, p95): moves as in the README's load test, class requests for a teacher's patience. */
const TARGETS = { move_p95_ms: 100, move_p99_ms: 250, request_p95_ms: 500 } as const;

const pace = createAlea('class-loadtest-pace');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const think = (): Promise<void> => sleep(THINK_MS * (0.5 + pace()));

type Kind = 'create' | 'join' | 'quiz' | 'grid' | 'inject' | 'csv' | 'json' | 'delete';
const timings: Record<Kind | 'move', number[]> = { create: [], join: [], quiz: [], grid: [], inject: [], csv: [], json: [], delete: [], move: [] };
const errorKinds: Record<string, number> = {};
let staleMoves = 0;
const countError = (kind: string, detail: string): void => {
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  if ((errorKinds[kind] ?? 0) <= 3) console.error(`${kind}: ${detail}`);
};

async function request(base: string, kind: Kind, method: string, path: string, address: string, options: { key?: string; body?: object } = {}): Promise<unknown> {
  const headers: Record<string, string> = { 'x-forwarded-for': address };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.body) headers['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { method, headers, ...(options.body ? { body: JSON.stringify(options.body) } : {}) });
  const text = await response.text();
  timings[kind].push(performance.now() - started);
  if (!response.ok) throw new Error(`${kind} ${response.status} ${text.slice(0, 200)}`);
  return text.length > 0 && kind !== 'csv' ? JSON.parse(text) : text;
}

function randomSheet(form: 'A' | 'B', seed: string): Record<string, number> {
  const rng = createAlea(seed);
  return Object.fromEntries(quizForm(form).map((item) => [item.id, Math.floor(rng() * item.choices.length)]));
}

interface Seat { matchID: string; playerID: '0' | '1'; playerCredentials: string; quiz: { pre: 'A' | 'B'; post: 'A' | 'B' } }

/** One student: join, quiz, play the match to its end, quiz. Resolves whether the match ended. */
async function student(base: string, code: string, address: string, name: string): Promise<boolean> {
  const seat = (await request(base, 'join', 'POST', `/classes/${code}/join`, address, { body: { name } })) as Seat;
  const proof = { matchID: seat.matchID, playerID: seat.playerID, credentials: seat.playerCredentials };
  await request(base, 'quiz', 'POST', `/classes/${code}/quiz`, address, { body: { ...proof, phase: 'pre', answers: randomSheet(seat.quiz.pre, `${name}:pre`) } });
  // Connect timeout 60 s: on a shared 2-core machine the load generator itself can lag.
  const socket: Socket = io(`${base}/${GAME}`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000, extraHeaders: { 'x-forwarded-for': address } });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const ended = await play(socket, seat, name);
    await request(base, 'quiz', 'POST', `/classes/${code}/quiz`, address, { body: { ...proof, phase: 'post', answers: randomSheet(seat.quiz.post, `${name}:post`) } });
    return ended;
  } finally {
    socket.close();
  }
}

/** Plays the seat until the game ends: on its turn, a pause, a random legal move, the round trip timed. */
function play(socket: Socket, seat: Seat, name: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let latest: BotState | null = null;
    let sentAt: { stateID: number; at: number } | null = null;
    let busy = false;
    let moves = 0;
    // A partner whose connection failed leaves this seat waiting: give up after a while.
    let watchdog = setTimeout(() => reject(new Error(`${name}: no update`)), UPDATE_TIMEOUT_MS * 4);
    const onState = (state: BotState) => {
      if (latest && state._stateID <= latest._stateID) return;
      latest = state;
      clearTimeout(watchdog);
      watchdog = setTimeout(() => reject(new Error(`${name}: no update`)), UPDATE_TIMEOUT_MS * 4);
      if (sentAt && state._stateID > sentAt.stateID) {
        timings.move.push(performance.now() - sentAt.at);
        sentAt = null;
      }
      act(state);
    };
    const act = (state: BotState) => {
      if (state.ctx.gameover !== undefined) {
        clearTimeout(watchdog);
        return resolve(true);
      }
      if (state.ctx.currentPlayer === seat.playerID && !busy) void turn(state);
    };
    const turn = async (state: BotState) => {
      busy = true;
      await think();
      busy = false;
      // A newer state came while thinking (an inject, a stand-in's move): play on that one.
      if (latest !== state) return act(latest as unknown as BotState);
      const { move, args } = randomLegalMove(state.G, `${name}:${moves++}`);
      sentAt = { stateID: state._stateID, at: performance.now() };
      busy = true;
      socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: seat.playerID, credentials: seat.playerCredentials } }, state._stateID, seat.matchID, seat.playerID);
      busy = false;
    };
    socket.on('sync', (_id: string, info: { state: BotState }) => onState(info.state));
    socket.on('update', (_id: string, state: BotState) => onState(state));
    // A move sent just as the teacher's inject lands is refused as out of date (the inject is a
    // move too); the bot then plays on the new state, as a person does. Counted apart, not as an error.
    socket.on('refused', (r: { reason?: string }) => {
      if (/out of date/.test(String(r?.reason))) staleMoves += 1;
      else countError('refused', String(r?.reason));
    });
    socket.on('disconnect', (reason: string) => {
      if (reason !== 'io client disconnect') reject(new Error(`${name}: dropped (${reason})`));
    });
    socket.emit('sync', seat.matchID, seat.playerID, seat.playerCredentials, 2);
  });
}

/** One class: its teacher and its students; resolves with the tables it finished. */
async function runClass(base: string, index: number): Promise<{ tables: number; finished: number; students: number }> {
  const address = `10.0.${index}.1`;
  const made = (await request(base, 'create', 'POST', '/classes', address, { body: { title: `Load class ${index}`, scenario: 'classroom-quick', split: true } })) as { classCode: string; teacherKey: string };
  const { classCode: code, teacherKey: key } = made;
  let done = false;
  const poller = (async () => {
    while (!done && GRID_MS > 0) {
      await request(base, 'grid', 'GET', `/classes/${code}`, address, { key }).catch((e: unknown) => countError('grid', String(e)));
      await sleep(GRID_MS);
    }
  })();
  const injected = (async () => {
    await sleep(RAMP_MS + 10_000);
    await request(base, 'inject', 'POST', `/classes/${code}/inject`, address, { key, body: { card: 'financial-crisis' } }).catch((e: unknown) => countError('inject', String(e)));
  })();
  const results = await Promise.all(Array.from({ length: STUDENTS }, async (_, i) => {
    await sleep(pace() * RAMP_MS);
    return student(base, code, address, `S${index}-${i}`).catch((e: unknown) => {
      countError('student', String(e));
      return false;
    });
  }));
  await injected;
  done = true;
  await poller;
  const grid = (await request(base, 'grid', 'GET', `/classes/${code}`, address, { key })) as { tables: { status: string }[] };
  await request(base, 'csv', 'GET', `/classes/${code}/export.csv`, address, { key });
  await request(base, 'json', 'GET', `/classes/${code}/export.json`, address, { key });
  await request(base, 'delete', 'DELETE', `/classes/${code}`, address, { key });
  return { tables: grid.tables.length, finished: grid.tables.filter((t) => t.status === 'over').length, students: results.filter(Boolean).length };
}

const round = (x: number) => Math.round(x * 10) / 10;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50_ms: round(percentileOfSorted(s, 50)), p95_ms: round(percentileOfSorted(s, 95)), p99_ms: round(percentileOfSorted(s, 99)) };
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-class-load-'));
  const server = await spawnServerProcess({ SQLITE_FILE: join(dir, 'load.sqlite'), TRUST_PROXY: '1' });
  const started = performance.now();
  const cpuBefore = cpuMs(server.pid);
  let rss: number | null = null;
  try {
    const classes = await Promise.all(Array.from({ length: CLASSES }, (_, i) => runClass(server.url, i).catch((e: unknown) => {
      countError('class', String(e));
      return { tables: 0, finished: 0, students: 0 };
    })));
    rss = rssMb(server.pid);
    const cpuAfter = cpuMs(server.pid);
    const serverCpuS = cpuBefore === null || cpuAfter === null ? null : round((cpuAfter - cpuBefore) / 1000);
    const requests = [...timings.create, ...timings.join, ...timings.quiz, ...timings.grid, ...timings.inject, ...timings.csv, ...timings.json, ...timings.delete];
    const move = stats(timings.move);
    const all = stats(requests);
    const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
    console.log(JSON.stringify({
      classes: CLASSES, students_per_class: STUDENTS, think_ms: THINK_MS, ramp_ms: RAMP_MS, grid_ms: GRID_MS,
      tables: classes.reduce((a, c) => a + c.tables, 0), tables_finished: classes.reduce((a, c) => a + c.finished, 0),
      students_finished: classes.reduce((a, c) => a + c.students, 0),
      moves: move.n, move_p50_ms: move.p50_ms, move_p95_ms: move.p95_ms, move_p99_ms: move.p99_ms,
      requests: all, by_request: Object.fromEntries((['create', 'join', 'quiz', 'grid', 'inject', 'csv', 'json', 'delete'] as const).map((k) => [k, stats(timings[k])])),
      errors, error_kinds: errorKinds, stale_moves_after_inject: staleMoves, server_rss_mb: rss, server_cpu_s: serverCpuS,
      load_average_1m: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]), wall_s: round((performance.now() - started) / 1000),
      targets: TARGETS,
      within_targets: errors === 0 && move.p95_ms <= TARGETS.move_p95_ms && move.p99_ms <= TARGETS.move_p99_ms && all.p95_ms <= TARGETS.request_p95_ms,
    }));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
