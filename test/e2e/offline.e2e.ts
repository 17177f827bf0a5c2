/**
 * The installable, offline client: the build's service worker (vite-plugin-pwa, Workbox)
 * precaches the app, so once loaded it reloads and plays solo with the network gone. Also: the web
 * app manifest and its icons, and no update offer while nothing new is waiting.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot } from './artifacts';
import { launchChromium, watchErrors } from './browser';
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
});
