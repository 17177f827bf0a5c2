/**
 * The game log, newest group first (see log-groups.ts): each turn under its side and card with
 * the AI's reason at its head, each round's start and resolution as their own groups, and each
 * round's scoring broken down line by line (from the rules' `score` event). Filters by round,
 * side and concept (log-filters.ts). Concept chips (links to the glossary, opened in a dialog over
 * the game) only on lines that illustrate a concept. A card played and each world event can be
 * opened to read the card's explanation and reference. New lines are added to a polite live
 * region; the list is rebuilt only when it shrinks (an undo).
 */
import type { AiNote } from '../client/ai-seat';
import { illustratesConcept } from '../content/log-concepts';
import { logSentence, standInText } from '../content/log-text';
import { scoreLinesOf, scoreLineText } from '../content/score-text';
import { SIDE_NAME, signed } from '../content/words';
import { CARD, type CardId, type LogEntry, type LogEvent, type Side } from '../game';
import { h } from './dom';
import { conceptLink } from './glossary-links';
import { createLogFilters, type LogFilter } from './log-filters';
import { type GroupHead, type GroupItem, groupLog, type LogGroup, sideOfGroup } from './log-groups';

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

/** A round's points, side by side, each line as the rules' breakdown gives it. */
function scoreBreakdown(event: Extract<LogEvent, { type: 'score' }>, round: number): HTMLElement {
  const side = (s: Side, total: number) => h('div', { class: `score-side score-side--${s}` },
    h('p', {}, h('strong', {}, `${SIDE_NAME[s]}: ${total}`)),
    h('ul', {}, ...scoreLinesOf(event.lines, s).map((line) => h('li', {}, scoreLineText(line)))));
  return h('details', { class: 'score-breakdown' },
    h('summary', {}, `How round ${round} was scored`),
    h('div', { class: 'score-sides' }, side('dem', event.dem), side('aut', event.aut)),
    h('p', {}, `Difference ${signed(event.dem - event.aut)}, World Order moves ${signed(event.shift)} (at most 5 a round).`));
}

function entryItem(entry: LogEntry, id: number): HTMLElement {
  const sentence = logSentence(entry);
  const card = announcedCard(entry);
  const chip = illustratesConcept(entry);
  const li = h('li', { class: `log-line log-${entry.cause.kind}` },
    sentence,
    ...(chip ? [' ', conceptLink(entry.concept, 'concept')] : []),
    ...(card ? [' ', ...cardAbout(card, sentence, `log-about-${id}`)] : []),
    entry.event.type === 'score' ? scoreBreakdown(entry.event, entry.round) : null);
  if (chip) li.dataset['concept'] = entry.concept;
  return li;
}

function noteItem(note: AiNote): HTMLElement {
  if (note.standIn) {
    return h('li', { class: 'log-line log-ai log-stand-in' }, h('span', { class: 'concept' }, 'Clock'), ` ${standInText(note.side, note.standIn, note.reason)}`);
  }
  return h('li', { class: 'log-line log-ai' },
    h('span', { class: 'concept' }, 'AI'),
    ` The AI (${SIDE_NAME[note.side]}) ${note.reason.replace(/\.$/, '')}.`);
}

function headText(head: GroupHead): string {
  switch (head.kind) {
    case 'setup': return 'Setup';
    case 'round-start': return `Round ${head.round} begins`;
    case 'turn': return `R${head.round} · ${SIDE_NAME[head.side]}: ${CARD[head.card].title} (${head.mode === 'event' ? 'event' : 'ops'})`;
    case 'resolution': return `Round ${head.round}: resolution and scoring`;
  }
}

interface ShownGroup {
  readonly el: HTMLElement;
  readonly items: HTMLElement;
  count: number;
}

export interface LogView {
  readonly el: HTMLElement;
  update(log: readonly LogEntry[], notes: readonly AiNote[]): void;
}

export function createLogView(): LogView {
  // The list scrolls inside its box: tabindex 0 lets keyboard users reach it and scroll it (WCAG 2.1.1).
  const list = h('ol', { class: 'log-list', attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', reversed: true, tabindex: 0, 'aria-label': 'Game log entries, newest first' } });
  const filters = createLogFilters(() => applyAll());
  const el = h('section', { class: 'log', attrs: { 'aria-labelledby': 'log-title' } },
    h('h2', { id: 'log-title' }, 'Game log (newest first)'), filters.el, list);
  let shown: ShownGroup[] = [];
  let shownLog: readonly LogEntry[] = [];
  let shownNotes = 0;
  /** Numbers the lines ever built, so that every panel's id is unique on the page. */
  let built = 0;

  const itemEl = (item: GroupItem): HTMLElement => (item.kind === 'note' ? noteItem(item.note) : entryItem(item.entry, built++));

  function newGroup(group: LogGroup): ShownGroup {
    const items = h('ul', { class: 'log-items' });
    const side = sideOfGroup(group.head);
    const el = h('li', { class: `log-group log-group--${group.head.kind}${side ? ` log-group--${side}` : ''}`, attrs: { 'data-round': group.round, 'data-side': side ?? 'rules' } },
      h('p', { class: 'log-group-head' }, headText(group.head)), items);
    return { el, items, count: 0 };
  }

  function applyAll(): void {
    const filter = filters.value();
    for (const group of shown) applyTo(group.el, filter);
  }

  return {
    el,
    update(log, notes) {
      // Lines are only ever added, except by an undo, which removes the newest: the log growing
      // with its last shown line unchanged tells the two apart.
      const last = shownLog.length - 1;
      const grown = log.length >= shownLog.length && notes.length >= shownNotes && (last < 0 || JSON.stringify(log[last]) === JSON.stringify(shownLog[last]));
      if (!grown) {
        list.replaceChildren();
        shown = [];
      }
      const groups = groupLog(log, notes);
      const filter = filters.value();
      groups.forEach((group, i) => {
        const target = shown[i] ?? newGroup(group);
        if (!shown[i]) {
          shown.push(target);
          list.prepend(target.el);
        }
        if (group.items.length === target.count) return;
        target.items.append(...group.items.slice(target.count).map(itemEl));
        target.count = group.items.length;
        applyTo(target.el, filter);
      });
      shownLog = log;
      shownNotes = notes.length;
      filters.setRounds(groups.at(-1)?.round ?? 0);
    },
  };
}

/** Shows a group when it passes the filter; under a concept filter, only its lines of that concept (and the AI's reasons). */
function applyTo(group: HTMLElement, filter: LogFilter): void {
  const round = Number(group.dataset['round']);
  const inRound = filter.round === null || round === filter.round;
  const ofSide = filter.side === 'all' || group.dataset['side'] === filter.side;
  let conceptLines = 0;
  for (const line of group.querySelectorAll<HTMLElement>('.log-items > li')) {
    const keep = filter.concept === null || line.classList.contains('log-ai') || line.dataset['concept'] === filter.concept;
    line.hidden = !keep;
    if (keep && line.dataset['concept'] !== undefined) conceptLines += 1;
  }
  group.hidden = !(inRound && ofSide && (filter.concept === null || conceptLines > 0));
}
