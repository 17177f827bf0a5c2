/**
 * Replays (`#/replay`): a finished game stepped through move by move, the board, the status and
 * the log as they stood after each move. The record comes from the end of a game or from a file
 * (checked first: a bad file gets a clear error and nothing else changes). Each step is rebuilt
 * from the seed by the pure rules, so a replay shows exactly what the game did.
 */
import { type GameRecord, parseGameRecordText, replayRecord } from '../client/game-record';
import { type GameState, viewFor } from '../game';
import { SIDE_NAME } from '../content/words';
import { type BoardSlot, mountBoardSlot } from './board-slot';
import { button, h, screenHeading } from './dom';
import { renderHud } from './hud';
import { createLogView } from './log-view';
import { moveText } from './move-text';
import { downloadRecord, recordToFragment } from './record-file';

export interface ReplayOptions {
  /** The game to show; null: ask for a file first. */
  readonly record: GameRecord | null;
  /** A replay link's record text (`#/replay/DATA`), checked like a file's; null: the link's data could not be decoded. */
  readonly linked?: string | null;
  readonly onBack: () => void;
}

/** One step: the state after `index` moves and what the last of them was. */
interface Step {
  readonly G: GameState;
  readonly said: string;
}

/** The state after `index` moves (0: the setup), from the seed; the record was checked whole before. */
function stepOf(record: GameRecord, index: number): Step {
  let said = 'The game is set up.';
  const G = replayRecord(record, index, (before, side, move, i) => {
    if (i === index - 1) said = `Move ${index} of ${record.moves.length}: ${SIDE_NAME[side]}: ${moveText(move, viewFor(before, side))}.`;
  });
  if (typeof G === 'string') throw new Error(G);
  return { G, said };
}

/** Mounts the replay screen in `parent`; returns the function that tears it down. */
export function mountReplayScreen(parent: HTMLElement, opts: ReplayOptions): () => void {
  const body = h('div', { class: 'replay-body' });
  const screen = h('div', { class: 'replay-screen' },
    h('header', { class: 'game-top' },
      screenHeading('h1', 'Replay', 'replay-title'),
      button('Back to the menu', opts.onBack, { key: 'replay-back', class: 'small' })),
    body);
  parent.replaceChildren(screen);
  let teardown: () => void = () => undefined;
  const show = (record: GameRecord): void => {
    teardown = showViewer(body, record);
  };
  const linked = opts.linked === undefined ? null : opts.linked === null ? 'its data is damaged.' : checkedRecord(opts.linked);
  if (opts.record) show(opts.record);
  else if (linked && typeof linked !== 'string') show(linked);
  else body.append(filePicker(show, typeof linked === 'string' ? `This replay link is not valid: ${linked}` : ''));
  return () => teardown();
}

/** A record from a file or a link: its shape, then its every move, or what is wrong. */
function checkedRecord(text: string): GameRecord | string {
  const record = parseGameRecordText(text);
  if (typeof record === 'string') return record;
  const replayed = replayRecord(record);
  return typeof replayed === 'string' ? replayed : record;
}

/** The file picker: a record from this device, checked before anything shows. */
function filePicker(onRecord: (record: GameRecord) => void, problem: string): HTMLElement {
  const error = h('p', { class: 'replay-error', attrs: { role: 'alert' } }, problem);
  const input = h('input', { id: 'replay-file', attrs: { type: 'file', accept: '.json,application/json' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) return void (error.textContent = 'This file is too large to be a game record.');
    void file.text().then((text) => {
      const record = checkedRecord(text);
      if (typeof record === 'string') error.textContent = record;
      else onRecord(record);
    });
  });
  return h('section', { class: 'replay-open menu-card', attrs: { 'aria-labelledby': 'replay-open-title' } },
    h('h2', { id: 'replay-open-title' }, 'Open a game record'),
    h('p', {}, 'A game record is the JSON file downloaded at the end of a game: its setup, its seed and its moves.'),
    h('label', { attrs: { for: 'replay-file' } }, 'Game record file (JSON)'), input, error);
}

/** A link that opens this replay (the record in the address), when the game is short enough. */
function linkTo(record: GameRecord): HTMLElement | null {
  const data = recordToFragment(record);
  return data === null ? null : h('a', { class: 'replay-link', attrs: { href: `#/replay/${data}` } }, 'Link to this replay');
}

function showViewer(body: HTMLElement, record: GameRecord): () => void {
  const total = record.moves.length;
  let index = total;
  const hud = h('div', { class: 'replay-hud' });
  const board = h('section', { class: 'board', attrs: { 'aria-label': 'Map' } });
  const log = createLogView();
  const said = h('p', { class: 'replay-said', attrs: { role: 'status' } });
  const range = h('input', { id: 'replay-step', attrs: { type: 'range', min: 0, max: total, value: total } });
  const count = h('output', { attrs: { for: 'replay-step' } });
  const controls = h('div', { class: 'replay-controls', attrs: { role: 'group', 'aria-label': 'Replay controls' } },
    button('First', () => go(0), { key: 'replay-first', class: 'small' }),
    button('Previous move', () => go(index - 1), { key: 'replay-prev', class: 'small' }),
    button('Next move', () => go(index + 1), { key: 'replay-next', class: 'small' }),
    button('Last', () => go(total), { key: 'replay-last', class: 'small' }),
    h('label', { class: 'replay-range', attrs: { for: 'replay-step' } }, 'Move'), range, count,
    button('Download the game record', () => downloadRecord(record), { key: 'replay-download', class: 'small' }),
    linkTo(record));
  body.replaceChildren(controls, said, h('div', { class: 'replay-main' }, h('div', { class: 'replay-stage' }, hud, board), h('div', { class: 'replay-log' }, log.el)));
  let slot: BoardSlot | null = null;
  let gone = false;
  range.addEventListener('input', () => go(Number(range.value)));

  function go(next: number): void {
    index = Math.max(0, Math.min(total, next));
    const step = stepOf(record, index);
    const view = viewFor(step.G, null);
    range.value = String(index);
    count.textContent = `${index} of ${total}`;
    said.textContent = step.said;
    hud.replaceChildren(renderHud({ view, who: 'Replay of a finished game' }));
    log.update(view.log, []);
    slot?.update(view, { highlighted: [], selected: null });
    for (const [key, disabled] of [['replay-first', index === 0], ['replay-prev', index === 0], ['replay-next', index === total], ['replay-last', index === total]] as const) {
      (controls.querySelector(`[data-key="${key}"]`) as HTMLButtonElement).disabled = disabled;
    }
    // A button that just became disabled (Next at the last move) would drop keyboard focus to the page.
    if (document.activeElement instanceof HTMLButtonElement && document.activeElement.disabled) range.focus();
  }
  go(total);
  void mountBoardSlot(board, { onCountrySelect: () => undefined }).then((mounted) => {
    if (gone) return mounted.destroy();
    slot = mounted;
    go(index);
  });
  return () => {
    gone = true;
    slot?.destroy();
  };
}
