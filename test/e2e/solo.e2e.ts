/**
 * (a) A complete solo game against the Easy AI, from the main menu to the end screen, driven
 * only through accessible controls, with no console error. Saves the menu, mid-game and end
 * screenshots (c).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { screenshot, screenshotOf } from './artifacts';
import { launchChromium, watchErrors } from './browser';
import { nextScreen, openPlayedCard, playTurn, roundShown } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('solo against the Easy AI', () => {
  it('plays a whole game from the menu to the end screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
    await screenshot(page, 'menu-desktop');

    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
    await solo.getByRole('radio', { name: /Easy/ }).check();
    await solo.getByLabel('Scenario').selectOption('competing-visions');
    await solo.getByRole('button', { name: 'Start solo game' }).click();

    // The Autocratic AI moves first: the page says so while it thinks, and its reasons reach the log.
    await page.getByRole('status').filter({ hasText: 'The AI is thinking' }).waitFor({ timeout: 10_000 });
    let turns = 0;
    let midShot = false;
    for (;;) {
      const screen = await nextScreen(page);
      if (screen === 'end') break;
      expect(screen).toBe('my-turn');
      turns++;
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

    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: 'Start solo game' }).waitFor();
    // A game can end early (the World Order at ±20), so a whole game is at least one of our turns a round so far.
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.close();
  });
});
