/**
 * A teacher's "inject" (as crisis simulations call it): a world event released into a running
 * game at once, between two moves, instead of waiting for the next round's face-up card. It is a
 * boardgame.io move of its own (`INJECT_MOVE`, played by the server for the seat on move), so it
 * is in the match's move list and seed + moves still replays the game. It leaves the world deck,
 * the turn and the ops in play as they are: only the card's effects happen, logged as a world event.
 */
import { CARD, isCardId, type CardId } from './data/cards';
import { applyEffects } from './effects';
import { addLog } from './log';
import type { Rng } from './rng';
import type { GameState } from './state';

/** The boardgame.io move name of an inject (never offered to players: the server refuses it from clients). */
export const INJECT_MOVE = 'inject';

/** Why `card` cannot be injected now, or null. */
export function checkInject(G: GameState, card: unknown): string | null {
  if (G.result !== null) return 'the game is over';
  if (!isCardId(card) || CARD[card].side !== 'world') return 'an inject must be a world event card';
  return null;
}

/** Resolves the world event `card` now (check it with `checkInject` first). Mutates `G`. */
export function applyInject(G: GameState, card: CardId, rng: Rng): void {
  const def = CARD[card];
  const cause = { kind: 'card', side: 'world', card } as const;
  addLog(G, cause, def.concept, { type: 'world-event', card, next: G.world.upcoming });
  applyEffects(G, def.effects, { origin: { cause, concept: def.concept }, target: null, rng });
}
