/**
 * The debrief after a finished game (called by solo.e2e.ts once its game ends): it opened within
 * 500 ms of the end, the chart has one point per round (and a table of the same numbers), three to
 * five prompts, key moments whose concept links open their glossary entries, every concept link
 * on the page (debrief, the game's log, cards) resolving to an entry, the what-if filled
 * in, the maps scrub; axe-core finds no serious violation; screenshots at 1280×720 and 390×844.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CONCEPT_LABEL } from '../../src/content/concept-labels';
import { GLOSSARY } from '../../src/content/glossary';
import type { ConceptId } from '../../src/game/types';
import { screenshot, screenshotOf } from './artifacts';
import { expectAccessible } from './axe';

/** How long the debrief took to build and show after the game's last state came in (ms). */
async function debriefMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('tl:debrief', 'measure').at(-1)?.duration ?? Number.NaN);
}

export async function expectDebrief(page: Page): Promise<void> {
  const debrief = page.getByRole('region', { name: 'Debrief', exact: true });
  await debrief.waitFor();
  const ms = await debriefMs(page);
  console.info(`debrief_ms: ${ms.toFixed(1)}`);
  expect(ms).toBeLessThan(500);

  // The end screen's button brings it into view with focus on its title.
  await page.getByRole('button', { name: 'Read the debrief' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('debrief-title');

  // The chart: one point per round, the same rounds as the table beside it.
  const chart = debrief.locator('svg.chart').first();
  const rounds = Number(await chart.getAttribute('data-rounds'));
  expect(rounds).toBeGreaterThanOrEqual(1);
  expect(await chart.locator('circle').count()).toBe(rounds);
  expect(await chart.locator('title').textContent()).toBe('The World Order after each round');
  const table = debrief.getByRole('table', { name: 'The World Order after each round' });
  expect(await table.locator('tbody tr').count()).toBe(rounds);

  const prompts = await debrief.getByRole('region', { name: 'To think about' }).getByRole('listitem').allTextContents();
  expect(prompts.length).toBeGreaterThanOrEqual(3);
  expect(prompts.length).toBeLessThanOrEqual(5);
  expect(prompts.some((p) => /round \d/.test(p))).toBe(true);

  // Key moments: each carries a concept link that opens its glossary entry.
  const moments = debrief.getByRole('region', { name: /^Key moments/ });
  const items = moments.getByRole('listitem');
  const momentCount = await items.count();
  console.info(`debrief: ${rounds} rounds, ${momentCount} key moments, ${prompts.length} prompts`);
  for (let i = 0; i < momentCount; i++) expect(await items.nth(i).locator('a.concept-link').count()).toBe(1);
  const firstLink = momentCount > 0 ? items.first().locator('a.concept-link') : debrief.locator('a.concept-link').first();
  const label = (await firstLink.textContent()) ?? '';
  await firstLink.click();
  const dialog = page.getByRole('dialog', { name: 'Glossary' });
  await dialog.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(label);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  // Every concept link in the debrief, and in the whole game's log and on the cards beside it,
  // resolves to a glossary entry and names it by its label.
  const links = await page.locator('a.concept-link').evaluateAll((as) => as.map((a) => ({
    href: a.getAttribute('href') ?? '', text: a.textContent ?? '', inDebrief: a.closest('#debrief') !== null,
  })));
  expect(links.filter((l) => l.inDebrief).length).toBeGreaterThan(0);
  expect(links.filter((l) => !l.inDebrief).length).toBeGreaterThan(0);
  for (const { href, text } of links) {
    const id = /^#\/glossary\/([a-z-]+)$/.exec(href)?.[1] ?? '';
    expect(Object.keys(GLOSSARY), href).toContain(id);
    expect(text).toBe(CONCEPT_LABEL[id as ConceptId]);
  }

  // The maps scrub to the start and back.
  const scrubber = debrief.getByRole('slider', { name: 'Round' });
  await scrubber.fill('0');
  expect(await debrief.getByText(/at the start\.$/).count()).toBe(1);
  await debrief.getByRole('button', { name: 'Leverage' }).click();
  expect(await debrief.getByText(/^Autocratic leverage at the start\.$/).count()).toBe(1);

  // The what-if fills in after.
  const whatIf = debrief.getByRole('region', { name: /^What if/ });
  await whatIf.getByText(/^Replayed: /).waitFor({ timeout: 60_000 });
  expect(await whatIf.getByRole('table', { name: 'The games side by side' }).locator('thead th').count()).toBe(3);
  expect(await debrief.getByRole('button', { name: /^Switch sides: play the Autocratic power$/ }).count()).toBe(1);

  await debrief.getByRole('heading', { name: 'Debrief' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'debrief-desktop');
  await screenshotOf(whatIf, 'debrief-whatif-desktop');
  await screenshotOf(debrief.getByRole('region', { name: 'Trust and leverage by round' }), 'debrief-maps-desktop');
  await expectAccessible(page, 'debrief');

  await page.setViewportSize({ width: 390, height: 844 });
  await debrief.getByRole('heading', { name: 'Debrief' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'debrief-phone');
  await screenshotOf(moments, 'debrief-moments-phone');
  await expectAccessible(page, 'debrief on a phone');
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The debrief's own height (px), for checks of the page's height that are about the game screen. */
export function debriefHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementById('debrief')?.getBoundingClientRect().height ?? 0);
}
