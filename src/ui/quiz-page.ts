/**
 * The practice quiz (`#/quiz`): choose form A or B, answer every question, then see the score,
 * each concept's result and, for every question, the right answer, why, and the passage of the
 * article or the work it rests on. Nothing is stored or sent: the instructor room records quiz
 * answers, this page is for practice.
 */
import { CONCEPT_LABEL } from '../content/concept-labels';
import { citation } from '../content/glossary-sources';
import { otherForm, type QuizBasis, type QuizForm, quizForm, type QuizItem } from '../content/quiz';
import { type QuizAnswers, scoreSitting } from '../content/quiz-stats';
import { CONCEPTS } from '../game/types';
import { h, screenHeading } from './dom';
import { glossaryHash } from './glossary-links';
import { renderQuizForm } from './quiz-form';
import { teachingHash } from './teaching-routes';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** "Lukian (2021), “Section”: “passage”", or the cited work and what it found. */
export function basisText(basis: QuizBasis): string {
  return basis.kind === 'article'
    ? `${citation('lukian-2021')}, section “${basis.section}”: “${basis.passage}”`
    : `${citation(basis.source)}: ${basis.note}`;
}

function itemResult(item: QuizItem, index: number, chosen: number): HTMLElement {
  const right = chosen === item.answer;
  return h('li', { class: `quiz-result ${right ? 'quiz-result--right' : 'quiz-result--wrong'}`, attrs: { 'data-item': item.id } },
    h('p', { class: 'quiz-result-question' }, h('strong', {}, `${index + 1}. `), item.prompt),
    h('p', {}, h('strong', {}, right ? 'Right: ' : 'Not quite: '), `you chose “${item.choices[chosen] ?? ''}”.`,
      right ? null : ` The answer is “${item.choices[item.answer] ?? ''}”.`),
    h('p', {}, item.explanation),
    h('p', { class: 'quiz-basis' }, basisText(item.basis), ' ',
      h('a', { attrs: { href: glossaryHash(item.concept) } }, `Glossary: ${CONCEPT_LABEL[item.concept]}`)));
}

function results(form: QuizForm, answers: QuizAnswers): HTMLElement {
  const score = scoreSitting({ form, answers });
  const concepts = CONCEPTS.filter((c) => score.byConcept[c].total > 0);
  const items = quizForm(form);
  return h('section', { class: 'quiz-results', attrs: { 'aria-labelledby': 'quiz-results-title' } },
    screenHeading('h2', `You got ${score.correct} of ${score.total} right (${percent(score.correct / score.total)})`, 'quiz-results-title'),
    h('p', {}, 'Below: each concept, then every question with its answer and where it comes from. ',
      h('a', { attrs: { href: teachingHash({ kind: 'quiz', form: otherForm(form) }) } }, `Try form ${otherForm(form)}`),
      ', which asks about the same concepts with different questions.'),
    h('table', { class: 'quiz-concepts' },
      h('caption', {}, 'Right answers by concept'),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Concept'), h('th', { attrs: { scope: 'col' } }, 'Right'))),
      h('tbody', {}, ...concepts.map((c) => h('tr', {},
        h('th', { attrs: { scope: 'row' } }, CONCEPT_LABEL[c]),
        h('td', {}, `${score.byConcept[c].correct} of ${score.byConcept[c].total}`))))),
    h('ol', { class: 'quiz-result-list' }, ...items.map((item, i) => itemResult(item, i, answers[item.id] ?? -1))));
}

/** The practice quiz: a chooser without a form, else the form and then its results. */
export function renderQuizPage(form: QuizForm | null): { el: HTMLElement; focus: () => void } {
  const el = h('article', { class: 'teaching-page quiz-page' });
  const title = screenHeading('h1', form === null ? 'Practice quiz' : `Practice quiz, form ${form}`, 'quiz-title');
  el.append(title);
  if (form === null) {
    el.append(
      h('p', {}, `Two forms of ${quizForm('A').length} questions each ask about every concept the game teaches. `
        + 'A class takes one before playing and the other after the debrief; here you can practise either. '
        + 'At the end you see every answer, why it is right, and the passage of the article it rests on.'),
      h('ul', { class: 'teaching-links' },
        h('li', {}, h('a', { attrs: { href: teachingHash({ kind: 'quiz', form: 'A' }) } }, 'Form A')),
        h('li', {}, h('a', { attrs: { href: teachingHash({ kind: 'quiz', form: 'B' }) } }, 'Form B'))));
    return { el, focus: () => title.focus() };
  }
  const body = h('div', {});
  body.append(
    h('p', {}, 'Answer every question, then check your answers. Nothing you choose leaves this device.'),
    renderQuizForm({
      form, idPrefix: 'practice-', submitLabel: 'Check my answers',
      onSubmit: (answers) => {
        body.replaceChildren(results(form, answers));
        (body.querySelector('#quiz-results-title') as HTMLElement).focus();
        window.scrollTo(0, 0);
      },
    }));
  el.append(body);
  return { el, focus: () => title.focus() };
}
