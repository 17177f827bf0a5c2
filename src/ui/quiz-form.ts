/**
 * One form of the quiz as an accessible HTML form: each item a fieldset whose legend is the
 * question, its choices native radios (arrow keys move between them, a screen reader announces
 * "question, choice, 1 of 4"). Submitting checks that every item is answered: if not, a summary
 * (role="alert", focused) names the unanswered questions with buttons that jump to them, and each
 * of them says "Choose an answer." beside its choices; nothing is sent. Otherwise `onSubmit`
 * receives the answers (item id → chosen index). Used by the practice quiz and the instructor room.
 */
import { quizForm, type QuizForm, type QuizItem } from '../content/quiz';
import type { QuizAnswers } from '../content/quiz-stats';
import { h } from './dom';

export interface QuizFormOptions {
  readonly form: QuizForm;
  /** Prefix of every id and radio name, so that two forms on a page never share one. */
  readonly idPrefix: string;
  /** The submit button's words ("Check my answers", "Send my answers"). */
  readonly submitLabel: string;
  readonly onSubmit: (answers: QuizAnswers) => void;
}

const itemId = (prefix: string, item: QuizItem): string => `${prefix}${item.id}`;

function itemFieldset(item: QuizItem, index: number, total: number, prefix: string): HTMLElement {
  const id = itemId(prefix, item);
  const missingId = `${id}-missing`;
  const choices = item.choices.map((text, i) => {
    const inputId = `${id}-${i}`;
    return h('div', { class: 'radio quiz-choice' },
      h('input', { id: inputId, attrs: { type: 'radio', name: id, value: i, 'data-item': item.id } }),
      h('label', { attrs: { for: inputId } }, text));
  });
  return h('li', {},
    h('fieldset', { id, class: 'quiz-item', attrs: { 'data-item': item.id } },
      h('legend', {}, h('span', { class: 'quiz-number' }, `Question ${index + 1} of ${total}. `), item.prompt),
      h('p', { id: missingId, class: 'quiz-missing', hidden: true }, 'Choose an answer.'),
      ...choices));
}

/** The chosen index of each answered item. */
function readAnswers(formEl: HTMLFormElement): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const input of formEl.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    answers[input.dataset['item'] as string] = Number(input.value);
  }
  return answers;
}

/** Marks an item as unanswered (or clears the mark): its message shows and its radios point to it. */
function markMissing(fieldset: HTMLElement, missing: boolean): void {
  const message = fieldset.querySelector<HTMLElement>('.quiz-missing');
  if (!message) return;
  message.hidden = !missing;
  fieldset.classList.toggle('quiz-item--missing', missing);
  for (const input of fieldset.querySelectorAll('input')) {
    if (missing) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }
}

export function renderQuizForm(opts: QuizFormOptions): HTMLFormElement {
  const items = quizForm(opts.form);
  const prefix = opts.idPrefix;
  const progress = h('p', { class: 'quiz-progress', attrs: { 'aria-live': 'polite' } }, `0 of ${items.length} answered`);
  const errors = h('div', { class: 'quiz-errors', hidden: true, attrs: { role: 'alert', tabindex: -1, id: `${prefix}errors` } });
  const formEl = h('form', { class: 'quiz-form', attrs: { novalidate: true, 'aria-label': `Quiz, form ${opts.form}` } },
    errors,
    h('ol', { class: 'quiz-items' }, ...items.map((item, i) => itemFieldset(item, i, items.length, prefix))),
    progress,
    h('button', { class: 'primary', attrs: { type: 'submit', 'data-key': `${prefix}submit` } }, opts.submitLabel));

  formEl.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const fieldset = input.closest('fieldset');
    if (fieldset) markMissing(fieldset, false);
    progress.textContent = `${Object.keys(readAnswers(formEl)).length} of ${items.length} answered`;
    if (!errors.hidden && items.every((item) => readAnswers(formEl)[item.id] !== undefined)) errors.hidden = true;
  });

  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = readAnswers(formEl);
    const missing = items.filter((item) => answers[item.id] === undefined);
    for (const item of items) {
      const fieldset = formEl.querySelector<HTMLElement>(`#${CSS.escape(itemId(prefix, item))}`);
      if (fieldset) markMissing(fieldset, missing.includes(item));
    }
    if (missing.length === 0) {
      errors.hidden = true;
      opts.onSubmit(answers);
      return;
    }
    const jump = (item: QuizItem) => h('button', {
      class: 'small', attrs: { type: 'button' },
      onClick: () => formEl.querySelector<HTMLInputElement>(`#${CSS.escape(`${itemId(prefix, item)}-0`)}`)?.focus(),
    }, `Question ${items.indexOf(item) + 1}`);
    errors.replaceChildren(
      h('p', {}, missing.length === 1 ? 'One question is not answered yet:' : `${missing.length} questions are not answered yet:`),
      h('ul', {}, ...missing.map((item) => h('li', {}, jump(item)))));
    errors.hidden = false;
    errors.focus();
  });
  return formEl;
}
