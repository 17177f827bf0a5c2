/**
 * (a) A complete solo game against the Easy AI at 1280×720, from the main menu (with a rule
 * option) to the end screen, driven only through accessible controls, with no console error.
 * On the way: axe-core on the menu, the rules, the game and the end screen; the board, the turn
 * controls and the hand on screen together; the page's height as the log fills; pivotal cards
 * held to their event; the wording of the prompt, the first log line and the target list.
 * Saves the menu, rules, game, mid-game and end screenshots (c).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot, screenshotOf } from './artifacts';
import { REGIME_NAME } from '../../src/content/words';
import { expectAccessible } from './axe';
import { debriefHeight, expectDebrief } from './debrief';
import { launchChromium, watchErrors } from './browser';
import { documentHeight, expectBoardTurnAndHandTogether, expectPivotalCardsHeldToTheirEvent } from './checks';
import { nextScreen, openPlayedCard, opsPlaysOffered, playTurn, roundShown } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('solo against the Easy AI', () => {
  it('plays a whole game from the menu to the end screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
    await screenshot(page, 'menu-desktop');
    await expectAccessible(page, 'menu');
    await page.getByRole('button', { name: 'Read the rules' }).click();
    await page.getByRole('heading', { name: 'How to play Trust & Leverage' }).waitFor();
    await screenshot(page, 'rules-desktop');
    await expectAccessible(page, 'rules');
    await page.getByRole('button', { name: 'Back to the menu' }).first().click();

    // Solo games take the rule options online games offer: here the bloc starts under majority voting.
    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
    await solo.getByRole('radio', { name: /Easy/ }).check();
    await solo.getByLabel('Scenario', { exact: true }).selectOption('competing-visions');
    await solo.getByText('Rule options').click();
    await solo.getByRole('radio', { name: 'Majority voting' }).check();
    await solo.getByLabel(/^Starting dependency/).selectOption('2');
    await screenshot(page, 'menu-solo-options-desktop');
    await solo.getByRole('button', { name: 'Start solo game' }).click();

    // The Autocratic AI moves first: the page says so while it thinks, and its reasons reach the log.
    await page.getByRole('status').filter({ hasText: 'The AI is thinking' }).waitFor({ timeout: 10_000 });
    let turns = 0;
    let midShot = false;
    let pivotalHeld = 0;
    const heights: number[] = [];
    for (;;) {
      const screen = await nextScreen(page);
      if (screen === 'end') break;
      expect(screen).toBe('my-turn');
      turns++;
      heights.push(await documentHeight(page));
      pivotalHeld += await expectPivotalCardsHeldToTheirEvent(page);
      if (turns === 1) await firstTurnChecks(page);
      if (turns === 2) await escapeIsOffered(page);
      if (turns === 3) await targetListChecks(page);
      if (!midShot && (await roundShown(page)) >= 3) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, 'game-desktop-midgame');
        await screenshot(page, 'game-desktop-midgame-full', true);
        // The opponent's cards explain themselves in the log too, not only the player's own hand.
        const line = await openPlayedCard(page, 'Autocratic power');
        expect(await line.getByRole('button', { name: /^About / }).getAttribute('aria-expanded')).toBe('true');
        await screenshotOf(page.getByRole('region', { name: /^Game log/ }), 'log-opponent-card-desktop');
        midShot = true;
      }
      await playTurn(page, { act: true, viaTable: turns % 2 === 0, event: turns % 5 === 3 });
      expect(turns).toBeLessThan(80);
    }
    const log = page.getByRole('region', { name: /Game log/ });
    expect(await log.getByText(/The AI \(Autocratic power\) /).count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/win|draw/i);
    expect(await page.getByText(/^Final World Order: /).textContent()).toMatch(/[+−]?\d+/);
    await screenshot(page, 'end-desktop');
    await expectAccessible(page, 'end screen');
    await expectDebrief(page);
    // The player played the Democratic bloc: the end never says the AI did.
    expect(await page.getByText('The AI plays the Democratic bloc', { exact: false }).count()).toBe(0);
    expect(await page.getByText('The game is over.', { exact: true }).isVisible()).toBe(true);

    // The log's lines stay inside their scrolling list: the page does not grow with them (it
    // grew by each line's offset, to 22,767 px by the end of one game).
    const lines = await log.getByRole('listitem').count();
    expect(lines).toBeGreaterThan(100);
    console.info(`solo e2e: ${lines} log lines; page height ${heights.join(', ')} px over ${turns} turns, ${await documentHeight(page)} px with the end screen; ${pivotalHeld} pivotal card(s) held to their event`);
    expect(Math.max(...heights) - (heights[0] ?? 0)).toBeLessThanOrEqual(120);
    // The debrief below the end screen is long by design: the game screen's own height is checked.
    expect((await documentHeight(page)) - (await debriefHeight(page))).toBeLessThan(4000);

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start solo game' }).waitFor();
    // A game can end early (the World Order at ±20), so a whole game is at least one of our turns a round so far.
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The first turn: the rule option reached the game, the log names the scenario, and the layout holds. */
async function firstTurnChecks(page: Page): Promise<void> {
  const rule = page.getByRole('term').filter({ hasText: /^Decision rule$/ }).locator('xpath=following-sibling::dd[1]');
  expect(await rule.textContent()).toBe('Majority voting');
  const firstLine = page.getByRole('region', { name: /^Game log/ }).getByRole('listitem').last();
  expect(await firstLine.textContent()).toContain('begins: Competing Visions (2021).');
  expect(await firstLine.textContent()).not.toContain('competing-visions');
  await expectBoardTurnAndHandTogether(page);
  await screenshot(page, 'game-desktop-720');
  await expectAccessible(page, 'game screen');
}

/** With a mouse, the prompt of a complete choice mentions Escape; Escape cancels it. */
async function escapeIsOffered(page: Page): Promise<void> {
  const [offered] = await opsPlaysOffered(page);
  if (!offered) return;
  await offered.button.click();
  expect(await page.locator('#turn-prompt').textContent()).toMatch(/Confirm, or cancel with Escape\.$/);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
}

/**
 * The target list gives polarization for democracies and hybrids, never for autocracies (they
 * do not polarize); the country table says which is which.
 */
async function targetListChecks(page: Page): Promise<void> {
  const [offered] = await opsPlaysOffered(page);
  if (!offered) return;
  await offered.button.click();
  await page.getByRole('button', { name: /^Confirm: / }).click();
  const engage = page.getByRole('button', { name: /^Engage: / });
  if (!(await engage.isEnabled())) return;
  await engage.click();
  const options = (await page.getByLabel('Target country', { exact: true }).locator('option').allTextContents()).slice(1);
  // Each row of the country table: the country's name (the heading's first words) and its regime cell.
  const regimes = new Map(await page.locator('.countries tbody tr').evaluateAll((rows, names) => rows.map((row) => {
    const name = (row.querySelector('th')?.firstChild?.textContent ?? '').replace(/ \(.*$/, '').trim();
    const regime = [...row.querySelectorAll('td')].map((td) => td.textContent ?? '').find((t) => names.includes(t)) ?? '';
    return [name, regime] as const;
  }), Object.values(REGIME_NAME)));
  expect(options.length).toBeGreaterThan(0);
  for (const option of options) {
    const name = option.split(' — ')[0] ?? '';
    expect(regimes.has(name), `${name} is in the country table`).toBe(true);
    expect(option.includes('polarization'), option).toBe(regimes.get(name) !== REGIME_NAME.autocracy);
  }
  await screenshot(page, 'game-desktop-720-targeting');
  await page.keyboard.press('Escape');
}
