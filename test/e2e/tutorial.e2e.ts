/**
 * The tutorial, played through the UI as a new player would, from the menu's Tutorial entry to
 * the end of its game, at 1280×720 and on a phone (390×844): each step's panel names its step,
 * its tasks tick off as the moves land, and every control a step asks for can be clicked (the
 * panel never covers it: Playwright refuses a click that another element would receive). The
 * step's glossary link opens its entry; Skip step and Leave tutorial work; axe-core on the way;
 * screenshots in test-results/e2e/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { screenshot, screenshotOf } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { nextScreen } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 720 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const panel = (page: Page): Locator => page.getByRole('region', { name: /^Tutorial · step|^Tutorial complete/ });

/** Waits for step `n` of the tutorial and for the learner's turn. */
async function atStep(page: Page, n: number, title: string): Promise<void> {
  await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 60_000 }).toBe(`Tutorial · step ${n} of 8 ${title}`);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
}

async function confirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Confirm: / }).click();
}

async function target(page: Page, country: string): Promise<void> {
  await page.getByLabel('Target country', { exact: true }).selectOption(country);
}

/** Plays a card of the hand for its ops. */
async function playOps(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Play for \\d ops?: ${title}$`) }).click();
  await confirm(page);
}

/** Plays a card of the hand for its event, on a target when it takes one. */
async function playEvent(page: Page, title: string, country?: string): Promise<void> {
  await page.getByRole('button', { name: `Play event: ${title}` }).click();
  if (country) await target(page, country);
  await confirm(page);
}

/** Spends ops on a basic action on a country. */
async function act(page: Page, action: string, country: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${action}: `) }).click();
  await target(page, country);
  await confirm(page);
}

async function endTurn(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^End turn/ }).click();
}

/** The number of the current step's tasks shown as done. */
function tasksDone(page: Page): Promise<number> {
  return panel(page).getByRole('listitem').filter({ hasText: '(done)' }).count();
}

/** A screenshot with the step panel in view (on a phone the page may have scrolled to the hand). */
async function shot(page: Page, name: string): Promise<void> {
  await panel(page).scrollIntoViewIfNeeded();
  await screenshot(page, name);
}

/** Plays the whole tutorial as its steps ask; `shots` names the screenshots (one per step). */
async function playTutorial(page: Page, shots: string): Promise<void> {
  await atStep(page, 1, 'Reading the board and the World Order');
  await shot(page, `${shots}-step-1`);
  await expectAccessible(page, 'tutorial step 1');
  await playOps(page, 'Five Eyes Intelligence Sharing');

  await atStep(page, 2, 'Engage, and common values');
  await act(page, 'Engage', 'BRA');
  await expect.poll(() => tasksDone(page)).toBe(1);
  await shot(page, `${shots}-step-2`);
  await act(page, 'Engage', 'PHL');

  await atStep(page, 3, 'From cooperation to alliance');
  await shot(page, `${shots}-step-3`);
  await playOps(page, 'Trade Agreement');
  await act(page, 'Ally', 'BRA');

  await atStep(page, 4, 'Integration, and a veto');
  await playOps(page, 'NATO Consolidation');
  await act(page, 'Integrate', 'GBR');
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await expect.poll(() => tasksDone(page)).toBe(1);
  // Before Confirm, the rules' preview names the cheerleaders who will veto the sanction.
  await page.getByRole('button', { name: 'Play event: Human Rights Sanctions' }).click();
  await target(page, 'VEN');
  await expect.poll(() => page.getByRole('region', { name: /^What it will do/ }).textContent()).toMatch(/Greece.*Hungary.*it will fail/);
  await screenshot(page, `${shots}-step-4-veto-preview`);
  await expectAccessible(page, 'tutorial step 4, the veto preview');
  await confirm(page);

  await atStep(page, 5, 'The other side: deals and frameworks');
  await shot(page, `${shots}-step-5`);
  await playOps(page, 'Five Eyes Intelligence Sharing');
  await act(page, 'Engage', 'NGA');

  await atStep(page, 6, 'Coercion, and a coerced partner breaking away');
  await endTurn(page);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await shot(page, `${shots}-step-6`);
  await playOps(page, 'Trade Agreement');
  await act(page, 'Engage', 'AUS');

  await atStep(page, 7, 'Disinformation, and countering it');
  await endTurn(page);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await shot(page, `${shots}-step-7`);
  await playOps(page, 'NATO Consolidation');
  await act(page, 'Counter disinformation', 'ITA');

  await atStep(page, 8, 'Scoring, and the end');
  await endTurn(page);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await shot(page, `${shots}-step-8`);
  await playEvent(page, 'Counter-Disinformation Task Force');

  expect(await nextScreen(page, 60_000)).toBe('end');
  await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Tutorial complete');
  // The coerced partner broke away at the round's end, and the learner's bloc won.
  const log = page.getByRole('region', { name: /^Game log/ });
  await expect.poll(() => log.getByText('Australia breaks with the Autocratic power.').count()).toBeGreaterThan(0);
  await screenshot(page, `${shots}-complete`);
  // The debrief's what-if fills in later and moves the page: the panel alone.
  await screenshotOf(panel(page), `${shots}-complete-panel`);
  await expectAccessible(page, 'tutorial complete');
}

describe('the tutorial', () => {
  it('is opened from the menu and played through the UI to the end at 1280×720', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?ai-pace=60`);
    await page.getByRole('button', { name: 'Start the tutorial' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/tutorial');
    await playTutorial(page, 'tutorial-desktop');
    // The debrief's switch of sides leads on to a real game: the full scenario, saved like any solo game.
    await page.getByRole('button', { name: 'Now a real game: play the Autocratic power' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/local\//);
    expect(await nextScreen(page, 60_000)).toBe('my-turn');
    await expect.poll(() => page.getByText('1 of 8').count()).toBeGreaterThan(0);
    expect(await panel(page).count()).toBe(0);
    expect(errors).toStrictEqual([]);
    await page.close();
  });

  it('is played to the end on a phone (390×844), the step panel never covering what it asks for', async () => {
    const page = await browser.newPage(PHONE);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?ai-pace=60#/tutorial`);
    await playTutorial(page, 'tutorial-phone');
    expect(errors).toStrictEqual([]);
    await page.close();
  });

  it('links each step to its glossary entry, says when a step cannot be done, skips it, starts again and leaves', async () => {
    const page = await browser.newPage(DESKTOP);
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?ai-pace=60#/tutorial`);
    await atStep(page, 1, 'Reading the board and the World Order');
    await panel(page).getByRole('link', { name: 'Trust' }).click();
    const dialog = page.getByRole('dialog', { name: 'Glossary' });
    await dialog.getByRole('heading', { name: 'Trust' }).first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Five Eyes played for its event instead of its ops: the step says the card is gone and how to go on.
    await playEvent(page, 'Five Eyes Intelligence Sharing');
    expect(await nextScreen(page, 60_000)).toBe('my-turn');
    await panel(page).getByText('That card is no longer in your hand: choose Skip step to go on.').waitFor();
    expect(await tasksDone(page)).toBe(0);
    await panel(page).getByRole('button', { name: 'Skip step' }).click();
    await atStep(page, 2, 'Engage, and common values');
    // Step 2 counts from the skip on, and its tasks work with another card's ops.
    await playOps(page, 'Trade Agreement');
    await act(page, 'Engage', 'BRA');
    await expect.poll(() => tasksDone(page)).toBe(1);

    await panel(page).getByRole('button', { name: 'Leave tutorial' }).click();
    await page.getByRole('button', { name: 'Start the tutorial' }).waitFor();
    // From the menu, the tutorial starts afresh.
    await page.getByRole('button', { name: 'Start the tutorial' }).click();
    await atStep(page, 1, 'Reading the board and the World Order');
    await expect(page.getByRole('button', { name: /^Play for 2 ops: Five Eyes/ }).count()).resolves.toBe(1);
    expect(errors).toStrictEqual([]);
    await page.close();
  });
});
