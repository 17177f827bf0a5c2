/**
 * Runs axe-core (a maintained accessibility rule set, a dev dependency) in the page and fails on
 * any critical or serious violation, naming each rule and the elements it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One violation as the test reports it. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The critical and serious violations axe finds in the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const options: RunOptions = { resultTypes: ['violations'] };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
    const { violations } = await axe.run(document, opts);
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')) }));
  }, options);
}

/** Fails with a readable list when axe finds a critical or serious violation on `screen`. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page);
  const text = found.map((f) => `${screen}: ${f.impact} ${f.rule} (${f.help}): ${f.targets.join(' | ')}`);
  if (text.length > 0) throw new Error(`axe-core found ${text.length} critical or serious violation(s):\n${text.join('\n')}`);
}
