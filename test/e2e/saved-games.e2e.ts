/**
 * Local games are kept, and finished games replay. A solo game against the Easy AI (fast AI pace):
 * after a few turns a reload resumes the same hand, log and board (country table) at its own
 * address; the browser's Back button returns to the menu, which offers the game, and resuming it
 * comes back to the same state. Damaged saved data gets a clear message on the menu. The game is
 * then played to the end; its replay steps forward and back (board and log), its record is
 * downloaded and opened again from the file picker, and a bad file gets a clear error. axe-core
 * on the menu's offer and the replay; screenshots at 1280×720 and 390×844.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** What a resumed game must show again: the hand, the log and the board's numbers (the country table). */
async function gameState(page: Page): Promise<{ hand: string; log: string; board: string }> {
  const text = (selector: string) => page.locator(selector).first().innerText();
  return { hand: await text('.slot-hand'), log: await text('.log-list'), board: await text('.slot-countries') };
}

const startSolo = (page: Page): Promise<void> => startSoloGame(page, `${inject('baseUrl')}?ai-pace=0`);

async function playTurns(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    expect(await nextScreen(page)).toBe('my-turn');
    await playTurn(page, { act: i % 2 === 0, viaTable: false, event: i === 1 });
  }
  expect(await nextScreen(page)).toBe('my-turn');
}

describe('local games are kept, and finished games replay', () => {
  it('resumes a solo game after a reload and the Back button, then replays it from the end and from its file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await startSolo(page);
    await playTurns(page, 3);
    expect(page.url()).toMatch(/#\/local\/[a-z0-9]{8}$/);
    const address = page.url();
    const before = await gameState(page);
    expect(before.log.length).toBeGreaterThan(100);

    await page.reload();
    expect(await nextScreen(page)).toBe('my-turn');
    expect(page.url()).toBe(address);
    expect(await gameState(page)).toEqual(before);
    await screenshot(page, 'saved-game-resumed-desktop');
    await expectAccessible(page, 'resumed game');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'saved-game-resumed-phone');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Back: the menu, which offers the game; resuming it shows the same state again.
    await page.goBack();
    const offer = page.getByRole('region', { name: 'Your game in progress' });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/Solo as the Democratic bloc against the Easy AI, Competing Visions \(2021\), round \d/);
    await screenshot(page, 'menu-resume-desktop');
    await expectAccessible(page, 'menu with a game to resume');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'menu-resume-phone');
    await expectAccessible(page, 'menu with a game to resume (phone)');
    await page.setViewportSize({ width: 1280, height: 720 });
    // Discarding asks first; Keep it leaves the offer as it was.
    await offer.getByRole('button', { name: 'Discard it' }).click();
    await offer.getByRole('button', { name: 'Keep it' }).click();
    await offer.getByRole('button', { name: 'Resume your game' }).click();
    expect(await nextScreen(page)).toBe('my-turn');
    expect(page.url()).toBe(address);
    expect(await gameState(page)).toEqual(before);

    // Leaving asks first, and says the game is kept.
    await page.getByRole('button', { name: 'Leave game' }).click();
    expect(await page.getByText('Leave this game? It stays saved on this device: resume it from the menu.').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Stay' }).click();

    await playToTheEnd(page);
    await replayChecks(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when saved data is damaged or unknown, and the menu still works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.evaluate(() => {
      localStorage.setItem('trust-and-leverage.local-games', JSON.stringify(['abcd2345']));
      localStorage.setItem('trust-and-leverage.local-game.abcd2345', '{"id": "abcd2345", "record": {"format": "chess"}');
    });
    await page.goto(`${inject('baseUrl')}#/local/abcd2345`);
    await page.getByRole('alert').filter({ hasText: 'The saved game abcd2345 is damaged (not JSON) and cannot be resumed.' }).first().waitFor();
    await page.goto(`${inject('baseUrl')}#/local/nothere2`);
    await page.getByRole('alert').filter({ hasText: 'There is no saved game nothere2 on this device.' }).first().waitFor();
    // Nothing was changed or removed, and the menu works.
    expect(await page.evaluate(() => localStorage.getItem('trust-and-leverage.local-game.abcd2345'))).toContain('"chess"');
    await page.getByRole('button', { name: 'Start solo game' }).waitFor();
    await expectAccessible(page, 'menu with a damaged save');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a saved game can be discarded', () => {
  it('forgets the game after a second question, and the menu no longer offers it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(inject('baseUrl'));
    await page.evaluate(() => {
      const record = { format: 'trust-and-leverage/game-record', version: 1, players: { mode: 'hot-seat' }, setupData: { scenario: 'competing-visions', demSeat: '0' }, seed: 'e2e-seed', moves: [] };
      localStorage.setItem('trust-and-leverage.local-games', JSON.stringify(['hotseat2']));
      localStorage.setItem('trust-and-leverage.local-game.hotseat2', JSON.stringify({ id: 'hotseat2', savedAt: 1, record, aiNotes: [], over: false, summary: 'Hot-seat, Competing Visions (2021), round 1' }));
    });
    await page.reload();
    const offer = page.getByRole('region', { name: 'Your game in progress' });
    expect(await offer.textContent()).toContain('Hot-seat, Competing Visions (2021), round 1.');
    await offer.getByRole('button', { name: 'Discard it' }).click();
    await offer.getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByRole('button', { name: 'Start solo game' }).waitFor();
    expect(await page.getByRole('region', { name: 'Your game in progress' }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('trust-and-leverage.local-game.hotseat2'))).toBeNull();
    await page.close();
  });
});

async function playToTheEnd(page: Page): Promise<void> {
  for (let turns = 0; ; turns++) {
    const screen = await nextScreen(page, 60_000).catch(async (error: unknown) => {
      await screenshot(page, 'saved-game-stuck', true);
      throw error;
    });
    if (screen === 'end') return;
    await playTurn(page, { act: false, viaTable: false, event: false });
    expect(turns).toBeLessThan(80);
  }
}

/** Status line of the replay. */
const said = (page: Page) => page.locator('.replay-said').textContent();

async function replayChecks(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Watch the replay' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'end-replay-buttons-desktop');
  await page.getByRole('button', { name: 'Watch the replay' }).click();
  await page.getByRole('heading', { name: 'Replay', level: 1 }).waitFor();
  expect(page.url()).toMatch(/#\/replay$/);
  const total = Number(/of (\d+)/.exec((await said(page)) ?? '')?.[1]);
  expect(total).toBeGreaterThan(20);
  const logAtEnd = await page.locator('.log-list').innerText();
  await page.locator('.board canvas, .board-note').first().waitFor();
  // The replay opens at its last move.
  expect(await said(page)).toMatch(new RegExp(`^Move ${total} of ${total}: `));
  await screenshot(page, 'replay-end-desktop');
  await expectAccessible(page, 'replay');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'replay-end-phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByRole('button', { name: 'First', exact: true }).click();
  expect(await said(page)).toBe('The game is set up.');
  const logAtStart = await page.locator('.log-list').innerText();
  expect(logAtStart.length).toBeLessThan(logAtEnd.length);
  await page.getByRole('button', { name: 'Next move' }).click();
  expect(await said(page)).toMatch(new RegExp(`^Move 1 of ${total}: Autocratic power: `));
  const boardAfterOne = await page.locator('.replay-hud').innerText();
  await page.getByRole('button', { name: 'Next move' }).click();
  expect(await said(page)).toMatch(new RegExp(`^Move 2 of ${total}: `));
  await page.getByRole('button', { name: 'Previous move' }).click();
  expect(await said(page)).toMatch(new RegExp(`^Move 1 of ${total}: `));
  expect(await page.locator('.replay-hud').innerText()).toBe(boardAfterOne);
  await page.getByLabel('Move', { exact: true }).fill(String(Math.floor(total / 2)));
  expect(await said(page)).toMatch(new RegExp(`^Move ${Math.floor(total / 2)} of ${total}: `));
  await screenshot(page, 'replay-midgame-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'replay-midgame-phone');
  await expectAccessible(page, 'replay on a phone');
  await page.setViewportSize({ width: 1280, height: 720 });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the game record' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trust-and-leverage-competing-visions-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  const record = JSON.parse(readFileSync(file, 'utf8')) as { seed: string; moves: unknown[] };
  expect(record.moves).toHaveLength(total);
  expect(record.seed.length).toBeGreaterThan(8);

  // Opened again from the file: the same game. A bad file first gets a clear error.
  await page.getByRole('button', { name: 'Back to the menu' }).click();
  await page.getByRole('button', { name: 'Open a replay' }).click();
  const picker = page.getByLabel('Game record file (JSON)');
  await picker.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByRole('alert').filter({ hasText: 'This is not a Trust & Leverage game record.' }).waitFor();
  const [first, ...rest] = record.moves as Array<{ seat: string }>;
  const broken = { ...record, moves: [{ ...first, seat: first?.seat === '0' ? '1' : '0' }, ...rest] };
  await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole('alert').filter({ hasText: /^Move 1 of the record is not legal there/ }).waitFor();
  await screenshot(page, 'replay-bad-file-desktop');
  await expectAccessible(page, 'replay file picker with an error');
  await picker.setInputFiles(file);
  await page.getByRole('button', { name: 'Next move' }).waitFor();
  expect(await said(page)).toMatch(new RegExp(`^Move ${total} of ${total}: `));
  expect(await page.locator('.log-list').innerText()).toBe(logAtEnd);

  // A link with the record in its address opens the same replay; a damaged one says so.
  const href = (await page.getByRole('link', { name: 'Link to this replay' }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/replay\/[\w-]+$/);
  await page.goto(`${inject('baseUrl')}${href}`);
  await page.getByRole('button', { name: 'Next move' }).waitFor();
  expect(await said(page)).toMatch(new RegExp(`^Move ${total} of ${total}: `));
  await page.goto(`${inject('baseUrl')}#/replay/not-a-record`);
  await page.getByRole('alert').filter({ hasText: /^This replay link is not valid: / }).waitFor();
}
