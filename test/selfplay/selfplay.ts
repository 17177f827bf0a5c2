/**
 * Self-play: `npm run selfplay -- --a LEVEL --b LEVEL --games N [--scenario ID] [--budget-ms M] [--seed S] [--workers W]`
 * LEVEL is random, easy, normal, hard or bgio-mcts. A and B swap sides every game. Games are spread
 * over worker threads (default: 2, both cores). `--iterations` gives Hard a fixed search size per move
 * instead of a time budget, so that results do not depend on how busy the machine is. Progress goes to stderr; the last line of stdout is
 * one JSON object with the results.
 */
import { scenario } from '../../src/game/data/scenarios';
import { parseRunArgs, runOnWorkers, specsFor } from './cli';
import type { GameOutcome, GameSpec } from './match';
import { PLAYER_KINDS } from './match';
import { summarize } from './summary';

async function runWorkers(specs: GameSpec[], workers: number): Promise<GameOutcome[]> {
  const outcomes: GameOutcome[] = [];
  await runOnWorkers<GameOutcome>(specs, workers, new URL('./worker-bootstrap.mjs', import.meta.url), (outcome) => {
    outcomes.push(outcome);
    const w = outcome.winner ?? 'draw';
    console.error(`game ${outcomes.length}/${specs.length} ${outcome.seed}: A plays ${outcome.aSide}, winner ${w}, WO ${outcome.worldOrder}`);
  });
  return outcomes;
}

async function main(): Promise<void> {
  const options = parseRunArgs(process.argv.slice(2), PLAYER_KINDS, 'selfplay');
  const started = performance.now();
  const outcomes = await runWorkers(specsFor(options), options.workers);
  const summary = summarize(outcomes, scenario(options.scenario).rounds);
  console.log(JSON.stringify({
    a: options.a, b: options.b, scenario: options.scenario, budget_ms: options.budgetMs, iterations: options.iterations ?? null, seed: options.seed,
    ...summary, wall_s: Number(((performance.now() - started) / 1000).toFixed(1)),
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
