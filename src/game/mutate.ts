/**
 * The only functions that change country and side state, the World Order and the round's tally.
 * Each applies the rules that hold for every source of change (common values, polarization
 * limits, bounds) and logs what it did. (Turn bookkeeping — whose turn, the round number, the
 * ops in play — belongs to the round flow in round.ts and moves.ts.)
 */
import { COUNTRY } from './data/countries';
import { addLog, type LogCause, type LogReason } from './log';
import { RULES } from './rules-config';
import { clamp } from './queries';
import type { GameState, RoundRecord } from './state';
import {
  type AutTie, type ConceptId, type CountryId, type DecisionRule, DEM_TIE_RANK, type DemTie, type FrameworkId,
  type Regime, type Side, type StandingId, type Track, TRACK_MAX,
} from './types';

/** Where a change comes from: what caused it and the concept it illustrates. */
export interface Origin {
  readonly cause: LogCause;
  readonly concept: ConceptId;
}

/** Moves a per-country track, applying the rules that every change of that track obeys. */
export function changeTrack(G: GameState, id: CountryId, track: Track, delta: number, origin: Origin): void {
  if (delta === 0) return;
  if (track === 'trust' && delta > 0) return gainTrust(G, id, delta, origin);
  if (track === 'polarization') return changePolarization(G, id, delta, origin);
  setTrack(G, id, track, G.countries[id][track] + delta, origin);
}

function setTrack(G: GameState, id: CountryId, track: Track, value: number, origin: Origin, reason?: LogReason): void {
  const cs = G.countries[id];
  const from = cs[track];
  const to = clamp(value, 0, TRACK_MAX[track]);
  if (from === to) return;
  cs[track] = to;
  addLog(G, origin.cause, origin.concept, { type: 'track', country: id, track, from, to }, reason);
}

/** Trust gains: blocked at peak polarization, +1 in democracies (common values); any gain opens cooperation. */
function gainTrust(G: GameState, id: CountryId, delta: number, origin: Origin): void {
  const cs = G.countries[id];
  if (cs.polarization >= RULES.thresholds.polarizationBlocksTrust) {
    addLog(G, origin.cause, 'disinformation', { type: 'no-effect', country: id }, 'polarization-blocks');
    return;
  }
  const democracy = cs.regime === 'democracy';
  if (democracy) setTrack(G, id, 'trust', cs.trust + delta + 1, { ...origin, concept: 'common-values' }, 'common-values');
  else setTrack(G, id, 'trust', cs.trust + delta, origin);
  if (cs.demTie === 'none') setDemTie(G, id, 'partner', { ...origin, concept: 'cooperation' });
}

/** Only democracies and hybrids polarize; reaching the peak may cost trust (RULES.polarizationPeakTrustLoss). */
function changePolarization(G: GameState, id: CountryId, delta: number, origin: Origin): void {
  const cs = G.countries[id];
  if (cs.regime === 'autocracy') return;
  const before = cs.polarization;
  setTrack(G, id, 'polarization', before + delta, origin);
  const peak = TRACK_MAX.polarization;
  const loss = RULES.polarizationPeakTrustLoss;
  if (loss > 0 && before < peak && cs.polarization === peak) {
    setTrack(G, id, 'trust', cs.trust - loss, { ...origin, concept: 'disinformation' }, 'polarization-peaks');
  }
}

/** Sets the Democratic tie; a member or ally lost is tallied for scoring and the united front. */
export function setDemTie(G: GameState, id: CountryId, to: DemTie, origin: Origin, reason?: LogReason): void {
  const cs = G.countries[id];
  const from = cs.demTie;
  if (from === to) return;
  cs.demTie = to;
  if (DEM_TIE_RANK[to] < DEM_TIE_RANK[from] && DEM_TIE_RANK[from] >= DEM_TIE_RANK.ally) {
    G.tally.lostWeight += COUNTRY[id].weight;
    if (from === 'member') G.tally.membersLost += 1;
  }
  addLog(G, origin.cause, origin.concept, { type: 'dem-tie', country: id, from, to }, reason);
}

export function setAutTie(G: GameState, id: CountryId, to: AutTie, framework: FrameworkId | null, origin: Origin, reason?: LogReason): void {
  const cs = G.countries[id];
  const from = cs.autTie;
  const newFramework = to === 'framework' ? framework : null;
  if (from === to && cs.framework === newFramework) return;
  cs.autTie = to;
  cs.framework = newFramework;
  addLog(G, origin.cause, origin.concept, { type: 'aut-tie', country: id, from, to, framework: newFramework }, reason);
}

/** Changes a regime. Autocracies do not polarize, so their polarization clears. */
export function setRegime(G: GameState, id: CountryId, to: Regime, origin: Origin, reason?: LogReason): void {
  const cs = G.countries[id];
  const from = cs.regime;
  if (from === to) return;
  cs.regime = to;
  addLog(G, origin.cause, origin.concept, { type: 'regime', country: id, from, to }, reason);
  if (to !== 'autocracy') return;
  setTrack(G, id, 'polarization', 0, origin);
  // Autocracies will not delegate sovereignty: an integrated member that becomes one leaves integration.
  if (cs.demTie === 'member') setDemTie(G, id, 'ally', { cause: origin.cause, concept: 'sovereignty' }, 'sovereignty');
}

export function changeCapital(G: GameState, side: Side, delta: number, origin: Origin): void {
  const s = G.sides[side];
  const from = s.capital;
  const to = Math.max(0, from + delta);
  if (from === to) return;
  s.capital = to;
  addLog(G, origin.cause, origin.concept, { type: 'capital', side, from, to });
}

/** Round income: capital grows by `amount`, logged as income (not as a capital change). */
export function receiveIncome(G: GameState, side: Side, amount: number, origin: Origin): void {
  G.sides[side].capital += amount;
  addLog(G, origin.cause, origin.concept, { type: 'income', side, amount });
}

/** A bloc decision was blocked (a veto, or outvoted): the Autocratic side scores it this round. */
export function tallyBlockedDecision(G: GameState): void {
  G.tally.vetoes += 1;
}

/** Moves the World Order track by a round's shift (clamped at ±the limit) and records the round. */
export function moveWorldOrder(G: GameState, record: Omit<RoundRecord, 'worldOrder'>): void {
  const limit = RULES.worldOrderLimit;
  G.worldOrder = clamp(G.worldOrder + record.shift, -limit, limit);
  G.history.push({ ...record, worldOrder: G.worldOrder });
}

export function changeDependency(G: GameState, delta: number, origin: Origin): void {
  const dem = G.sides.dem;
  const from = dem.dependency;
  const to = clamp(from + delta, 0, 5);
  if (from === to) return;
  dem.dependency = to;
  addLog(G, origin.cause, origin.concept, { type: 'dependency', from, to });
}

export function setDecisionRule(G: GameState, to: DecisionRule, origin: Origin): void {
  const dem = G.sides.dem;
  const from = dem.decisionRule;
  if (from === to) return;
  dem.decisionRule = to;
  addLog(G, origin.cause, origin.concept, { type: 'decision-rule', from, to });
}

export function setStanding(G: GameState, id: StandingId, on: boolean, origin: Origin): void {
  const has = G.standing.includes(id);
  if (has === on) return;
  if (on) G.standing.push(id);
  else G.standing.splice(G.standing.indexOf(id), 1);
  addLog(G, origin.cause, origin.concept, { type: 'standing', id, on });
}

export function hasStanding(G: GameState, id: StandingId): boolean {
  return G.standing.includes(id);
}
