/**
 * Online replays (called by online.e2e.ts once its match has ended): the server reveals the
 * match's record now that it is over. A player downloads it from the end screen (a record the
 * replay screen accepts, for this match, whose moves rebuild the final World Order shown); a
 * spectator who follows the link after the end reads the debrief (chart drawn, prompts present,
 * the what-if on this match's own deal), opens the replay and steps through it. axe-core on the spectator's end screen and the replay;
 * screenshots at 1280×720 and 390×844.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { parseGameRecordText, replayRecord } from '../../src/client/game-record';
import { signed } from '../../src/content/words';
import { screenshot } from './artifacts';
import { expectAccessible } from './axe';

/** The player's page downloads the record; returns how many moves it holds. */
export async function downloadOnlineRecord(player: Page, code: string): Promise<number> {
  const shownScore = (await player.locator('.end-score').textContent()) ?? '';
  const [download] = await Promise.all([player.waitForEvent('download'), player.getByRole('button', { name: 'Download the game record' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trust-and-leverage-[a-z-]+-\d{4}-\d\d-\d\d\.json$/);
  const record = parseGameRecordText(readFileSync((await download.path())!, 'utf8'));
  if (typeof record === 'string') throw new Error(`the downloaded record is refused: ${record}`);
  expect(record.players).toEqual({ mode: 'online', matchID: code });
  const G = replayRecord(record);
  if (typeof G === 'string') throw new Error(`the downloaded record does not replay: ${G}`);
  expect(G.result).not.toBeNull();
  expect(shownScore).toBe(`Final World Order: ${signed(G.result!.worldOrder)}`);
  return record.moves.length;
}

/** A spectator follows the link after the end: the debrief, then the replay stepped through. */
export async function watchOnlineReplay(spectator: Page, base: string, code: string, moves: number): Promise<void> {
  const codeText = `${code.slice(0, 4)}-${code.slice(4)}`;
  await spectator.goto(`${base}#/match/${code}`);
  await spectator.getByRole('region', { name: `Match ${codeText}` }).getByRole('button', { name: 'Watch', exact: false }).click();
  await spectator.locator('#end-title').waitFor({ timeout: 30_000 });
  expect(await spectator.locator('#end-title').textContent()).toMatch(/^(The .* wins|A draw)$/);
  const debrief = spectator.getByRole('region', { name: 'Debrief', exact: true });
  const chart = debrief.locator('svg.chart').first();
  expect(await chart.locator('circle').count()).toBe(Number(await chart.getAttribute('data-rounds')));
  const prompts = await debrief.getByRole('region', { name: 'To think about' }).getByRole('listitem').count();
  expect(prompts).toBeGreaterThanOrEqual(3);
  expect(prompts).toBeLessThanOrEqual(5);
  // The what-if replays this match's own deal: the server gave its seed now that it is over.
  const whatIf = debrief.getByRole('region', { name: /^What if/ });
  await whatIf.getByText(/^Replayed: /).waitFor({ timeout: 90_000 });
  expect(await whatIf.textContent()).toContain('plays the same deal twice');
  await spectator.getByRole('button', { name: 'Watch the replay' }).scrollIntoViewIfNeeded();
  await screenshot(spectator, 'online-end-spectator-desktop');
  await expectAccessible(spectator, 'online end screen (spectator)');

  await spectator.getByRole('button', { name: 'Watch the replay' }).click();
  await spectator.getByRole('heading', { name: 'Replay', level: 1 }).waitFor({ timeout: 30_000 });
  const said = spectator.locator('.replay-said');
  expect(await said.textContent()).toMatch(new RegExp(`^Move ${moves} of ${moves}: `));
  await spectator.getByRole('button', { name: 'First' }).click();
  expect(await said.textContent()).toBe('The game is set up.');
  await spectator.getByRole('button', { name: 'Next move' }).click();
  await spectator.getByRole('button', { name: 'Next move' }).click();
  expect(await said.textContent()).toMatch(new RegExp(`^Move 2 of ${moves}: `));
  expect(await spectator.locator('.replay-log .log-list > li').count()).toBeGreaterThan(0);
  await screenshot(spectator, 'online-replay-desktop');
  await expectAccessible(spectator, 'online replay');
  await spectator.setViewportSize({ width: 390, height: 844 });
  await screenshot(spectator, 'online-replay-phone');
  await expectAccessible(spectator, 'online replay on a phone');
  await spectator.setViewportSize({ width: 1280, height: 720 });
}
