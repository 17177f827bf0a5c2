/**
 * (c) Screenshots for people to look at, under test-results/e2e/: the menu, the rules, the board
 * mid-game and the end screen on a phone in portrait (390×844), where the page must not scroll
 * sideways, the turn controls stay at the bottom edge (a thumb away), nothing mentions the
 * Escape key, and axe-core finds no critical or serious violation. (The desktop menu, mid-game
 * and end shots come from solo.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { expectInWindow, expectTurnControlsAtTheBottom } from './checks';
import { nextScreen, opsPlaysOffered, playTurn, roundShown } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Nothing sticks out sideways (wide tables scroll inside their own box). */
async function noSidewaysScroll(page: Page): Promise<void> {
  // Not window.innerWidth: on a phone the visual viewport zooms out to show what overflows.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.viewport.width);
}

describe('screens on a phone', () => {
  it('menu, rules, mid-game and end screen fit a 390×844 portrait screen', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?ai-pace=0`);
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'menu-phone');
    await expectAccessible(page, 'menu (phone)');

    await page.getByRole('button', { name: 'Read the rules' }).tap();
    await page.getByRole('heading', { name: 'How to play Trust & Leverage' }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'rules-phone');
    await expectAccessible(page, 'rules (phone)');
    await page.getByRole('button', { name: 'Back to the menu' }).first().tap();

    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Autocratic power/ }).check();
    await solo.getByRole('radio', { name: /Easy/ }).check();
    await solo.getByRole('button', { name: 'Start solo game' }).tap();
    let shot = false;
    let first = true;
    while ((await nextScreen(page)) !== 'end') {
      if (first) {
        await page.waitForFunction(() => document.documentElement.dataset['boardReady'] !== undefined);
        await expectTurnControlsAtTheBottom(page);
        await screenshot(page, 'game-phone-top');
        await expectAccessible(page, 'game screen (phone)');
        first = false;
      }
      if (!shot && (await roundShown(page)) >= 2) {
        const [offered] = await opsPlaysOffered(page);
        expect(offered).toBeDefined();
        await offered!.button.tap();
        await page.getByRole('button', { name: /^Confirm: / }).tap();
        await page.getByRole('list', { name: 'Basic actions' }).getByRole('button').and(page.locator(':enabled')).first().tap();
        await page.evaluate(() => window.scrollTo(0, 0));
        await noSidewaysScroll(page);
        await screenshot(page, 'game-phone-choosing-target');
        await screenshot(page, 'game-phone-full', true);
        // A touch screen has no Escape key: the prompt of a complete choice says Cancel.
        await page.getByLabel('Target country', { exact: true }).selectOption({ index: 1 });
        expect(await page.locator('#turn-prompt').textContent()).toMatch(/Confirm, or Cancel\.$/);
        expect(await page.getByText(/Escape/).count()).toBe(0);
        await expectTurnControlsAtTheBottom(page);
        await expectInWindow(page, page.getByRole('button', { name: /^Confirm: / }), 'Confirm');
        await screenshot(page, 'game-phone-ready-to-confirm');
        await page.getByRole('button', { name: 'Cancel', exact: true }).tap();
        shot = true;
      }
      await playTurn(page, { act: false, viaTable: false, event: false });
    }
    await noSidewaysScroll(page);
    await screenshot(page, 'end-phone');
    await expectAccessible(page, 'end screen (phone)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
