/** The AI opponent: one entry point, `chooseMove`, for the Web Worker, the server and self-play. */
import { createAlea } from '../game/rng';
import type { Move } from '../game/moves';
import { determinize, viewerSide } from './determinize';
import { easyMove, normalMove } from './greedy';
import { hardMove } from './mcts';
import { reasonFor } from './reasons';
import type { AiDecision, AiRequest } from './types';

export type { AiDecision, AiLevel, AiRequest } from './types';
export { AI_LEVELS } from './types';

/**
 * Picks the AI's next move from its player's view (never the full state). Deterministic for a
 * given view, level, seed and (for Hard) iteration count. Throws when the view's side cannot move.
 */
export function chooseMove(req: AiRequest): AiDecision {
  const side = viewerSide(req.view);
  if (req.view.result !== null || req.view.active !== side) throw new Error(`it is not ${side}'s turn`);
  const rng = createAlea(`ai:${req.level}:${req.seed}`);
  let move: Move;
  if (req.level === 'hard') {
    move = hardMove(req.view, rng, { budgetMs: req.budgetMs ?? 1000, iterations: req.iterations });
  } else {
    const G = determinize(req.view, rng);
    move = req.level === 'easy' ? easyMove(G, side, rng) : normalMove(G, side, rng);
  }
  return { move, reason: reasonFor(req.view, move) };
}
