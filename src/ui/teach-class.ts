/**
 * One class in the instructor room (`#/teach/CODE`): the class code for the board, every table
 * live (polled every few seconds: round, World Order, whose turn, key moments as they happen),
 * giving a seat to the AI, an inject to every table, the students and their quiz, the summary
 * across tables, the CSV and JSON exports, and deleting the class.
 */
import { AI_LEVELS, type AiLevel } from '../ai/types';
import type { ClassClient, ClassGrid, GridSeat, GridTable } from '../client/class-client';
import type { TeacherClass, TeacherClasses } from '../client/class-keys';
import { LobbyError } from '../client/lobby-client';
import { paceText } from '../client/online-clock';
import { AI_LEVEL_NAME, DECISION_RULE_NAME, SIDE_NAME, SIDE_SHORT, signed } from '../content/words';
import { ALL_CARDS } from '../game/data/cards';
import type { Side } from '../game/types';
import { button, fillSlot, h, keepingFocus, screenHeading } from './dom';
import { select } from './form';
import { renderSummary } from './teach-summary';
import { formatClassCode } from './teach-room';

export interface TeachClassOptions {
  readonly client: ClassClient;
  readonly classes: TeacherClasses;
  readonly code: string;
  readonly onRoom: () => void;
  /** How often the grid is asked for (ms). */
  readonly pollMs?: number;
}

const POLL_MS = 3000;
const WORLD_EVENTS = ALL_CARDS.filter((c) => c.side === 'world');

const errorText = (error: unknown): string => (error instanceof LobbyError ? error.message : String(error));

function statusText(t: GridTable): string {
  if (t.status === 'missing') return 'The match is no longer stored.';
  if (t.status === 'waiting') return 'Waiting for a second player.';
  if (t.status === 'over') return t.winner === 'draw' ? 'Over: a draw.' : `Over: the ${SIDE_NAME[t.winner ?? 'dem']} won.`;
  return `Round ${t.round} of ${t.lastRound}; ${t.onMove ? `${SIDE_SHORT[t.onMove]} side on move` : ''}.`;
}

function seatLine(t: GridTable, side: Side, onAi: (t: GridTable, seat: GridSeat) => void): HTMLElement {
  const seat = t.players[side];
  const who = seat.holder === 'empty' ? 'empty seat' : (seat.name ?? '—');
  const canGive = t.status !== 'over' && t.status !== 'missing' && seat.holder !== 'ai';
  return h('li', { class: `teach-seat teach-seat--${side}` },
    h('span', {}, `${SIDE_SHORT[side]}: `, h('strong', {}, who), seat.holder === 'ai' ? ' (AI)' : ''),
    canGive ? button(seat.holder === 'empty' ? 'Fill with the AI' : 'AI takes over', () => onAi(t, seat),
      { key: `ai-${t.matchID}-${seat.playerID}`, ariaLabel: `${seat.holder === 'empty' ? 'Fill' : 'Hand over'} the ${SIDE_SHORT[side]} seat of table ${t.matchID} to the AI` }) : null);
}

function tableCard(t: GridTable, index: number, onAi: (t: GridTable, seat: GridSeat) => void): HTMLElement {
  const moments = t.keyMoments.slice(-4).reverse();
  return h('li', { class: `teach-table-card teach-table-card--${t.status}`, attrs: { 'data-match': t.matchID } },
    h('h3', {}, `Table ${index + 1}`, h('span', { class: 'teach-rule' }, ` · ${DECISION_RULE_NAME[t.decisionRule]}`)),
    h('p', { class: 'teach-table-status' }, statusText(t)),
    h('p', { class: 'teach-world-order' }, 'World Order ', h('strong', {}, signed(t.worldOrder))),
    h('ul', { class: 'teach-seats' }, seatLine(t, 'dem', onAi), seatLine(t, 'aut', onAi)),
    h('p', { class: 'teach-counts' }, `Vetoes ${t.vetoes} · outvotes ${t.outvotes} · integrations ${t.integrations} · breakaways ${t.breakaways}`),
    moments.length === 0 ? null : h('ul', { class: 'teach-moments', attrs: { 'aria-label': `Latest key moments of table ${index + 1}` } },
      ...moments.map((m) => h('li', {}, h('span', { class: 'teach-moment-round' }, `R${m.round} `), m.text))),
    h('p', { class: 'teach-match-code' }, `Match ${t.matchID}`));
}

function studentsTable(grid: ClassGrid): HTMLElement {
  const tableNo = (matchID: string) => grid.tables.findIndex((t) => t.matchID === matchID) + 1;
  const yes = (b: boolean) => (b ? 'done' : '—');
  return h('section', { attrs: { 'aria-labelledby': 'students-title' } },
    h('h2', { id: 'students-title' }, `Students (${grid.students.length})`),
    grid.students.length === 0 ? h('p', {}, 'Nobody has joined yet.') : h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Students' } },
      h('table', { class: 'teach-table' },
        h('thead', {}, h('tr', {}, ...['Name', 'Table', 'Side', 'Quiz before', 'Quiz after'].map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
        h('tbody', {}, ...grid.students.map((s) => h('tr', {},
          h('th', { attrs: { scope: 'row' } }, s.name, s.replacedByAi ? ' (AI finished)' : ''),
          h('td', {}, tableNo(s.matchID)), h('td', {}, s.side ? SIDE_SHORT[s.side] : '—'), h('td', {}, yes(s.quiz.pre)), h('td', {}, yes(s.quiz.post))))))));
}

/** Saves `text` as a file through a temporary link. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function mountTeachClass(root: HTMLElement, opts: TeachClassOptions): () => void {
  const kept = opts.classes.find(opts.code);
  const heading = screenHeading('h1', kept?.title ?? `Class ${formatClassCode(opts.code)}`, 'teach-class-title');
  const nav = h('nav', { class: 'teaching-nav', attrs: { 'aria-label': 'Instructor room' } }, button('Back to the instructor room', opts.onRoom, { key: 'room' }));
  if (!kept) {
    root.replaceChildren(h('div', { class: 'teaching teach-room' }, nav, h('main', { class: 'teaching-page' }, heading,
      h('p', {}, 'This device does not hold the teacher key of this class. Open it on the device that created it.'))));
    heading.focus();
    return () => undefined;
  }
  return mountWithKey(root, opts, kept, heading, nav);
}

function mountWithKey(root: HTMLElement, opts: TeachClassOptions, kept: TeacherClass, heading: HTMLElement, nav: HTMLElement): () => void {
  const { client, code } = opts;
  const key = kept.key;
  const live = h('p', { class: 'teach-live', attrs: { role: 'status' } }, 'Loading the tables…');
  const paceLine = h('p', { class: 'teach-pace' });
  const actionStatus = h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const tablesSlot = h('div', { class: 'teach-tables-slot' });
  const studentsSlot = h('div');
  const summarySlot = h('div');
  let stopped = false;

  const joinLink = `${location.origin}${location.pathname}#/class/${code}`;

  const act = async (what: string, task: () => Promise<string>) => {
    actionStatus.textContent = `${what}…`;
    try {
      actionStatus.textContent = await task();
      await refresh();
    } catch (error) {
      actionStatus.textContent = `Could not ${what.toLowerCase()}: ${errorText(error)}.`;
    }
  };
  const giveToAi = (t: GridTable, seat: GridSeat) => void act('Give the seat to the AI', async () => {
    const level = (root.querySelector('#class-seat-level') as HTMLSelectElement | null)?.value as AiLevel | undefined;
    await client.fillSeat(code, key, t.matchID, seat.playerID, level);
    return `The AI plays ${seat.name && seat.holder === 'student' ? `${seat.name}'s` : 'the empty'} seat of match ${t.matchID} now.`;
  });

  function render(grid: ClassGrid): void {
    // A class stored by an older server has no pace: its tables ran Live.
    const pace = grid.options.pace as ClassGrid['options']['pace'] | undefined;
    const paceWords = pace ? `Pace of the tables: ${paceText(pace)}. When a student's time runs out, the AI plays that turn; they take their seat back on returning.` : '';
    if (paceLine.textContent !== paceWords) paceLine.textContent = paceWords;
    keepingFocus(root, () => {
      fillSlot(tablesSlot, JSON.stringify(grid.tables), () => grid.tables.length === 0
        ? h('p', {}, 'No table yet: tables appear as students join.')
        : h('ol', { class: 'teach-tables' }, ...grid.tables.map((t, i) => tableCard(t, i, giveToAi))));
      fillSlot(studentsSlot, JSON.stringify([grid.students, grid.tables.map((t) => t.matchID)]), () => studentsTable(grid));
      fillSlot(summarySlot, JSON.stringify([grid.summary, grid.quiz]), () => renderSummary(grid));
    });
  }

  async function refresh(): Promise<void> {
    try {
      const grid = await client.grid(code, key);
      if (stopped) return;

      render(grid);
      const playing = grid.tables.filter((t) => t.status === 'playing').length;
      live.textContent = `${grid.tables.length} table${grid.tables.length === 1 ? '' : 's'}, ${playing} playing · updated ${new Date().toLocaleTimeString()}`;
    } catch (error) {
      if (!stopped) live.textContent = `Cannot update the tables: ${errorText(error)}.`;
    }
  }

  const injectSelect = select('class-inject', 'World event', WORLD_EVENTS.map((c): [string, string] => [c.id, c.title]), WORLD_EVENTS[0]?.id ?? '');
  const inject = () => void act('Release the event', async () => {
    const card = (root.querySelector('#class-inject') as HTMLSelectElement).value;
    const title = WORLD_EVENTS.find((c) => c.id === card)?.title ?? card;
    const result = await client.inject(code, key, card);
    return `${title} happened at ${result.entered.length} table${result.entered.length === 1 ? '' : 's'}${result.skipped.length > 0 ? ` (${result.skipped.length} finished or not started)` : ''}.`;
  });
  const exportFile = (kind: 'csv' | 'json') => void act(`Download the ${kind.toUpperCase()}`, async () => {
    download(`class-${code}.${kind}`, kind === 'csv' ? 'text/csv' : 'application/json', await client.exportText(code, key, kind));
    return `class-${code}.${kind} downloaded.`;
  });
  const deleteBox = h('div', { class: 'teach-delete' });
  const askDelete = () => deleteBox.replaceChildren(
    h('p', {}, 'Delete this class, its tables and every student\'s name and answers from the server? This cannot be undone.'),
    button('Delete for good', () => void remove(), { key: 'delete-confirm', class: 'danger' }),
    button('Keep the class', () => deleteBox.replaceChildren(deleteButton()), { key: 'delete-cancel' }));
  const deleteButton = () => button('Delete the class', askDelete, { key: 'delete-class' });
  deleteBox.append(deleteButton());
  async function remove(): Promise<void> {
    try {
      await client.remove(code, key);
      opts.classes.forget(code);
      opts.onRoom();
    } catch (error) {
      actionStatus.textContent = `Could not delete the class: ${errorText(error)}.`;
    }
  }

  root.replaceChildren(h('div', { class: 'teaching teach-room' }, nav,
    h('main', { class: 'teaching-page teach-class' },
      heading,
      h('p', { class: 'teach-code' }, 'Class code ', h('strong', { attrs: { 'data-class-code': code } }, formatClassCode(code))),
      h('p', {}, 'Students open ', h('a', { attrs: { href: joinLink } }, joinLink), ' and choose a display name (or open #/class and type the code).'),
      live,
      paceLine,
      h('section', { attrs: { 'aria-labelledby': 'tables-title' } }, h('h2', { id: 'tables-title' }, 'Tables'), tablesSlot),
      h('section', { class: 'teach-actions', attrs: { 'aria-labelledby': 'teach-actions-title' } },
        h('h2', { id: 'teach-actions-title' }, 'Teacher\'s actions'),
        h('div', { class: 'teach-action-row' },
          injectSelect, button('Release to every table', inject, { key: 'inject', class: 'primary' }),
          select('class-seat-level', 'Level of the AI you give seats to', AI_LEVELS.map((v) => [v, AI_LEVEL_NAME[v]] as const), 'normal')),
        actionStatus),
      summarySlot,
      studentsSlot,
      h('section', { class: 'teach-exports', attrs: { 'aria-labelledby': 'exports-title' } },
        h('h2', { id: 'exports-title' }, 'Exports and deletion'),
        h('p', {}, 'CSV: one row per table and round (for grading); JSON: everything, with each student\'s quiz answers.'),
        button('Download CSV', () => exportFile('csv'), { key: 'export-csv' }),
        button('Download JSON', () => exportFile('json'), { key: 'export-json' }),
        deleteBox))));
  document.title = `${kept.title} — Instructor room — Trust & Leverage`;
  heading.focus();
  void refresh();
  const timer = setInterval(() => void refresh(), opts.pollMs ?? POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
