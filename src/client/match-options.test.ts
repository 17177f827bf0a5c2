import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../game';
import { type Match, startMatch } from './match';

/** The first snapshot a local match shows, once its clients have synced. */
async function firstView(match: Match) {
  await new Promise<void>((resolve) => {
    const off = match.subscribe(() => {
      if (match.snapshot() === null) return;
      off();
      resolve();
    });
  });
  return match.snapshot()!.shown.view;
}

describe('rule options of a local match', () => {
  it('starts with the decision rule and the dependency asked for', async () => {
    const match = startMatch({ mode: 'hot-seat', scenario: 'competing-visions', seed: 'options', decisionRule: 'majority', dependency: 0 });
    expect((await firstView(match)).options).toEqual({ decisionRule: 'majority', dependency: 0 });
    match.destroy();
  });

  it('keeps the scenario\'s own options when none are asked for', async () => {
    const match = startMatch({ mode: 'hot-seat', scenario: 'competing-visions', seed: 'options' });
    const { decisionRule, dependency } = SCENARIOS['competing-visions'];
    expect((await firstView(match)).options).toEqual({ decisionRule, dependency });
    match.destroy();
  });

  it('refuses a dependency outside 0–5 before any game starts', () => {
    expect(() => startMatch({ mode: 'hot-seat', scenario: 'competing-visions', dependency: 9 })).toThrow(/dependency must be a whole number from 0 to 5/);
  });
});
