/**
 * A class's pace (issue 15: "class matches take their pace from the class"): `POST /classes`
 * takes the same paces as an online match, every table of the class is created with it, and the
 * server's clock (an injected time source: no real waiting) gives a Daily class's tables Daily
 * deadlines and a Live class's Live ones, its stand-in playing when they pass. Classes stored
 * before paces get Live from a migration, on SQLite and PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { CLASSES_MIGRATIONS_TABLE, CLASSES_TABLE, classMigrations } from '../../../src/server/classes/class-schema';
import { openClassStore } from '../../../src/server/classes/class-store';
import { LIVE_DEFAULT } from '../../../src/server/clock/pace';
import { type ServerConfig, testConfig } from '../../../src/server/config';
import { createGameServer, type GameServer } from '../../../src/server/create-server';
import { FakeTime } from '../fake-time';
import { GAME, lobby } from '../helpers';
import { describeWithServices, scratchSchema } from '../services';
import { api, grid, joinClass, makeClass } from './class-helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(time: FakeTime, overrides: Partial<ServerConfig> = {}): Promise<GameServer> {
  const server = await createGameServer(testConfig({ socketRatePerSecond: 10_000, aiPaceMs: 0, clockSweepMs: 3_600_000, ...overrides }), { log: () => {}, time });
  cleanups.push(() => server.close());
  return server;
}

interface ShownClock { seat: string; deadline: number; startedAt: number; misses: Record<string, number> }
const clockOf = async (server: GameServer, matchID: string) => (await lobby(server, `/games/${GAME}/${matchID}`)).json.clock as ShownClock | null;

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

/** A class of two students at `pace` (absent: the default); returns its one table's match and clock. */
async function classTable(server: GameServer, time: FakeTime, pace?: object) {
  const made = await makeClass(server, pace === undefined ? {} : { pace });
  const ana = await joinClass(server, made.code, 'Ana');
  const ben = await joinClass(server, made.code, 'Ben');
  expect(ben.matchID).toBe(ana.matchID);
  const clock = await eventually(() => clockOf(server, ana.matchID), (c) => c !== null, 'the table\'s clock');
  expect(clock!.startedAt).toBe(time.now());
  const shown = (await lobby(server, `/games/${GAME}/${ana.matchID}`)).json as { online: Record<string, unknown> };
  return { made, matchID: ana.matchID, clock: clock!, online: shown.online };
}

describe('a class\'s pace', () => {
  it('a Daily class\'s table has Daily deadlines: the stand-in plays when the hours per turn have passed, not before', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time, { dailyHourMs: 1000 });
    const { made, matchID, clock, online } = await classTable(server, time, { kind: 'daily', turnHours: 2 });
    expect(online).toEqual({ pace: { kind: 'daily', turnHours: 2 }, standIn: 'normal', abandonment: false, chat: 'none' });
    expect(clock.deadline).toBe(time.now() + 2 * 1000);
    time.advance(1999);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await clockOf(server, matchID))?.misses).toEqual({});
    time.advance(1);
    // The stand-in played the turn: the other seat is on the clock, with a Daily deadline of its own.
    const after = await eventually(() => clockOf(server, matchID), (c) => c?.misses[clock.seat] === 1 && c.seat !== clock.seat, 'the stand-in at the Daily deadline');
    expect(after?.deadline).toBe(time.now() + 2 * 1000);
    // The teacher sees the pace with the class's options.
    expect((await grid(server, made)).options.pace).toEqual({ kind: 'daily', turnHours: 2 });
  });

  it('a Live class\'s table has Live deadlines (the turn plus the bank); a class without a pace is Live with its defaults', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time, { dailyHourMs: 1000 });
    const live = await classTable(server, time, { kind: 'live', turnSeconds: 30, bankSeconds: 15 });
    expect(live.online.pace).toEqual({ kind: 'live', turnSeconds: 30, bankSeconds: 15 });
    expect(live.clock.deadline).toBe(time.now() + 45_000);
    const plain = await classTable(server, time);
    expect(plain.online.pace).toEqual(LIVE_DEFAULT);
    expect(plain.clock.deadline).toBe(time.now() + (LIVE_DEFAULT.turnSeconds + LIVE_DEFAULT.bankSeconds) * 1000);
    expect((await grid(server, plain.made)).options.pace).toEqual(LIVE_DEFAULT);
    time.advance(44_999);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await clockOf(server, live.matchID))?.misses).toEqual({});
    time.advance(1);
    await eventually(() => clockOf(server, live.matchID), (c) => c?.misses[live.clock.seat] === 1, 'the stand-in at the Live deadline');
    // The default class's deadline (4 minutes) has not come yet.
    expect((await clockOf(server, plain.matchID))?.misses).toEqual({});
  });

  it('refuses a bad pace with the reason, and creates nothing', async () => {
    const time = new FakeTime();
    const server = await start(time);
    for (const pace of [{ kind: 'daily', turnHours: 0 }, { kind: 'weekly' }, 'daily', { kind: 'live', turnSeconds: 5 }, { kind: 'live', extra: 1 }]) {
      const reply = await api(server, 'POST', '/classes', { body: { title: 'P', pace } });
      expect(reply.status, JSON.stringify(pace)).toBe(400);
      expect(String(reply.json.error)).toMatch(/pace/);
    }
  });
});

/** An old database: the first two migration steps only, and a class stored without a pace. */
const OLD_OPTIONS = { scenario: 'classroom-quick', decisionRule: 'unanimity', dependency: 3, pairing: 'students', aiLevel: 'normal', split: false };
const oldRecord = (code: string) => JSON.stringify({ code, title: 'Old', options: OLD_OPTIONS, createdAt: 0, expiresAt: 1e15, tables: [], students: [], quiz: {}, injects: [] });

describe('migration (SQLite)', () => {
  it('gives a class stored before paces the Live pace, keeping the rest of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-class-pace-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'matches.sqlite');
    const db = new Database(file);
    db.exec(`CREATE TABLE ${CLASSES_MIGRATIONS_TABLE} (step INTEGER PRIMARY KEY)`);
    classMigrations('sqlite').slice(0, 2).forEach((sql, step) => {
      db.exec(sql);
      db.prepare(`INSERT INTO ${CLASSES_MIGRATIONS_TABLE} (step) VALUES (?)`).run(step);
    });
    db.prepare(`INSERT INTO ${CLASSES_TABLE} (code, key_hash, data, version, expires_at) VALUES (?, ?, ?, 1, ?)`).run('OLD222', 'h', oldRecord('OLD222'), 1e15);
    db.close();
    const store = await openClassStore({ kind: 'sqlite', file });
    cleanups.push(() => store.close());
    const row = await store.get('OLD222', 0);
    expect(row?.record.options).toEqual({ ...OLD_OPTIONS, pace: LIVE_DEFAULT });
    expect(row?.record.title).toBe('Old');
    expect(row?.keyHash).toBe('h');
  });
});

describeWithServices('migration (PostgreSQL)', ['postgres'], () => {
  it('gives a class stored before paces the Live pace, keeping the rest of it', async () => {
    const { schema, admin, url, drop } = await scratchSchema('tl_class_pace');
    cleanups.push(drop);
    await admin.query(`SET search_path TO ${schema}`);
    await admin.query(`CREATE TABLE ${CLASSES_MIGRATIONS_TABLE} (step INTEGER PRIMARY KEY)`);
    for (const [step, sql] of classMigrations('postgres').slice(0, 2).entries()) {
      await admin.query(sql);
      await admin.query(`INSERT INTO ${CLASSES_MIGRATIONS_TABLE} (step) VALUES ($1)`, [step]);
    }
    await admin.query(`INSERT INTO ${CLASSES_TABLE} (code, key_hash, data, version, expires_at) VALUES ($1, 'h', $2, 1, $3)`, ['OLD333', oldRecord('OLD333'), 1e15]);
    const store = await openClassStore({ kind: 'postgres', url });
    cleanups.push(() => store.close());
    const row = await store.get('OLD333', 0);
    expect(row?.record.options).toEqual({ ...OLD_OPTIONS, pace: LIVE_DEFAULT });
    expect(row?.record.title).toBe('Old');
  });
});
