/**
 * The deployment as written (deploy/nginx.conf, `npm run cluster`): nginx in front of two server
 * processes on PostgreSQL and Redis. Two browsers play an online match through nginx and a third
 * watches it; the process holding most of their sockets is SIGKILLed between two turns; every
 * page reconnects through nginx to the other process and the match goes on: no move lost (all
 * pages agree on the log, which only ever grows, and play continues from it) and no page ever
 * shows fewer moves than it did (no move undone). The Lobby lists the same matches through
 * either process and through nginx. Needs nginx (installed when missing), PostgreSQL and Redis.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Cluster, startCluster } from '../load/cluster';
import { DATABASE_URL, describeWithServices, REDIS_URL, services } from '../server/services';
import { screenshot } from './artifacts';
import { launchChromium, watchErrors } from './browser';
import { playStep, sleep, type TurnPlan } from './play';

const DESKTOP = { viewport: { width: 1280, height: 720 } };
const GAME = 'trust-and-leverage';

let browser: Browser;
let cluster: Cluster;

beforeAll(async () => {
  if (!services.postgres || !services.redis) return; // the suite below says why it is skipped (or fails under CI)
  // The browsers reconnect in a burst after the kill: lift the rate limits.
  cluster = await startCluster({
    processes: 2, postgres: DATABASE_URL, redis: REDIS_URL, freshSchema: true,
    env: { LOBBY_RATE_PER_MINUTE: '100000', SOCKET_RATE_PER_SECOND: '10000' },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
});

const connected = (page: Page) => page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 30_000 });
const logLength = (page: Page) => page.locator('.log-list > li').count();
const yourTurn = (page: Page) => page.getByRole('heading', { name: 'Your turn', level: 2 });

async function openLobby(page: Page, name: string): Promise<void> {
  await page.goto(`${cluster.url}/`);
  await page.getByRole('region', { name: 'Online' }).getByRole('button', { name: 'Play online' }).click();
  await page.getByRole('heading', { name: 'Play online', level: 1 }).waitFor();
  await page.getByLabel('Display name').fill(name);
}

/** One whole turn of whichever page has it; the other page sees it. */
async function playTurns(pages: readonly [Page, Page], turns: number): Promise<void> {
  for (let i = 0; i < turns; i++) {
    const started = Date.now();
    let index = -1;
    while (index < 0) {
      for (const [k, page] of pages.entries()) if (index < 0 && (await yourTurn(page).isVisible())) index = k;
      if (Date.now() - started > 60_000) throw new Error('nobody got the turn');
      if (index < 0) await sleep(100);
    }
    const page = pages[index]!;
    const other = pages[1 - index]!;
    const before = await logLength(other);
    const plan: TurnPlan = { act: i % 2 === 0, viaTable: false, event: false };
    let acted = false;
    for (let step = 0; step < 8; step++) {
      const done = await playStep(page, plan, acted);
      await page.locator('.turn[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 30_000 });
      if (done === 'end' || !(await yourTurn(page).isVisible())) break;
      if (done === 'action') acted = true;
    }
    await expect.poll(() => logLength(other), { timeout: 30_000 }).toBeGreaterThan(before);
  }
}

/** Established TCP connections to a local port (nginx's side of each socket and Lobby request). */
function connectionsTo(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => readFileSync(file, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[1]?.endsWith(`:${hex}`) && fields[3] === '01').length;
}

/** Lobby match codes as one process (or nginx) lists them. */
async function listed(base: string): Promise<string[]> {
  const response = await fetch(`${base}/games/${GAME}`);
  const body = (await response.json()) as { matches: { matchID: string }[] };
  return body.matches.map((m) => m.matchID).sort();
}

/** Samples each page's log length until stopped; returns every page's samples in order. */
function watchLogs(pages: readonly Page[]): { stop: () => Promise<number[][]> } {
  const samples: number[][] = pages.map(() => []);
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const [i, page] of pages.entries()) samples[i]!.push(await logLength(page).catch(() => samples[i]!.at(-1) ?? 0));
      await sleep(50);
    }
  })();
  return { stop: async () => ((running = false), await loop, samples) };
}

const neverShrinks = (series: number[]) => series.every((n, i) => i === 0 || n >= series[i - 1]!);

/** Records, in the page, whether its connection status ever says the link was lost. */
async function noteLostLink(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lostLink?: boolean };
    w.lostLink = false;
    new MutationObserver(() => {
      if (/Connection lost/.test(document.body.textContent ?? '')) w.lostLink = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const lostLink = (page: Page) => page.evaluate(() => (window as unknown as { lostLink?: boolean }).lostLink === true);

describeWithServices('deployment: nginx, two processes, PostgreSQL, Redis', ['postgres', 'redis'], () => {
  it('plays a match through nginx, survives a SIGKILLed process without losing or undoing a move, and lists the same matches everywhere', async () => {
    const contexts: BrowserContext[] = [];
    try {
      for (let i = 0; i < 3; i++) contexts.push(await browser.newContext(DESKTOP));
      const [a, b, c] = await Promise.all(contexts.map((context) => context.newPage())) as [Page, Page, Page];
      const errors = [a, b, c].map((page) => watchErrors(page));

      await openLobby(a, 'Ada');
      await a.getByRole('radio', { name: 'Democratic bloc' }).check();
      await a.getByRole('button', { name: 'Create match' }).click();
      await connected(a);
      const code = ((await a.locator('.online-code .code').textContent()) ?? '').replace('-', '');
      expect(code).toMatch(/^[A-Z2-9]{8}$/);

      await openLobby(b, 'Bo');
      await b.getByLabel('Match code').fill(code);
      await b.getByRole('button', { name: 'Join', exact: true }).click();
      await connected(b);
      await a.getByText(/The Autocratic power: Bo/).waitFor({ timeout: 20_000 });

      await c.goto(`${cluster.url}/#/match/${code}`);
      await c.getByRole('region', { name: `Match ${code.slice(0, 4)}-${code.slice(4)}` }).getByRole('button', { name: 'Watch', exact: false }).click();
      await connected(c);
      await c.getByText('You are watching this match.').waitFor();

      // Either process, and nginx, list the same matches.
      const [first, second] = cluster.servers.map((s) => s.url) as [string, string];
      expect(await listed(first)).toContain(code);
      expect(await listed(second)).toEqual(await listed(first));
      expect(await listed(cluster.url)).toEqual(await listed(first));

      await playTurns([a, b], 3);
      await expect.poll(() => logLength(c), { timeout: 30_000 }).toBe(await logLength(a));

      // SIGKILL the process with the most connections from nginx: it holds some of the pages' sockets.
      const ports = cluster.servers.map((s) => Number(new URL(s.url).port));
      const held = ports.map(connectionsTo);
      expect(held.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(3);
      const victim = held[0]! >= held[1]! ? 0 : 1;
      const survivor = cluster.servers[1 - victim]!;
      const before = await logLength(a);
      const watch = watchLogs([a, b, c]);
      for (const page of [a, b, c]) await noteLostLink(page);
      process.kill(cluster.servers[victim]!.pid, 'SIGKILL');
      // Every page is (again) connected, through nginx to the survivor, and has every move.
      await expect.poll(() => connectionsTo(ports[1 - victim]!), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
      for (const page of [a, b, c]) {
        await connected(page);
        await expect.poll(() => logLength(page), { timeout: 30_000 }).toBe(before);
      }
      // At least one page had its socket on the killed process (and said so while reconnecting).
      expect((await Promise.all([a, b, c].map(lostLink))).some(Boolean)).toBe(true);
      await screenshot(c, 'deployment-after-kill-spectator');

      // The match goes on through the other process, watched by the spectator.
      await playTurns([a, b], 3);
      const after = await logLength(a);
      expect(after).toBeGreaterThan(before);
      await expect.poll(() => logLength(b), { timeout: 30_000 }).toBe(after);
      await expect.poll(() => logLength(c), { timeout: 30_000 }).toBe(after);
      const samples = await watch.stop();
      for (const series of samples) expect(neverShrinks(series)).toBe(true);
      await screenshot(a, 'deployment-after-kill-player');

      expect(await listed(survivor.url)).toContain(code);
      expect(await listed(cluster.url)).toEqual(await listed(survivor.url));
      // Only the browser's own notes about the socket cut by the kill.
      for (const e of errors) expect(e.filter((line) => !/WebSocket connection to .* failed|net::ERR_/.test(line))).toEqual([]);
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
