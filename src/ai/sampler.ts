/**
 * Fast repeated determinization for search: the view's public part is copied once, and every
 * sample only reshuffles the unseen cards into the opponent's hand and the decks.
 */
import type { CardId } from '../game/data/cards';
import { type Rng, shuffleInPlace } from '../game/rng';
import type { GameState } from '../game/state';
import type { PlayerView } from '../game/view';
import type { Side } from '../game/types';
import { hasWorldSchedule } from '../game/scenario-rules';
import { cloneForSearch } from './clone';
import { determinize } from './determinize';

export type Sampler = (rng: Rng) => GameState;

/** Prepares a sampler of full states consistent with `view`. */
export function samplerFor(view: PlayerView, rng: Rng): Sampler {
  const base = determinize(view, rng);
  base.log = [];
  base.history = [];
  const hidden: Record<Side, { pool: CardId[]; handCount: number; ownHand: boolean }> = {
    dem: poolOf(base, 'dem', view.sides.dem.hand !== null),
    aut: poolOf(base, 'aut', view.sides.aut.hand !== null),
  };
  const worldPool = [...base.world.deck];
  const scheduled = hasWorldSchedule(base);
  return (r) => {
    const G = cloneForSearch(base);
    for (const side of ['dem', 'aut'] as const) {
      const h = hidden[side];
      const cards = shuffleInPlace(r, [...h.pool]);
      if (!h.ownHand) G.sides[side].hand = cards.splice(0, h.handCount);
      G.sides[side].deck = cards;
    }
    G.world.deck = scheduled ? [...worldPool] : shuffleInPlace(r, [...worldPool]);
    return G;
  };
}

function poolOf(G: GameState, side: Side, ownHand: boolean): { pool: CardId[]; handCount: number; ownHand: boolean } {
  const s = G.sides[side];
  return { pool: ownHand ? [...s.deck] : [...s.hand, ...s.deck], handCount: s.hand.length, ownHand };
}
