import { describe, expect, it } from 'vitest';
import { applyMove, createAlea, createGame, legalMoves, type Move } from '../game';
import { CARD } from '../game/data/cards';
import type { GameState } from '../game/state';
import { bestAction, greedyMove, normalMove, OPS_WORTH, quickValue, valueAfter } from './greedy';

/** Card-choice positions (no ops in play) along a seeded game between two Normal players. */
function cardChoices(seed: string): GameState[] {
  const rng = createAlea(seed);
  const G = createGame(undefined, rng);
  const out: GameState[] = [];
  for (let n = 0; G.result === null; n++) {
    if (G.pending === null) out.push(structuredClone(G));
    applyMove(G, G.active, normalMove(G, G.active, createAlea(`${seed}:${n}`)), rng);
  }
  return out;
}

const same = (a: Move, b: Move): boolean => JSON.stringify(a) === JSON.stringify(b);

describe('the rollout policy', () => {
  it('credits a card played for ops with the worth of its ops, and nothing else', () => {
    const G = cardChoices('quick')[0] as GameState;
    for (const move of legalMoves(G, G.active)) {
      const credit = move.kind === 'play-ops' ? CARD[move.card].ops * OPS_WORTH : 0;
      expect(quickValue(G, G.active, move, createAlea('q'))).toBeCloseTo(valueAfter(G, G.active, move, createAlea('q')) + credit, 9);
    }
  });

  it('picks the card play Normal picks far more often than a plain one-step greedy choice, where the card may go either way', () => {
    // A pivotal card must go for its event, so every policy agrees there: only the other card plays are real choices.
    const positions = ['agree-1', 'agree-2', 'agree-3', 'agree-4'].flatMap(cardChoices);
    let choices = 0;
    let quick = 0;
    let plain = 0;
    for (const [i, G] of positions.entries()) {
      const normal = normalMove(G, G.active, createAlea(`n${i}`));
      if ((normal.kind !== 'play-ops' && normal.kind !== 'play-event') || CARD[normal.card].pivotal) continue;
      choices += 1;
      if (same(greedyMove(G, G.active, createAlea(`g${i}`)), normal)) quick += 1;
      if (same(bestAction(G, G.active, createAlea(`b${i}`)).move, normal)) plain += 1;
    }
    expect(choices).toBeGreaterThan(80);
    expect(quick / choices).toBeGreaterThan(0.5);
    // About twice as often (62 against 30 of 110 choices when written).
    expect(quick).toBeGreaterThan(1.5 * plain);
  });
});
