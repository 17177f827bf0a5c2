/**
 * What the e2e tests check on the game screen beyond playing it: the layout (what is on screen
 * without scrolling), the page's height, the hand's pivotal cards, and the words that depend on
 * the device.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** A part's box within the window, or null when it has none. */
async function boxOf(part: Locator): Promise<{ top: number; bottom: number; left: number; right: number } | null> {
  const box = await part.boundingBox();
  return box ? { top: box.y, bottom: box.y + box.height, left: box.x, right: box.x + box.width } : null;
}

/** The part is entirely in the window, as it is scrolled now. */
export async function expectInWindow(page: Page, part: Locator, what: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  const box = await boxOf(part);
  expect(box, `${what} has a box`).not.toBeNull();
  const { top, bottom, left, right } = box!;
  const where = `${what}: top ${top}, bottom ${bottom}, left ${left}, right ${right} in ${size.width}×${size.height}`;
  expect(top >= 0 && left >= 0 && bottom <= size.height + 0.5 && right <= size.width + 0.5, where).toBe(true);
}

export const turnRegion = (page: Page): Locator => page.getByRole('region', { name: /turn$|^Game over$/ }).first();
export const handRegion = (page: Page): Locator => page.getByRole('region', { name: /^Your hand/ });
export const boardRegion = (page: Page): Locator => page.getByRole('region', { name: 'Map', exact: true });

/**
 * Wide screens: with the page not scrolled, the whole board, the whole turn panel, and the hand's
 * heading and first card's buttons are on screen together.
 */
export async function expectBoardTurnAndHandTogether(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectInWindow(page, boardRegion(page), 'the board');
  await expectInWindow(page, turnRegion(page).getByRole('heading', { level: 2 }), 'the turn panel\'s heading');
  await expectInWindow(page, page.locator('#turn-prompt, .turn .prompt').first(), 'the turn panel\'s prompt');
  await expectInWindow(page, handRegion(page).getByRole('heading', { level: 2 }), 'the hand\'s heading');
  await expectInWindow(page, handRegion(page).locator('.card-actions').first(), 'the first card\'s buttons');
}

/**
 * Phones: the turn controls sit at the bottom edge of the window wherever the page is scrolled
 * (at the top, and halfway down).
 */
export async function expectTurnControlsAtTheBottom(page: Page): Promise<void> {
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  for (const at of [0, 0.5]) {
    await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * f), at);
    // The panel's slot is what sticks (the panel scrolls inside it when it is taller).
    const box = await boxOf(turnRegion(page).locator('xpath=..'));
    expect(box, 'the turn panel has a box').not.toBeNull();
    const where = await page.evaluate(() => `scrollY ${window.scrollY}, innerHeight ${window.innerHeight}, page ${document.documentElement.scrollHeight}`);
    // Within a few pixels of the bottom edge, and inside the window.
    expect(Math.abs(size.height - box!.bottom), `turn panel bottom ${box!.bottom} at scroll ${at} (${where})`).toBeLessThanOrEqual(16);
    expect(box!.top).toBeGreaterThan(size.height / 3);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The document's height in CSS pixels. */
export function documentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/**
 * Every pivotal card in the hand (its meta line says "Pivotal") whose event button is enabled has
 * its ops button disabled and shows why; every other card's ops button is enabled on the player's
 * turn. Returns how many pivotal cards were held back so.
 */
export async function expectPivotalCardsHeldToTheirEvent(page: Page): Promise<number> {
  const cards = handRegion(page).getByRole('listitem');
  let held = 0;
  for (let i = 0; i < (await cards.count()); i++) {
    const card = cards.nth(i);
    const pivotal = ((await card.locator('.card-meta').textContent()) ?? '').includes('Pivotal');
    const eventOn = await card.getByRole('button', { name: /^Play event: / }).isEnabled();
    const opsOn = await card.getByRole('button', { name: /^Play for \d ops?: / }).isEnabled();
    const note = await card.getByText('Pivotal: play it for its event').count();
    if (pivotal && eventOn) {
      expect(opsOn, 'a pivotal card with a playable event may not go for its ops').toBe(false);
      expect(note).toBe(1);
      held++;
    } else {
      expect(opsOn, 'any other card may go for its ops').toBe(true);
      expect(note).toBe(0);
    }
  }
  return held;
}
