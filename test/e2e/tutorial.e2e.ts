/**
 * The tutorial, played through the UI as a new player would, from the menu's Tutorial entry to
 * the end of its game, at 1280×720 and on a phone (390×844): each step's panel names its step,
 * its tasks tick off as the moves land, and every control a step asks for can be clicked (the
 * panel never covers it: Playwright refuses a click that another element would receive) and is
 * wholly in view before anything scrolls it there (expectInView: the target, the veto's preview,
 * Confirm and Cancel, End turn, the basic actions, and on a wide screen the hand's card). The
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

/**
 * Asserts that a control is wholly on screen as it stands, before anything scrolls it there (a
 * click would): inside the window, not clipped by a panel that scrolls (the turn controls, the
 * hand), and not covered by another element (the stuck turn controls on a phone).
 */
async function expectInView(control: Locator, what: string): Promise<void> {
  await control.waitFor();
  const problems = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const found: string[] = [];
    const span = `${Math.round(r.top)}–${Math.round(r.bottom)}`;
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) found.push(`outside the window (${span} of ${window.innerHeight})`);
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
      const top = a.getBoundingClientRect().top + a.clientTop;
      if (r.top < top - 1 || r.bottom > top + a.clientHeight + 1) found.push(`clipped by .${a.className} (${span} in ${Math.round(top)}–${Math.round(top + a.clientHeight)})`);
    }
    // Points well inside the box (rounded corners are not part of it).
    const dx = Math.min(10, r.width / 4);
    const dy = Math.min(10, r.height / 4);
    for (const [x, y] of [[r.left + dx, r.top + dy], [r.right - dx, r.top + dy], [r.left + dx, r.bottom - dy], [r.right - dx, r.bottom - dy]] as const) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit)) found.push(`covered at (${Math.round(x)}, ${Math.round(y)}) by <${hit.tagName.toLowerCase()} class="${hit.className}">`);
    }
    return found;
  });
  expect(problems, `${what} is not wholly in view`).toStrictEqual([]);
}

/**
 * On a wide screen every control a step asks for is in view as it comes (the hand's too); on a
 * phone the page scrolls down to the hand, and the turn controls, stuck to the bottom edge, must
 * show theirs whole.
 */
const wide = (page: Page): boolean => (page.viewportSize()?.width ?? 0) >= 1000;

async function confirm(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^Confirm: / });
  await expectInView(button, 'Confirm');
  await expectInView(page.getByRole('button', { name: 'Cancel', exact: true }), 'Cancel');
  await button.click();
}

async function target(page: Page, country: string): Promise<void> {
  const select = page.getByLabel('Target country', { exact: true });
  await expectInView(select, 'the Target country select');
  await select.selectOption(country);
}

/**
 * Clicks a card's button in the hand. A step that names the card has it in view (the hand shows
 * it first); a step that asks for any card's ops has the first card's in view.
 */
async function pick(page: Page, name: string | RegExp, anyCard = false): Promise<void> {
  const button = page.getByRole('button', { name });
  if (wide(page) && anyCard) await expectInView(page.getByRole('button', { name: /^Play for \d ops?: / }).and(page.locator(':enabled')).first(), 'the first card\'s ops');
  else if (wide(page)) await expectInView(button, `the hand's ${String(name)}`);
  await button.click();
}

/** Plays a card of the hand for its ops (`anyCard`: the step lets the learner choose the card). */
async function playOps(page: Page, title: string, anyCard = false): Promise<void> {
  await pick(page, new RegExp(`^Play for \\d ops?: ${title}$`), anyCard);
  await confirm(page);
}

/** Plays a card of the hand for its event, on a target when it takes one. */
async function playEvent(page: Page, title: string, country?: string): Promise<void> {
  await pick(page, `Play event: ${title}`);
  if (country) await target(page, country);
  await confirm(page);
}

/** Spends ops on a basic action on a country. */
async function act(page: Page, action: string, country: string): Promise<void> {
  const button = page.getByRole('button', { name: new RegExp(`^${action}: `) });
  await expectInView(button, `the ${action} action`);
  await button.click();
  await target(page, country);
  await confirm(page);
}

async function endTurn(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^End turn/ });
  await expectInView(button, 'End turn');
  await button.click();
}

/** The number of the current step's tasks shown as done. */
function tasksDone(page: Page): Promise<number> {
  return panel(page).getByRole('listitem').filter({ hasText: '(done)' }).count();
}

/** A screenshot with the step panel in view (on a phone the page may have scrolled to the hand), once the board is drawn. */
async function shot(page: Page, name: string): Promise<void> {
  await page.locator('html[data-board-ready]').waitFor({ state: 'attached' });
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
  // Before Confirm, the rules' preview names the cheerleaders who will veto the sanction: the
  // vote, the target and Confirm are all in view together, at 1280×720 as on a phone.
  await pick(page, 'Play event: Human Rights Sanctions');
  await target(page, 'VEN');
  const preview = page.getByRole('region', { name: /^What it will do/ });
  await expect.poll(() => preview.textContent()).toMatch(/Greece.*Hungary.*it will fail/);
  await expectInView(preview, 'the veto preview');
  await expectInView(page.getByLabel('Target country', { exact: true }), 'the Target country select');
  await screenshot(page, `${shots}-step-4-veto-preview`);
  await expectAccessible(page, 'tutorial step 4, the veto preview');
  await confirm(page);

  await atStep(page, 5, 'The other side: deals and frameworks');
  await shot(page, `${shots}-step-5`);
  await playOps(page, 'Five Eyes Intelligence Sharing', true);
  await act(page, 'Engage', 'NGA');

  await atStep(page, 6, 'Coercion, and a coerced partner breaking away');
  await endTurn(page);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await shot(page, `${shots}-step-6`);
  await playOps(page, 'Trade Agreement', true);
  await act(page, 'Engage', 'AUS');

  await atStep(page, 7, 'Disinformation, and countering it');
  await endTurn(page);
  expect(await nextScreen(page, 60_000)).toBe('my-turn');
  await shot(page, `${shots}-step-7`);
  await playOps(page, 'NATO Consolidation', true);
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
