/**
 * Defect #4: boardgame.io seeds a match with `Date.now().toString(36)` unless the game fixes a
 * seed, and `createdAt` is public: anyone could replay the shuffles. Each match is seeded from
 * `crypto` instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { GAME, lobby, startServer } from './helpers';
import { INITIAL_STATES_TABLE } from '../../src/server/storage-sqlite-schema';

const dir = mkdtempSync(join(tmpdir(), 'tl-seeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-match seeds from crypto (defect #4)', () => {
  it('gives every match its own 128-bit seed, unrelated to the clock', async () => {
    const file = join(dir, 'seeds.sqlite');
    const server = await startServer({ storage: { kind: 'sqlite', file } });
    const before = Date.now();
    for (let i = 0; i < 5; i += 1) expect((await lobby(server, `/games/${GAME}/create`, {})).status).toBe(200);
    const after = Date.now();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare(`SELECT initial_state FROM ${INITIAL_STATES_TABLE}`).all() as { initial_state: string }[];
    db.close();
    const seeds = rows.map((r) => (JSON.parse(r.initial_state) as { plugins: { random: { data: { seed: unknown } } } }).plugins.random.data.seed);
    expect(seeds).toHaveLength(5);
    expect(new Set(seeds).size).toBe(5);
    for (const seed of seeds) {
      expect(seed).toMatch(/^[0-9a-f]{32}$/);
      for (let t = before; t <= after; t += 1) expect(seed).not.toBe(t.toString(36).slice(-10));
    }
    // The same scenario dealt with different seeds gives different openings.
    const hands = rows.map((r) => JSON.stringify((JSON.parse(r.initial_state) as { G: { sides: unknown } }).G.sides));
    expect(new Set(hands).size).toBeGreaterThan(1);
  });
});
