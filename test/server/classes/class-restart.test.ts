/**
 * Classes live in the match storage's database: a class, its tables, students and quiz answers
 * survive a server restart (SQLite file; PostgreSQL when it is reachable), and a class expires
 * after its time (its matches with it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TrustAndLeverage } from '../../../src/game';
import { LIVE_DEFAULT } from '../../../src/server/clock/pace';
import { ClassService } from '../../../src/server/classes/class-service';
import { SqliteClassStore } from '../../../src/server/classes/class-store-sqlite';
import type { StorageConfig } from '../../../src/server/config';
import { SqliteStorage } from '../../../src/server/storage-sqlite';
import { startServer } from '../helpers';
import { describeWithServices, scratchSchema } from '../services';
import { api, grid, joinClass, makeClass, sitting } from './class-helpers';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function restartKeepsTheClass(storage: StorageConfig): Promise<void> {
  let server = await startServer({ storage });
  const made = await makeClass(server, { split: true });
  const a = await joinClass(server, made.code, 'Ana');
  await joinClass(server, made.code, 'Ben');
  await joinClass(server, made.code, 'Cy');
  expect((await api(server, 'POST', `/classes/${made.code}/quiz`, { body: { matchID: a.matchID, playerID: a.playerID, credentials: a.playerCredentials, phase: 'pre', answers: sitting(a.quiz.pre, true) } })).status).toBe(200);
  const before = await grid(server, made);
  await server.close();

  server = await startServer({ storage });
  const after = await grid(server, made);
  expect(after.tables.map((t) => [t.matchID, t.decisionRule, t.status, t.round])).toEqual(before.tables.map((t) => [t.matchID, t.decisionRule, t.status, t.round]));
  expect(after.students).toEqual(before.students);
  expect(after.quiz.preCount).toBe(1);
  // The class goes on: the next student fills the waiting table, the teacher key still opens it.
  const d = await joinClass(server, made.code, 'Dee');
  expect(d.matchID).toBe(after.tables[1]?.matchID);
  expect((await api(server, 'GET', `/classes/${made.code}`, { key: 'not-the-key' })).status).toBe(403);
  expect((await api(server, 'POST', `/classes/${made.code}/quiz`, { body: { matchID: a.matchID, playerID: a.playerID, credentials: a.playerCredentials, phase: 'post', answers: sitting(a.quiz.post, true) } })).status).toBe(200);
  await server.close();
}

describe('restart', () => {
  it('SQLite: a class survives a restart of the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-class-restart-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await restartKeepsTheClass({ kind: 'sqlite', file: join(dir, 'matches.sqlite') });
  });
});

describeWithServices('restart (PostgreSQL)', ['postgres'], () => {
  it('PostgreSQL: a class survives a restart of the server', async () => {
    const { url, drop } = await scratchSchema('tl_class');
    cleanups.push(drop);
    await restartKeepsTheClass({ kind: 'postgres', url });
  });
});

describe('expiry', () => {
  it('a class expires after its time: unknown to everyone, its matches wiped by the sweep', async () => {
    const db = new SqliteStorage(':memory:');
    const classes = new SqliteClassStore(':memory:');
    cleanups.push(async () => {
      await classes.close();
      await db.close();
    });
    let now = 1_000_000;
    const service = new ClassService({
      db, classes, game: TrustAndLeverage, exclusive: (_id, task) => task(), serverMove: async () => false, onSeatsChanged: () => {}, ttlMs: 1000, now: () => now,
    });
    const { classCode, teacherKey } = await service.create('Short', { scenario: 'competing-visions', decisionRule: 'unanimity', dependency: 3, pairing: 'students', aiLevel: 'normal', split: false, pace: LIVE_DEFAULT });
    const seat = await service.join(classCode, 'Ana');
    expect((await service.grid(classCode, teacherKey)).students).toHaveLength(1);
    now += 999;
    expect(await service.sweepExpired()).toBe(0);
    now += 1;
    await expect(service.grid(classCode, teacherKey)).rejects.toMatchObject({ status: 404 });
    await expect(service.join(classCode, 'Ben')).rejects.toMatchObject({ status: 404 });
    expect((db.fetch(seat.matchID, { metadata: true })).metadata).toBeDefined();
    expect(await service.sweepExpired()).toBe(1);
    expect((db.fetch(seat.matchID, { metadata: true })).metadata).toBeUndefined();
  });
});
