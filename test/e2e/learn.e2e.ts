/**
 * Learning while playing, in a solo game against the Easy AI, at 1280×720 and on a phone
 * (390×844): a move's preview before Confirm (its numbers, and a bloc vote's members against and
 * outcome), the Hard AI's hint for the player's own seat, the log filtered by round and by
 * concept, and a round's scoring breakdown (its lines add up to the totals it shows). axe-core on
 * each of these states; screenshots in test-results/e2e/.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';
import { launchChromium, watchErrors } from './browser';
import { nextScreen, opsPlaysOffered, playTurn, roundShown, startSolo as startSoloGame } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const startSolo = (page: Page): Promise<void> => startSoloGame(page, inject('baseUrl'));

const preview = (page: Page) => page.getByRole('region', { name: /^What it will do/ });

/** Plays a card for its ops and chooses Sanction on a target: the preview shows the bloc's vote. Null when Sanction cannot be chosen now. */
async function previewSanction(page: Page): Promise<string | null> {
  const [ops] = await opsPlaysOffered(page);
  if (!ops || ops.ops < 2) return null;
  await ops.button.click();
  await page.getByRole('button', { name: /^Confirm: / }).click();
  const sanction = page.getByRole('button', { name: /^Sanction: / });
  await sanction.waitFor();
  if (!(await sanction.isEnabled())) return null;
  await sanction.click();
  await page.getByLabel('Target country', { exact: true }).selectOption({ index: 1 });
  const text = (await preview(page).textContent()) ?? '';
  expect(text).toMatch(/Vote on the sanction under (unanimity|majority voting): .*; it will (pass|fail)\./);
  return text;
}

/** A card's event on a target, before Confirm: the preview's numbers and the countries it touches. */
async function previewEvent(page: Page): Promise<string | null> {
  const events = page.getByRole('button', { name: /^Play event: / }).and(page.locator(':enabled'));
  for (let i = 0; i < (await events.count()); i++) {
    await events.nth(i).click();
    const select = page.getByLabel('Target country', { exact: true });
    if (await select.isVisible()) await select.selectOption({ index: 1 });
    const framework = page.getByLabel('Framework', { exact: true });
    if (await framework.isVisible()) await framework.selectOption({ index: 1 });
    const text = (await preview(page).textContent()) ?? '';
    if (/\d+ → \d+/.test(text)) return text;
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  }
  return null;
}

async function askHint(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'What would the AI do?' }).click();
  const result = page.getByRole('status').filter({ hasText: /^The Hard AI would: / });
  await result.waitFor({ timeout: 30_000 });
  return (await result.textContent()) ?? '';
}

/** Opens round `round`'s scoring breakdown and checks that its lines add up to each side's total. */
async function readBreakdown(page: Page, round: number): Promise<void> {
  const log = page.getByRole('region', { name: /^Game log/ });
  const details = log.locator('details.score-breakdown').filter({ hasText: `How round ${round} was scored` });
  await details.locator('summary').click();
  const sides = await details.locator('.score-side').evaluateAll((els) => els.map((el) => ({
    head: el.querySelector('p')?.textContent ?? '',
    lines: [...el.querySelectorAll('li')].map((li) => li.textContent ?? ''),
  })));
  expect(sides.map((s) => s.head.replace(/: .*/, ''))).toStrictEqual(['Democratic bloc', 'Autocratic power']);
  for (const side of sides) {
    const total = Number(side.head.replace(/^.*: /, ''));
    const points = side.lines.map((line) => Number(line.replace(/^.*: [+]?/, '').replace('\u2212', '-')));
    expect(points.reduce((a, b) => a + b, 0), `${side.head}: ${side.lines.join('; ')}`).toBe(total);
  }
  expect(sides[0]?.lines.some((line) => /, (ally|member) \(weight \d\): \+\d/.test(line))).toBe(true);
}

/** Filters the log to round `round` and then to the concept of its first chip; checks what stays visible. */
async function filterLog(page: Page, round: number): Promise<string> {
  const log = page.getByRole('region', { name: /^Game log/ });
  await log.getByLabel('Round', { exact: true }).selectOption(String(round));
  const heads = await log.locator('.log-group:not([hidden]) .log-group-head').allTextContents();
  expect(heads.length).toBeGreaterThan(2);
  expect(await log.locator(`.log-group:not([hidden]):not([data-round="${round}"])`).count()).toBe(0);
  const concept = (await log.locator('.log-group:not([hidden]) a.concept-link').first().textContent()) ?? '';
  await log.getByLabel('Concept', { exact: true }).selectOption({ label: concept });
  const chips = await log.locator('.log-group:not([hidden]) .log-items > li:not([hidden]) a.concept-link').allTextContents();
  expect(chips.length).toBeGreaterThan(0);
  expect(new Set(chips)).toStrictEqual(new Set([concept]));
  return concept;
}

async function resetLogFilters(page: Page): Promise<void> {
  const log = page.getByRole('region', { name: /^Game log/ });
  await log.getByLabel('Round', { exact: true }).selectOption('');
  await log.getByLabel('Concept', { exact: true }).selectOption('');
}

describe('learning while playing (solo)', () => {
  it('previews, a hint, the log filtered, and a round\'s scoring breakdown at 1280×720', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await startSolo(page);
    let eventPreview: string | null = null;
    let vote: string | null = null;
    let hint = '';
    for (let turn = 0; (await roundShown(page).catch(() => 0)) < 2 || eventPreview === null || vote === null || hint === ''; turn++) {
      expect(turn).toBeLessThan(30);
      if ((await nextScreen(page)) !== 'my-turn') break;
      if (hint === '') {
        hint = await askHint(page);
        console.info(`hint: ${hint}`);
        await screenshot(page, 'learn-hint-desktop');
        await expectAccessible(page, 'hint');
      }
      if (eventPreview === null && (eventPreview = await previewEvent(page)) !== null) {
        console.info(`event preview: ${eventPreview}`);
        await preview(page).scrollIntoViewIfNeeded();
        await screenshot(page, 'learn-preview-desktop');
        await expectAccessible(page, 'preview');
        await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      } else if (vote === null && (vote = await previewSanction(page)) !== null) {
        console.info(`vote preview: ${vote}`);
        await preview(page).scrollIntoViewIfNeeded();
        await screenshot(page, 'learn-preview-vote-desktop');
        await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      }
      if (await page.getByRole('button', { name: /^End turn/ }).isVisible()) await page.getByRole('button', { name: /^End turn/ }).click();
      else await playTurn(page, { act: true, viaTable: false, event: false });
    }
    expect(hint).toMatch(/^The Hard AI would: .+\. Why: .+\.$/);
    expect(eventPreview).toMatch(/Countries touched: /);
    const concept = await filterLog(page, 1);
    console.info(`log filtered to round 1 and ${concept}`);
    await page.getByRole('region', { name: /^Game log/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'learn-log-filtered-desktop');
    await expectAccessible(page, 'log filtered');
    await resetLogFilters(page);
    await readBreakdown(page, 1);
    await page.locator('details.score-breakdown[open]').scrollIntoViewIfNeeded();
    await screenshot(page, 'learn-score-breakdown-desktop');
    await expectAccessible(page, 'scoring breakdown');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone: the preview, the hint and the breakdown', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const errors = watchErrors(page);
    await startSolo(page);
    expect(await nextScreen(page)).toBe('my-turn');
    const hint = await askHint(page);
    expect(hint).toMatch(/^The Hard AI would: /);
    await page.getByRole('region', { name: 'Hint' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'learn-hint-phone');
    expect(await previewEvent(page)).not.toBeNull();
    await preview(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'learn-preview-phone');
    await expectAccessible(page, 'preview (phone)');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    while ((await roundShown(page)) < 2) {
      await playTurn(page, { act: false, viaTable: false, event: false });
      expect(await nextScreen(page)).toBe('my-turn');
    }
    await readBreakdown(page, 1);
    await page.locator('details.score-breakdown[open]').scrollIntoViewIfNeeded();
    await screenshot(page, 'learn-score-breakdown-phone');
    await expectAccessible(page, 'scoring breakdown (phone)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
