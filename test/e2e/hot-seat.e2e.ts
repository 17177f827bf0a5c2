/**
 * (b) A hot-seat game through two full rounds: between turns the pass-the-device screen shows
 * and the hand is not in the page (neither the hand region nor any card of the last hand seen).
 * Also checks Undo and Escape on the way, and runs axe-core on the pass screen and the game.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { nextScreen, opsPlaysOffered, playTurn, roundShown } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Titles of the cards in the hand on screen. */
async function handTitles(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: /^Your hand/ }).getByRole('heading', { level: 3 }).allTextContents();
}

async function expectHandHidden(page: Page, lastHand: readonly string[]): Promise<void> {
  expect(await page.getByRole('region', { name: /^Your hand/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^Play (event|for \d ops?): / }).count()).toBe(0);
  for (const title of lastHand) {
    expect(await page.getByText(title, { exact: true }).filter({ visible: true }).count()).toBe(0);
  }
}

/**
 * Plays, for its ops, the card in hand with the most ops among those the rules let go for their
 * ops (a pivotal card must go for its event while it can). Hot-seat games draw a fresh seed, so
 * the hand differs from run to run: the test once asked for a 3- or 4-ops card that a hand lacked.
 */
async function playMostOps(page: Page): Promise<void> {
  const plays = await opsPlaysOffered(page);
  expect(plays.length).toBeGreaterThan(0);
  const most = plays.reduce((best, play) => (play.ops > best.ops ? play : best));
  await most.button.click();
}

/** Undo: take a basic action, undo it (the ops come back), then end the turn. */
async function undoOnce(page: Page): Promise<void> {
  await playMostOps(page);
  await page.getByRole('button', { name: /^Confirm: / }).click();
  const endTurn = page.getByRole('button', { name: /^End turn/ });
  const before = await endTurn.textContent();
  expect(await page.getByRole('button', { name: 'Undo last action' }).isDisabled()).toBe(true);
  const action = page.getByRole('list', { name: 'Basic actions' }).getByRole('button').and(page.locator(':enabled')).first();
  await action.click();
  await page.getByLabel('Target country', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: /^Confirm: / }).click();
  expect(await endTurn.textContent()).not.toBe(before);
  await page.getByRole('button', { name: 'Undo last action' }).click();
  await expect.poll(() => endTurn.textContent()).toBe(before);
  expect(await page.getByRole('button', { name: 'Undo last action' }).isDisabled()).toBe(true);
  await endTurn.click();
}

/** Escape cancels a choice in progress and gives focus back to where it started. */
async function escapeOnce(page: Page): Promise<void> {
  const [offered] = await opsPlaysOffered(page);
  expect(offered).toBeDefined();
  const play = offered!.button;
  await play.click();
  expect(await page.getByRole('button', { name: /^Confirm: / }).count()).toBe(1);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
  expect(await page.getByRole('status').textContent()).toContain('cancelled');
  expect(await play.evaluate((el) => el === document.activeElement)).toBe(true);
}

describe('hot-seat', () => {
  it('hides the hand behind the pass-the-device screen for two full rounds', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.getByRole('region', { name: 'Hot-seat' }).getByRole('button', { name: 'Start hot-seat game' }).click();

    let lastHand: string[] = [];
    let passes = 0;
    let turns = 0;
    while ((await nextScreen(page)) !== 'end') {
      if (await page.getByRole('heading', { name: 'Pass the device' }).isVisible()) {
        await expectHandHidden(page, lastHand);
        if (passes === 1) {
          await screenshot(page, 'pass-device-desktop');
          await expectAccessible(page, 'pass the device (hot-seat)');
        }
        passes++;
        await page.getByRole('button', { name: /^I am the .*: show my hand$/ }).click();
        continue;
      }
      if ((await roundShown(page)) > 2) break;
      lastHand = await handTitles(page);
      expect(lastHand.length).toBeGreaterThan(0);
      turns++;
      if (turns === 1) await expectAccessible(page, 'hot-seat game');
      if (turns === 1) await escapeOnce(page);
      if (turns === 2) await undoOnce(page);
      else await playTurn(page, { act: turns % 3 !== 0, viaTable: turns % 2 === 0, event: turns % 4 === 1 });
    }
    expect(await roundShown(page)).toBe(3);
    expect(turns).toBe(16);
    expect(passes).toBe(17);
    expect(errors).toEqual([]);
    await page.close();
  });
});
