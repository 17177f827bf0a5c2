/**
 * Replay fixtures: complete games stored as seed + setup + moves (boardgame.io form). Each is
 * replayed through boardgame.io's reducer and through the pure rules with `createAlea(seed)`;
 * both must reach the same final state, and that state must match the committed summary in
 * `__snapshots__/<fixture>.final.json`. A rules change that alters any of these games shows up
 * as a snapshot diff: re-record deliberately with `record-fixture.ts` and `vitest -u`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type GameState, MOVE_NAMES } from '../../src/game';
import { type GameRecord, replayBgio, replayPure } from './bgio-runner';
import { FIXTURE_DIR, rerecordCommand } from './record-fixture';

const fixtures = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ name: basename(f, '.json'), record: JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as GameRecord }));

/** The final state, compact: everything a rules change could move, one line per country. */
function summary(G: GameState): string {
  const side = (s: GameState['sides']['aut']) => ({
    capital: s.capital, hand: s.hand, deckCount: s.deck.length, discard: s.discard, removed: s.removed,
  });
  const concepts: Record<string, number> = {};
  for (const entry of G.log) concepts[entry.concept] = (concepts[entry.concept] ?? 0) + 1;
  const top = {
    round: G.round,
    worldOrder: G.worldOrder,
    result: G.result,
    active: G.active,
    history: G.history,
    dem: { ...side(G.sides.dem), dependency: G.sides.dem.dependency, decisionRule: G.sides.dem.decisionRule },
    aut: side(G.sides.aut),
    world: { upcoming: G.world.upcoming, deckCount: G.world.deck.length, discard: G.world.discard },
    standing: G.standing,
    logLength: G.log.length,
    concepts: Object.fromEntries(Object.entries(concepts).sort()),
  };
  const lines = Object.entries(top).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const countries = Object.entries(G.countries).map(([id, cs]) => `    ${JSON.stringify(id)}: ${JSON.stringify(cs)}`);
  return `{\n${lines.join(',\n')},\n  "countries": {\n${countries.join(',\n')}\n  }\n}\n`;
}

describe('replay fixtures', () => {
  it('there are at least three complete games, all in boardgame.io move form', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    const names = new Set<string>(Object.values(MOVE_NAMES));
    for (const { record } of fixtures) {
      expect(typeof record.seed).toBe('string');
      expect(record.moves.length).toBeGreaterThan(20);
      for (const m of record.moves) {
        expect(['0', '1']).toContain(m.seat);
        expect(names.has(m.move)).toBe(true);
        expect(Array.isArray(m.args)).toBe(true);
      }
    }
  });

  describe.each(fixtures)('$name', ({ name, record }) => {
    it('boardgame.io and the pure rules reach the same final state, which matches the snapshot', async () => {
      const hint = `if the rules changed on purpose, re-record: ${rerecordCommand(name, record)} && npx vitest run test/replay -u`;
      const replay = <T>(run: () => T): T => {
        try {
          return run();
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${hint}`);
        }
      };
      const match = replay(() => replayBgio(record));
      const { G, rng } = replay(() => replayPure(record));
      expect(G.result).not.toBeNull();
      expect(G.round).toBeLessThanOrEqual(G.lastRound);
      // The same state, and the same number of random draws on both sides.
      expect(match.state.G.log).toEqual([]); // every log line left G with its move
      expect(JSON.parse(JSON.stringify(match.fullG()))).toEqual(JSON.parse(JSON.stringify(G)));
      expect(match.state.plugins.random?.data).toEqual({ seed: record.seed, prngstate: rng.state() });
      const result = G.result as NonNullable<GameState['result']>;
      expect(match.state.ctx.gameover).toEqual(
        result.winner === null ? { draw: true } : { winner: G.seats[result.winner], side: result.winner },
      );
      expect(G.seats.dem).toBe(record.setupData?.demSeat ?? '0');
      await expect(summary(G), hint).toMatchFileSnapshot(`./__snapshots__/${name}.final.json`);
    });
  });

  it('a fixture whose move is taken out of turn, or changed, no longer replays', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { record } = fixtures[0] as (typeof fixtures)[number];
    const first = record.moves[0] as GameRecord['moves'][number];
    const outOfTurn = { ...record, moves: [{ ...first, seat: first.seat === '0' ? '1' : '0' } as const, ...record.moves.slice(1)] };
    expect(() => replayBgio(outOfTurn)).toThrow(/refused move 0/);
    expect(() => replayPure(outOfTurn)).toThrow(/refused move 0/);
    const bogus = { ...record, moves: [{ ...first, move: 'playOps', args: ['no-such-card'] }, ...record.moves.slice(1)] };
    expect(() => replayBgio(bogus)).toThrow(/refused move 0/);
    expect(() => replayPure(bogus)).toThrow(/card id/);
    expect(logged.mock.calls.map((c) => c.join(' ')).join('\n')).toMatch(/disallowed move: playEvent|inactive|invalid move: playOps/);
    logged.mockRestore();
  });
});
