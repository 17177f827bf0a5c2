/**
 * Self-play: `npm run selfplay -- --a LEVEL --b LEVEL --games N [--scenario ID] [--budget-ms M] [--seed S] [--workers W]`
 * LEVEL is random, easy, normal, hard or bgio-mcts. A and B swap sides every game. Games are spread
 * over worker threads (default: 2, both cores). `--iterations` gives Hard a fixed search size per move
 * instead of a time budget, so that results do not depend on how busy the machine is. Progress goes to stderr; the last line of stdout is
 * one JSON object with the results.
 */
import { Worker } from 'node:worker_threads';
import { isScenarioId, type ScenarioId } from '../../src/game/data/scenarios';
import type { GameOutcome, GameSpec, PlayerKind } from './match';
import { PLAYER_KINDS } from './match';
import { summarize } from './summary';

interface Options {
  a: PlayerKind;
  b: PlayerKind;
  games: number;
  scenario: ScenarioId;
  budgetMs: number;
  iterations: number | undefined;
  seed: string;
  workers: number;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const kind = (flag: string): PlayerKind => {
    const value = get(flag);
    if (!value || !PLAYER_KINDS.includes(value as PlayerKind)) throw new Error(`${flag} must be one of ${PLAYER_KINDS.join(', ')}`);
    return value as PlayerKind;
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
    seed: get('--seed') ?? 'selfplay',
    workers: positive('--workers', 2),
  };
}

function specsFor(o: Options): GameSpec[] {
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

function runWorkers(specs: GameSpec[], workers: number): Promise<GameOutcome[]> {
  const outcomes: GameOutcome[] = [];
  const shares = Array.from({ length: workers }, (_, w) => specs.filter((_s, i) => i % workers === w)).filter((s) => s.length > 0);
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: share });
          worker.on('message', (outcome: GameOutcome) => {
            outcomes.push(outcome);
            const w = outcome.winner ?? 'draw';
            console.error(`game ${outcomes.length}/${specs.length} ${outcome.seed}: A plays ${outcome.aSide}, winner ${w}, WO ${outcome.worldOrder}`);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  ).then(() => outcomes);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const outcomes = await runWorkers(specsFor(options), options.workers);
  const summary = summarize(outcomes);
  console.log(JSON.stringify({
    a: options.a, b: options.b, scenario: options.scenario, budget_ms: options.budgetMs, iterations: options.iterations ?? null, seed: options.seed,
    ...summary, wall_s: Number(((performance.now() - started) / 1000).toFixed(1)),
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
