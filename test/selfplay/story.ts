/**
 * What the game teaches, measured: `npm run story -- --a LEVEL --b LEVEL --games N [--scenario ID] [--seed S]
 * [--workers W] [--iterations I] [--budget-ms M]`. LEVEL is random, easy, normal or hard; A and B swap sides
 * every game, as in selfplay.ts, and games are spread over worker threads the same way. Progress goes to
 * stderr; the last line of stdout is one JSON object with the figures of story-summary.ts (which defines
 * them) and `targets`: which of issue 10's targets are met.
 */
import { Worker } from 'node:worker_threads';
import { isScenarioId, scenario, type ScenarioId } from '../../src/game/data/scenarios';
import type { GameSpec, PlayerKind } from './match';
import { type StoryGame, storyTargets, summarizeStory } from './story-summary';

const LEVELS = ['random', 'easy', 'normal', 'hard'] as const satisfies readonly PlayerKind[];
type Level = (typeof LEVELS)[number];

interface Options {
  a: Level;
  b: Level;
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
  const level = (flag: string): Level => {
    const value = get(flag);
    if (!LEVELS.includes(value as Level)) throw new Error(`${flag} must be one of ${LEVELS.join(', ')}`);
    return value as Level;
  };
  const positive = (flag: string, fallback: number): number => {
    const value = Number(get(flag) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive whole number`);
    return value;
  };
  const id = get('--scenario') ?? 'competing-visions';
  if (!isScenarioId(id)) throw new Error(`unknown scenario: ${id}`);
  return {
    a: level('--a'),
    b: level('--b'),
    games: positive('--games', 10),
    scenario: id,
    budgetMs: positive('--budget-ms', 1000),
    iterations: get('--iterations') === undefined ? undefined : positive('--iterations', 1),
    seed: get('--seed') ?? 'story',
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

/** Plays the games on `workers` threads; the result is in seed order, so a run does not depend on timing. */
async function runWorkers(specs: GameSpec[], workers: number): Promise<StoryGame[]> {
  const bySeed = new Map<string, StoryGame>();
  const shares = Array.from({ length: workers }, (_, w) => specs.filter((_s, i) => i % workers === w)).filter((s) => s.length > 0);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./story-worker-bootstrap.mjs', import.meta.url), { workerData: share });
          worker.on('message', ({ seed, game }: { seed: string; game: StoryGame }) => {
            bySeed.set(seed, game);
            console.error(`game ${bySeed.size}/${specs.length} ${seed}: winner ${game.winner ?? 'draw'}, ${game.rounds} rounds`);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  );
  return specs.map((s) => bySeed.get(s.seed) as StoryGame);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const games = await runWorkers(specsFor(options), options.workers);
  const summary = summarizeStory(games, scenario(options.scenario).teaches);
  console.log(JSON.stringify({
    a: options.a, b: options.b, scenario: options.scenario, iterations: options.iterations ?? null, seed: options.seed,
    ...summary, targets: storyTargets(summary), wall_s: Number(((performance.now() - started) / 1000).toFixed(1)),
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
