/**
 * Online play between strangers (issue 15), in Debian Chromium against the real game server with
 * a test-short Daily clock (DAILY_HOUR_MS: an "hour" of a few seconds). Two players start a Daily
 * match; a canned phrase reaches the other player and survives a reload; the player on move
 * leaves; when their time runs out the server's AI plays their turn and the log says so; the
 * other player's tab title announces each of their turns; the absent player returns through
 * "My games" and takes the seat back, and plays on; they move their seats to another device with
 * a transfer code, and the first device's My games drops the moved seat with a note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type ServerProcess, spawnServerProcess } from '../load/server-process';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { freePort, launchChromium, watchErrors } from './browser';
import { playStep } from './play';

const DESKTOP = { viewport: { width: 1280, height: 720 } };
/** One "hour" of the Daily pace on this server: 8 hours a turn are 40 s here. */
const HOUR_MS = 5000;
const YOUR_TURN = '▶ Your turn — Trust & Leverage';

let browser: Browser;
let server: ServerProcess;
let dir: string;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tl-strangers-e2e-'));
  const port = await freePort();
  server = await spawnServerProcess({
    PORT: String(port), STATIC_DIR: 'dist', SQLITE_FILE: join(dir, 'matches.sqlite'), LOBBY_RATE_PER_MINUTE: '100000', DAILY_HOUR_MS: String(HOUR_MS),
  });
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openLobby(page: Page, name: string): Promise<void> {
  await page.goto(base);
  await page.getByRole('region', { name: 'Online' }).getByRole('button', { name: 'Play online' }).click();
  await page.getByRole('heading', { name: 'Play online', level: 1 }).waitFor();
  await page.getByLabel('Display name').fill(name);
}

async function connected(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 30_000 });
}

const yourTurn = (page: Page) => page.getByRole('heading', { name: 'Your turn', level: 2 });

/** One whole turn through the accessible controls, each step waiting for the server's answer. */
async function playTurn(page: Page): Promise<void> {
  await yourTurn(page).waitFor({ timeout: 60_000 });
  let acted = false;
  for (let i = 0; i < 8; i++) {
    const step = await playStep(page, { act: !acted, viaTable: false, event: false }, acted);
    await page.locator('.turn[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 30_000 });
    if (step === 'end') return;
    if (step === 'action') acted = true;
    if (!(await yourTurn(page).isVisible())) return;
  }
}

describe('online play between strangers', () => {
  it('keeps a Daily match going when a player leaves, and lets them come back', async () => {
    const ctxA = await browser.newContext(DESKTOP);
    const ctxB = await browser.newContext(DESKTOP);
    try {
      const a = await ctxA.newPage();
      let b = await ctxB.newPage();
      const errors = watchErrors(a);

      // Ada creates a Daily match (8 "hours" a turn) and plays the Democratic bloc; Bo joins by code.
      await openLobby(a, 'Ada');
      await a.getByRole('radio', { name: 'Democratic bloc' }).check();
      await a.getByRole('radio', { name: /^Daily/ }).check();
      await a.getByLabel('Hours per turn (Daily)').selectOption('8');
      await screenshot(a, 'strangers-create-daily');
      await a.getByRole('button', { name: 'Create match' }).click();
      await connected(a);
      const code = ((await a.locator('.online-code .code').textContent()) ?? '').replace('-', '');
      await openLobby(b, 'Bo');
      // The open list tells a stranger the pace before they join.
      const listed = b.getByRole('listitem', { name: new RegExp(`^Match ${code.slice(0, 4)}-${code.slice(4)}:`) });
      await listed.waitFor({ timeout: 20_000 });
      expect(await listed.textContent()).toContain('Daily: 8 hours a turn');
      await b.getByLabel('Match code').fill(code);
      await b.getByRole('button', { name: 'Join', exact: true }).click();
      await connected(b);

      // The Autocratic power (Bo) moves first: his tab says so, Ada's does not; both see his clock.
      await yourTurn(b).waitFor({ timeout: 30_000 });
      await expect.poll(() => b.title()).toBe(YOUR_TURN);
      expect(await a.title()).not.toBe(YOUR_TURN);
      await a.getByText('Pace: Daily: 8 hours a turn.').waitFor();
      await a.getByText(/^Bo \(Autocratic power\) to play: 0:\d\d left\.$/).waitFor({ timeout: 20_000 });
      await b.getByText(/^Your turn: 0:\d\d left\.$/).waitFor();

      // A canned phrase reaches Bo, and a reload keeps it.
      await a.getByLabel('Say').selectOption({ label: 'Good luck, have fun.' });
      await a.getByRole('button', { name: 'Send the phrase' }).click();
      const chatB = b.getByRole('region', { name: 'Chat' });
      await chatB.getByText('Ada: Good luck, have fun.').waitFor({ timeout: 20_000 });
      await b.reload();
      await connected(b);
      await b.getByRole('region', { name: 'Chat' }).getByText('Ada: Good luck, have fun.').waitFor({ timeout: 20_000 });
      await screenshot(a, 'strangers-daily-clock');
      await expectAccessible(a, 'online game with a clock and chat');

      // Bo leaves. When his time runs out the server's AI plays his turn, and Ada's log says so.
      await b.close();
      const standIn = a.locator('.log-stand-in').first();
      await standIn.waitFor({ timeout: 90_000 });
      expect(await standIn.textContent()).toMatch(/Time ran out for the Autocratic power: the AI \(Normal\) played this move for it, from its own view\./);
      // Ada's tab announces her turn.
      await yourTurn(a).waitFor({ timeout: 60_000 });
      await expect.poll(() => a.title()).toBe(YOUR_TURN);
      await screenshot(a, 'strangers-stand-in');
      await playTurn(a);
      await expect.poll(() => a.title()).not.toBe(YOUR_TURN);

      // Bo comes back through My games, where his match says whose turn it is, and takes his seat back.
      b = await ctxB.newPage();
      await b.goto(`${base}#/my-games`);
      await b.getByRole('heading', { name: 'My games', level: 1 }).waitFor();
      const row = b.getByRole('listitem').filter({ hasText: `Match ${code.slice(0, 4)}-${code.slice(4)}` });
      await row.waitFor({ timeout: 20_000 });
      expect(await row.textContent()).toMatch(/Your turn: 0:\d\d left\./);
      await screenshot(b, 'strangers-my-games');
      await expectAccessible(b, 'my games');
      await row.getByRole('button', { name: /^Open match/ }).click();
      await connected(b);
      await b.getByText(/Your time ran out once: the AI played for you\./).waitFor({ timeout: 20_000 });
      // His log says so too, though he was not there to see it (the server keeps the stand-in's moves).
      expect(await b.locator('.log-stand-in').first().textContent()).toMatch(/Time ran out for the Autocratic power/);
      await b.getByRole('button', { name: 'Take my seat back' }).click();
      await b.getByRole('button', { name: 'Take my seat back' }).waitFor({ state: 'detached', timeout: 20_000 });
      await playTurn(b);
      // Ada's tab announces her next turn, and the canned phrase is still in Bo's chat.
      await expect.poll(() => a.title(), { timeout: 30_000 }).toBe(YOUR_TURN);
      await b.getByRole('region', { name: 'Chat' }).getByText('Ada: Good luck, have fun.').waitFor();
      // Only one stand-in turn so far: Bo played his own.
      await expect.poll(() => a.locator('.log-stand-in').count()).toBeGreaterThan(0);
      expect(errors.filter((e) => !/WebSocket|net::ERR_/.test(e))).toEqual([]);

      // Bo moves his games to another device with a one-time code (text and QR code).
      await b.goto(`${base}#/my-games`);
      await b.getByRole('button', { name: 'Make a transfer code' }).click();
      const qr = b.getByRole('img', { name: /^QR code of the link that moves your games/ });
      await qr.waitFor({ timeout: 20_000 });
      const transfer = ((await b.locator('.transfer-code strong').textContent()) ?? '').replace(/-/g, '');
      expect(transfer).toMatch(/^[A-Z2-9]{12}$/);
      await screenshot(b, 'strangers-transfer-code');
      await expectAccessible(b, 'my games with a transfer code');
      const ctxC = await browser.newContext(DESKTOP);
      try {
        const c = await ctxC.newPage();
        await c.goto(`${base}#/transfer/${transfer}`);
        await c.getByText('1 seat moved to this device.').waitFor({ timeout: 20_000 });
        await c.getByRole('listitem').filter({ hasText: `Match ${code.slice(0, 4)}-${code.slice(4)}` }).waitFor({ timeout: 20_000 });
        expect(c.url()).toMatch(/#\/my-games$/);
        // The first device learns it on its next look at My games: the moved seat leaves its list, with a note.
        await b.reload();
        await b.getByText(`Your seat in match ${code.slice(0, 4)}-${code.slice(4)} was moved to another device with a transfer code: this device no longer lists it.`).waitFor({ timeout: 20_000 });
        await b.getByText('You hold no seat in any match on this device.').waitFor({ timeout: 20_000 });
        await screenshot(b, 'strangers-my-games-moved');
      } finally {
        await ctxC.close();
      }
    } finally {
      await ctxA.close();
      await ctxB.close();
    }
  });
});
