import { cloneState } from '../game/clone-state';
import type { GameState } from '../game/state';

/**
 * Instrumentation only: how many moves the AI has applied to search states (every trial move,
 * rollout move and plan step). Benchmarks read it; no decision depends on it.
 */
export const simulated = { moves: 0 };

/**
 * A fast deep copy for search: the rules' own complete copy (cloneState: every field named, so a
 * field added to GameState fails the typecheck there until it is copied; clone.test.ts checks that
 * the copy shares no object with the original), without the log and history, which are not needed
 * to choose a move (what a search appends is thrown away).
 */
export function cloneForSearch(G: GameState): GameState {
  return cloneState(G, false);
}
