/** The main menu: solo against the AI (side, level, scenario), hot-seat, online, the rules and the glossary. */
import type { AiLevel } from '../ai';
import type { MatchConfig } from '../client/match';
import { LISTED_SCENARIOS, type ScenarioId, SCENARIOS } from '../game/data/scenarios';
import type { Side } from '../game/types';
import { AI_LEVEL_NAME, SIDE_NAME } from '../content/words';
import { button, h, screenHeading } from './dom';
import { checkedValue, type RadioOption, radios, select } from './form';
import { readRuleOptions, ruleOptions } from './rule-options';

export interface MenuOptions {
  /** The last settings, to start from. */
  readonly last: { side: Side; level: AiLevel; scenario: ScenarioId };
  readonly onStart: (config: MatchConfig) => void;
  readonly onRules: () => void;
  /** Opens the glossary of the concepts the game teaches. */
  readonly onGlossary: () => void;
  /** Opens the online lobby. */
  readonly onOnline: () => void;
  /** A saved online seat worth rejoining, found after the menu shows (or null). */
  readonly resume?: Promise<ResumeOffer | null>;
  /** A solo or hot-seat game kept on this device, and saved games that cannot be read. */
  readonly local?: LocalResumeOffer;
  /** Opens a replay from a game record file. */
  readonly onReplay?: () => void;
  /** Starts the tutorial (a guided game). */
  readonly onTutorial?: () => void;
  /** Opens "For teachers": the instructor room, the teacher's guide, handouts and the quiz. */
  readonly onTeachers?: () => void;
  /** Opens a student's way into a class: the class code and a display name. */
  readonly onJoinClass?: () => void;
}

/** A local game in progress to resume, and the problems found with saved games (shown, never fixed here). */
export interface LocalResumeOffer {
  readonly game: { readonly text: string; readonly resume: () => void; readonly discard: () => void } | null;
  readonly problems: readonly string[];
}

/** An online match this device holds a seat in. */
export interface ResumeOffer {
  /** "Match ABCD-EFGH (Democratic bloc, in progress)". */
  readonly text: string;
  readonly rejoin: () => void;
}

const LEVELS: ReadonlyArray<RadioOption<AiLevel>> = [
  ['easy', AI_LEVEL_NAME.easy, 'plausible moves, beatable by a new player'],
  ['normal', AI_LEVEL_NAME.normal, 'sound heuristics'],
  ['hard', AI_LEVEL_NAME.hard, 'searches ahead, without ever seeing your hand'],
];

function scenarioSelect(id: string, value: ScenarioId): HTMLElement {
  return select(id, 'Scenario', LISTED_SCENARIOS.map((s) => [s.id, s.title] as const), value);
}

/** The rule options chosen in `section`, as a match config's fields (the scenario's own are left out). */
function chosenRules(section: HTMLElement, prefix: string): Pick<MatchConfig, 'decisionRule' | 'dependency'> {
  const { decisionRule, dependency } = readRuleOptions(section, prefix);
  return { ...(decisionRule !== 'scenario' ? { decisionRule } : {}), ...(dependency !== null ? { dependency } : {}) };
}

function soloSection(opts: MenuOptions): HTMLElement {
  const section = h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'solo-title' } });
  const start = (): void => opts.onStart({
    mode: 'solo',
    humanSide: checkedValue(section, 'solo-side') as Side,
    level: checkedValue(section, 'solo-level') as AiLevel,
    scenario: (section.querySelector('#solo-scenario') as HTMLSelectElement).value as ScenarioId,
    ...chosenRules(section, 'solo'),
  });
  const scenario = scenarioSelect('solo-scenario', opts.last.scenario);
  section.append(
    h('h2', { id: 'solo-title' }, 'Solo against the AI'),
    radios<Side>('solo-side', 'Your side', [['dem', SIDE_NAME.dem, 'build trust, alliances and integration'], ['aut', SIDE_NAME.aut, 'deals, leverage and disruption']], opts.last.side),
    radios<AiLevel>('solo-level', 'AI level', LEVELS, opts.last.level),
    scenario,
    ruleOptions('solo', scenario.querySelector('select') as HTMLSelectElement),
    button('Start solo game', start, { key: 'start-solo', class: 'primary' }),
  );
  return section;
}

function hotSeatSection(opts: MenuOptions): HTMLElement {
  const section = h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'hotseat-title' } });
  const start = (): void => opts.onStart({ mode: 'hot-seat', scenario: (section.querySelector('#hotseat-scenario') as HTMLSelectElement).value as ScenarioId });
  section.append(
    h('h2', { id: 'hotseat-title' }, 'Hot-seat'),
    h('p', {}, 'Two players share this device. Between turns a screen hides the hand until the next player is ready.'),
    scenarioSelect('hotseat-scenario', opts.last.scenario),
    button('Start hot-seat game', start, { key: 'start-hotseat', class: 'primary' }),
  );
  return section;
}

/** The local game in progress (resume it) and what went wrong with saved games; null when there is neither. */
function localSection(offer: LocalResumeOffer | undefined): HTMLElement | null {
  if (!offer || (offer.game === null && offer.problems.length === 0)) return null;
  return h('section', { class: 'menu-resume', attrs: { 'aria-labelledby': 'local-resume-title' } },
    h('h2', { id: 'local-resume-title' }, offer.game ? 'Your game in progress' : 'Saved games'),
    ...offer.problems.map((text) => h('p', { class: 'menu-problem', attrs: { role: 'alert' } }, text)),
    offer.game ? h('p', {}, `${offer.game.text}. It is saved on this device after every move.`) : null,
    offer.game ? resumeButtons(offer.game) : null);
}

/** Resume, or discard after a second question (a discarded game cannot come back). */
function resumeButtons(game: NonNullable<LocalResumeOffer['game']>): HTMLElement {
  const wrap = h('div', { class: 'menu-resume-buttons' });
  const ask = (): void => {
    wrap.replaceChildren(h('span', {}, 'Discard this game for good?'),
      button('Discard', game.discard, { key: 'discard-local-yes' }),
      button('Keep it', () => {
        reset();
        (wrap.querySelector('[data-key="discard-local"]') as HTMLButtonElement).focus();
      }, { key: 'discard-local-no' }));
    (wrap.querySelector('[data-key="discard-local-no"]') as HTMLButtonElement).focus();
  };
  const reset = (): void => wrap.replaceChildren(
    button('Resume your game', game.resume, { key: 'resume-local', class: 'primary' }),
    button('Discard it', ask, { key: 'discard-local' }));
  reset();
  return wrap;
}

function tutorialSection(onTutorial: () => void): HTMLElement {
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'tutorial-menu-title' } },
    h('h2', { id: 'tutorial-menu-title' }, 'Tutorial'),
    h('p', {}, 'New to the game? A guided game of two rounds, one mechanic at a time, each linked to its glossary entry (about 10 minutes).'),
    button('Start the tutorial', onTutorial, { key: 'tutorial', class: 'primary' }));
}

function onlineSection(opts: MenuOptions): HTMLElement {
  const resume = h('div', { class: 'resume', attrs: { 'aria-live': 'polite' } });
  void opts.resume?.then((offer) => {
    if (!offer) return;
    resume.replaceChildren(
      h('p', {}, `You have a seat in ${offer.text}.`),
      button('Rejoin your match', offer.rejoin, { key: 'resume-online' }));
  });
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'online-menu-title' } },
    h('h2', { id: 'online-menu-title' }, 'Online'),
    h('p', {}, 'Play someone on another device, or the server\'s AI. Invite a friend with a short match code, or watch a match.'),
    resume,
    button('Play online', opts.onOnline, { key: 'online', class: 'primary' }),
    opts.onJoinClass ? h('p', { class: 'menu-glossary-note' }, 'In a class? Your teacher gives you a class code.') : null,
    opts.onJoinClass ? button('Join a class', opts.onJoinClass, { key: 'join-class' }) : null);
}

function teachersSection(onTeachers: () => void): HTMLElement {
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'teachers-menu-title' } },
    h('h2', { id: 'teachers-menu-title' }, 'For teachers'),
    h('p', {}, 'Run a class in the instructor room, with a teacher\'s guide, printable handouts and a quiz before and after.'),
    button('For teachers', onTeachers, { key: 'teachers' }));
}

export function renderMenu(opts: MenuOptions): HTMLElement {
  const summary = SCENARIOS[opts.last.scenario].summary;
  return h('div', { class: 'menu' },
    h('header', { class: 'menu-head' },
      screenHeading('h1', 'Trust & Leverage', 'menu-title'),
      h('p', { class: 'tagline' },
        'A two-player strategy game about how states cooperate, ally and integrate — and how that can be disrupted. ' +
        `A ${SIDE_NAME.dem} builds values-based alliances; an ${SIDE_NAME.aut} pursues deals and coercion and tries to split the bloc.`),
      h('p', { class: 'scenario-summary' }, summary)),
    localSection(opts.local),
    h('div', { class: 'menu-grid' },
      opts.onTutorial ? tutorialSection(opts.onTutorial) : null,
      soloSection(opts),
      hotSeatSection(opts),
      onlineSection(opts),
      h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'rules-title' } },
        h('h2', { id: 'rules-title' }, 'Rules'),
        h('p', {}, 'How a round works, what each action does, and how the World Order is scored.'),
        button('Read the rules', opts.onRules, { key: 'rules' }),
        h('p', { class: 'menu-glossary-note' }, 'Every concept the game teaches, with the article\'s words, real examples and sources.'),
        button('Open the glossary', opts.onGlossary, { key: 'glossary' }),
        opts.onReplay ? h('p', { class: 'menu-glossary-note' }, 'Step through a finished game move by move, from its game record.') : null,
        opts.onReplay ? button('Open a replay', opts.onReplay, { key: 'open-replay' }) : null),
      opts.onTeachers ? teachersSection(opts.onTeachers) : null));
}
