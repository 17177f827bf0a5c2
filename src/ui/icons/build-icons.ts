/**
 * Builds the app's PNG icons (`npm run icons:build`) from the one drawing,
 * assets/public/icons/icon.svg, by rendering it in Debian's Chromium (no image library, no
 * downloaded browser): 192 and 512 px for the web app manifest (the 512 one also serves as the
 * maskable icon: the drawing keeps to the central safe zone), and 180 px for iOS's home screen.
 * The PNGs are committed; run this again after changing the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../../test/e2e/browser';

const DIR = join(process.cwd(), 'assets', 'public', 'icons');
const SIZES: ReadonlyArray<readonly [file: string, px: number]> = [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
];

async function main(): Promise<void> {
  const svg = readFileSync(join(DIR, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    for (const [file, px] of SIZES) {
      const page = await browser.newPage({ viewport: { width: px, height: px } });
      await page.setContent(`<!doctype html><style>html,body{margin:0}svg{display:block;width:${px}px;height:${px}px}</style>${svg}`);
      writeFileSync(join(DIR, file), await page.screenshot({ type: 'png', omitBackground: false }));
      await page.close();
      console.log(`${file}: ${px}×${px}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
