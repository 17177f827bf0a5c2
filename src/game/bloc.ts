import { COUNTRY } from './data/countries';
import { addLog } from './log';
import { type Origin, tallyBlockedDecision } from './mutate';
import { members, votesAgainst } from './queries';
import { RULES } from './rules-config';
import type { CountryState, GameState } from './state';
import type { BlocDecisionId, CountryId, Side } from './types';

/** Who puts each decision to the bloc: only a blocked decision of the bloc's own scores for the Autocratic side. */
const PROPOSED_BY: Readonly<Record<BlocDecisionId, Side>> = {
  integration: 'dem', sanction: 'dem', 'common-statement': 'dem', reform: 'dem', 'investment-agreement': 'aut',
};

/**
 * Does this member vote against the decision? On the bloc's line toward the Autocratic side (its
 * common position, sanctions, the reform of its voting rule), a member under heavy Autocratic
 * leverage does: a "cheerleader", as the article says of the EU's China policy. Enlargement is not
 * China policy: a member votes against integrating another only when it has lost trust in the bloc
 * itself. On the investment agreement the Autocratic side proposes, a member with no economic stake
 * in it votes against (Lithuania after leaving the 16+1).
 */
function opposes(cs: CountryState, decision: BlocDecisionId | undefined): boolean {
  if (decision === 'investment-agreement') return cs.leverage < RULES.investmentAgreement.stakeLeverage;
  if (decision === 'integration') return cs.trust < RULES.thresholds.allyUpkeepTrust;
  return votesAgainst(cs);
}

/** Members that vote against a decision (by default, one on the bloc's own line). */
export function membersAgainst(G: GameState, decision?: BlocDecisionId): CountryId[] {
  return members(G).filter((id) => opposes(G.countries[id], decision));
}

/**
 * Would a bloc decision pass right now? Under unanimity one member against is a veto. Under
 * majority voting it takes a double majority, as the EU's qualified majority: the members for it
 * must be at least 55% of the members and hold at least 65% of the members' weight (RULES.qmv).
 * A bloc with no members decides nothing.
 */
export function blocWouldPass(G: GameState, decision?: BlocDecisionId): boolean {
  const all = members(G);
  if (all.length === 0) return false;
  const against = membersAgainst(G, decision);
  if (G.sides.dem.decisionRule === 'unanimity') return against.length === 0;
  const weight = (ids: readonly CountryId[]) => ids.reduce((sum, id) => sum + COUNTRY[id].weight, 0);
  const forIds = all.filter((id) => !against.includes(id));
  const { memberPct, weightPct } = RULES.qmv;
  // Integer arithmetic: shares compared as percentages without rounding.
  return forIds.length * 100 >= memberPct * all.length && weight(forIds) * 100 >= weightPct * weight(all);
}

/**
 * Puts a decision to the bloc, logs the vote and, when one of the bloc's own decisions is blocked
 * (a veto under unanimity, no double majority under majority voting), tallies it for the
 * Autocratic side. The bloc turning down the Autocratic side's proposal scores for nobody.
 * (A sanction is the bloc's own act: no UN vote can cancel it.)
 */
export function holdBlocDecision(G: GameState, decision: BlocDecisionId, origin: Origin): boolean {
  const rule = G.sides.dem.decisionRule;
  const against = membersAgainst(G, decision);
  const total = members(G).length;
  const passed = blocWouldPass(G, decision);
  const event = { type: 'bloc-decision', decision, rule, passed, against, members: total } as const;
  if (total === 0) {
    // No bloc left to decide: nothing happens, and nobody vetoed anything.
    addLog(G, origin.cause, 'bloc', event, 'no-members');
    return false;
  }
  if (!passed) {
    const majority = rule === 'majority';
    addLog(G, origin.cause, majority || decision === 'reform' ? 'qualified-majority' : 'unanimity-veto', event, majority ? 'outvoted' : 'veto');
    if (PROPOSED_BY[decision] === 'dem') tallyBlockedDecision(G);
    return false;
  }
  addLog(G, origin.cause, rule === 'majority' ? 'qualified-majority' : 'bloc', event);
  return true;
}
