/**
 * Class joins across processes (issue 12): two ClassService instances, each with the match
 * storage and the class store of its own (as two server processes would have them) on one
 * PostgreSQL database, take 40 joins at once. Every student gets a seat of their own, no table
 * holds more than two students, the class's record and the matches' seats agree, and no seat is
 * taken for the AI by mistake. The same on one SQLite file with one service (SQLite is one
 * process by design).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TrustAndLeverage } from '../../../src/game';
import { ClassService } from '../../../src/server/classes/class-service';
import { openClassStore } from '../../../src/server/classes/class-store';
import { LIVE_DEFAULT } from '../../../src/server/clock/pace';
import type { StorageConfig } from '../../../src/server/config';
import { openStorage } from '../../../src/server/storage';
import type { Storage } from '../../../src/server/storage-api';
import { describeWithServices, scratchSchema } from '../services';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const STUDENTS = 40;

/** One "process": its own match storage and class store on the shared database. */
async function processOn(config: StorageConfig): Promise<{ service: ClassService; db: Storage }> {
  const db = await openStorage(config);
  const classes = await openClassStore(config);
  cleanups.push(async () => {
    await classes.close();
    await db.close();
  });
  const service = new ClassService({
    db, classes, game: TrustAndLeverage, exclusive: (_id, task) => task(), serverMove: async () => false, onSeatsChanged: () => {}, ttlMs: 86_400_000,
  });
  return { service, db };
}

async function race(services: readonly { service: ClassService; db: Storage }[]): Promise<void> {
  const [first] = services;
  const { classCode, teacherKey } = await first!.service.create('Race', {
    scenario: 'classroom-quick', decisionRule: 'unanimity', dependency: 3, pairing: 'students', aiLevel: 'normal', split: false, pace: LIVE_DEFAULT,
  });
  const names = Array.from({ length: STUDENTS }, (_, i) => `Student ${i + 1}`);
  const seats = await Promise.all(names.map((name, i) => services[i % services.length]!.service.join(classCode, name).then((seat) => ({ name, ...seat }))));

  // Every student a seat of their own.
  const keys = seats.map((s) => `${s.matchID}/${s.playerID}`);
  expect(new Set(keys).size).toBe(STUDENTS);
  // Tables filled two by two: 20 tables, none holding more than two students.
  const byTable = new Map<string, number>();
  for (const s of seats) byTable.set(s.matchID, (byTable.get(s.matchID) ?? 0) + 1);
  expect([...byTable.values()].every((n) => n <= 2)).toBe(true);
  expect(byTable.size).toBe(STUDENTS / 2);

  // The class's record agrees with the answers, and with every match's seats.
  const record = await first!.service.teacherView(classCode, teacherKey);
  expect(record.students).toHaveLength(STUDENTS);
  expect(record.tables).toHaveLength(STUDENTS / 2);
  for (const table of record.tables) {
    expect(table.seats.every((s) => s.kind === 'student')).toBe(true);
    const { metadata } = await first!.db.fetch(table.matchID, { metadata: true });
    table.seats.forEach((holder, i) => {
      const student = record.students.find((s) => holder.kind === 'student' && s.id === holder.student);
      expect(student?.matchID).toBe(table.matchID);
      expect(student?.playerID).toBe(String(i));
      expect(metadata?.players[i]?.name).toBe(student?.name);
    });
  }
  for (const seat of seats) {
    const { metadata } = await first!.db.fetch(seat.matchID, { metadata: true });
    expect(metadata?.players[Number(seat.playerID)]?.credentials).toBe(seat.playerCredentials);
  }
}

describeWithServices('class joins across two processes (PostgreSQL)', ['postgres'], () => {
  it(`${STUDENTS} students joining at once through two services get ${STUDENTS} distinct seats, two to a table`, { timeout: 120_000 }, async () => {
    const { url, drop } = await scratchSchema('tl_class_race');
    cleanups.push(drop);
    const config: StorageConfig = { kind: 'postgres', url };
    await race([await processOn(config), await processOn(config)]);
  });
});

describe('class joins at once (SQLite, one process)', () => {
  it(`${STUDENTS} students joining at once get ${STUDENTS} distinct seats, two to a table`, { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-class-race-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await race([await processOn({ kind: 'sqlite', file: join(dir, 'matches.sqlite') })]);
  });
});
