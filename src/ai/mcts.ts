/**
 * Hard: Monte Carlo search over turn plans with determinization.
 *
 * The root holds the candidate plans for this turn (see plans.ts), chosen among with UCB1.
 * Every iteration samples a full state consistent with the AI's view (the opponent's hand and
 * every deck order drawn from the unseen cards: it never reads them), plays the chosen plan,
 * plays the rest of the round out for both sides with a fast heuristic policy, through the
 * round's resolution (upkeep, coercion check, elections, scoring), and backs up the evaluation.
 */
import type { Move } from '../game/moves';
import type { Rng } from '../game/rng';
import type { GameState } from '../game/state';
import type { PlayerView } from '../game/view';
import type { Side } from '../game/types';
import { evaluate } from './evaluate';
import { candidatePlans, fastMove, type Plan, playPlan } from './plans';
import { samplerFor } from './sampler';
import { simulated } from './clone';
import { applyMove } from '../game/moves';

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

const EXPLORATION = 0.5;
/** Virtual visits that the one-step prior counts for before real samples take over. */
const PRIOR_VISITS = 1;
/** Maps the evaluation (World Order points) to (0, 1). */
const SCALE = 4;
/** Moves after which a rollout stops even if the round has not ended (a safety net). */
const MAX_ROLLOUT = 80;

const squash = (v: number): number => 1 / (1 + Math.exp(-v / SCALE));
const now = (): number => performance.now();

/** The Hard AI's move for `view`, with search statistics. */
export function searchMove(view: PlayerView, rng: Rng, options: SearchOptions): { move: Move; stats: SearchStats } {
  const start = now();
  const simulatedBefore = simulated.moves;
  const side = view.active;
  const sample = samplerFor(view, rng);
  const arms: Arm[] = candidatePlans(sample(rng), side, rng).map((plan) => ({
    plan, visits: PRIOR_VISITS, total: PRIOR_VISITS * squash(plan.prior),
  }));
  const stats: SearchStats = { iterations: 0, simulatedMoves: 0, elapsedMs: 0, candidates: arms.length };
  if (arms.length === 1) return { move: (arms[0] as Arm).plan.moves[0] as Move, stats };
  const limit = options.iterations ?? Infinity;
  while (stats.iterations < limit) {
    if (options.iterations === undefined && (stats.iterations & 3) === 0 && now() - start >= options.budgetMs) break;
    const arm = select(arms, stats.iterations + arms.length * PRIOR_VISITS);
    const value = simulate(sample(rng), side, arm.plan, rng);
    arm.visits += 1;
    arm.total += value;
    stats.iterations += 1;
  }
  stats.elapsedMs = now() - start;
  stats.simulatedMoves = simulated.moves - simulatedBefore;
  return { move: best(arms).plan.moves[0] as Move, stats };
}

export function hardMove(view: PlayerView, rng: Rng, options: SearchOptions): Move {
  return searchMove(view, rng, options).move;
}

function select(arms: Arm[], totalVisits: number): Arm {
  const logN = Math.log(totalVisits + 1);
  let chosen = arms[0] as Arm;
  let bestScore = -Infinity;
  for (const arm of arms) {
    const score = arm.total / arm.visits + EXPLORATION * Math.sqrt(logN / arm.visits);
    if (score > bestScore) {
      bestScore = score;
      chosen = arm;
    }
  }
  return chosen;
}

/** Plays the plan and the rest of the round in a sampled state; returns the value for `side`. */
function simulate(G: GameState, side: Side, plan: Plan, rng: Rng): number {
  const round = G.round;
  simulated.moves += playPlan(G, side, plan, rng);
  for (let n = 0; n < MAX_ROLLOUT && G.result === null && G.round === round; n++) {
    applyMove(G, G.active, fastMove(G, G.active, rng), rng);
    simulated.moves += 1;
  }
  return squash(evaluate(G, side));
}

function best(arms: Arm[]): Arm {
  let chosen = arms[0] as Arm;
  for (const arm of arms) if (arm.total / arm.visits > chosen.total / chosen.visits) chosen = arm;
  return chosen;
}
