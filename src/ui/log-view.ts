/**
 * The game log, newest first: one sentence per entry (describe) with its concept (a link to its
 * glossary entry, opened in a dialog over the game), and the AI's
 * reasons where its moves begin. A card played (by either side) and each world event can be
 * opened to read the card's explanation and its real-world reference: everyone at the table and
 * every spectator sees the same. New lines are added to a polite live region; the list is rebuilt
 * only when it shrinks (an undo).
 */
import type { AiNote } from '../client/ai-seat';
import { SIDE_NAME } from '../content/words';
import { logSentence } from '../content/log-text';
import { CARD, type CardId, type LogEntry } from '../game';
import { h } from './dom';
import { conceptLink } from './glossary-links';

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

/** The card a log entry announces: one played for its event or its ops, or the world event. */
function announcedCard(entry: LogEntry): CardId | null {
  const e = entry.event;
  return e.type === 'card-played' || e.type === 'world-event' ? e.card : null;
}

/**
 * A disclosure button ("About Pandemic") and the card's explanation and reference it opens.
 * The explanation is left out where the sentence already holds it (world events say it).
 */
function cardAbout(card: CardId, sentence: string, panelId: string): HTMLElement[] {
  const def = CARD[card];
  const panel = h('div', { id: panelId, class: 'log-about', hidden: true },
    sentence.includes(def.explanation) ? null : h('p', {}, def.explanation),
    h('p', {}, h('strong', {}, 'Reference: '), def.reference));
  const toggle = h('button', {
    class: 'small log-about-toggle',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId, 'data-key': `about:${panelId}` },
    onClick: () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
    },
  }, `About ${def.title}`);
  return [toggle, panel];
}

function lineItem(line: Line, id: number): HTMLElement {
  if (line.kind === 'note') {
    return h('li', { class: 'log-line log-ai' },
      h('span', { class: 'concept' }, 'AI'),
      ` The AI (${SIDE_NAME[line.note.side]}) ${line.note.reason.replace(/\.$/, '')}.`);
  }
  const { entry } = line;
  const sentence = logSentence(entry);
  const card = announcedCard(entry);
  return h('li', { class: `log-line log-${entry.cause.kind}` },
    h('span', { class: 'round' }, `R${entry.round}`),
    ' ',
    sentence,
    ' ',
    conceptLink(entry.concept, 'concept'),
    ...(card ? [' ', ...cardAbout(card, sentence, `log-about-${id}`)] : []));
}

export interface LogView {
  readonly el: HTMLElement;
  update(log: readonly LogEntry[], notes: readonly AiNote[]): void;
}

export function createLogView(): LogView {
  // The list scrolls inside its box: tabindex 0 lets keyboard users reach it and scroll it (WCAG 2.1.1).
  const list = h('ol', { class: 'log-list', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', reversed: true, tabindex: 0, 'aria-label': 'Game log entries, newest first' } });
  const el = h('section', { class: 'log', attrs: { 'aria-labelledby': 'log-title' } }, h('h2', { id: 'log-title' }, 'Game log (newest first)'), list);
  let shown: Line[] = [];
  /** Numbers the lines ever built, so that every panel's id is unique on the page. */
  let built = 0;
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
      const fresh = lines.slice(shown.length).map((line) => lineItem(line, built++)).reverse();
      list.prepend(...fresh);
      shown = lines;
    },
  };
}

function sameLine(a: Line, b: Line): boolean {
  if (a.kind === 'entry' && b.kind === 'entry') return JSON.stringify(a.entry) === JSON.stringify(b.entry);
  return a.kind === 'note' && b.kind === 'note' && a.note === b.note;
}
