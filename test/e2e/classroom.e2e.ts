/**
 * A class in the browser against the real game server (src/server/main.ts serving the build, a
 * temporary SQLite file): a teacher creates a Classroom Quick class split between the rules, four
 * students in their own browser contexts join with the code and a name, take the quiz, and play
 * a turn or two; the teacher watches the grid move, releases an inject to every table, hands the
 * slow students' seats to the AI, which finishes both games; the students take the quiz after
 * the game; the summary shows the quiz before and after; the CSV export's rows match each
 * match's game record (seed + moves, injects included) replayed by the pure rules.
 * Screenshots (1280×720): the teacher's room with its tables, and the summary.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseGameRecord, replayRecord } from '../../src/client/game-record';
import { QUIZ } from '../../src/content/quiz';
import type { GameState } from '../../src/game';
import type { LogEntry } from '../../src/game/log';
import { type ServerProcess, spawnServerProcess } from '../load/server-process';
import { screenshot, screenshotOf } from './artifacts';
import { expectAccessible } from './axe';
import { freePort, launchChromium, watchErrors } from './browser';
import { playStep, sleep } from './play';

const DESKTOP = { viewport: { width: 1280, height: 720 } };
const NAMES = ['Ana', 'Ben', 'Cy', 'Dee'] as const;

let browser: Browser;
let server: ServerProcess;
let dir: string;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tl-class-e2e-'));
  const port = await freePort();
  server = await spawnServerProcess({ PORT: String(port), STATIC_DIR: 'dist', SQLITE_FILE: join(dir, 'matches.sqlite'), AI_PACE_MS: '30', AI_BUDGET_MS: '100' });
  base = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function errorsOf(page: Page): () => string[] {
  const errors = watchErrors(page);
  return () => errors.filter((e) => !/WebSocket connection to .* failed|ERR_NETWORK_CHANGED|net::ERR_|409/.test(e));
}

/** Answers every item of the quiz on screen, each with the choice at `pick` (wrapped) or the right one, and sends it. */
async function answerQuiz(page: Page, pick: number | 'right'): Promise<void> {
  const items = page.locator('fieldset.quiz-item');
  await items.first().waitFor();
  const answers = new Map(QUIZ.map((item) => [item.id, item.answer]));
  for (const item of await items.all()) {
    const choices = item.locator('input[type=radio]');
    const id = (await item.getAttribute('data-item')) ?? '';
    await choices.nth(pick === 'right' ? (answers.get(id) ?? 0) : pick % (await choices.count())).check();
  }
  await page.getByRole('button', { name: 'Send my answers' }).click();
}

/** The independent count of a round's moments, straight from the replayed log. */
function roundFacts(log: readonly LogEntry[], round: number) {
  const of = log.filter((e) => e.round === round && !(e.cause.kind === 'rules' && e.cause.step === 'setup'));
  const failed = (rule: string) => of.filter((e) => e.event.type === 'bloc-decision' && !e.event.passed && e.event.members > 0 && e.event.rule === rule).length;
  return {
    vetoes: failed('unanimity'), outvotes: failed('majority'),
    integrations: of.filter((e) => e.event.type === 'dem-tie' && e.event.to === 'member').length,
    breakaways: of.filter((e) => e.event.type === 'defection').length,
    slides: of.filter((e) => e.event.type === 'regime' && e.event.from === 'democracy' && e.event.to !== 'democracy').length,
  };
}

describe('a class', () => {
  it('runs from the class code to the summary and the export', async () => {
    const teacherContext = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const teacher = await teacherContext.newPage();
    const teacherErrors = errorsOf(teacher);

    // The teacher creates a Classroom Quick class split between the rules.
    await teacher.goto(`${base}#/teach`);
    await teacher.getByRole('heading', { name: 'Instructor room', level: 1 }).waitFor();
    await teacher.getByLabel('Title (students do not see it)').fill('Period 3: the Veto Room');
    await teacher.getByLabel('Scenario', { exact: true }).selectOption('classroom-quick');
    await teacher.getByLabel(/^Split the class/).check();
    await expectAccessible(teacher, 'instructor room');
    await teacher.getByRole('button', { name: 'Create the class' }).click();
    const codeEl = teacher.locator('[data-class-code]');
    await codeEl.waitFor();
    const code = (await codeEl.getAttribute('data-class-code')) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const key = await teacher.evaluate(() => localStorage.getItem('trust-and-leverage.classes'));
    expect(key).toContain(code);

    // Four students join in their own contexts, take the quiz before, and reach their match.
    const students: Page[] = [];
    const studentErrors: (() => string[])[] = [];
    for (const [i, name] of NAMES.entries()) {
      const page = await (await browser.newContext(DESKTOP)).newPage();
      studentErrors.push(errorsOf(page));
      await page.goto(`${base}#/class/${code}`);
      await page.getByLabel(/^Display name/).fill(name);
      await page.getByRole('button', { name: 'Join the class' }).click();
      await answerQuiz(page, i);
      await page.locator('#game-title').waitFor({ timeout: 30_000 });
      students.push(page);
    }
    const tables = teacher.locator('.teach-table-card');
    await expect.poll(() => tables.count(), { timeout: 15_000 }).toBe(2);
    await expect(tables.nth(0).locator('.teach-rule').textContent()).resolves.toMatch(/Unanimity/);
    await expect(tables.nth(1).locator('.teach-rule').textContent()).resolves.toMatch(/Majority/);
    await expect.poll(() => teacher.locator('.teach-table-card--playing').count(), { timeout: 15_000 }).toBe(2);

    // At each table the side on move plays a turn; the teacher's grid follows.
    for (const pair of [[students[0]!, students[1]!], [students[2]!, students[3]!]] as const) {
      const before = await teacher.locator('.teach-table-status').allTextContents();
      let mover: Page | undefined;
      for (let tries = 0; tries < 100 && !mover; tries += 1) {
        for (const page of pair) if (await page.getByRole('heading', { name: 'Your turn', level: 2 }).isVisible()) mover = page;
        if (!mover) await sleep(200);
      }
      if (!mover) throw new Error('no student got the turn');
      let acted = false;
      for (let step = 0; step < 6; step += 1) {
        const done = await playStep(mover, { act: true, viaTable: false, event: false }, acted);
        await mover.locator('.turn[aria-busy="true"]').waitFor({ state: 'hidden', timeout: 30_000 });
        if (done === 'end' || !(await mover.getByRole('heading', { name: 'Your turn', level: 2 }).isVisible())) break;
        if (done === 'action') acted = true;
      }
      await expect.poll(() => teacher.locator('.teach-table-status').allTextContents(), { timeout: 15_000 }).not.toEqual(before);
    }
    await screenshot(teacher, 'classroom-teacher-room');

    // An inject: one world event at every table at once.
    await teacher.getByLabel('World event', { exact: true }).selectOption('financial-crisis');
    await teacher.getByRole('button', { name: 'Release to every table' }).click();
    await teacher.getByText(/^Financial Crisis happened at 2 tables/).waitFor({ timeout: 20_000 });
    for (const page of students) {
      await expect.poll(() => page.getByRole('region', { name: /^Game log/ }).getByText(/Financial Crisis/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }

    // The students are slow: the AI (Easy) takes over every seat and finishes both games.
    await teacher.getByLabel('Level of the AI you give seats to').selectOption('easy');
    for (let handed = 0; handed < 4; handed += 1) {
      const takeOver = teacher.getByRole('button', { name: /^Hand over the .* seat of table .* to the AI$/ }).first();
      await takeOver.click();
      await teacher.getByText(/^The AI plays .*'s seat of match/).waitFor({ timeout: 20_000 });
    }
    await expect.poll(() => teacher.locator('.teach-table-card--over').count(), { timeout: 120_000 }).toBe(2);
    await expect.poll(() => teacher.locator('.teach-moments li').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // After the game (and its debrief) each student comes back to the class and takes the quiz after.
    for (const [i, page] of students.entries()) {
      const back = page.locator('section.end').getByRole('button', { name: 'Back to the lobby' });
      await back.waitFor({ timeout: 60_000 });
      await back.click();
      await page.getByRole('heading', { name: 'Quiz after the game' }).waitFor({ timeout: 20_000 });
      // Three of the four learned something (the forms balance answer positions, so a constant pick scores at chance).
      await answerQuiz(page, i < 3 ? 'right' : i + 1);
      await page.getByRole('heading', { name: 'Thank you' }).waitFor({ timeout: 20_000 });
    }
    const summary = teacher.locator('.teach-summary');
    await summary.getByText(/^4 before, 4 after, 4 both\. .*mean gain \+\d+ pts/).waitFor({ timeout: 20_000 });
    await summary.locator('caption', { hasText: 'Correct answers by concept' }).waitFor();
    await expectAccessible(teacher, 'class grid and summary');
    await screenshotOf(summary, 'classroom-summary');
    await teacher.setViewportSize({ width: 1280, height: 720 });
    await summary.scrollIntoViewIfNeeded();
    await screenshot(teacher, 'classroom-summary-viewport');

    // The CSV: one row per table and round, matching each match's record replayed by the rules.
    const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('class_code,match_id,round,dem_player,aut_player,decision_rule,world_order,dem_points,aut_points,vetoes,outvotes,integrations,breakaways,slides,winner');
    const rows = csv.slice(1).map((line) => line.split(','));
    const matchIDs = [...new Set(rows.map((r) => r[1] ?? ''))];
    expect(matchIDs).toHaveLength(2);
    for (const matchID of matchIDs) {
      const response = await fetch(`${base}games/trust-and-leverage/${matchID}/record`);
      expect(response.status).toBe(200);
      const record = parseGameRecord(await response.json());
      if (typeof record === 'string') throw new Error(record);
      expect(record.moves.some((m) => m.move === 'inject' && m.args[0] === 'financial-crisis')).toBe(true);
      const G = replayRecord(record) as GameState;
      expect(typeof G).toBe('object');
      const mine = rows.filter((r) => r[1] === matchID);
      // The rule in effect when each round was scored (a reform vote may change it).
      const rules: string[] = [];
      let rule: string = G.options.decisionRule;
      for (const e of G.log) {
        if (e.event.type === 'decision-rule') rule = e.event.to;
        if (e.event.type === 'score') rules.push(rule);
      }
      expect(mine.map((r) => r[5])).toEqual(rules);
      expect(mine.map((r) => Number(r[2]))).toEqual(G.history.map((h) => h.round));
      for (const [i, h] of G.history.entries()) {
        const r = mine[i]!;
        expect([r[0], Number(r[6]), Number(r[7]), Number(r[8])]).toEqual([code, h.worldOrder, h.dem, h.aut]);
        const facts = roundFacts(G.log, h.round);
        expect(r.slice(9, 14).map(Number)).toEqual([facts.vetoes, facts.outvotes, facts.integrations, facts.breakaways, facts.slides]);
        expect(r[14]).toBe(G.result?.winner ?? 'draw');
      }
      expect(mine.every((r) => /^(Ana|Ben|Cy|Dee) \(AI finished\)$/.test(r[3] ?? '') && /^(Ana|Ben|Cy|Dee) \(AI finished\)$/.test(r[4] ?? ''))).toBe(true);
    }
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['unanimity', 'majority']));

    expect(teacherErrors()).toEqual([]);
    for (const errors of studentErrors) expect(errors()).toEqual([]);
  }, 240_000);
});
