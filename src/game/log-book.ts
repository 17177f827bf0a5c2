/**
 * The game log travels beside the state, not inside it. Each boardgame.io move takes the entries
 * it wrote out of `G.log` and attaches them to its own entry of boardgame.io's action log (as
 * metadata). So `G` stays small (the log was nine tenths of it, and boardgame.io copies `G` into
 * its undo stack and into every stored state and update), while every client still receives the
 * whole log: in full at sync, as a delta with every update.
 *
 * This module is the one place that knows that convention: `takeMoveLog` for the move, and
 * `rebuildLog` for whoever holds an action log and a `G` and wants the full game log back.
 */
import type { LogEntry } from './log';

/** What a move attaches to its action-log entry. */
export interface MoveLogMetadata {
  readonly entries: readonly LogEntry[];
}

/** The part of a boardgame.io action-log entry that the rebuild reads. */
export interface ActionLogEntry {
  readonly action: { readonly type: string };
  readonly metadata?: unknown;
}

/** Removes the entries written so far from `log` (in place) and returns them as metadata. */
export function takeMoveLog(log: LogEntry[]): MoveLogMetadata {
  return { entries: log.splice(0) };
}

function entriesOf(metadata: unknown): readonly LogEntry[] | null {
  const entries = (metadata as Partial<MoveLogMetadata> | undefined)?.entries;
  return Array.isArray(entries) ? entries : null;
}

/**
 * The full game log: the entries of every move still in effect, in order, then what `G.log`
 * holds now (the setup's entries before the first move). An undo takes its move's entries back
 * out (boardgame.io logs the undo as its own action), a redo puts them back.
 */
export function rebuildLog(actions: readonly ActionLogEntry[], pending: readonly LogEntry[]): LogEntry[] {
  const done: (readonly LogEntry[])[] = [];
  let undone: (readonly LogEntry[])[] = [];
  for (const { action, metadata } of actions) {
    if (action.type === 'MAKE_MOVE') {
      const entries = entriesOf(metadata);
      if (entries) {
        done.push(entries);
        undone = [];
      }
    } else if (action.type === 'UNDO') {
      const last = done.pop();
      if (last) undone.unshift(last);
    } else if (action.type === 'REDO') {
      const next = undone.shift();
      if (next) done.push(next);
    }
  }
  return [...done.flat(), ...pending];
}
