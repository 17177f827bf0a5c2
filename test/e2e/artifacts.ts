/** Where the e2e screenshots go (test-results/ is git-ignored). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'e2e');

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** A screenshot of one part of the page (scrolled into view first). */
export async function screenshotOf(part: Locator, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await part.screenshot({ path });
  return path;
}
