/**
 * Web benchmark (`npm run bench:web`): builds, serves the build with `vite preview`, and measures
 * one solo game start against the Hard AI in headless Chromium. Prints progress, then one JSON
 * object as its last line. Not a test. `BENCH_NO_BUILD=1` reuses dist/.
 *
 * - ready_ms: from navigation to the board drawn and its controls working, not counting the time
 *   the benchmark itself takes to press Start (menu ready + Start → board ready, from page marks).
 * - first_load_gzip_kb: JavaScript fetched until the menu is up and the network idle, gzip -6.
 * - game_load_gzip_kb: JavaScript fetched after that, to start the game (board, Phaser, AI worker).
 * - frame_ms_p95 / frame_ms_max / frames: requestAnimationFrame intervals while a turn animates
 *   (the player's card, action and End turn, and 1.5 s after).
 * - longest_task_ms_ai: the longest main-thread task (PerformanceObserver "longtask", ≥ 50 ms;
 *   0 when none) while the Hard AI plays its first two turns.
 * - debrief_ms: from the last move of a game (the player's End turn or Pass, its click event) to
 *   the debrief drawn (its chart in the page, then one frame painted: two animation frames), in a
 *   saved solo game one move from its end (end-position.ts), resumed in a fresh page.
 *   debrief_render_ms: the app's own measure of building and inserting the end screen and debrief.
 * - renderer: what drew the board ('webgl', or 'canvas' where the browser's WebGL is software).
 *   `BENCH_QUERY=renderer=webgl` appends a query to the page address (to compare renderers).
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, startPreview } from '../e2e/browser';
import { sleep } from '../e2e/play';
import { END_GAME_ID, endGameStorage } from './end-position';

/** Page instrumentation, installed before any app code runs. */
const PROBE = `
  window.__tl = { longtasks: [], frames: [], sampling: false, last: undefined };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tl.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = (t) => {
    const s = window.__tl;
    if (s.sampling) { if (s.last !== undefined) s.frames.push(t - s.last); s.last = t; } else s.last = undefined;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

interface Probe {
  longtasks: Array<{ start: number; duration: number }>;
  frames: number[];
  sampling: boolean;
}

const probe = (page: Page): Promise<Probe> => page.evaluate(() => (window as unknown as { __tl: Probe }).__tl);
const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());
const mark = (page: Page, name: string): Promise<number> =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
const round1 = (n: number): number => Math.round(n * 10) / 10;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Gzipped sizes of the JavaScript responses, in the order they arrive. */
function watchScripts(page: Page): Array<Promise<number>> {
  const sizes: Array<Promise<number>> = [];
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    if (type.includes('javascript')) sizes.push(response.body().then((body) => gzipSync(body, { level: 6 }).length, () => 0));
  });
  return sizes;
}

async function kb(sizes: Array<Promise<number>>, from: number, to: number): Promise<number> {
  const bytes = (await Promise.all(sizes.slice(from, to))).reduce((a, b) => a + b, 0);
  return round1(bytes / 1024);
}

/**
 * Plays the player's turn (card for ops, one action, End turn), sampling frames throughout and
 * 1.5 s after; returns when (page time) the turn was handed to the AI.
 */
async function playSampledTurn(page: Page): Promise<number> {
  await page.evaluate(() => { (window as unknown as { __tl: Probe }).__tl.sampling = true; });
  let handedOver = Number.NaN;
  const clicked = async (): Promise<void> => {
    const over = await page.evaluate(() => document.querySelector('#turn-title')?.textContent !== 'Your turn');
    if (over && Number.isNaN(handedOver)) handedOver = await now(page);
  };
  await page.getByRole('button', { name: /^Play for [2-4] ops: / }).and(page.locator(':enabled')).first().click();
  await page.getByRole('button', { name: /^Confirm: / }).click();
  await sleep(600);
  const action = page.getByRole('list', { name: 'Basic actions' }).getByRole('button').and(page.locator(':enabled')).first();
  if ((await action.count()) > 0) {
    await action.click();
    const target = page.getByLabel('Target country', { exact: true });
    if (await target.isVisible()) await target.selectOption({ index: 1 });
    const framework = page.getByLabel('Framework', { exact: true });
    if (await framework.isVisible()) await framework.selectOption({ index: 1 });
    await page.getByRole('button', { name: /^Confirm: / }).click();
    await clicked();
    await sleep(600);
  }
  const endTurn = page.getByRole('button', { name: /^End turn/ });
  if (Number.isNaN(handedOver) && (await endTurn.isVisible())) {
    await endTurn.click();
    await clicked();
  }
  await sleep(1500);
  await page.evaluate(() => { (window as unknown as { __tl: Probe }).__tl.sampling = false; });
  return handedOver;
}

/**
 * Waits for the player's turn with a cheap DOM check: Playwright's role queries walk the whole
 * accessibility tree and would themselves show up as long tasks on the page's main thread.
 */
async function waitForMyTurn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#turn-title')?.textContent === 'Your turn', undefined, { timeout: 120_000, polling: 100 });
}

async function longestTask(page: Page, from: number, to: number): Promise<number> {
  const tasks = (await probe(page)).longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return round1(tasks.reduce((max, t) => Math.max(max, t.duration), 0));
}

/** In the page: the last move's click time and when the debrief's chart was drawn. */
const END_PROBE = `
  window.__tlEnd = {};
  document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('[data-key="end-turn"], [data-key="pass"]')) window.__tlEnd.click = e.timeStamp;
  }, true);
  new MutationObserver((_, observer) => {
    if (!document.querySelector('#debrief svg.chart')) return;
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__tlEnd.drawn = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

/** Resumes a saved game one move from its end, plays that move and times the debrief. */
async function measureDebrief(page: Page, url: string): Promise<{ debriefMs: number; renderMs: number }> {
  const storage = endGameStorage();
  await page.addInitScript(`for (const [k, v] of Object.entries(${JSON.stringify(storage)})) localStorage.setItem(k, v);`);
  await page.addInitScript(END_PROBE);
  await page.goto(`${url}#/local/${END_GAME_ID}`);
  await waitForMyTurn(page);
  await page.locator('[data-key="end-turn"], [data-key="pass"]').first().click();
  await page.waitForFunction(() => (window as unknown as { __tlEnd: { drawn?: number } }).__tlEnd.drawn !== undefined, undefined, { timeout: 30_000 });
  const { click, drawn } = await page.evaluate(() => (window as unknown as { __tlEnd: { click: number; drawn: number } }).__tlEnd);
  const renderMs = await page.evaluate(() => performance.getEntriesByName('tl:debrief', 'measure').at(-1)?.duration ?? Number.NaN);
  return { debriefMs: round1(drawn - click), renderMs: round1(renderMs) };
}

async function main(): Promise<void> {
  if (!process.env['BENCH_NO_BUILD']) {
    console.log('building…');
    await build({ logLevel: 'warn' });
  }
  const { url, server } = await startPreview();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(PROBE);
    const scripts = watchScripts(page);
    const query = process.env['BENCH_QUERY'];
    await page.goto(query ? `${url}?${query}` : url, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Start solo game' }).waitFor();
    const firstLoad = scripts.length;
    const menuReady = await mark(page, 'tl:menu-ready');
    console.log(`menu ready at ${round1(menuReady)} ms`);

    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
    await solo.getByRole('radio', { name: /Hard/ }).check();
    await solo.getByRole('button', { name: 'Start solo game' }).click();
    await page.waitForFunction(() => document.documentElement.dataset['boardReady'] !== undefined, undefined, { timeout: 60_000 });
    const readyMs = menuReady + (await mark(page, 'tl:board-ready')) - (await mark(page, 'tl:game-start'));
    const board = await page.evaluate(() => document.documentElement.dataset['boardReady']);
    const renderer = await page.evaluate(() => document.querySelector<HTMLElement>('.tl-board')?.dataset['renderer'] ?? null);
    console.log(`board ready (${board}) ${round1(readyMs)} ms after navigation`);

    // The Hard AI (Autocratic) moves first: watch the main thread while it plays its turn.
    const ai1 = await now(page);
    await waitForMyTurn(page);
    const ai1End = await now(page);
    await page.waitForLoadState('networkidle');
    const gameLoad = scripts.length;
    console.log('playing a turn while sampling frames…');
    const ai2 = await playSampledTurn(page);
    await waitForMyTurn(page);
    const ai2End = await now(page);
    const frames = (await probe(page)).frames;
    const longest = Math.max(await longestTask(page, ai1, ai1End), await longestTask(page, ai2, ai2End));
    const firstLoadKb = await kb(scripts, 0, firstLoad);
    const gameLoadKb = await kb(scripts, firstLoad, gameLoad);
    // Its own page, with nothing else drawing.
    await page.close();
    console.log('the last move of a saved game, then the debrief…');
    const end = await measureDebrief(await browser.newPage({ viewport: { width: 1280, height: 900 } }), url);

    const result = {
      ready_ms: round1(readyMs),
      first_load_gzip_kb: firstLoadKb,
      frame_ms_p95: round1(percentile(frames, 95)),
      longest_task_ms_ai: longest,
      debrief_ms: end.debriefMs,
      debrief_render_ms: end.renderMs,
      game_load_gzip_kb: gameLoadKb,
      menu_ready_ms: round1(menuReady),
      frame_ms_max: round1(Math.max(...frames)),
      frames: frames.length,
      ai_turn_ms: [Math.round(ai1End - ai1), Math.round(ai2End - ai2)],
      board,
      renderer,
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
