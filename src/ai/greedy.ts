/**
 * Easy and Normal: heuristic players on the shared evaluation.
 * Normal plans a whole turn: for each card it compares the event (on every target) with the best
 * greedy use of the card's ops. Easy looks one action ahead, with noise, and plays cards at random.
 */
import type { Effect } from '../game/data/card-types';
import { CARD } from '../game/data/cards';
import { legalMoves } from '../game/legal';
import { applyMove, type Move } from '../game/moves';
import type { Rng } from '../game/rng';
import type { GameState } from '../game/state';
import type { Side } from '../game/types';
import { cloneForSearch, simulated } from './clone';
import { evaluate } from './evaluate';

/** Value for `side` after `move`, averaged over `samples` draws when the move can involve chance. */
export function valueAfter(G: GameState, side: Side, move: Move, rng: Rng, samples = 1): number {
  let total = 0;
  for (let i = 0; i < samples; i++) {
    const next = cloneForSearch(G);
    applyMove(next, side, move, rng);
    simulated.moves += 1;
    total += evaluate(next, side);
  }
  return total / samples;
}

/** Whether any effect, however nested, is left to chance. */
function hasChance(effects: readonly Effect[]): boolean {
  return effects.some((e) =>
    e.op === 'chance' || (e.op === 'when' && (hasChance(e.ifTrue) || hasChance(e.ifFalse ?? []))) || (e.op === 'bloc-decision' && hasChance(e.ifTrue)),
  );
}

/** Whether a move's outcome depends on chance (an event with a chance effect). */
function chancy(move: Move): boolean {
  return move.kind === 'play-event' && hasChance(CARD[move.card].effects);
}

type MoveValue = (G: GameState, side: Side, move: Move, rng: Rng) => number;

/** The best legal move (or pass) one step ahead, by `valueOf` (by default the state after the move). */
export function bestAction(G: GameState, side: Side, rng: Rng, valueOf: MoveValue = valueAfter): { move: Move; value: number } {
  let best: Move = { kind: 'pass' };
  let bestValue = -Infinity;
  for (const move of legalMoves(G, side)) {
    const value = valueOf(G, side, move, rng);
    if (value > bestValue) {
      best = move;
      bestValue = value;
    }
  }
  return { move: best, value: bestValue };
}

/**
 * What an op is worth, in evaluation points, before it is spent. The one-step rollout policies
 * see a card played for ops only up to the moment its ops are in hand, so without this credit they
 * would nearly always prefer a card's event. One point per op makes the quick policy pick the card
 * play Normal picks (after planning its ops in full) in 77% of positions, against 23% without it
 * (456 positions of eight Normal games).
 */
export const OPS_WORTH = 1;

/** One-step value of `move` for the rollout policies: the state after it, plus the worth of any ops it puts in hand. */
export function quickValue(G: GameState, side: Side, move: Move, rng: Rng): number {
  const ops = move.kind === 'play-ops' ? CARD[move.card].ops * OPS_WORTH : 0;
  return valueAfter(G, side, move, rng) + ops;
}

/** The search's model of a sensible player: every legal move weighed one step ahead with `quickValue`. */
export function greedyMove(G: GameState, side: Side, rng: Rng): Move {
  return bestAction(G, side, rng, quickValue).move;
}

/** Value of playing `card` for ops and spending them greedily. */
function opsPlanValue(G: GameState, side: Side, move: Move, rng: Rng): number {
  const next = cloneForSearch(G);
  applyMove(next, side, move, rng);
  while (next.pending !== null && next.active === side && next.result === null) {
    const { move: step } = bestAction(next, side, rng);
    applyMove(next, side, step, rng);
  }
  return evaluate(next, side);
}

/** Normal: the best card play (event or ops plan), or the best action when ops are in play. */
export function normalMove(G: GameState, side: Side, rng: Rng): Move {
  if (G.pending !== null) return bestAction(G, side, rng).move;
  let best: Move = { kind: 'pass' };
  let bestValue = -Infinity;
  for (const move of legalMoves(G, side)) {
    const value = move.kind === 'play-ops' ? opsPlanValue(G, side, move, rng) : valueAfter(G, side, move, rng, chancy(move) ? 4 : 1);
    if (value > bestValue) {
      best = move;
      bestValue = value;
    }
  }
  return best;
}

/**
 * Easy: a plausible beginner. It plays a random card, for its event half the time when it can,
 * and spends ops on one of the better actions, picked with noise; it never wastes ops on purpose.
 */
export function easyMove(G: GameState, side: Side, rng: Rng): Move {
  const moves = legalMoves(G, side);
  if (G.pending === null) {
    const cards = moves.filter((m) => m.kind === 'play-ops');
    if (cards.length === 0) return moves[0] as Move;
    const card = (cards[Math.trunc(rng() * cards.length)] as Extract<Move, { kind: 'play-ops' }>).card;
    const events = moves.filter((m) => m.kind === 'play-event' && m.card === card);
    if (events.length > 0 && rng() < 0.5) return events[Math.trunc(rng() * events.length)] as Move;
    return { kind: 'play-ops', card };
  }
  const scored = moves.map((move) => ({ move, value: valueAfter(G, side, move, rng) + rng() * 2 }));
  scored.sort((a, b) => b.value - a.value);
  return (scored[0] as { move: Move }).move;
}
