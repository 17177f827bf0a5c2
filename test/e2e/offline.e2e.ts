/**
 * The installable, offline client: the build's service worker (vite-plugin-pwa, Workbox)
 * precaches the app, so once loaded it reloads and plays solo with the network gone. Also: the web
 * app manifest and its icons; and a new version deployed during a game waits: no offer and no
 * reload in the game, the offer on the menu, and Update now reloads into it with the game kept.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot } from './artifacts';
import { freePort, launchChromium, watchErrors } from './browser';
import { nextScreen, playTurn } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('serves an installable manifest with its icons', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await (await page.request.get(new URL(href ?? '', page.url()).href)).json() as {
      name: string; display: string; start_url: string; icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    };
    expect(manifest.name).toBe('Trust & Leverage');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, page.url()).href);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type'], icon.src).toContain(icon.type);
    }
    await context.close();
  });

  it('reloads with the network gone and plays a solo game', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?ai-pace=0`);
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
    // The worker installs (precaching every file of the build) and activates.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(inject('baseUrl'));
    expect(await page.getByRole('heading', { name: 'A new version is ready' }).count()).toBe(0);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The game screen, the board (Phaser) and the AI's worker all come from the cache.
    const solo = page.getByRole('region', { name: 'Solo against the AI' });
    await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
    await solo.getByRole('radio', { name: /Easy/ }).check();
    await solo.getByRole('button', { name: 'Start solo game' }).click();
    await page.waitForFunction(() => document.documentElement.dataset['boardReady'] !== undefined, undefined, { timeout: 60_000 });
    let turns = 0;
    while (turns < 3) {
      const screen = await nextScreen(page);
      if (screen !== 'my-turn') break;
      await playTurn(page, { act: true, viaTable: false, event: false });
      turns += 1;
    }
    expect(turns).toBe(3);
    const log = page.getByRole('region', { name: /^Game log/ });
    expect(await log.getByText('The Democratic bloc plays ').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'offline-solo-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });

  // 'first visit': the page was loaded before any worker controlled it (Workbox then never reloads
  // it by itself); 'returning': the page is under the worker, as on every later visit.
  it.each(['first visit', 'returning'] as const)('holds a new version back during a game, offers it on the menu, and keeps the game (%s)', async (visit) => {
    // A copy of the build on its own server, so that a "new version" can be deployed mid-test.
    const dir = mkdtempSync(join(tmpdir(), 'tl-update-'));
    cpSync(join(process.cwd(), 'dist'), dir, { recursive: true });
    const port = await freePort();
    const server = await preview({ logLevel: 'warn', build: { outDir: dir }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`http://127.0.0.1:${port}/?ai-pace=0`);
      await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
      await page.evaluate(async () => void (await navigator.serviceWorker.ready));
      if (visit === 'returning') {
        await page.reload();
        await page.getByRole('heading', { name: 'Trust & Leverage', level: 1 }).waitFor();
      }
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(visit === 'returning');
      const solo = page.getByRole('region', { name: 'Solo against the AI' });
      await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
      await solo.getByRole('radio', { name: /Easy/ }).check();
      await solo.getByRole('button', { name: 'Start solo game' }).click();
      expect(await nextScreen(page)).toBe('my-turn');
      await playTurn(page, { act: true, viaTable: false, event: false });
      await page.evaluate(() => { (window as unknown as { sameDocument: boolean }).sameDocument = true; });

      // The new version is deployed; the browser finds it, installs it, and it waits.
      appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
      await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
      await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe(true);

      // The game goes on in the same document, with nothing offered over it.
      expect(await nextScreen(page)).toBe('my-turn');
      await playTurn(page, { act: true, viaTable: false, event: false });
      expect(await page.getByRole('heading', { name: 'A new version is ready' }).count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await waiting(page)).toBe(true);

      // On the menu: the offer, beside the game in progress.
      await page.goBack();
      const offer = page.getByRole('region', { name: 'A new version is ready' });
      await offer.waitFor();
      await page.getByRole('region', { name: 'Your game in progress' }).waitFor();
      await screenshot(page, 'update-offer-desktop');
      await offer.getByRole('button', { name: 'Update now' }).click();
      // The page reloads under the new version; the game is still there to resume.
      await page.waitForFunction(() => (window as unknown as { sameDocument?: boolean }).sameDocument === undefined, undefined, { timeout: 30_000 });
      await page.getByRole('region', { name: 'Your game in progress' }).getByRole('button', { name: 'Resume your game' }).click();
      expect(await nextScreen(page)).toBe('my-turn');
      expect(await waiting(page)).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Is a new service worker installed and waiting to take over? */
function waiting(page: Page): Promise<boolean> {
  return page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
}
