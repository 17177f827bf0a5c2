/**
 * The basic actions in words: each one's name and a summary of its cost and effect. Costs and
 * thresholds come from the rules' own table (`RULES`), so the words cannot drift from the engine.
 */
import { RULES } from '../game/rules-config';
import type { ActionId } from '../game/types';
import { opsWord, signed } from './words';

export const ACTION_NAME: Readonly<Record<ActionId, string>> = {
  engage: 'Engage',
  ally: 'Ally',
  integrate: 'Integrate',
  'counter-disinformation': 'Counter disinformation',
  diversify: 'Diversify',
  sanction: 'Sanction',
  invest: 'Invest',
  coerce: 'Coerce',
  disinform: 'Disinform',
  framework: 'Framework',
  lure: 'Lure',
  crush: 'Crush a revolt',
};

/** The numbers the summaries quote: `RULES`, or a variant of it (tests). */
export interface SummaryNumbers {
  readonly costs: Readonly<Record<keyof typeof RULES.costs, number>>;
  readonly thresholds: Readonly<Record<keyof typeof RULES.thresholds, number>>;
  readonly sanction: { readonly leverageLoss: number; readonly trustLoss: number };
}

/** Each action's cost and effect in a few words, quoting `rules`. */
export function actionSummaries(rules: SummaryNumbers): Readonly<Record<ActionId, string>> {
  const { costs: c, thresholds: t } = rules;
  return {
    engage: `${opsWord(c.engage)} (+1 outside the bloc where leverage ≥ ${c.engageSurchargeAtLeverage}): trust ${signed(1)}, ${signed(1)} more in a democracy`,
    ally: `${opsWord(c.ally)}: a partner with trust ≥ ${t.allyTrust} becomes an ally`,
    integrate: `${opsWord(c.integrate)}, bloc decision: an ally with trust ≥ ${t.integrateTrust} becomes a member`,
    'counter-disinformation': `${opsWord(c.counterDisinformation)}: polarization ${signed(-1)}`,
    diversify: `${opsWord(c.diversify)} and ${c.diversifyCapital} capital: dependency ${signed(-1)}`,
    sanction: `${opsWord(c.sanction)}, bloc decision: leverage ${signed(-rules.sanction.leverageLoss)}, trust ${signed(-rules.sanction.trustLoss)}, costs capital = dependency`,
    invest: `${opsWord(c.invest)} (+${c.investScreening} in a member) and ${c.investCapital} capital: leverage ${signed(1)}, a deal where there was no tie`,
    coerce: `${opsWord(c.coerce)}, needs leverage ≥ ${t.coerceLeverage}: trust ${signed(-1)}, resentment ${signed(1)}`,
    disinform: `${opsWord(c.disinform)}: polarization ${signed(1)} in a democracy or hybrid`,
    framework: `${opsWord(c.framework)}, needs leverage ≥ ${t.frameworkLeverage}: joins a framework`,
    lure: `${opsWord(c.lure)}: an ally whose leverage exceeds its trust drops to partner`,
    crush: `${opsWord(c.crush)} and ${c.crushCapital} capital, only in a member of the Autocratic side's own bloc (the Cold War) with resentment: resentment falls, and trust toward the West rises`,
  };
}

/** The summaries under the rules in force. */
export const ACTION_SUMMARY = actionSummaries(RULES);
