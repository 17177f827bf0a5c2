import { describe, expect, it } from 'vitest';
import { RULES } from '../game/rules-config';
import { ACTIONS_OF } from '../game/types';
import { ACTION_NAME, ACTION_SUMMARY, actionSummaries, type SummaryNumbers } from './action-words';
import { signed } from './words';

/** RULES with every cost and threshold moved to a number no summary would hold by chance. */
function shifted(by: number): SummaryNumbers {
  const add = <K extends string>(table: Readonly<Record<K, number>>): Record<K, number> =>
    Object.fromEntries(Object.entries<number>(table).map(([k, v]) => [k, v + by])) as Record<K, number>;
  return { costs: add(RULES.costs), thresholds: add(RULES.thresholds), sanction: { leverageLoss: RULES.sanction.leverageLoss + by, trustLoss: RULES.sanction.trustLoss + by } };
}

describe('action words', () => {
  it('quote the costs and thresholds of RULES', () => {
    expect(ACTION_SUMMARY.ally).toContain(`${RULES.costs.ally} ops`);
    expect(ACTION_SUMMARY.ally).toContain(`trust ≥ ${RULES.thresholds.allyTrust}`);
    expect(ACTION_SUMMARY.engage).toContain(`leverage ≥ ${RULES.costs.engageSurchargeAtLeverage}`);
    expect(ACTION_SUMMARY.integrate).toContain(`trust ≥ ${RULES.thresholds.integrateTrust}`);
    expect(ACTION_SUMMARY.invest).toContain(`+${RULES.costs.investScreening} in a member`);
    expect(ACTION_SUMMARY.diversify).toContain(`${RULES.costs.diversifyCapital} capital`);
    expect(ACTION_SUMMARY.sanction).toContain(`leverage ${signed(-RULES.sanction.leverageLoss)}, trust ${signed(-RULES.sanction.trustLoss)}`);
    expect(ACTION_SUMMARY.coerce).toContain(`leverage ≥ ${RULES.thresholds.coerceLeverage}`);
    expect(ACTION_SUMMARY.framework).toContain(`leverage ≥ ${RULES.thresholds.frameworkLeverage}`);
  });

  it('follow the rules when their numbers change', () => {
    const words = actionSummaries(shifted(40));
    for (const action of [...ACTIONS_OF.dem, ...ACTIONS_OF.aut]) {
      // Every summary starts with its cost in ops, and no number of the real rules survives the shift.
      expect(words[action]).toMatch(/^4\d ops/);
      expect(words[action]).not.toMatch(/(^|[^\d+\u2212])[2-5]\b/);
    }
    expect(words.ally).toContain(`trust ≥ ${RULES.thresholds.allyTrust + 40}`);
  });

  it('name every action, with one minus sign', () => {
    for (const action of [...ACTIONS_OF.dem, ...ACTIONS_OF.aut]) {
      expect(ACTION_NAME[action].length).toBeGreaterThan(0);
      expect(ACTION_SUMMARY[action]).not.toMatch(/ -\d/);
    }
  });
});
