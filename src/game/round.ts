/**
 * The round (GAME.md section 3): world event, income, draw, alternating action turns,
 * resolution (upkeep, coercion check, elections, scoring) and the end check.
 */
import { CARD, type CardId } from './data/cards';
import { COUNTRY } from './data/countries';
import { applyEffects } from './effects';
import { addLog, RULES_CAUSE } from './log';
import { holdBlocDecision } from './bloc';
import { changeTrack, hasStanding, moveWorldOrder, receiveIncome, setAutTie, setDemTie } from './mutate';
import { RULES } from './rules-config';
import { type Rng, shuffleInPlace } from './rng';
import { breaksAway } from './queries';
import { scoreRound } from './scoring';
import { firstToAct, hasWorldSchedule, inPlay, turnsPerRound, worldEventsInRound } from './scenario-rules';
import type { GameState } from './state';
import { opponent, type Side } from './types';

/** Ends the active side's turn and moves the game on (to the other side, or to resolution). */
export function endTurn(G: GameState, rng: Rng): void {
  const side = G.active;
  G.pending = null;
  G.turns[side] += 1;
  const other = opponent(side);
  const turns = turnsPerRound(G);
  if (G.turns[other] < turns) G.active = other;
  else if (G.turns[side] < turns) G.active = side;
  else resolveRound(G, rng);
}

/** Starts the next round: world event(s), income, draw; then the scenario's first side acts (ScenarioDef.initiative). */
export function startRound(G: GameState, rng: Rng): void {
  G.round += 1;
  G.tally = { vetoes: 0, lostWeight: 0, membersLost: 0 };
  G.turns = { dem: 0, aut: 0 };
  G.active = firstToAct(G);
  addLog(G, RULES_CAUSE.roundStart, 'cooperation', { type: 'round-start', round: G.round });
  // One world event, or the events a scenario's schedule puts in this round, in their order.
  for (let i = worldEventsInRound(G); i > 0; i--) resolveWorldEvent(G, rng);
  collectIncome(G);
  drawHand(G, 'aut', rng);
  drawHand(G, 'dem', rng);
}

function resolveWorldEvent(G: GameState, rng: Rng): void {
  const card = G.world.upcoming;
  if (card !== null) {
    G.world.discard.push(card);
    G.world.upcoming = null;
  }
  // A scheduled world deck (the record's order) runs out rather than coming round again.
  if (G.world.deck.length === 0 && G.world.discard.length > 0 && !hasWorldSchedule(G)) reshuffle(G.world.deck, G.world.discard, 'world', G, rng);
  G.world.upcoming = G.world.deck.shift() ?? null;
  if (card === null) return;
  const def = CARD[card];
  addLog(G, { kind: 'card', side: 'world', card }, def.concept, { type: 'world-event', card, next: G.world.upcoming });
  applyEffects(G, def.effects, { origin: { cause: { kind: 'card', side: 'world', card }, concept: def.concept }, target: null, rng });
}

/** Democratic income grows with the integrated core and shrinks with dependency; Autocratic income with deals. */
export function incomeOf(G: GameState, side: Side): number {
  const I = RULES.income;
  if (side === 'dem') {
    const memberWeight = inPlay(G).reduce((s, id) => (G.countries[id].demTie === 'member' ? s + COUNTRY[id].weight : s), 0);
    const penalty = Math.max(0, G.sides.dem.dependency - I.dependencyPenaltyFrom);
    return Math.max(0, I.demBase + Math.floor(memberWeight / I.demMemberWeightDivisor) - penalty);
  }
  const deals = inPlay(G).reduce((s, id) => (G.countries[id].autTie === 'deal' ? s + 1 : s), 0);
  return I.autBase + deals * I.autPerDeal + (hasStanding(G, 'cai-ratified') ? 1 : 0);
}

function collectIncome(G: GameState): void {
  for (const side of ['dem', 'aut'] as const) {
    receiveIncome(G, side, incomeOf(G, side), { cause: RULES_CAUSE.income, concept: side === 'dem' ? 'dependency' : 'mutual-interest' });
  }
}

function drawHand(G: GameState, side: Side, rng: Rng): void {
  const s = G.sides[side];
  let count = 0;
  while (s.hand.length < RULES.handSize) {
    if (s.deck.length === 0) {
      if (s.discard.length === 0) break;
      reshuffle(s.deck, s.discard, side, G, rng);
    }
    s.hand.push(s.deck.shift() as CardId);
    count += 1;
  }
  if (count > 0) addLog(G, RULES_CAUSE.draw, 'cooperation', { type: 'draw', side, count });
}

function reshuffle(deck: CardId[], discard: CardId[], pile: Side | 'world', G: GameState, rng: Rng): void {
  const count = discard.length;
  deck.push(...shuffleInPlace(rng, discard.splice(0, count)));
  addLog(G, RULES_CAUSE.draw, 'cooperation', { type: 'reshuffle', pile, count });
}

/** Resolution, then either the end of the game or the next round. */
export function resolveRound(G: GameState, rng: Rng): void {
  commonPosition(G);
  allianceUpkeep(G);
  coercionCheck(G);
  holdElections(G, rng);
  scoreAndCheckEnd(G);
  if (G.result === null) startRound(G, rng);
}

/**
 * Each round the bloc must speak on the issues of the day with one voice (a common position, such
 * as the EU's statements on human rights in China). Under unanimity a single member under heavy
 * leverage can block it, as Greece did at the UN in 2017 and Hungary on Hong Kong in 2021: the
 * article's "cheerleaders" that prevent a united front. A blocked position scores for the
 * Autocratic side and breaks the united front.
 */
function commonPosition(G: GameState): void {
  holdBlocDecision(G, 'common-statement', { cause: RULES_CAUSE.commonPosition, concept: 'united-front' });
}

function allianceUpkeep(G: GameState): void {
  const T = RULES.thresholds;
  for (const id of inPlay(G)) {
    const cs = G.countries[id];
    if (cs.demTie === 'member' && cs.trust < T.memberUpkeepTrust) {
      setDemTie(G, id, 'ally', { cause: RULES_CAUSE.upkeep, concept: 'integration' }, 'trust-too-low');
    } else if (cs.demTie === 'ally' && cs.trust < T.allyUpkeepTrust) {
      setDemTie(G, id, 'partner', { cause: RULES_CAUSE.upkeep, concept: 'alliance' }, 'trust-too-low');
    }
  }
}

/** A partner held by coercion breaks away once resentment exceeds leverage (the Warsaw Pact lesson). */
function coercionCheck(G: GameState): void {
  const origin = { cause: RULES_CAUSE.coercionCheck, concept: 'coerced-bloc-collapse' } as const;
  for (const id of inPlay(G)) {
    const cs = G.countries[id];
    if (!breaksAway(cs)) continue;
    const reason = cs.resentment > cs.leverage ? 'resentment-exceeds' : 'coerced-to-the-limit';
    addLog(G, origin.cause, origin.concept, { type: 'defection', country: id }, reason);
    setAutTie(G, id, 'none', null, origin);
    changeTrack(G, id, 'leverage', -cs.leverage, origin);
    changeTrack(G, id, 'resentment', -cs.resentment, origin);
  }
}

function holdElections(G: GameState, rng: Rng): void {
  const E = RULES.elections;
  const origin = { cause: RULES_CAUSE.election, concept: 'disinformation' } as const;
  for (const id of inPlay(G)) {
    const cs = G.countries[id];
    if (cs.regime !== 'democracy' || cs.polarization < E.minPolarization) continue;
    const populist = rng() < (E.populistChance[cs.polarization] ?? 1);
    addLog(G, origin.cause, origin.concept, { type: 'election', country: id, populist }, populist ? 'populist-result' : 'mainstream-result');
    if (!populist) continue;
    // A populist government cools ties with the bloc; it does not by itself change the regime.
    changeTrack(G, id, 'trust', -E.populistTrustLoss, origin);
    changeTrack(G, id, 'polarization', E.polarizationAfterPopulist - cs.polarization, origin);
  }
}

function scoreAndCheckEnd(G: GameState): void {
  const score = scoreRound(G);
  moveWorldOrder(G, { round: G.round, dem: score.dem.total, aut: score.aut.total, shift: score.shift });
  const concept = score.unitedFront ? 'united-front' : 'bloc';
  addLog(G, RULES_CAUSE.scoring, concept, {
    type: 'score', dem: score.dem.total, aut: score.aut.total, shift: score.shift, worldOrder: G.worldOrder, unitedFront: score.unitedFront, lines: score.lines,
  });
  const atLimit = Math.abs(G.worldOrder) >= RULES.worldOrderLimit;
  if (!atLimit && G.round < G.lastRound) return;
  const winner: Side | null = G.worldOrder > 0 ? 'dem' : G.worldOrder < 0 ? 'aut' : null;
  const reason = atLimit ? 'world-order-limit' : 'final-round';
  G.result = { winner, reason, worldOrder: G.worldOrder };
  G.pending = null;
  addLog(G, RULES_CAUSE.endCheck, 'bloc', { type: 'game-over', winner, worldOrder: G.worldOrder, reason });
}
