/**
 * The class store's contract on both backends (SQLite file, PostgreSQL when reachable): a code
 * is created once, an expired class is unknown, changes are atomic (concurrent changes through
 * two stores on one database all land: compare-and-set on PostgreSQL), deletion, and the
 * removal of expired classes. Migrations run once per database, however many stores open it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIVE_DEFAULT } from '../../../src/server/clock/pace';
import type { ClassStore } from '../../../src/server/classes/class-schema';
import { openClassStore } from '../../../src/server/classes/class-store';
import type { ClassRecord } from '../../../src/server/classes/class-types';
import type { StorageConfig } from '../../../src/server/config';
import { describeWithServices, scratchSchema } from '../services';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const record = (code: string, expiresAt: number): ClassRecord => ({
  code, title: 'T', createdAt: 0, expiresAt, tables: [], students: [], quiz: {}, injects: [],
  options: { scenario: 'competing-visions', decisionRule: 'unanimity', dependency: 3, pairing: 'students', aiLevel: 'normal', split: false, pace: LIVE_DEFAULT },
});

async function open(config: StorageConfig): Promise<ClassStore> {
  const store = await openClassStore(config);
  cleanups.push(() => store.close());
  return store;
}

function contract(place: () => Promise<StorageConfig>, serializesAcrossStores: boolean): void {
  it('locked: null for an unknown class, a task that throws changes nothing, the change lands over changes made meanwhile', async () => {
    const config = await place();
    const [a, b] = [await open(config), await open(config)];
    await a.create({ record: record('DDD555', 1e15), keyHash: 'h' });
    expect(await a.locked('NOPE22', async () => ({ change: null, value: 1 }))).toBeNull();
    await expect(a.locked('DDD555', async () => {
      throw new Error('refused');
    })).rejects.toThrow('refused');
    const held = await a.locked('DDD555', async (r) => {
      // On PostgreSQL another store's update waits for the lock; on SQLite it lands first: either way both are kept.
      const other = b.update('DDD555', (x) => ({ ...x, injects: [...x.injects, { card: 'other', at: 0, matches: [] }] }));
      if (!serializesAcrossStores) await other;
      else void other;
      return { change: (current) => ({ ...current, title: `${r.title}!` }), value: r.injects.length };
    });
    expect(held).toEqual({ value: 0 });
    await expect.poll(async () => (await a.get('DDD555', 0))?.record.injects.length).toBe(1);
    expect((await b.get('DDD555', 0))?.record.title).toBe('T!');
  });

  if (serializesAcrossStores) {
    it('locked: holders through two stores run one at a time (each sees the one before it)', async () => {
      const config = await place();
      const [a, b] = [await open(config), await open(config)];
      await a.create({ record: record('EEE666', 1e15), keyHash: 'h' });
      const seen = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? a : b).locked('EEE666', async (r) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { change: (current) => ({ ...current, injects: [...current.injects, { card: `c${i}`, at: i, matches: [] }] }), value: r.injects.length };
      })));
      expect(seen.map((x) => x?.value).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  }

  it('creates a code once, hides an expired class, deletes, and takes expired classes away', async () => {
    const config = await place();
    const store = await open(config);
    expect(await store.create({ record: record('AAA222', 1000), keyHash: 'h' })).toBe(true);
    expect(await store.create({ record: record('AAA222', 5000), keyHash: 'other' })).toBe(false);
    expect((await store.get('AAA222', 999))?.keyHash).toBe('h');
    expect(await store.get('AAA222', 1000)).toBeNull();
    expect(await store.create({ record: record('BBB333', 9000), keyHash: 'h' })).toBe(true);
    expect((await store.takeExpired(1000)).map((r) => r.code)).toEqual(['AAA222']);
    expect(await store.update('AAA222', (r) => r)).toBeNull();
    expect(await store.delete('BBB333')).toBe(true);
    expect(await store.delete('BBB333')).toBe(false);
  });

  it('applies concurrent changes from two stores on one database without losing one; a refusal changes nothing', async () => {
    const config = await place();
    const [a, b] = [await open(config), await open(config)];
    await a.create({ record: record('CCC444', 1e15), keyHash: 'h' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).update('CCC444', (r) => ({ ...r, injects: [...r.injects, { card: `c${i}`, at: i, matches: [] }] }))));
    const stored = await b.get('CCC444', 0);
    expect(stored?.record.injects.map((x) => x.card).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`).sort());
    await expect(a.update('CCC444', () => {
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect((await a.get('CCC444', 0))?.record.injects).toHaveLength(20);
  });
}

describe('class store (SQLite)', () => {
  contract(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-class-store-'));
    cleanups.unshift(() => rmSync(dir, { recursive: true, force: true }));
    return { kind: 'sqlite', file: join(dir, 'matches.sqlite') };
  }, false);
});

describeWithServices('class store (PostgreSQL)', ['postgres'], () => {
  contract(async () => {
    const { url, drop } = await scratchSchema('tl_class_store');
    cleanups.unshift(drop);
    return { kind: 'postgres', url };
  }, true);
});
