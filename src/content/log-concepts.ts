/**
 * Which log lines carry a concept chip: only those that illustrate their concept. Bookkeeping
 * (the setup, a round beginning, income, drawing and reshuffling cards, the end of a turn, an
 * action's cost in capital, the end of the game) keeps its concept in the data but shows no chip,
 * so that a chip always points at something worth reading about.
 */
import type { LogEntry, LogEvent } from '../game/log';

const BOOKKEEPING: ReadonlySet<LogEvent['type']> = new Set(['setup', 'round-start', 'income', 'draw', 'reshuffle', 'pass', 'game-over']);

export function illustratesConcept(entry: LogEntry): boolean {
  if (BOOKKEEPING.has(entry.event.type)) return false;
  // An action's capital line is its price, not its lesson (the action's own line carries the chip).
  if (entry.event.type === 'capital' && entry.cause.kind === 'action') return false;
  // A round scored without a united front illustrates nothing by itself; with one, the united front.
  return entry.event.type !== 'score' || entry.event.unitedFront;
}
