/**
 * Online play in the browser against the real game server (src/server/main.ts serving the
 * build, a temporary SQLite file): one player creates a match, a second joins by its code on a
 * phone, both play a few turns through the accessible controls; a reload takes the same seat
 * with the same hand; a spectator sees no hand; a player alone gives the empty seat to the
 * server's AI and sees it move (when the server offers the AI); after the end a player downloads
 * the match's record and a spectator watches its replay (online-replay.ts). Screenshots of the
 * lobby and of an online game go to test-results/e2e/.
 *
 * Longer than ~300 lines on purpose: the scenes share one server, one build and one set of
 * browser contexts started once (each start costs seconds in CI); splitting the file would start
 * them again per file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { SeatTicket } from '../../src/client/lobby-client';
import { moveFacade } from '../../src/client/move-facade';
import { connectRemote } from '../../src/client/remote-match';
import { seatState } from '../../src/client/seat-client';
import { legalMovesOfView } from '../../src/game';
import { createAlea } from '../../src/game';
import { type ServerProcess, spawnServerProcess } from '../load/server-process';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { freePort, launchChromium, watchErrors } from './browser';
import { downloadOnlineRecord, watchOnlineReplay } from './online-replay';
import { openPlayedCard, playStep, sleep, type TurnPlan } from './play';

const DESKTOP = { viewport: { width: 1280, height: 720 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser: Browser;
let server: ServerProcess;
let dir: string;
let base: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tl-online-e2e-'));
  // A fixed free port: the server allows its own origin only when it knows its port.
  const port = await freePort();
  // The socket bots below play a whole game at machine speed: lift the per-socket rate limit (test/server tests it).
  env = { PORT: String(port), STATIC_DIR: 'dist', SQLITE_FILE: join(dir, 'matches.sqlite'), LOBBY_RATE_PER_MINUTE: '100000', SOCKET_RATE_PER_SECOND: '10000' };
  server = await spawnServerProcess(env);
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The page's errors, without the browser's own note about a socket cut by a reload. */
function errorsOf(page: Page): () => string[] {
  const errors = watchErrors(page);
  return () => errors.filter((e) => !/WebSocket connection to .* failed|ERR_NETWORK_CHANGED|net::ERR_/.test(e));
}

async function noSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

async function openLobby(page: Page, name: string): Promise<void> {
  await page.goto(base);
  await page.getByRole('region', { name: 'Online' }).getByRole('button', { name: 'Play online' }).click();
  await page.getByRole('heading', { name: 'Play online', level: 1 }).waitFor();
  await page.getByLabel('Display name').fill(name);
}

/** The code shown on the game screen, as the server knows it (no dash). */
async function shownCode(page: Page): Promise<string> {
  const text = (await page.locator('.online-code .code').textContent()) ?? '';
  return text.replace('-', '');
}

async function connected(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 30_000 });
}

async function handTitles(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: /^Your hand/ }).getByRole('heading', { level: 3 }).allTextContents();
}

/** The page whose turn it is (waits for one). */
async function pageOnTurn(pages: readonly Page[], timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    for (const [i, page] of pages.entries()) {
      if (await page.getByRole('heading', { name: 'Your turn', level: 2 }).isVisible()) return i;
    }
    if (Date.now() - started > timeoutMs) throw new Error('nobody got the turn');
    await sleep(100);
  }
}

/** Waits until the move just sent has come back from the server (the turn panel is not busy). */
async function settled(page: Page): Promise<void> {
  await page.locator('.turn[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 30_000 });
}

/** One whole turn over the network: each step waits for the server's answer before the next. */
async function playTurn(page: Page, plan: TurnPlan): Promise<void> {
  let acted = false;
  for (let i = 0; i < 8; i++) {
    const step = await playStep(page, plan, acted);
    await settled(page);
    if (step === 'end') return;
    if (step === 'action') acted = true;
    if (!(await page.getByRole('heading', { name: 'Your turn', level: 2 }).isVisible())) return;
  }
}

/** Plays whole turns on whichever page has the turn, `turns` times. */
async function playTurns(pages: readonly [Page, Page], turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) {
    const index = await pageOnTurn(pages);
    const page = pages[index]!;
    const other = pages[1 - index]!;
    const before = await other.locator('.log-list > li').count();
    await playTurn(page, { act: i % 2 === 0, viaTable: i % 3 === 0, event: false });
    // The other player sees the moves as they come.
    await expect.poll(() => other.locator('.log-list > li').count(), { timeout: 30_000 }).toBeGreaterThan(before);
  }
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await sleep(5);
  }
}

/** The seats this page's browser holds. */
async function savedTickets(page: Page): Promise<SeatTicket[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('trust-and-leverage.seats') ?? '[]') as SeatTicket[]);
}

/** Two bots (random legal moves over real sockets, from Node) play both seats to the end. */
async function playToTheEnd(code: string, tickets: readonly SeatTicket[]): Promise<void> {
  const seats = tickets.map((ticket) => ({ ticket, remote: connectRemote({ server: base.replace(/\/$/, ''), matchID: code, ticket }) }));
  const rng = createAlea('online-e2e-bots');
  const refusals: string[] = [];
  for (const s of seats) s.remote.onRefused((reason) => refusals.push(reason));
  try {
    for (let moves = 0; moves < 3000; moves++) {
      await until(() => seats.every((s) => s.remote.client.getState() !== null), 'first sync');
      const states = seats.map((s) => seatState(s.remote.client, s.ticket.playerID)!);
      if (states[0]!.view.result !== null) return;
      const k = states.findIndex((s) => s.view.active === s.view.viewer);
      const legal = legalMovesOfView(states[k]!.view);
      const before = states[k]!.stateID;
      moveFacade(seats[k]!.remote.client).play(legal[Math.floor(rng() * legal.length)]!);
      await until(() => refusals.length > 0 || seats.every((s) => (s.remote.client.getState()?._stateID ?? -1) > before), 'the move reaches both seats');
      if (refusals.length > 0) throw new Error(`a bot's move was refused: ${refusals.join('; ')}`);
    }
    throw new Error('the game did not end');
  } finally {
    for (const s of seats) s.remote.stop();
  }
}

describe('online play', () => {
  it('creates, joins by code, plays, rejoins after a reload and spectates', async () => {
    const contexts: BrowserContext[] = [];
    try {
      const ctxA = await browser.newContext(DESKTOP);
      const ctxB = await browser.newContext(PHONE);
      const ctxC = await browser.newContext(DESKTOP);
      contexts.push(ctxA, ctxB, ctxC);
      const a = await ctxA.newPage();
      const b = await ctxB.newPage();
      const c = await ctxC.newPage();
      const errors = [errorsOf(a), errorsOf(b), errorsOf(c)];

      // A creates a listed match and plays the Democratic bloc. A name is text, never markup.
      await openLobby(a, '<b>Ada</b>');
      await a.getByLabel('Display name').fill('');
      await a.getByRole('button', { name: 'Create match' }).click();
      expect(await a.getByText('Choose a name of 1 to 24 characters.').isVisible()).toBe(true);
      expect(await a.getByLabel('Display name').evaluate((el) => el === document.activeElement)).toBe(true);
      await a.getByLabel('Display name').fill('<b>Ada</b>');
      await a.evaluate(() => window.scrollTo(0, 0));
      await screenshot(a, 'online-lobby-desktop');
      await expectAccessible(a, 'lobby');
      await a.getByRole('radio', { name: 'Democratic bloc' }).check();
      await a.getByRole('button', { name: 'Create match' }).click();
      await connected(a);
      const code = await shownCode(a);
      expect(code).toMatch(/^[A-Z2-9]{8}$/);
      expect(a.url()).toContain(`#/match/${code}`);
      await a.getByText(/^Waiting for an opponent\./).waitFor();
      expect(await a.getByText('You play the Democratic bloc as <b>Ada</b>.', { exact: false }).count()).toBeGreaterThan(0);
      expect(await a.locator('b').count()).toBe(0);
      await screenshot(a, 'online-waiting-desktop');
      await expectAccessible(a, 'online game, waiting for an opponent');

      // B, on a phone, finds it in the list, and joins it by typing the code.
      await openLobby(b, 'Bo');
      const listed = b.getByRole('listitem', { name: new RegExp(`^Match ${code.slice(0, 4)}-${code.slice(4)}:`) });
      await listed.waitFor({ timeout: 20_000 });
      expect(await listed.textContent()).toContain('<b>Ada</b>');
      await noSidewaysScroll(b, PHONE.viewport.width);
      await screenshot(b, 'online-lobby-phone');
      await expectAccessible(b, 'lobby (phone)');
      await screenshot(b, 'online-lobby-phone-full', true);
      await b.getByLabel('Match code').fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
      await b.getByRole('button', { name: 'Join', exact: true }).tap();
      await connected(b);
      await b.getByText(/You play the Autocratic power as Bo\. The Democratic bloc: <b>Ada<\/b>/).waitFor();
      await a.getByText(/The Autocratic power: Bo/).waitFor({ timeout: 20_000 });
      await b.evaluate(() => window.scrollTo(0, 0));
      await noSidewaysScroll(b, PHONE.viewport.width);
      await screenshot(b, 'online-game-phone-top');

      // A few turns each, through the accessible controls only.
      await playTurns([a, b], 4);
      await noSidewaysScroll(b, PHONE.viewport.width);
      await a.evaluate(() => window.scrollTo(0, 0));
      await screenshot(a, 'online-game-desktop');
      await screenshot(b, 'online-game-phone');
      await expectAccessible(a, 'online game');
      await expectAccessible(b, 'online game (phone)');

      // B reloads: the same seat, the same hand, the same log.
      const hand = await handTitles(b);
      const logLength = await b.locator('.log-list > li').count();
      expect(hand.length).toBeGreaterThan(0);
      await b.reload();
      await connected(b);
      await b.getByText(/You play the Autocratic power as Bo\./).waitFor();
      await expect.poll(() => handTitles(b)).toEqual(hand);
      expect(await b.locator('.log-list > li').count()).toBe(logLength);

      // C follows the link as a spectator: no hand, no controls.
      await c.goto(`${base}#/match/${code}`);
      await c.getByRole('heading', { name: `Match ${code.slice(0, 4)}-${code.slice(4)}`, level: 2 }).waitFor();
      // The one listed match is full and running: listed to watch, not counted as open.
      await expect.poll(() => c.locator('.match-count').textContent(), { timeout: 20_000 }).toBe('No open matches, 1 to watch.');
      await c.getByRole('region', { name: `Match ${code.slice(0, 4)}-${code.slice(4)}` }).getByRole('button', { name: 'Watch', exact: false }).click();
      await connected(c);
      await c.getByText('You are watching this match.').waitFor();
      expect(await c.getByRole('region', { name: /^Your hand/ }).count()).toBe(0);
      expect(await c.getByRole('button', { name: /^Play (event|for \d ops?): / }).count()).toBe(0);
      expect(await c.getByRole('heading', { name: 'Your turn' }).count()).toBe(0);
      // …and sees the next turn as it is played.
      const seen = await c.locator('.log-list > li').count();
      await playTurns([a, b], 1);
      await expect.poll(() => c.locator('.log-list > li').count(), { timeout: 30_000 }).toBeGreaterThan(seen);
      await screenshot(c, 'online-spectator-desktop');
      await expectAccessible(c, 'online game (spectator)');
      await c.setViewportSize(PHONE.viewport);
      await noSidewaysScroll(c, PHONE.viewport.width);
      await screenshot(c, 'online-spectator-phone');
      await c.setViewportSize(DESKTOP.viewport);
      // Every card played, by either side, opens to its explanation and reference for the spectator too.
      for (const side of ['Democratic bloc', 'Autocratic power'] as const) await openPlayedCard(c, side);

      // The server goes down and comes back (same database): every page says it is reconnecting,
      // then catches up by itself and the game goes on where it was.
      const logBefore = await a.locator('.log-list > li').count();
      await server.stop();
      for (const page of [a, b, c]) await page.getByRole('status').filter({ hasText: /^Connection lost: reconnecting/ }).waitFor({ timeout: 30_000 });
      await screenshot(b, 'online-reconnecting-phone');
      server = await spawnServerProcess(env);
      for (const page of [a, b, c]) await connected(page);
      expect(await a.locator('.log-list > li').count()).toBe(logBefore);
      await playTurns([a, b], 1);
      await expect.poll(() => c.locator('.log-list > li').count(), { timeout: 30_000 }).toBeGreaterThan(logBefore);

      // The menu offers the match in progress; back in the lobby, A's seat is listed under
      // "Your matches" and can be taken again.
      await a.goto(base);
      await a.getByText(/You have a seat in match .* \(Democratic bloc, in progress\)/).waitFor({ timeout: 20_000 });
      await a.getByRole('button', { name: 'Rejoin your match' }).click();
      await connected(a);
      expect(a.url()).toContain(`#/match/${code}`);
      await a.getByRole('button', { name: 'Back to the lobby' }).click();
      await a.getByRole('button', { name: 'Leave', exact: true }).click();
      await a.getByRole('heading', { name: 'Your matches' }).waitFor();
      await a.getByText(/Democratic bloc, as <b>Ada<\/b>: in progress/).waitFor();
      await a.evaluate(() => window.scrollTo(0, 0));
      await screenshot(a, 'online-lobby-your-matches-desktop');
      await a.getByRole('button', { name: `Rejoin match ${code.slice(0, 4)}-${code.slice(4)}` }).first().click();
      await connected(a);
      await a.getByText(/You play the Democratic bloc as <b>Ada<\/b>/).waitFor();

      for (const e of errors) expect(e()).toEqual([]);
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  it('gives the empty seat to the server AI, which then moves', async () => {
    const probe = await fetch(`${base}games/trust-and-leverage/AAAAAAAA/ai`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({}),
    });
    const offered = probe.headers.get('content-type')?.includes('json') && probe.status !== 404;
    if (!offered) {
      console.warn('the server has no AI endpoint yet: the AI seat test is skipped');
      return;
    }
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const errors = errorsOf(page);
      await openLobby(page, 'Cy');
      // The Autocratic side moves first: as the Democratic bloc, the AI's move comes at once.
      await page.getByRole('radio', { name: 'Democratic bloc' }).check();
      await page.getByLabel(/List the match in the lobby/).uncheck();
      await page.getByRole('button', { name: 'Create match' }).click();
      await connected(page);
      await page.getByLabel('AI level').selectOption('easy');
      await page.getByRole('button', { name: 'Give the empty seat to the AI' }).click();
      await page.getByText(/The Autocratic power: Server AI \(Easy\)|The Autocratic power: .*AI/).waitFor({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'Your turn', level: 2 }).waitFor({ timeout: 60_000 });
      expect(await page.locator('.log-list > li').count()).toBeGreaterThan(0);
      await playTurn(page, { act: false, viaTable: false, event: false });
      await page.getByRole('heading', { name: 'Your turn', level: 2 }).waitFor({ timeout: 60_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'online-vs-server-ai-desktop');

      // Or straight from the lobby: a match against the AI from the start.
      await page.getByRole('button', { name: 'Back to the lobby' }).click();
      await page.getByRole('button', { name: 'Leave', exact: true }).click();
      await page.getByRole('radio', { name: 'Autocratic power' }).check();
      await page.getByLabel('Play against the server AI').check();
      expect(await page.getByLabel(/List the match in the lobby/).isDisabled()).toBe(true);
      await page.getByLabel('Server AI level').selectOption('normal');
      await page.getByRole('button', { name: 'Create match' }).click();
      await connected(page);
      await page.getByText(/You play the Autocratic power as Cy\. The Democratic bloc: .*AI/).waitFor({ timeout: 20_000 });
      expect(await page.getByText(/^Waiting for an opponent/).count()).toBe(0);
      await page.getByRole('heading', { name: 'Your turn', level: 2 }).waitFor({ timeout: 60_000 });
      expect(errors()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ends with the result for each player and offers a rematch to both', async () => {
    const ctxA = await browser.newContext(DESKTOP);
    const ctxB = await browser.newContext(PHONE);
    try {
      const a = await ctxA.newPage();
      const b = await ctxB.newPage();
      const errors = [errorsOf(a), errorsOf(b)];
      await openLobby(a, 'Dee');
      await a.getByLabel(/List the match in the lobby/).uncheck();
      await a.getByRole('button', { name: 'Create match' }).click();
      await connected(a);
      const code = await shownCode(a);
      // B follows the invite link and joins from it.
      await b.goto(`${base}#/match/${code}`);
      await b.getByLabel('Display name').fill('Eve');
      await b.getByRole('button', { name: `Join as Autocratic power: match ${code.slice(0, 4)}-${code.slice(4)}`, exact: true }).tap();
      await connected(b);
      const tickets = [...(await savedTickets(a)), ...(await savedTickets(b))];
      expect(tickets.map((t) => t.playerID)).toEqual(['0', '1']);

      // Both leave the match screen; two bots finish the game over sockets.
      await a.goto(base);
      await b.goto(base);
      await playToTheEnd(code, tickets);

      // Back through the link: the end screen, told from each player's side.
      await a.goto(`${base}#/match/${code}`);
      await b.goto(`${base}#/match/${code}`);
      for (const page of [a, b]) await page.getByRole('button', { name: 'Back to the lobby' }).last().waitFor({ timeout: 30_000 });
      const headlines = await Promise.all([a, b].map((p) => p.locator('#end-title').textContent()));
      if (!/draw/i.test(headlines[0] ?? '')) {
        expect(headlines.filter((t) => (t ?? '').startsWith('You win'))).toHaveLength(1);
        expect(headlines.filter((t) => (t ?? '').startsWith('You lose'))).toHaveLength(1);
      }
      await screenshot(a, 'online-end-desktop');
      await screenshot(b, 'online-end-phone');
      await expectAccessible(a, 'online end screen');
      await expectAccessible(b, 'online end screen (phone)');

      // Online replays: now that the match is over the server gives its record (seed included).
      // B downloads it from the end screen; a spectator reads the debrief and steps through the replay.
      const moves = await downloadOnlineRecord(b, code);
      const ctxC = await browser.newContext(DESKTOP);
      try {
        const c = await ctxC.newPage();
        const spectatorErrors = errorsOf(c);
        await watchOnlineReplay(c, base, code, moves);
        expect(spectatorErrors()).toEqual([]);
      } finally {
        await ctxC.close();
      }

      const probe = await fetch(`${base}games/trust-and-leverage/${code}/playAgain`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({}),
      });
      const offered = probe.headers.get('content-type')?.includes('json') && probe.status !== 404;
      await a.getByRole('button', { name: 'Play again' }).click();
      if (!offered) {
        // Without the server route the page says so in plain words and stays usable.
        await a.getByRole('alert').filter({ hasText: /^Could not start the rematch: / }).waitFor();
        console.warn('the server has no playAgain route yet: the rematch itself is not tested');
      } else {
        await a.waitForURL((url) => !url.hash.includes(code), { timeout: 30_000 });
        await connected(a);
        const next = await shownCode(a);
        expect(next).not.toBe(code);
        // B sees the offer on its end screen and follows: same seats, same sides.
        await b.getByRole('button', { name: 'Join the rematch' }).tap({ timeout: 30_000 });
        await b.waitForURL((url) => url.hash.includes(next), { timeout: 30_000 });
        await connected(b);
        expect(await shownCode(b)).toBe(next);
        await b.getByText(/You play the Autocratic power as Eve\. The Democratic bloc: Dee/).waitFor({ timeout: 20_000 });
        await a.getByText(/You play the Democratic bloc as Dee\. The Autocratic power: Eve/).waitFor({ timeout: 20_000 });
      }
      // (Without the route, the browser itself logs the refused request.)
      const expected = (e: string) => !offered && /status of 404/.test(e);
      for (const e of errors) expect(e().filter((x) => !expected(x))).toEqual([]);
    } finally {
      await ctxA.close();
      await ctxB.close();
    }
  });
});
