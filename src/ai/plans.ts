/**
 * Turn plans for the Hard AI's search: the few ways of spending a turn worth comparing
 * (each card's best events and its greedy ops plan), and a fast policy to play out the rest
 * of the round for both sides.
 */
import { legalMoves } from '../game/legal';
import { applyMove, checkMove, type Move } from '../game/moves';
import type { Rng } from '../game/rng';
import type { GameState } from '../game/state';
import type { Side } from '../game/types';
import { cloneForSearch } from './clone';
import { evaluate } from './evaluate';
import { bestAction, quickValue, valueAfter } from './greedy';

/** A candidate turn: its first move (what the AI answers) and the rest of the turn as planned now. */
export interface Plan {
  readonly moves: readonly Move[];
  /** One-step heuristic value, used as the search's prior. */
  readonly prior: number;
}

const EVENT_TARGETS_PER_CARD = 2;
const ACTION_CANDIDATES = 6;

/**
 * The candidate plans for the side to move in `G`. `outOfTime` lets a time-budgeted search stop
 * planning early: cards not planned by then are kept as bare "play for ops" candidates.
 */
export function candidatePlans(G: GameState, side: Side, rng: Rng, outOfTime: () => boolean = () => false): Plan[] {
  return G.pending === null ? cardPlans(G, side, rng, outOfTime) : actionPlans(G, side, rng);
}

function cardPlans(G: GameState, side: Side, rng: Rng, outOfTime: () => boolean): Plan[] {
  const plans: Plan[] = [];
  const events = new Map<string, { move: Move; value: number }[]>();
  for (const move of legalMoves(G, side)) {
    if (move.kind === 'play-ops') {
      plans.push(outOfTime() ? { moves: [move], prior: evaluate(G, side) } : opsPlan(G, side, move, rng));
    } else if (move.kind === 'play-event') {
      const list = events.get(move.card) ?? [];
      list.push({ move, value: valueAfter(G, side, move, rng) });
      events.set(move.card, list);
    } else {
      plans.push({ moves: [move], prior: evaluate(G, side) });
    }
  }
  for (const list of events.values()) {
    list.sort((a, b) => b.value - a.value);
    for (const { move, value } of list.slice(0, EVENT_TARGETS_PER_CARD)) plans.push({ moves: [move], prior: value });
  }
  return plans;
}

function actionPlans(G: GameState, side: Side, rng: Rng): Plan[] {
  const scored = legalMoves(G, side).map((move) => ({ move, value: valueAfter(G, side, move, rng) }));
  scored.sort((a, b) => b.value - a.value);
  const top = scored.slice(0, ACTION_CANDIDATES);
  if (!top.some((s) => s.move.kind === 'pass')) {
    const pass = scored.find((s) => s.move.kind === 'pass');
    if (pass) top.push(pass);
  }
  return top.map(({ move, value }) => {
    if (move.kind === 'pass') return { moves: [move], prior: value };
    return { moves: [move, ...greedyRest(G, side, move, rng)], prior: value };
  });
}

function opsPlan(G: GameState, side: Side, move: Move, rng: Rng): Plan {
  const rest = greedyRest(G, side, move, rng);
  const next = cloneForSearch(G);
  for (const m of [move, ...rest]) applyMove(next, side, m, rng);
  return { moves: [move, ...rest], prior: evaluate(next, side) };
}

/** The rest of the turn after `first`, spent greedily one action at a time. */
function greedyRest(G: GameState, side: Side, first: Move, rng: Rng): Move[] {
  const next = cloneForSearch(G);
  applyMove(next, side, first, rng);
  const rest: Move[] = [];
  while (next.pending !== null && next.active === side && next.result === null) {
    const { move } = bestAction(next, side, rng);
    applyMove(next, side, move, rng);
    rest.push(move);
  }
  return rest;
}

/** Plays a plan's moves in `G` as far as they stay legal, then finishes the turn with the fast policy. */
export function playPlan(G: GameState, side: Side, plan: Plan, rng: Rng): number {
  let played = 0;
  for (const move of plan.moves) {
    if (G.active !== side || G.result !== null || checkMove(G, side, move) !== null) break;
    applyMove(G, side, move, rng);
    played += 1;
  }
  while (G.active === side && G.result === null && (G.pending !== null || played === 0)) {
    applyMove(G, side, fastMove(G, side, rng), rng);
    played += 1;
  }
  return played;
}

const SAMPLE = 6;

/** A quick, plausible move: the best of a few random legal moves, never wasting ops. */
export function fastMove(G: GameState, side: Side, rng: Rng): Move {
  const legal = legalMoves(G, side);
  const useful = legal.length > 1 ? legal.filter((m) => m.kind !== 'pass') : legal;
  if (useful.length === 1) return useful[0] as Move;
  let best = useful[0] as Move;
  let bestValue = -Infinity;
  for (let i = 0; i < SAMPLE; i++) {
    const move = useful[Math.trunc(rng() * useful.length)] as Move;
    const value = quickValue(G, side, move, rng);
    if (value > bestValue) {
      bestValue = value;
      best = move;
    }
  }
  return best;
}
