/**
 * For teachers, in Debian's Chromium at 1280×720: the menu's "For teachers" page and its links,
 * the teacher's guide rendered from docs/teaching/guide.md, both handouts printed to PDF (A4,
 * read back with pdf.js: page count, every expected text, none of the page's controls, nothing
 * wider than the paper), and the practice quiz (an unanswered form refused with a focused summary,
 * keyboard choice, the score and explanations). axe-core on every page. PDFs and screenshots go
 * to test-results/e2e/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONCEPT_LABEL } from '../../src/content/concept-labels';
import { quizForm } from '../../src/content/quiz';
import { LISTED_SCENARIOS } from '../../src/game/data/scenarios';
import { CONCEPTS } from '../../src/game/types';
import { ARTIFACTS, screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 720 } };
/** The page's controls, none of which may reach paper. */
const CONTROLS = ['Back to the menu', 'Print this handout', 'Instructor room', 'Practice quiz'];

/** Text of every page of a PDF, whitespace removed (pdf.js splits runs where it likes). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await doc.destroy();
  return pages;
}

const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Prints the page as the browser would (A4, print stylesheet) and saves the PDF. */
async function printToPdf(page: Page, name: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `${name}.pdf`), pdf);
  return pdf;
}

/** Under print media at the printable width of A4 (182 mm), does anything stick out sideways? */
async function overflowInPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 688, height: 1000 });
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit && el.getClientRects().length > 0)
      .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}px`);
  });
  // Back to no emulation (an emulated 'screen' would also hold for page.pdf).
  await page.emulateMedia({ media: null });
  await page.setViewportSize(DESKTOP.viewport);
  return wide;
}

describe('for teachers', () => {
  it('opens from the menu and leads to the room, the guide, the handouts and the quiz', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('region', { name: 'For teachers' }).getByRole('button', { name: 'For teachers' }).click();
    await page.getByRole('heading', { name: 'For teachers', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/teachers');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('teachers-title');
    const main = page.locator('article.teachers-page');
    expect(await main.getByRole('link', { name: 'Open the instructor room' }).getAttribute('href')).toBe('#/teach');
    expect(await main.getByRole('link', { name: 'Read the teacher\'s guide' }).getAttribute('href')).toBe('#/guide');
    expect(await main.getByRole('link', { name: /^Glossary:/ }).getAttribute('href')).toBe('#/handout/glossary');
    expect(await main.getByRole('link', { name: /^Rules summary:/ }).getAttribute('href')).toBe('#/handout/rules');
    await screenshot(page, 'teachers-desktop');
    await expectAccessible(page, 'for teachers');

    // The guide, from its markdown: both lesson plans, the room, the quiz's effect sizes.
    await main.getByRole('link', { name: 'Read the teacher\'s guide' }).click();
    await page.getByRole('heading', { name: 'Teacher\'s guide', level: 1 }).waitFor();
    for (const heading of ['Lesson plan: 45 minutes', 'Lesson plan: 90 minutes', 'The debrief', 'Discussion questions, concept by concept', 'Running the instructor room', 'Measuring learning: the quiz']) {
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
    }
    await page.getByRole('region', { name: 'Lesson plan: 45 minutes' }).getByRole('table').waitFor();
    expect(await page.locator('.guide-body').textContent()).toContain('Hedges\' g');
    await screenshot(page, 'guide-desktop');
    await expectAccessible(page, 'teacher\'s guide');

    // Back returns to For teachers, then to the menu.
    await page.goBack();
    await page.getByRole('heading', { name: 'For teachers', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();

    // A student finds the class's way in on the menu too: the code and a display name.
    await page.getByRole('region', { name: 'Online' }).getByRole('button', { name: 'Join a class' }).click();
    await page.getByLabel('Class code').waitFor();
    expect(new URL(page.url()).hash).toBe('#/class');
    await expectAccessible(page, 'join a class');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the glossary handout: every concept, no controls, nothing cut off', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}#/handout/glossary`);
    await page.getByRole('heading', { name: /^Glossary: the concepts/, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Print this handout' }).waitFor();
    await screenshot(page, 'handout-glossary-desktop');
    await expectAccessible(page, 'glossary handout');
    expect(await overflowInPrint(page)).toEqual([]);

    const pages = await pdfPages(await printToPdf(page, 'handout-glossary'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    const all = pages.join('');
    expect(pages[0]).toContain(squeeze('Glossary: the concepts of Trust & Leverage'));
    for (const id of CONCEPTS) expect(all, CONCEPT_LABEL[id]).toContain(squeeze(CONCEPT_LABEL[id]));
    for (const control of CONTROLS) expect(all).not.toContain(squeeze(control));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the rules handout: a round, the actions, votes, scoring and each scenario\'s rules, no controls', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}#/handout/rules`);
    await page.getByRole('heading', { name: /^Rules summary/, level: 1 }).waitFor();
    await screenshot(page, 'handout-rules-desktop');
    await expectAccessible(page, 'rules handout');
    expect(await overflowInPrint(page)).toEqual([]);

    const pages = await pdfPages(await printToPdf(page, 'handout-rules'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(8);
    const all = pages.join('');
    for (const text of [...LISTED_SCENARIOS.map((s) => `Scenario: ${s.title}`), 'The goal', 'A round', 'Your turn', 'Basic actions of the Democratic bloc', 'Basic actions of the Autocratic power', 'Bloc decisions and the veto', 'Scoring, at the end of every round']) {
      expect(all, text).toContain(squeeze(text));
    }
    for (const control of CONTROLS) expect(all).not.toContain(squeeze(control));
    // Background for discussion, not for the table: left to the rules page.
    expect(all).not.toContain(squeeze('What this model leaves out'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the practice quiz: refuses an unanswered form, takes the keyboard, then explains every answer', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}#/quiz`);
    await page.getByRole('heading', { name: 'Practice quiz', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Form A' }).click();
    await page.getByRole('heading', { name: 'Practice quiz, form A', level: 1 }).waitFor();
    const items = quizForm('A');
    expect(await page.getByRole('group').count()).toBe(items.length);
    await screenshot(page, 'quiz-form-desktop');
    await expectAccessible(page, 'quiz form');

    // Nothing answered: the summary names all the questions and takes focus; nothing is scored.
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(`${items.length} questions are not answered yet:`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('quiz-errors'))).toBe(true);
    await alert.getByRole('button', { name: 'Question 1', exact: true }).click();
    const first = items[0];
    if (!first) throw new Error('form A has no items');
    const q1 = page.getByRole('group', { name: new RegExp(`^Question 1 of ${items.length}\\.`) });
    expect(await q1.getByRole('radio').first().evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => q1.getByText('Choose an answer.').isVisible()).toBe(true);
    await screenshot(page, 'quiz-unanswered-desktop');
    await expectAccessible(page, 'quiz form with errors');

    // The keyboard: Space picks the focused choice, the arrow keys move within the question.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await q1.getByRole('radio').nth(1).isChecked()).toBe(true);
    expect(await q1.getByText('Choose an answer.').isVisible()).toBe(false);

    // The first half right, the rest wrong (question 1 by the keyboard: right only if its answer is choice 2).
    for (const [i, item] of items.entries()) {
      if (i === 0) continue;
      const group = page.getByRole('group', { name: new RegExp(`^Question ${i + 1} of ${items.length}\\.`) });
      const choice = i < items.length / 2 ? item.answer : (item.answer + 1) % item.choices.length;
      await group.getByRole('radio').nth(choice).check();
    }
    const right = items.filter((item, i) => (i === 0 ? item.answer === 1 : i < items.length / 2)).length;
    await page.getByRole('button', { name: 'Check my answers' }).click();
    const result = page.getByRole('heading', { name: `You got ${right} of ${items.length} right (${Math.round((right / items.length) * 100)}%)` });
    await result.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-results-title');
    expect(await page.locator('.quiz-result').count()).toBe(items.length);
    const last = items[items.length - 1];
    if (!last) throw new Error('form A has no items');
    await page.getByText(last.explanation).waitFor();
    expect(await page.getByRole('link', { name: 'Try form B' }).getAttribute('href')).toBe('#/quiz/B');
    await screenshot(page, 'quiz-results-desktop');
    await expectAccessible(page, 'quiz results');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390×844 phone: For teachers, the guide, a quiz form and the rules handout', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const errors = watchErrors(page);
    const pages = [['#/teachers', 'For teachers'], ['#/guide', 'Teacher\'s guide'], ['#/quiz/B', 'Practice quiz, form B'], ['#/handout/rules', /^Rules summary/]] as const;
    for (const [hash, heading] of pages) {
      await page.goto(`${inject('baseUrl')}${hash}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(widths.page, hash).toBeLessThanOrEqual(widths.screen);
      await screenshot(page, `teaching-${hash.replace(/[#/]+/g, '-').replace(/^-/, '')}-phone`);
      await expectAccessible(page, `${hash} on a phone`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
