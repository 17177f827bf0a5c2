/**
 * The glossary in the browser: opened from the menu and the rules, searched, printed, reached by
 * its address; and, during a solo game, opened from a concept link of the log, of a card, of the
 * map tooltip and from the game screen's own link, in a dialog that leaves the game as it was.
 * Screenshots: the glossary at 1280×720 and 390×844, and the dialog over a game on both.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { CONCEPT_LABEL } from '../../src/content/concept-labels';
import { CONCEPTS, type ConceptId } from '../../src/game/types';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { nextScreen, playTurn, startSolo as startSoloGame } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 720 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const visibleEntries = (page: Page): Promise<string[]> =>
  page.locator('article.glossary-entry:visible h2').allTextContents();

/** Every concept link on the page: its entry (from the address) and its text. */
async function conceptLinks(scope: Locator): Promise<Array<{ id: string; text: string }>> {
  return scope.locator('a.concept-link').evaluateAll((links) => links.map((a) => ({
    id: (a.getAttribute('href') ?? '').replace(/^#\/glossary\//, ''),
    text: a.textContent ?? '',
  })));
}

/** Each link names a concept by its label and points to that concept's entry. */
function expectResolvable(links: ReadonlyArray<{ id: string; text: string }>): void {
  expect(links.length).toBeGreaterThan(0);
  for (const { id, text } of links) {
    expect(CONCEPTS as readonly string[]).toContain(id);
    expect(text).toBe(CONCEPT_LABEL[id as ConceptId]);
  }
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('the glossary page', () => {
  it('opens from the menu and the rules, searches as you type, prints in one column, and opens at an entry', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    const base = inject('baseUrl');
    await page.goto(base);
    await page.getByRole('button', { name: 'Open the glossary' }).click();
    await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/glossary');
    expect(await page.getByRole('article').count()).toBe(CONCEPTS.length);
    for (const id of CONCEPTS) expect(await page.locator(`article#glossary-${id}`).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Concepts' }).getByRole('link').count()).toBe(CONCEPTS.length);
    await screenshot(page, 'glossary-desktop');
    await expectAccessible(page, 'glossary page');

    const search = page.getByRole('searchbox', { name: 'Search the glossary' });
    await search.pressSequentially('Warsaw');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /concepts match/ }).textContent()).toMatch(/^\d+ of 20 concepts match “Warsaw”\.$/);
    const found = await visibleEntries(page);
    expect(found).toContain(CONCEPT_LABEL['coerced-bloc-collapse']);
    expect(found).not.toContain(CONCEPT_LABEL.trust);
    await screenshot(page, 'glossary-desktop-search');

    // Printed: no buttons and no search, every entry (the search hides none), one column.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await search.isVisible()).toBe(false);
    expect(await page.locator('article.glossary-entry:visible').count()).toBe(CONCEPTS.length);
    const lefts = await page.locator('article.glossary-entry').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(lefts).toBe(1);
    await screenshot(page, 'glossary-print');
    await page.emulateMedia({ media: 'screen' });

    await search.fill('zzzz');
    await page.getByRole('status').filter({ hasText: 'No concept matches “zzzz”.' }).waitFor();
    expect(await visibleEntries(page)).toEqual([]);
    await search.fill('');
    await page.getByRole('navigation', { name: 'Concepts' }).getByRole('link', { name: CONCEPT_LABEL['unanimity-veto'] }).click();
    expect(new URL(page.url()).hash).toBe('#/glossary/unanimity-veto');
    expect(await focusedText(page)).toBe(CONCEPT_LABEL['unanimity-veto']);

    // An entry's address opens the page at that entry; an unknown one says so.
    await page.goto(`${base}#/glossary/sovereignty`);
    await expect.poll(() => focusedText(page)).toBe(CONCEPT_LABEL.sovereignty);
    await page.goto(`${base}#/glossary/nope`);
    await page.getByRole('alert').filter({ hasText: 'There is no glossary entry called “nope”' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/glossary');

    await page.getByRole('button', { name: 'Back to the menu' }).click();
    await page.getByRole('button', { name: 'Read the rules' }).click();
    await page.getByRole('link', { name: 'the glossary' }).click();
    await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390×844 phone', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}#/glossary`);
    await page.getByRole('heading', { name: 'Glossary', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'glossary-phone');
    await expectAccessible(page, 'glossary page on a phone');
    await page.goto(`${inject('baseUrl')}#/glossary/disinformation`);
    await expect.poll(() => focusedText(page)).toBe(CONCEPT_LABEL.disinformation);
    await screenshot(page, 'glossary-phone-entry');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** What shows that the game is the same one: the log's lines, the hand, the round, the address. */
async function gameFacts(page: Page): Promise<string> {
  const log = await page.getByRole('region', { name: /^Game log/ }).getByRole('listitem').allTextContents();
  const hand = await page.getByRole('region', { name: /^Your hand/ }).getByRole('heading', { level: 3 }).allTextContents();
  return JSON.stringify({ log, hand, hash: new URL(page.url()).hash });
}

async function startSolo(page: Page): Promise<void> {
  await startSoloGame(page, `${inject('baseUrl')}?ai-pace=0`);
  expect(await nextScreen(page)).toBe('my-turn');
}

/** The dialog shows `label`'s entry with focus on its title; Escape closes it, back to the game. */
async function expectDialogAt(page: Page, label: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await dialog.waitFor();
  await expect.poll(() => focusedText(page)).toBe(label);
  return dialog;
}

describe('the glossary during a game', () => {
  it('opens from a log chip, a card, the map tooltip and the game screen, and the game goes on', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await startSolo(page);
    const log = page.getByRole('region', { name: /^Game log/ });
    const hand = page.getByRole('region', { name: /^Your hand/ });
    expectResolvable(await conceptLinks(log));
    expectResolvable(await conceptLinks(hand));

    const before = await gameFacts(page);
    const chip = log.locator('a.concept-link').first();
    const label = (await chip.textContent()) ?? '';
    await chip.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await chip.click();
    const dialog = await expectDialogAt(page, label);
    const full = dialog.getByRole('link', { name: /^Open the full glossary/ });
    expect(await full.getAttribute('href')).toBe(await chip.getAttribute('href'));
    expect(await full.getAttribute('target')).toBe('_blank');
    await screenshot(page, 'glossary-dialog-desktop');
    await expectAccessible(page, 'glossary dialog over a game');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe(label);
    expect(await gameFacts(page)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

    // A card's concept, then the game screen's own link with a search.
    const cardChip = hand.locator('a.concept-link').first();
    const cardLabel = (await cardChip.textContent()) ?? '';
    await cardChip.click();
    await expectDialogAt(page, cardLabel);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Glossary', exact: true }).click();
    await dialog.getByRole('searchbox', { name: 'Search the glossary' }).pressSequentially('Nord Stream');
    await expect.poll(() => dialog.locator('article.glossary-entry:visible h3').allTextContents()).toEqual([CONCEPT_LABEL.dependency]);
    // In a search box Escape first clears the search (the browser's own way), then closes the dialog.
    await page.keyboard.press('Escape');
    expect(await dialog.getByRole('searchbox').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await gameFacts(page)).toBe(before);

    await openFromMapTooltip(page);
    expect(await gameFacts(page)).toBe(before);

    // The same game goes on: a whole turn, then the AI's.
    await playTurn(page, { act: true, viaTable: false, event: false });
    expect(await nextScreen(page)).toBe('my-turn');
    expect(await gameFacts(page)).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the dialog over a game on a 390×844 phone', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await startSolo(page);
    const chip = page.getByRole('region', { name: /^Your hand/ }).locator('a.concept-link').first();
    const label = (await chip.textContent()) ?? '';
    await chip.tap();
    const dialog = await expectDialogAt(page, label);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'glossary-dialog-phone');
    await expectAccessible(page, 'glossary dialog over a game (phone)');
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Your turn', level: 2 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * Hovers the map until a country's tooltip shows, moves the pointer onto one of its concept
 * links (the tooltip holds still for it) and clicks it: the dialog opens at that entry.
 */
async function openFromMapTooltip(page: Page): Promise<void> {
  const canvas = page.locator('.board canvas').first();
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the board has no canvas box');
  const tip = page.locator('.tl-tip:not([hidden])');
  let found = false;
  for (let fy = 0.2; fy < 0.8 && !found; fy += 0.1) {
    for (let fx = 0.1; fx < 0.6 && !found; fx += 0.05) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      found = (await tip.count()) > 0 && (await tip.locator('a.concept-link').count()) > 0;
    }
  }
  expect(found).toBe(true);
  const link = tip.locator('a.concept-link').first();
  const label = (await link.textContent()) ?? '';
  expect(Object.values(CONCEPT_LABEL)).toContain(label);
  const target = await link.boundingBox();
  if (!target) throw new Error('the tooltip link has no box');
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await screenshot(page, 'glossary-map-tooltip-desktop');
  await page.mouse.down();
  await page.mouse.up();
  const dialog = await expectDialogAt(page, label);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
}
