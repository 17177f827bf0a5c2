/**
 * Keeps a solo or hot-seat game on the device: after every move (and at the end) its record and
 * the AI's reasons are saved under its id, so that a reload, a crash or the Back button resumes
 * it. Nothing is saved before a resumed game's moves are back in (that would overwrite the save).
 */
import type { Match } from '../client/match';
import type { LocalSaves } from '../client/local-saves';
import { AI_LEVEL_NAME, SIDE_NAME } from '../content/words';
import { DEFAULT_SCENARIO, SCENARIOS } from '../game/data/scenarios';

export interface KeepOptions {
  readonly id: string;
  readonly saves: LocalSaves;
  /** The clock (ms), for the save's date. */
  readonly now: () => number;
}

/** Saves `match` after each change of its moves; returns the function that stops it. */
export function keepLocalGame(match: Match, opts: KeepOptions): () => void {
  let savedKey = '';
  let stop: (() => void) | null = null;
  let stopped = false;
  const save = (): void => {
    const snap = match.snapshot();
    const record = match.record?.();
    if (!snap || !record) return;
    const view = snap.shown.view;
    const over = view.result !== null;
    const key = `${record.moves.length}:${over}:${snap.aiNotes.length}`;
    if (key === savedKey) return;
    savedKey = key;
    const who = record.players.mode === 'solo'
      ? `Solo as the ${SIDE_NAME[record.players.humanSide]} against the ${AI_LEVEL_NAME[record.players.level]} AI`
      : 'Hot-seat';
    const scenario = SCENARIOS[record.setupData.scenario ?? DEFAULT_SCENARIO].title;
    try {
      opts.saves.save({ id: opts.id, savedAt: opts.now(), record, aiNotes: snap.aiNotes, over, summary: `${who}, ${scenario}, round ${view.round}` });
    } catch (error) {
      // A full or blocked storage: the game goes on, unsaved.
      console.warn('the game could not be saved on this device:', error);
    }
  };
  void (match.restored ?? Promise.resolve()).then(() => {
    if (stopped) return;
    stop = match.subscribe(save);
    save();
  }, () => undefined);
  return () => {
    stopped = true;
    stop?.();
  };
}
