/**
 * The command line shared by `npm run selfplay` and `npm run story`: who plays (A and B swap sides
 * every game), how many games, the scenario, Hard's budget or fixed iterations, the seed, and the
 * worker threads; and the games' specs, one seed each.
 */
import { Worker } from 'node:worker_threads';
import { isScenarioId, type ScenarioId } from '../../src/game/data/scenarios';
import type { GameSpec, PlayerKind } from './match';

export interface RunOptions<K extends PlayerKind> {
  a: K;
  b: K;
  games: number;
  scenario: ScenarioId;
  budgetMs: number;
  iterations: number | undefined;
  seed: string;
  workers: number;
}

/** Parses the flags; `kinds` are the players this tool accepts, `seed` its default seed. */
export function parseRunArgs<K extends PlayerKind>(argv: readonly string[], kinds: readonly K[], seed: string): RunOptions<K> {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kind = (flag: string): K => {
    const value = get(flag);
    if (!value || !kinds.includes(value as K)) throw new Error(`${flag} must be one of ${kinds.join(', ')}`);
    return value as K;
  };
  const positive = (flag: string, fallback: number): number => {
    const value = Number(get(flag) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive whole number`);
    return value;
  };
  const scenario = get('--scenario') ?? 'competing-visions';
  if (!isScenarioId(scenario)) throw new Error(`unknown scenario: ${scenario}`);
  return {
    a: kind('--a'),
    b: kind('--b'),
    games: positive('--games', 10),
    scenario,
    budgetMs: positive('--budget-ms', 1000),
    iterations: get('--iterations') === undefined ? undefined : positive('--iterations', 1),
    seed: get('--seed') ?? seed,
    workers: positive('--workers', 2),
  };
}

/** One spec per game: seed `SEED:i`, A on the Democratic side in even games. */
export function specsFor(o: RunOptions<PlayerKind>): GameSpec[] {
  return Array.from({ length: o.games }, (_, i) => ({
    seed: `${o.seed}:${i}`,
    aSide: i % 2 === 0 ? 'dem' : 'aut',
    a: o.a,
    b: o.b,
    scenario: o.scenario,
    budgetMs: o.budgetMs,
    ...(o.iterations === undefined ? {} : { iterations: o.iterations }),
  }));
}

/**
 * Plays the specs on `workers` threads running `bootstrap`, which posts one message per game;
 * `onMessage` receives each (in the order they finish).
 */
export async function runOnWorkers<M>(specs: readonly GameSpec[], workers: number, bootstrap: URL, onMessage: (message: M) => void): Promise<void> {
  const shares = Array.from({ length: workers }, (_, w) => specs.filter((_s, i) => i % workers === w)).filter((s) => s.length > 0);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(bootstrap, { workerData: share });
          worker.on('message', onMessage);
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
}
