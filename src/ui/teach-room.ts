/**
 * The instructor room (`#/teach`): a new class (title, scenario, decision rule or a split of the
 * class between both rules, starting dependency, pairing, the AI's level, the pace of its tables:
 * Live for a lesson, Daily for play across days) and the classes kept on
 * this device. Creating shows the class code; the teacher key stays on this device only
 * (`TeacherClasses`), and the room opens the class (`#/teach/CODE`, teach-class.ts).
 */
import { AI_LEVELS, type AiLevel } from '../ai/types';
import { type ClassClient, type ClassOptions, type Pairing } from '../client/class-client';
import type { TeacherClasses } from '../client/class-keys';
import { LobbyError } from '../client/lobby-client';
import { AI_LEVEL_NAME } from '../content/words';
import { DEFAULT_SCENARIO, LISTED_SCENARIOS } from '../game/data/scenarios';
import { DAILY_DEFAULT, LIVE_DEFAULT, type Pace } from '../server/clock/pace';
import { button, h, screenHeading } from './dom';
import { checkedValue, radios, select } from './form';
import { readRuleOptions, ruleOptions } from './rule-options';

export interface TeachRoomOptions {
  readonly client: ClassClient;
  readonly classes: TeacherClasses;
  readonly onOpen: (code: string) => void;
  readonly onBack: () => void;
}

/** "ABC-DEF": a class code as it is written on the board. */
export const formatClassCode = (code: string): string => `${code.slice(0, 3)}-${code.slice(3)}`;

/** Hours per turn a Daily class may choose. */
const DAILY_HOURS = [8, 12, 24, 48, 72] as const;

/** The pace of the class's tables: Live (its defaults) or Daily at the hours chosen. */
function paceFields(): HTMLElement {
  const hours = select('class-daily-hours', 'Hours per turn (Daily)', DAILY_HOURS.map((n) => [String(n), `${n} hours`] as const), String(DAILY_DEFAULT.turnHours));
  const pace = radios<Pace['kind']>('class-pace', 'Pace of the tables', [
    ['live', 'Live', `for a lesson: ${LIVE_DEFAULT.turnSeconds} seconds a turn plus a ${LIVE_DEFAULT.bankSeconds / 60}-minute bank`],
    ['daily', 'Daily', 'for play across days (homework): hours per turn'],
  ], 'live');
  const showHours = (): void => void (hours.hidden = checkedValue(pace, 'class-pace') !== 'daily');
  pace.addEventListener('change', showHours);
  showHours();
  return h('div', { class: 'class-pace' }, pace, hours,
    h('p', { class: 'hint' }, 'When a student\'s time runs out, the AI plays that turn for them at the class\'s level; they take their seat back when they return.'));
}

function readPace(section: HTMLElement): Pace {
  if (checkedValue(section, 'class-pace') !== 'daily') return LIVE_DEFAULT;
  const turnHours = Number((section.querySelector('#class-daily-hours') as HTMLSelectElement | null)?.value ?? DAILY_DEFAULT.turnHours);
  return { kind: 'daily', turnHours };
}

function readOptions(section: HTMLElement): { title: string; options: Partial<ClassOptions> } {
  const value = (id: string) => (section.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
  const { decisionRule, dependency } = readRuleOptions(section, 'class');
  const pairing = checkedValue(section, 'class-pairing') as Pairing;
  const level = value('class-ai-level') as AiLevel;
  const split = (section.querySelector('#class-split') as HTMLInputElement).checked;
  return {
    title: value('class-title'),
    options: {
      scenario: value('class-scenario'),
      ...(decisionRule === 'scenario' ? {} : { decisionRule }),
      ...(dependency === null ? {} : { dependency }),
      pairing, aiLevel: level, split, pace: readPace(section),
    },
  };
}

function createForm(opts: TeachRoomOptions): HTMLElement {
  const status = h('p', { class: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const title = h('input', { id: 'class-title', attrs: { type: 'text', maxlength: 80, autocomplete: 'off', required: true } });
  const scenario = select('class-scenario', 'Scenario', LISTED_SCENARIOS.map((s): [string, string] => [s.id, s.title]),
    LISTED_SCENARIOS.some((s) => s.id === 'classroom-quick') ? 'classroom-quick' : DEFAULT_SCENARIO);
  const scenarioSelect = scenario.querySelector('select') as HTMLSelectElement;
  const split = h('input', { id: 'class-split', attrs: { type: 'checkbox' } });
  const section = h('section', { class: 'menu-card teach-create', attrs: { 'aria-labelledby': 'class-create-title' } },
    h('h2', { id: 'class-create-title' }, 'New class'),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'class-title' } }, 'Title (students do not see it)'), title),
    scenario,
    ruleOptions('class', scenarioSelect),
    h('div', { class: 'checkbox' }, split, h('label', { attrs: { for: 'class-split' } }, 'Split the class: every other table plays under the other decision rule')),
    radios<Pairing>('class-pairing', 'Students play', [['students', 'each other', 'tables fill as students join'], ['ai', 'the server\'s AI', 'one table each']], 'students'),
    select('class-ai-level', 'AI level (against the AI, and for seats you give it)', AI_LEVELS.map((v) => [v, AI_LEVEL_NAME[v]] as const), 'normal'),
    paceFields(),
    button('Create the class', () => void create(), { key: 'create-class', class: 'primary' }),
    status);
  async function create(): Promise<void> {
    const { title: text, options } = readOptions(section);
    if (text.trim() === '') {
      status.textContent = 'Give the class a title.';
      title.focus();
      return;
    }
    status.textContent = 'Creating the class…';
    try {
      const { classCode, teacherKey } = await opts.client.create(text, options);
      opts.classes.save({ code: classCode, key: teacherKey, title: text.trim(), createdAt: Date.now() });
      opts.onOpen(classCode);
    } catch (error) {
      status.textContent = `Could not create the class: ${error instanceof LobbyError ? error.message : String(error)}.`;
    }
  }
  return section;
}

function classList(opts: TeachRoomOptions): HTMLElement {
  const kept = opts.classes.all();
  const items = kept.map((c) => h('li', {},
    h('span', { class: 'teach-class-name' }, `${c.title} — `, h('strong', {}, formatClassCode(c.code))),
    button('Open', () => opts.onOpen(c.code), { key: `open-${c.code}`, ariaLabel: `Open ${c.title}` })));
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'class-list-title' } },
    h('h2', { id: 'class-list-title' }, 'Your classes on this device'),
    kept.length === 0
      ? h('p', {}, 'None yet. A class\'s teacher key is kept on the device that created it: open the class from here.')
      : h('ul', { class: 'teach-class-list' }, ...items));
}

/** The room's first page; returns how to leave it. */
export function mountTeachRoom(root: HTMLElement, opts: TeachRoomOptions): () => void {
  const heading = screenHeading('h1', 'Instructor room', 'teach-title');
  root.replaceChildren(h('div', { class: 'teaching teach-room' },
    h('nav', { class: 'teaching-nav', attrs: { 'aria-label': 'Instructor room' } },
      button('Back to the menu', opts.onBack, { key: 'back' }),
      h('ul', {}, h('li', {}, h('a', { attrs: { href: '#/teachers' } }, 'For teachers')), h('li', {}, h('a', { attrs: { href: '#/guide' } }, 'Teacher\'s guide')))),
    h('main', { class: 'teaching-page' },
      heading,
      h('p', {}, 'Students join with the class code and a display name only: no accounts, no e-mail. You watch every table here.'),
      h('div', { class: 'menu-grid' }, createForm(opts), classList(opts)))));
  document.title = 'Instructor room — Trust & Leverage';
  heading.focus();
  return () => undefined;
}
