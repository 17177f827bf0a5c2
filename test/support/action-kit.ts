/**
 * Small helpers for tests that drive basic actions through the public move API and assert
 * the exact log lines they append.
 */
import { expect } from 'vitest';
import { checkMove, tryMove, type ActionId, type CardId, type ConceptId, type CountryId, type FrameworkId } from '../../src/game';
import type { GameState, LogCause, LogEntry, LogEvent, Move, Side } from '../../src/game';
import type { LogReason } from '../../src/game/log';
import { noRng } from './position';

/** The cause of every log line an action writes. */
export function byAction(side: Side, action: ActionId): LogCause {
  return { kind: 'action', side, action };
}

/** A round-1 log entry (the reason key only when one is given, as the engine writes it). */
export function entry(concept: ConceptId, cause: LogCause, event: LogEvent, reason?: LogReason, round = 1): LogEntry {
  return reason ? { round, concept, cause, event, reason } : { round, concept, cause, event };
}

/** Plays a card from hand for its ops; the move must be legal. */
export function playOps(G: GameState, side: Side, card: CardId): void {
  expect(tryMove(G, side, { kind: 'play-ops', card }, noRng)).toBeNull();
}

/** The action move, with only the arguments that are given. */
export function actionMove(action: ActionId, target?: CountryId, framework?: FrameworkId): Move {
  const move: { kind: 'action'; action: ActionId; target?: CountryId; framework?: FrameworkId } = { kind: 'action', action };
  if (target) move.target = target;
  if (framework) move.framework = framework;
  return move;
}

/**
 * Takes an action (it must be legal) and returns the log entries it appended. Draws no random
 * numbers: a basic action never does, unless it ends the round (use `tryMove` for that).
 */
export function act(G: GameState, side: Side, action: ActionId, target?: CountryId, framework?: FrameworkId): LogEntry[] {
  const before = G.log.length;
  expect(tryMove(G, side, actionMove(action, target, framework), noRng)).toBeNull();
  return G.log.slice(before);
}

/** The move is refused with exactly this message by both `checkMove` and `tryMove`, and nothing changes. */
export function expectRefused(G: GameState, side: Side, move: Move, message: string): void {
  const before = structuredClone(G);
  expect(checkMove(G, side, move)).toBe(message);
  expect(tryMove(G, side, move, noRng)).toBe(message);
  expect(G).toEqual(before);
}
