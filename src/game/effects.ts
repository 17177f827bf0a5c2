import { assertNever } from './assert-never';
import type { Condition, Effect, Scope } from './data/card-types';
import { addLog } from './log';
import { holdBlocDecision } from './bloc';
import {
  changeCapital, changeDependency, changeTrack, hasStanding, type Origin, setAutTie, setDecisionRule, setDemTie,
  setRegime, setStanding,
} from './mutate';
import { countriesMatching, matches } from './queries';
import { randomIndex, type Rng } from './rng';
import { isInPlay } from './scenario-rules';
import type { GameState } from './state';
import type { CountryId } from './types';

/** Everything an effect may need besides the state. */
export interface EffectContext {
  readonly origin: Origin;
  readonly target: CountryId | null;
  readonly rng: Rng;
}

/** Interprets a card's effects in order. */
export function applyEffects(G: GameState, effects: readonly Effect[], ctx: EffectContext): void {
  for (const effect of effects) applyEffect(G, effect, ctx);
}

function applyEffect(G: GameState, effect: Effect, ctx: EffectContext): void {
  const { origin } = ctx;
  switch (effect.op) {
    case 'track':
      for (const id of resolveScope(G, effect.scope, ctx)) changeTrack(G, id, effect.track, effect.delta, origin);
      return;
    case 'dem-tie':
      for (const id of resolveScope(G, effect.scope, ctx)) setDemTie(G, id, effect.to, origin);
      return;
    case 'aut-tie':
      for (const id of resolveScope(G, effect.scope, ctx)) setAutTie(G, id, effect.to, effect.framework ?? null, origin);
      return;
    case 'regime':
      for (const id of resolveScope(G, effect.scope, ctx)) setRegime(G, id, effect.to, origin);
      return;
    case 'capital':
      return changeCapital(G, effect.side, effect.delta, origin);
    case 'dependency':
      return changeDependency(G, effect.delta, origin);
    case 'principled-cost':
      return changeCapital(G, 'dem', -G.sides.dem.dependency, { ...origin, concept: 'dependency' });
    case 'decision-rule':
      return setDecisionRule(G, effect.rule, origin);
    case 'standing':
      return setStanding(G, effect.id, effect.on, origin);
    case 'bloc-decision':
      if (holdBlocDecision(G, effect.decision, origin)) applyEffects(G, effect.ifTrue, ctx);
      return;
    case 'chance':
      return applyChance(G, effect, ctx);
    case 'when':
      return applyEffects(G, test(G, effect.cond, ctx) ? effect.ifTrue : (effect.ifFalse ?? []), ctx);
    default:
      return assertNever(effect, 'card effect');
  }
}

function applyChance(G: GameState, effect: Extract<Effect, { op: 'chance' }>, ctx: EffectContext): void {
  const hit = ctx.rng() < effect.chance;
  addLog(G, ctx.origin.cause, ctx.origin.concept, { type: 'chance', hit }, hit ? effect.note : undefined);
  applyEffects(G, hit ? effect.ifTrue : effect.ifFalse, ctx);
}

function test(G: GameState, cond: Condition, ctx: EffectContext): boolean {
  switch (cond.test) {
    case 'target':
      return ctx.target !== null && matches(G, ctx.target, cond.filter);
    case 'country':
      return matches(G, cond.id, cond.filter);
    case 'standing':
      return hasStanding(G, cond.id);
    case 'decision-rule':
      return G.sides.dem.decisionRule === cond.rule;
    default:
      return assertNever(cond, 'effect condition');
  }
}

function resolveScope(G: GameState, scope: Scope, ctx: EffectContext): readonly CountryId[] {
  switch (scope.kind) {
    case 'target':
      return ctx.target === null ? [] : [ctx.target];
    case 'country':
      // A card naming a country out of play in this scenario leaves it as it is.
      return isInPlay(G, scope.id) ? [scope.id] : [];
    case 'each':
      return countriesMatching(G, scope.filter);
    case 'random': {
      const pool = countriesMatching(G, scope.filter);
      if (pool.length === 0) {
        addLog(G, ctx.origin.cause, ctx.origin.concept, { type: 'no-effect' }, 'no-target');
        return [];
      }
      return [pool[randomIndex(ctx.rng, pool.length)] as CountryId];
    }
    default:
      return assertNever(scope, 'effect scope');
  }
}
