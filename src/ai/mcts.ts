/**
 * Hard: Monte Carlo search over turn plans with determinization.
 *
 * The root holds the candidate plans for this turn (see plans.ts). Search runs in sweeps: each
 * sweep samples one full state consistent with the AI's view (the opponent's hand and every deck
 * order drawn from the unseen cards: it never reads them) and one stream of randomness, and plays
 * every surviving plan on that same sample, then the rest of the round through its resolution
 * (upkeep, coercion check, elections, scoring): the AI's own later moves with a fast sampled policy,
 * the opponent's with the one-step greedy policy (every legal move weighed, ops credited before
 * they are spent: see `greedyMove`), a truer model of a sensible opponent than the fast policy
 * (each step measured in docs/balance.md).
 * Sharing the sample makes the comparison between plans paired, which cuts the noise of chance;
 * the weaker half of the plans is dropped after 2, 4, 8… sweeps (sequential halving).
 */
import { applyMove, type Move } from '../game/moves';
import { createAlea, type Rng } from '../game/rng';
import type { GameState } from '../game/state';
import type { PlayerView } from '../game/view';
import type { Side } from '../game/types';
import { simulated } from './clone';
import { evaluate } from './evaluate';
import { greedyMove } from './greedy';
import { candidatePlans, fastMove, type Plan, playPlan } from './plans';
import { samplerFor } from './sampler';

export interface SearchOptions {
  /** Stop after this much time (ms), unless `iterations` is given. */
  readonly budgetMs: number;
  /** Stop after exactly this many iterations (deterministic whatever the machine's speed). */
  readonly iterations?: number | undefined;
}

export interface SearchStats {
  iterations: number;
  simulatedMoves: number;
  elapsedMs: number;
  candidates: number;
}

interface Arm {
  readonly plan: Plan;
  visits: number;
  total: number;
}

/** Maps the evaluation (World Order points) to (0, 1). */
const SCALE = 4;
/** Moves after which a rollout stops even if the round has not ended (a safety net). */
const MAX_ROLLOUT = 80;
/** Plans never drop below this many survivors. */
const FINALISTS = 2;

const squash = (v: number): number => 1 / (1 + Math.exp(-v / SCALE));
const now = (): number => performance.now();
const mean = (arm: Arm): number => (arm.visits === 0 ? -1 : arm.total / arm.visits);

/** The Hard AI's move for `view`, with search statistics. */
export function searchMove(view: PlayerView, rng: Rng, options: SearchOptions): { move: Move; stats: SearchStats } {
  const start = now();
  const simulatedBefore = simulated.moves;
  const side = view.active;
  const sample = samplerFor(view, rng);
  // Planning may use at most half the budget, so that the search itself has time to compare the plans.
  const planningOver = (): boolean => options.iterations === undefined && now() - start >= options.budgetMs / 2;
  const arms: Arm[] = candidatePlans(sample(rng), side, rng, planningOver)
    .sort((a, b) => b.prior - a.prior)
    .map((plan) => ({ plan, visits: 0, total: 0 }));
  const stats: SearchStats = { iterations: 0, simulatedMoves: 0, elapsedMs: 0, candidates: arms.length };
  const limit = options.iterations ?? Infinity;
  const spent = (): boolean =>
    stats.iterations >= limit || (options.iterations === undefined && now() - start >= options.budgetMs);
  let alive = arms;
  for (let sweep = 1; alive.length > 1 && !spent(); sweep++) {
    const seed = rng();
    for (const arm of alive) {
      if (spent()) break;
      const sweepRng = createAlea(seed);
      arm.total += simulate(sample(sweepRng), side, arm.plan, sweepRng);
      arm.visits += 1;
      stats.iterations += 1;
    }
    if (alive.length > FINALISTS && (sweep & (sweep - 1)) === 0 && sweep > 1) alive = halve(alive);
  }
  stats.elapsedMs = now() - start;
  stats.simulatedMoves = simulated.moves - simulatedBefore;
  return { move: best(alive).plan.moves[0] as Move, stats };
}

export function hardMove(view: PlayerView, rng: Rng, options: SearchOptions): Move {
  return searchMove(view, rng, options).move;
}

/** The better half of the plans by mean value (ties kept in prior order). */
function halve(alive: Arm[]): Arm[] {
  const keep = Math.max(FINALISTS, Math.ceil(alive.length / 2));
  return [...alive].sort((a, b) => mean(b) - mean(a)).slice(0, keep);
}

/** Plays the plan and the rest of the round in a sampled state; returns the value for `side`. */
function simulate(G: GameState, side: Side, plan: Plan, rng: Rng): number {
  const round = G.round;
  simulated.moves += playPlan(G, side, plan, rng);
  for (let n = 0; n < MAX_ROLLOUT && G.result === null && G.round === round; n++) {
    const mover = G.active;
    applyMove(G, mover, mover === side ? fastMove(G, mover, rng) : greedyMove(G, mover, rng), rng);
    simulated.moves += 1;
  }
  return squash(evaluate(G, side));
}

/** The plan with the best mean; before any sample, the one with the best prior (they are sorted by it). */
function best(arms: Arm[]): Arm {
  let chosen = arms[0] as Arm;
  for (const arm of arms) if (mean(arm) > mean(chosen)) chosen = arm;
  return chosen;
}
