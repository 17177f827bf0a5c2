/**
 * Browser helpers for the e2e tests and the web benchmark: Debian's Chromium through
 * playwright-core (never a downloaded browser), and `vite preview` on a free port.
 */
import { createServer } from 'node:net';
import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Serves the last build (`dist/`) with `vite preview` on a free port. */
export async function startPreview(): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** Collects console errors and uncaught page errors, to assert that a run had none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}
