/**
 * Where the learner is in the tutorial, read from the game's log: a task is done when a log line
 * written since its step began passes the task's check; a step is complete when all its tasks
 * are, and the next step starts right after the line that completed it. Skipping a step moves on
 * without it. Pure: the same log always gives the same progress.
 */
import type { LogEntry, LogCause } from '../game/log';
import { TUTORIAL_STEPS, type TaskCheck, type TutorialStep } from './tutorial-steps';

export interface TutorialProgress {
  /** The current step's index; `steps.length` once the tutorial is over. */
  readonly step: number;
  /** The log index from which the current step's tasks count. */
  readonly since: number;
  /** Steps the learner skipped. */
  readonly skipped: readonly number[];
}

export const TUTORIAL_START: TutorialProgress = { step: 0, since: 0, skipped: [] };

/** Was this line caused by a move of the Democratic side (an action or a card it played)? */
function byLearner(cause: LogCause): boolean {
  return (cause.kind === 'action' || cause.kind === 'card') && cause.side === 'dem';
}

/** Does this log line pass the check? */
function passes(check: TaskCheck, entry: LogEntry): boolean {
  const e = entry.event;
  switch (check.kind) {
    case 'played':
      return e.type === 'card-played' && e.side === 'dem' && e.card === check.card && e.mode === check.mode;
    case 'action':
      return e.type === 'action' && e.side === 'dem' && e.action === check.action && e.target === check.target;
    case 'tie':
      return e.type === 'dem-tie' && byLearner(entry.cause) && e.country === check.country && e.to === check.to;
    case 'vetoed':
      return e.type === 'bloc-decision' && byLearner(entry.cause) && !e.passed;
    case 'polarization-cut':
      return e.type === 'track' && byLearner(entry.cause) && e.country === check.country && e.track === 'polarization' && e.to < e.from;
    case 'game-over':
      return e.type === 'game-over';
  }
}

/** The index of the first line from `since` on that passes the check, or null. */
export function taskDoneAt(check: TaskCheck, log: readonly LogEntry[], since: number): number | null {
  for (let i = since; i < log.length; i++) {
    const entry = log[i];
    if (entry && passes(check, entry)) return i;
  }
  return null;
}

/** The index of the line that completed the step (its last task's), or null while a task is open. */
function stepDoneAt(step: TutorialStep, log: readonly LogEntry[], since: number): number | null {
  let last = since - 1;
  for (const task of step.tasks) {
    const at = taskDoneAt(task.check, log, since);
    if (at === null) return null;
    last = Math.max(last, at);
  }
  return last;
}

/** Moves through every step the log has completed. */
export function advance(progress: TutorialProgress, log: readonly LogEntry[], steps: readonly TutorialStep[] = TUTORIAL_STEPS): TutorialProgress {
  let { step, since } = progress;
  for (let current = steps[step]; current; current = steps[step]) {
    const at = stepDoneAt(current, log, since);
    if (at === null) break;
    step += 1;
    since = at + 1;
  }
  return step === progress.step ? progress : { ...progress, step, since };
}

/** Skips the current step: the next one counts from the log as it is now. */
export function skipStep(progress: TutorialProgress, log: readonly LogEntry[], steps: readonly TutorialStep[] = TUTORIAL_STEPS): TutorialProgress {
  if (progress.step >= steps.length) return progress;
  return advance({ step: progress.step + 1, since: log.length, skipped: [...progress.skipped, progress.step] }, log, steps);
}
