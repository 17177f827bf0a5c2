/**
 * (c) Screenshots for people to look at, under test-results/e2e/: the menu, the rules, the board
 * mid-game and the end screen on a phone in portrait (390×844), where the page must not scroll
 * sideways. (The desktop menu, mid-game and end shots come from solo.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { launchChromium, watchErrors } from './browser';
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

    await page.getByRole('button', { name: 'Read the rules' }).tap();
    await page.getByRole('heading', { name: 'How to play Trust & Leverage' }).waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'rules-phone');
    await page.getByRole('button', { name: 'Back to the menu' }).first().tap();

    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Autocratic power/ }).check();
    await solo.getByRole('radio', { name: /Easy/ }).check();
    await solo.getByRole('button', { name: 'Start solo game' }).tap();
    let shot = false;
    while ((await nextScreen(page)) !== 'end') {
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
        await page.keyboard.press('Escape');
        shot = true;
      }
      await playTurn(page, { act: false, viaTable: false, event: false });
    }
    await noSidewaysScroll(page);
    await screenshot(page, 'end-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
