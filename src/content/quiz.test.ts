import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../game/types';
import { ARTICLE_SECTIONS, type ArticleSection } from './glossary-entries';
import { SOURCES } from './glossary-sources';
import { otherForm, QUIZ, QUIZ_FORMS, quizForm, type QuizItem } from './quiz';

/** The article beside the repository (as in glossary.test.ts); without it those checks are skipped, by name. */
const ARTICLE_FILE = join(process.cwd(), '..', 'shared', 'seed', '000_a04b534f6bd60f90.txt');
const ARTICLE = existsSync(ARTICLE_FILE) ? readFileSync(ARTICLE_FILE, 'utf8') : '';
const withArticle = ARTICLE === '' ? it.skip : it;
const NO_ARTICLE = ARTICLE === '' ? ` (skipped: ${ARTICLE_FILE} is missing)` : '';

/** The text of one section of the article: from its heading to the next one. */
function sectionText(section: ArticleSection): string {
  const starts = ARTICLE_SECTIONS.map((s) => (s === 'Introduction' ? 0 : ARTICLE.indexOf(`\n${s}\n`)));
  const i = ARTICLE_SECTIONS.indexOf(section);
  const end = starts.slice(i + 1).find((n) => n > 0) ?? ARTICLE.length;
  return ARTICLE.slice(starts[i], end);
}

function countBy<T>(items: readonly T[], key: (t: T) => string | number): Map<string | number, number> {
  const m = new Map<string | number, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return m;
}

/** The score a class would get by always picking the choice at `position` (mod each item's choices). */
function constantScore(items: readonly QuizItem[], position: number): number {
  return items.filter((item) => item.answer === position % item.choices.length).length / items.length;
}

describe('the quiz', () => {
  it('has at least 30 items in two forms of equal length, with unique ids', () => {
    expect(QUIZ.length).toBeGreaterThanOrEqual(30);
    expect(quizForm('A').length).toBe(quizForm('B').length);
    expect(new Set(QUIZ.map((i) => i.id)).size).toBe(QUIZ.length);
    for (const form of QUIZ_FORMS) for (const item of quizForm(form)) expect(item.form).toBe(form);
    expect(otherForm('A')).toBe('B');
    expect(otherForm('B')).toBe('A');
  });

  it('covers every concept of the game in each form', () => {
    for (const form of QUIZ_FORMS) {
      expect(new Set(quizForm(form).map((i) => i.concept))).toEqual(new Set(CONCEPTS));
    }
  });

  it('pairs every item with one of the other form on the same concept, of the same kind, with different words', () => {
    const a = quizForm('A');
    const b = quizForm('B');
    a.forEach((item, i) => {
      const twin = b[i] as QuizItem;
      expect(twin.pair).toBe(item.pair);
      expect(twin.concept, item.id).toBe(item.concept);
      expect(twin.kind, item.id).toBe(item.kind);
      expect(twin.prompt).not.toBe(item.prompt);
    });
  });

  it.each(QUIZ.map((i) => [i.id, i] as const))('%s is well formed', (_id, item) => {
    expect(item.prompt.trim().length).toBeGreaterThan(15);
    expect(item.explanation.trim().length).toBeGreaterThan(15);
    expect(item.choices.length).toBe(item.kind === 'choice' ? 4 : 2);
    expect(new Set(item.choices).size).toBe(item.choices.length);
    expect(Number.isInteger(item.answer) && item.answer >= 0 && item.answer < item.choices.length).toBe(true);
    if (item.basis.kind === 'source') expect(SOURCES[item.basis.source]).toBeDefined();
  });

  it('includes items that ask to tell a values-based alliance from a mutual-interest deal, both answers in each form', () => {
    for (const form of QUIZ_FORMS) {
      const items = quizForm(form).filter((i) => i.kind === 'alliance-or-deal');
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(countBy(items, (i) => i.answer)).toEqual(new Map([[0, items.length / 2], [1, items.length / 2]]));
    }
  });

  it('balances yes and no in each form', () => {
    for (const form of QUIZ_FORMS) {
      const items = quizForm(form).filter((i) => i.kind === 'yes-no');
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(countBy(items, (i) => i.answer)).toEqual(new Map([[0, items.length / 2], [1, items.length / 2]]));
    }
  });

  it('balances the four answer positions of the multiple-choice items in each form', () => {
    for (const form of QUIZ_FORMS) {
      const items = quizForm(form).filter((i) => i.kind === 'choice');
      expect(items.length % 4).toBe(0);
      const counts = countBy(items, (i) => i.answer);
      for (const position of [0, 1, 2, 3]) expect(counts.get(position), `form ${form}, position ${position}`).toBe(items.length / 4);
    }
  });

  it('gives a class that answers the same letter (or "No") to everything no more than chance', () => {
    for (const form of QUIZ_FORMS) {
      const items = quizForm(form);
      const chance = items.reduce((sum, i) => sum + 1 / i.choices.length, 0) / items.length;
      for (const position of [0, 1, 2, 3]) expect(constantScore(items, position)).toBeLessThanOrEqual(chance + 1e-9);
    }
  });

  it('says "contested" where the item rests on a scholarly dispute', () => {
    const contested = QUIZ.filter((i) => /contested/i.test(i.explanation));
    expect(contested.length).toBeGreaterThanOrEqual(6);
    for (const form of QUIZ_FORMS) expect(contested.some((i) => i.form === form)).toBe(true);
  });

  withArticle.each(QUIZ.filter((i) => i.basis.kind === 'article').map((i) => [i.id, i] as const))(
    `%s: its passage is verbatim from the article, in the section it names${NO_ARTICLE}`,
    (_id, item) => {
      if (item.basis.kind !== 'article') return;
      expect(ARTICLE).toContain(item.basis.passage);
      expect(sectionText(item.basis.section)).toContain(item.basis.passage);
    },
  );
});
