/**
 * Drives the game like a player, through accessible roles and labels only: headings, buttons,
 * the labelled target select and the country table's Choose buttons.
 */
import type { Locator, Page } from 'playwright-core';

export type Screen = 'end' | 'pass' | 'my-turn' | 'waiting';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the screen shows something to react to (not the other side's turn). */
export async function nextScreen(page: Page, timeoutMs = 120_000): Promise<Screen> {
  const end = page.getByRole('button', { name: 'New game' });
  const pass = page.getByRole('heading', { name: 'Pass the device' });
  const mine = page.getByRole('heading', { name: 'Your turn', level: 2 });
  await end.or(pass).or(mine).first().waitFor({ state: 'visible', timeout: timeoutMs });
  if (await end.isVisible()) return 'end';
  if (await pass.isVisible()) return 'pass';
  if (await mine.isVisible()) return 'my-turn';
  return nextScreen(page, timeoutMs);
}

export interface TurnPlan {
  /** Spend ops on one basic action before ending the turn. */
  readonly act: boolean;
  /** Choose the target in the country table (else in the Target country select). */
  readonly viaTable: boolean;
  /** Try to play a card for its event instead of its ops. */
  readonly event: boolean;
}

/** Completes the current choice's target (and framework) and confirms it. */
async function chooseTargetAndConfirm(page: Page, viaTable: boolean): Promise<void> {
  const select = page.getByLabel('Target country', { exact: true });
  if (await select.isVisible()) {
    if (viaTable) await page.getByRole('button', { name: /^Choose .* as the target$/ }).first().click();
    else await select.selectOption({ index: 1 });
  }
  const framework = page.getByLabel('Framework', { exact: true });
  if (await framework.isVisible()) await framework.selectOption({ index: 1 });
  await page.getByRole('button', { name: /^Confirm: / }).click();
}

/** A card of the hand that may be played for its ops now, with its button. */
export interface OpsPlay {
  readonly button: Locator;
  readonly title: string;
  readonly ops: number;
}

/**
 * The hand's cards the rules let the player play for their ops now: the enabled "Play for N ops"
 * buttons (the hand disables it where the rules refuse it, as for a pivotal card whose event can
 * be played).
 */
export async function opsPlaysOffered(page: Page): Promise<OpsPlay[]> {
  const buttons = page.getByRole('button', { name: OPS_BUTTON }).and(page.locator(':enabled'));
  const labels = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((label, i) => {
    const [, ops = '0', title = ''] = /^Play for (\d) ops?: (.*)$/.exec(label) ?? [];
    return { button: buttons.nth(i), title, ops: Number(ops) };
  });
}

/** The hand's buttons, by their accessible names ("Play event: Pandemic", "Play for 2 ops: Pandemic"). */
export const EVENT_BUTTON = /^Play event: /;
export const OPS_BUTTON = /^Play for \d ops?: /;

async function playCard(page: Page, plan: TurnPlan): Promise<void> {
  const event = page.getByRole('button', { name: EVENT_BUTTON }).and(page.locator(':enabled')).first();
  const [ops] = await opsPlaysOffered(page);
  // A hand of pivotal cards whose events are all playable leaves no card to play for its ops.
  if ((plan.event || ops === undefined) && (await event.count()) > 0) await event.click();
  else if (ops !== undefined) await ops.button.click();
  else throw new Error('no card in the hand can be played, for its event or for its ops');
  await chooseTargetAndConfirm(page, plan.viaTable);
}

async function spendOps(page: Page, plan: TurnPlan): Promise<void> {
  const action = page.getByRole('list', { name: 'Basic actions' }).getByRole('button').and(page.locator(':enabled')).first();
  if (plan.act && (await action.count()) > 0) {
    await action.click();
    await chooseTargetAndConfirm(page, plan.viaTable);
    return;
  }
  await page.getByRole('button', { name: /^End turn/ }).click();
}

/**
 * Makes one move of the player's turn (a card, an action, End turn or Pass) and returns whether
 * the turn is still on after it.
 */
export async function playStep(page: Page, plan: TurnPlan, acted: boolean): Promise<'card' | 'action' | 'end'> {
  const pass = page.getByRole('button', { name: 'Pass', exact: true });
  if (await pass.isVisible()) {
    await pass.click();
    return 'end';
  }
  const endTurn = page.getByRole('button', { name: /^End turn/ });
  if (!(await endTurn.isVisible())) {
    await playCard(page, plan);
    return 'card';
  }
  await spendOps(page, { ...plan, act: plan.act && !acted });
  return plan.act && !acted ? 'action' : 'end';
}

/** Plays one whole turn of the player on screen. */
export async function playTurn(page: Page, plan: TurnPlan): Promise<void> {
  let acted = false;
  for (let i = 0; i < 6; i++) {
    const done = await playStep(page, plan, acted);
    if (done === 'end') return;
    if (done === 'action') acted = true;
    const turnHeading = page.getByRole('heading', { name: 'Your turn', level: 2 });
    if (!(await turnHeading.isVisible())) return;
  }
}

/** The round shown in the status panel. */
export async function roundShown(page: Page): Promise<number> {
  const text = (await page.getByRole('term').filter({ hasText: /^Round$/ }).locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  return Number(text.split(' ')[0]);
}

/**
 * Opens, with the keyboard, the newest log line where `side` played a card, and returns that line
 * (its "About …" button then says it is expanded, and the card's reference shows under it).
 */
export async function openPlayedCard(page: Page, side: 'Democratic bloc' | 'Autocratic power'): Promise<Locator> {
  const line = page.getByRole('region', { name: /^Game log/ }).getByRole('listitem').filter({ hasText: `The ${side} plays ` }).first();
  const about = line.getByRole('button', { name: /^About / });
  await about.focus();
  await page.keyboard.press('Enter');
  await line.getByText(/^Reference: /).waitFor();
  return line;
}

/** From the menu at `url`: a solo game as the Democratic bloc against the Easy AI. */
export async function startSolo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const solo = page.getByRole('region', { name: 'Solo against the AI' });
  await solo.getByRole('radio', { name: /Democratic bloc/ }).check();
  await solo.getByRole('radio', { name: /Easy/ }).check();
  await solo.getByRole('button', { name: 'Start solo game' }).click();
}
