import type { Move } from '../game/moves';
import type { PlayerView } from '../game/view';

/** The three levels of the AI opponent. */
export type AiLevel = 'easy' | 'normal' | 'hard';
export const AI_LEVELS: readonly AiLevel[] = ['easy', 'normal', 'hard'];

/** What the AI is given: only its player's view, never the full state. */
export interface AiRequest {
  readonly view: PlayerView;
  readonly level: AiLevel;
  /** Seeds every random choice: the same seed, view and budget give the same move. */
  readonly seed: string | number;
  /** Hard only: time budget per move in ms (default 1000). Ignored when `iterations` is set. */
  readonly budgetMs?: number;
  /** Hard only: a fixed number of search iterations (deterministic regardless of machine speed). */
  readonly iterations?: number;
}

/** The AI's move and a one-sentence reason in the game's terms. */
export interface AiDecision {
  readonly move: Move;
  readonly reason: string;
}
