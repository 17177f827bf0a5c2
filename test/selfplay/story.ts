/**
 * What the game teaches, measured: `npm run story -- --a LEVEL --b LEVEL --games N [--scenario ID] [--seed S]
 * [--workers W] [--iterations I] [--budget-ms M]`. LEVEL is random, easy, normal or hard; A and B swap sides
 * every game, as in selfplay.ts, and games are spread over worker threads the same way. Progress goes to
 * stderr; the last line of stdout is one JSON object with the figures of story-summary.ts (which defines
 * them) and `targets`: which of issue 10's targets are met.
 */
import { scenario } from '../../src/game/data/scenarios';
import { parseRunArgs, runOnWorkers, specsFor } from './cli';
import type { GameSpec, PlayerKind } from './match';
import type { CountryId } from '../../src/game';
import { type StoryGame, scenarioTargets, storyTargets, summarizeStory } from './story-summary';

const LEVELS = ['random', 'easy', 'normal', 'hard'] as const satisfies readonly PlayerKind[];

/** Plays the games on `workers` threads; the result is in seed order, so a run does not depend on timing. */
async function runWorkers(specs: GameSpec[], workers: number): Promise<StoryGame[]> {
  const bySeed = new Map<string, StoryGame>();
  await runOnWorkers<{ seed: string; game: StoryGame }>(specs, workers, new URL('./story-worker-bootstrap.mjs', import.meta.url), ({ seed, game }) => {
    bySeed.set(seed, game);
    console.error(`game ${bySeed.size}/${specs.length} ${seed}: winner ${game.winner ?? 'draw'}, ${game.rounds} rounds`);
  });
  return specs.map((s) => bySeed.get(s.seed) as StoryGame);
}

async function main(): Promise<void> {
  const options = parseRunArgs(process.argv.slice(2), LEVELS, 'story');
  const started = performance.now();
  const games = await runWorkers(specsFor(options), options.workers);
  const def = scenario(options.scenario);
  const bloc = def.autBloc?.framework;
  const blocMembers = bloc ? (Object.entries(def.countries) as Array<[CountryId, { framework?: string | null }]>).filter(([, cs]) => cs.framework === bloc).map(([id]) => id) : [];
  const summary = summarizeStory(games, def.teaches, blocMembers);
  console.log(JSON.stringify({
    a: options.a, b: options.b, scenario: options.scenario, iterations: options.iterations ?? null, seed: options.seed,
    ...summary, targets: storyTargets(summary), scenario_targets: scenarioTargets(options.scenario, summary), wall_s: Number(((performance.now() - started) / 1000).toFixed(1)),
  }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
