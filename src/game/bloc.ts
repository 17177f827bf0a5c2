import { addLog } from './log';
import { hasStanding, type Origin, setStanding, tallyBlockedDecision } from './mutate';
import { members, votesAgainst } from './queries';
import type { GameState } from './state';
import type { BlocDecisionId, CountryId } from './types';

/** Members that vote against: those under heavy Autocratic leverage ("cheerleaders"). */
export function membersAgainst(G: GameState): CountryId[] {
  return members(G).filter((id) => votesAgainst(G.countries[id]));
}

/**
 * Would a bloc decision pass right now? Under unanimity one member against is a veto;
 * under majority voting it passes when most members are for it. A bloc with no members decides nothing.
 */
export function blocWouldPass(G: GameState): boolean {
  const total = members(G).length;
  if (total === 0) return false;
  const against = membersAgainst(G).length;
  return G.sides.dem.decisionRule === 'unanimity' ? against === 0 : (total - against) * 2 > total;
}

/**
 * Puts a decision to the bloc, logs the vote and tallies a blocked one for the Autocratic side
 * (a veto under unanimity, a majority against under majority voting).
 * A sanction that passes is still cancelled at the UN while the Strategic Partnership stands.
 */
export function holdBlocDecision(G: GameState, decision: BlocDecisionId, origin: Origin): boolean {
  const rule = G.sides.dem.decisionRule;
  const against = membersAgainst(G);
  const total = members(G).length;
  const passed = blocWouldPass(G);
  const event = { type: 'bloc-decision', decision, rule, passed, against, members: total } as const;
  if (total === 0) {
    // No bloc left to decide: nothing happens, and nobody vetoed anything.
    addLog(G, origin.cause, 'bloc', event, 'no-members');
    return false;
  }
  if (!passed) {
    const majority = rule === 'majority';
    addLog(G, origin.cause, majority ? 'qualified-majority' : 'unanimity-veto', event, majority ? 'outvoted' : 'veto');
    tallyBlockedDecision(G);
    return false;
  }
  addLog(G, origin.cause, rule === 'majority' ? 'qualified-majority' : 'bloc', event);
  if (decision === 'sanction' && hasStanding(G, 'un-shield')) {
    addLog(G, origin.cause, 'mutual-interest', { type: 'no-effect' }, 'un-shield');
    setStanding(G, 'un-shield', false, { cause: origin.cause, concept: 'mutual-interest' });
    return false;
  }
  return true;
}
