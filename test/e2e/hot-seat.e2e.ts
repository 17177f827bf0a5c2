/**
 * (b) A hot-seat game through two full rounds: between turns the pass-the-device screen shows
 * and the hand is not in the page (neither the hand region nor any card of the last hand seen).
 * Also checks Undo and Escape on the way, and runs axe-core on the pass screen and the game.
 * Each turn is played until the status panel shows the next one (see playOneTurn).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { nextScreen, opsPlaysOffered, playStep, roundShown, type TurnPlan } from './play';

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

/** Where the game stands: the round and whose turn of how many (it changes with every turn, even between two turns of one side). */
async function turnKey(page: Page): Promise<string> {
  const value = (term: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]').textContent();
  return `${await value('Round')} · ${await value('Turn')}`;
}

/** Whether the page has left the turn that had `key` (another turn, the pass screen or the end). */
async function turnLeft(page: Page, key: string): Promise<boolean> {
  if (await page.getByRole('heading', { name: 'Pass the device' }).isVisible()) return true;
  if (await page.getByRole('button', { name: 'New game' }).isVisible()) return true;
  return (await turnKey(page)) !== key;
}

/**
 * Plays one turn and returns once the page has left it. Competing Visions alternates the
 * initiative, so the side that ends a round opens the next with no pass screen between: the
 * turn's end shows only in the status panel, and play.ts's playTurn (which plays on while the
 * turn heading stays) could run on into that next turn.
 */
async function playOneTurn(page: Page, plan: TurnPlan, key: string): Promise<void> {
  const endTurn = page.getByRole('button', { name: /^End turn/ });
  let acted = false;
  for (let i = 0; i < 8; i++) {
    const endText = (await endTurn.isVisible()) ? await endTurn.textContent() : null;
    const step = await playStep(page, plan, acted);
    if (step === 'action') acted = true;
    // Settled: the turn is left, or it goes on with the ops controls as this step left them.
    await expect.poll(async () => (await turnLeft(page, key)) || (step !== 'end' && (await endTurn.isVisible()) && (await endTurn.textContent()) !== endText),
      { timeout: 30_000 }).toBe(true);
    if (await turnLeft(page, key)) return;
  }
  throw new Error(`the turn ${key} did not end`);
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
          // The screen covers the game's header, so it carries its own leave control; asking and
          // staying keeps the game.
          const cover = page.locator('.pass-device');
          await cover.getByRole('button', { name: 'Leave game' }).click();
          await cover.getByText('Leave this game? It stays saved on this device').waitFor({ state: 'visible' });
          await cover.getByRole('button', { name: 'Stay' }).click();
          await cover.getByRole('button', { name: 'Leave game' }).waitFor({ state: 'visible' });
          await screenshot(page, 'pass-device-desktop');
          await expectAccessible(page, 'pass the device (hot-seat)');
          await page.setViewportSize({ width: 1280, height: 720 });
          await screenshot(page, 'pass-device-desktop-720');
          await page.setViewportSize({ width: 1280, height: 900 });
        }
        passes++;
        await page.getByRole('button', { name: /^I am the .*: show my hand$/ }).click();
        continue;
      }
      if ((await roundShown(page)) > 2) break;
      lastHand = await handTitles(page);
      expect(lastHand.length).toBeGreaterThan(0);
      turns++;
      const key = await turnKey(page);
      if (turns === 1) await expectAccessible(page, 'hot-seat game');
      if (turns === 1) await escapeOnce(page);
      if (turns === 2) {
        await undoOnce(page);
        await expect.poll(() => turnLeft(page, key), { timeout: 30_000 }).toBe(true);
      } else await playOneTurn(page, { act: turns % 3 !== 0, viaTable: turns % 2 === 0, event: turns % 4 === 1 }, key);
    }
    expect(await roundShown(page)).toBe(3);
    // Rounds 1 and 2 are 16 turns. Competing Visions alternates the initiative (the Democratic side
    // opens even rounds), so the side that ends round 1 opens round 2, with no pass screen between:
    // 15 pass screens (the first, and 14 changes of side), and then round 3's opening side is the one
    // that ended round 2, so the loop stops there without another.
    expect(turns).toBe(16);
    expect(passes).toBe(15);
    expect(errors).toEqual([]);
    await page.close();
  });
});
