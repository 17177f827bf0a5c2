/**
 * The position evaluation shared by Normal and Hard: the World Order, where this round's scoring
 * is heading, and the positional assets that will score later (trust under alliances, leverage
 * wedges inside the bloc, polarization, dependency, capital). Positive favours the Democratic side.
 */
import { COUNTRY } from '../game/data/countries';
import { SCENARIOS } from '../game/data/scenarios';
import { inPlay } from '../game/scenario-rules';
import { RULES } from '../game/rules-config';
import { blocWouldPass } from '../game/bloc';
import { breaksAway, votesAgainst } from '../game/queries';
import { scoreRound } from '../game/scoring';
import type { GameState } from '../game/state';
import type { Side } from '../game/types';

/** Weights of the evaluation, in World Order points. */
export const EVAL = {
  win: 100,
  /** How many future rounds the current scoring rate is projected over, at most. */
  projectRounds: 8,
  trust: 0.12,
  leverage: 0.12,
  allyAtRisk: 0.6,
  memberAtRisk: 1.0,
  membership: 2,
  vetoWedge: 2,
  polarization: 0.2,
  resentmentDefection: 0.5,
  capital: 0.06,
  dependency: 0.35,
  majorityRule: 1.5,
  /** One round's swing when the common position is blocked (a veto for the Autocratic side, no united front). */
  blockedPosition: 3,
} as const;

/** Value of `G` for the Democratic side. */
export function evaluateDem(G: GameState): number {
  if (G.result !== null) {
    return G.result.winner === 'dem' ? EVAL.win : G.result.winner === 'aut' ? -EVAL.win : 0;
  }
  const rate = projectedShift(G);
  const roundsLeft = G.lastRound - G.round + 1;
  let v = G.worldOrder + rate * Math.min(roundsLeft, EVAL.projectRounds);
  v += positional(G);
  // The round's common position is voted on at resolution: a bloc that would be blocked loses the
  // united front and scores the Autocratic side a veto, round after round.
  if (!blocWouldPass(G, 'common-statement')) v -= EVAL.blockedPosition * Math.min(roundsLeft, EVAL.projectRounds);
  v += EVAL.capital * (G.sides.dem.capital - G.sides.aut.capital);
  v -= EVAL.dependency * G.sides.dem.dependency;
  if (G.sides.dem.decisionRule === 'majority') v += EVAL.majorityRule;
  return v;
}

/**
 * Where this round's scoring is heading: the score difference, squashed to the largest move the
 * scenario allows in a round (the Cold War's is smaller than the default).
 */
export function projectedShift(G: GameState): number {
  const score = scoreRound(G);
  const cap = SCENARIOS[G.scenario].maxShiftPerRound ?? RULES.maxShiftPerRound;
  return cap * Math.tanh((score.dem.total - score.aut.total) / cap);
}

function positional(G: GameState): number {
  const T = RULES.thresholds;
  let v = 0;
  for (const id of inPlay(G)) {
    const cs = G.countries[id];
    const w = COUNTRY[id].weight;
    const tied = cs.demTie !== 'none';
    v += (tied ? EVAL.trust : EVAL.trust / 2) * w * cs.trust;
    v -= EVAL.leverage * w * cs.leverage;
    if (cs.demTie === 'ally' && cs.trust < T.allyUpkeepTrust) v -= EVAL.allyAtRisk * w;
    if (cs.demTie === 'member' && cs.trust < T.memberUpkeepTrust) v -= EVAL.memberAtRisk * w;
    // A member is worth more than its points: income, the hardest tie to break, and a vote.
    if (cs.demTie === 'member') v += EVAL.membership * w;
    if (votesAgainst(cs)) v -= EVAL.vetoWedge;
    if (tied) v -= EVAL.polarization * w * cs.polarization;
    if (breaksAway(cs)) v += EVAL.resentmentDefection * w * (1 + cs.leverage);
  }
  return v;
}

/** Value of `G` for `side`. */
export function evaluate(G: GameState, side: Side): number {
  const v = evaluateDem(G);
  return side === 'dem' ? v : -v;
}
