/**
 * The game log, newest first: one sentence per entry (describe) with its concept, and the AI's
 * reasons where its moves begin. New lines are added to a polite live region; the list is
 * rebuilt only when it shrinks (an undo).
 */
import type { AiNote } from '../client/ai-seat';
import { describe, type LogEntry } from '../game';
import { h } from './dom';
import { SIDE_NAME } from './labels';

type Line = { kind: 'entry'; entry: LogEntry } | { kind: 'note'; note: AiNote };

/** Log entries and AI notes in the order they happened. */
function merge(log: readonly LogEntry[], notes: readonly AiNote[]): Line[] {
  const lines: Line[] = [];
  let n = 0;
  log.forEach((entry, i) => {
    for (; n < notes.length && (notes[n] as AiNote).logIndex <= i; n++) lines.push({ kind: 'note', note: notes[n] as AiNote });
    lines.push({ kind: 'entry', entry });
  });
  for (; n < notes.length; n++) lines.push({ kind: 'note', note: notes[n] as AiNote });
  return lines;
}

function lineItem(line: Line): HTMLElement {
  if (line.kind === 'note') {
    return h('li', { class: 'log-line log-ai' },
      h('span', { class: 'concept' }, 'AI'),
      ` The AI (${SIDE_NAME[line.note.side]}) ${line.note.reason.replace(/\.$/, '')}.`);
  }
  const { entry } = line;
  return h('li', { class: `log-line log-${entry.cause.kind}` },
    h('span', { class: 'round' }, `R${entry.round}`),
    ' ',
    describe(entry),
    ' ',
    h('span', { class: 'concept' }, h('span', { class: 'visually-hidden' }, 'concept: '), entry.concept));
}

export interface LogView {
  readonly el: HTMLElement;
  update(log: readonly LogEntry[], notes: readonly AiNote[]): void;
}

export function createLogView(): LogView {
  const list = h('ol', { class: 'log-list', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', reversed: true } });
  const el = h('section', { class: 'log', attrs: { 'aria-labelledby': 'log-title' } }, h('h2', { id: 'log-title' }, 'Game log (newest first)'), list);
  let shown: Line[] = [];
  return {
    el,
    update(log, notes) {
      const lines = merge(log, notes);
      // Lines are only ever added, except by an undo, which removes the newest: checking the
      // length and the newest line shown is enough to tell the two apart.
      const last = shown.length - 1;
      const grown = lines.length >= shown.length && (last < 0 || sameLine(shown[last] as Line, lines[last] as Line));
      if (!grown) {
        list.replaceChildren();
        shown = [];
      }
      const fresh = lines.slice(shown.length).map(lineItem).reverse();
      list.prepend(...fresh);
      shown = lines;
    },
  };
}

function sameLine(a: Line, b: Line): boolean {
  if (a.kind === 'entry' && b.kind === 'entry') return JSON.stringify(a.entry) === JSON.stringify(b.entry);
  return a.kind === 'note' && b.kind === 'note' && a.note === b.note;
}
