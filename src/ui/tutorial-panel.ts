/**
 * The tutorial's step panel, shown above the board: the step (its number and title), what to do
 * now (each task ticked off when the game's log shows it done), the explanation, links to the
 * glossary entries of its concepts, and Skip step / Leave tutorial, always there. Progress is read
 * from the log by the pure tutorial-progress.ts; the panel only shows it. It sits in the page's
 * flow (never over the game), so it cannot hide the controls a step asks for.
 */
import type { MatchSnapshot } from '../client/match';
import { advance, skipStep, taskDoneAt, TUTORIAL_START, type TutorialProgress } from '../content/tutorial-progress';
import { FULL_GAME_ROUNDS, TUTORIAL_STEPS, type TutorialStep, taskCard } from '../content/tutorial-steps';
import type { CardId } from '../game/data/cards';
import { SCENARIOS, TUTORIAL_SCENARIO } from '../game/data/scenarios';
import type { LogEntry } from '../game/log';
import { button, h, keepingFocus } from './dom';
import { conceptLink } from './glossary-links';

export interface TutorialPanelOptions {
  /** Leaves the tutorial (back to the menu). */
  readonly onLeave: () => void;
  /** Starts the tutorial again from its first step. */
  readonly onRestart: () => void;
}

export interface TutorialPanel {
  readonly el: HTMLElement;
  update(snap: MatchSnapshot): void;
  /** The card in the learner's hand that the step's first open task asks for, if any. */
  pointedCard(): CardId | null;
}

export function createTutorialPanel(opts: TutorialPanelOptions): TutorialPanel {
  const body = h('div', { class: 'tutorial-body' });
  // Step changes are announced here (politely: the learner may be in the middle of a choice).
  const live = h('p', { class: 'visually-hidden', attrs: { 'aria-live': 'polite' } });
  const el = h('section', { class: 'tutorial-panel', attrs: { 'aria-labelledby': 'tutorial-step-title' } }, body, live);
  let progress: TutorialProgress = TUTORIAL_START;
  let last: MatchSnapshot | null = null;
  let shownKey = '';

  const log = (): readonly LogEntry[] => last?.shown.view.log ?? [];

  function render(): void {
    const snap = last;
    if (!snap) return;
    const step = TUTORIAL_STEPS[progress.step];
    const key = JSON.stringify([progress, log().length, snap.myTurn, snap.shown.view.result !== null]);
    if (key === shownKey) return;
    shownKey = key;
    const first = body.childElementCount === 0;
    keepingFocus(el, () => body.replaceChildren(...(step ? stepView(step, snap) : doneView(snap.shown.view.result !== null))));
    // On arrival the step's title takes focus (unless the learner is already somewhere).
    if (first && (document.activeElement === null || document.activeElement === document.body)) {
      (el.querySelector('#tutorial-step-title') as HTMLElement | null)?.focus();
    }
  }

  function stepView(step: TutorialStep, snap: MatchSnapshot): Node[] {
    const number = progress.step + 1;
    const tasks = step.tasks.map((task) => {
      const done = taskDoneAt(task.check, log(), progress.since) !== null;
      return h('li', { class: done ? 'tutorial-task is-done' : 'tutorial-task' },
        h('span', { class: 'tutorial-tick', attrs: { 'aria-hidden': 'true' } }, done ? '✓' : '○'),
        h('span', {}, task.text, done ? h('span', { class: 'visually-hidden' }, ' (done)') : null));
    });
    const waiting = !snap.myTurn && snap.shown.view.result === null;
    const hand = snap.shown.view.sides.dem.hand ?? [];
    // A card the step needs is gone (played otherwise): say so, rather than leave the learner stuck.
    const gone = step.tasks.some((task) => task.check.kind === 'played' && !hand.includes(task.check.card) && taskDoneAt(task.check, log(), progress.since) === null);
    return [
      h('div', { class: 'tutorial-head' },
        h('h2', { id: 'tutorial-step-title', attrs: { tabindex: -1 } },
          h('span', { class: 'tutorial-count' }, `Tutorial · step ${number} of ${TUTORIAL_STEPS.length}`), ' ', step.title),
        h('div', { class: 'tutorial-buttons' },
          button('Skip step', skip, { key: 'tutorial-skip', class: 'small' }),
          button('Leave tutorial', opts.onLeave, { key: 'tutorial-leave', class: 'small' }))),
      h('div', { class: 'tutorial-now' },
        h('h3', {}, 'Do now'),
        h('ul', { class: 'tutorial-tasks' }, ...tasks),
        waiting ? h('p', { class: 'tutorial-waiting' }, 'The Autocratic side is playing its scripted turn…') : null,
        gone && !waiting ? h('p', { class: 'tutorial-waiting' }, 'That card is no longer in your hand: choose Skip step to go on.') : null),
      ...step.explain.map((text) => h('p', { class: 'tutorial-explain' }, text)),
      h('p', { class: 'tutorial-concepts' }, 'In the glossary: ', ...step.concepts.flatMap((id, i) => [i > 0 ? ' ' : null, conceptLink(id)])),
    ];
  }

  function doneView(over: boolean): Node[] {
    const skipped = progress.skipped.length;
    return [
      h('div', { class: 'tutorial-head' },
        h('h2', { id: 'tutorial-step-title', attrs: { tabindex: -1 } }, 'Tutorial complete'),
        h('div', { class: 'tutorial-buttons' },
          button('Start again', opts.onRestart, { key: 'tutorial-restart', class: 'small' }),
          button('Leave tutorial', opts.onLeave, { key: 'tutorial-leave', class: 'small' }))),
      h('p', { class: 'tutorial-explain' },
        `You have seen the game's eight mechanics${skipped > 0 ? ` (${skipped} skipped)` : ''}. A full game has ${FULL_GAME_ROUNDS}, against an AI or another player, from the menu. ` +
        (over
          ? 'The debrief reads this game back: its World Order, key moments and questions to think about.'
          : `This game goes on to the end of round ${SCENARIOS[TUTORIAL_SCENARIO].rounds}: play on (its debrief then reads it back), or leave.`)),
    ];
  }

  function skip(): void {
    progress = skipStep(progress, log());
    announce();
    render();
    (el.querySelector('#tutorial-step-title') as HTMLElement | null)?.focus();
  }

  function announce(): void {
    const step = TUTORIAL_STEPS[progress.step];
    live.textContent = step ? `Step ${progress.step + 1} of ${TUTORIAL_STEPS.length}: ${step.title}.` : 'Tutorial complete.';
  }

  return {
    el,
    pointedCard() {
      const step = TUTORIAL_STEPS[progress.step];
      const hand = last?.shown.view.sides.dem.hand ?? [];
      const open = step?.tasks.find((task) => taskDoneAt(task.check, log(), progress.since) === null);
      const card = open ? taskCard(open) : null;
      return card !== null && hand.includes(card) ? card : null;
    },
    update(snap) {
      last = snap;
      const next = advance(progress, snap.shown.view.log);
      if (next !== progress) {
        progress = next;
        announce();
      }
      render();
    },
  };
}
