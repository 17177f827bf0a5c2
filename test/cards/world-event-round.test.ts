/**
 * World events through the round start (round.ts): the face-up event resolves first, exactly as its
 * effects do on their own, then the next one is turned up, then income reflects what the event did.
 */
import { describe, expect, it } from 'vitest';
import { CARD, type CardId, WORLD_CARDS } from '../../src/game/data/cards';
import { applyEffects } from '../../src/game/effects';
import { startRound } from '../../src/game/round';
import { noRng, position, scriptedRng } from '../support/position';

const RANDOM_PICK: readonly CardId[] = ['coup', 'democratic-opening'];
const rngFor = (card: CardId) => (RANDOM_PICK.includes(card) ? scriptedRng([0.1]) : noRng);

describe('world events at the start of a round', () => {
  it.each(WORLD_CARDS.map((card) => card.id))('%s resolves at round start exactly as its effects do', (card) => {
    const alone = position();
    const origin = { cause: { kind: 'card', side: 'world', card }, concept: CARD[card].concept } as const;
    applyEffects(alone, CARD[card].effects, { origin, target: null, rng: rngFor(card) });

    const G = position({ upcoming: card });
    const next = G.world.deck[0];
    startRound(G, rngFor(card));

    const byCard = G.log.filter((entry) => entry.cause.kind === 'card' && entry.cause.card === card);
    expect(byCard).toStrictEqual([
      { round: 2, concept: CARD[card].concept, cause: origin.cause, event: { type: 'world-event', card, next } },
      ...alone.log.map((entry) => ({ ...entry, round: 2 })),
    ]);
    expect(G.countries).toEqual(alone.countries);
    expect(G.standing).toEqual(alone.standing);
    expect(G.world.discard).toEqual([...position().world.discard, card]);
    expect(G.world.upcoming).toBe(next);
  });

  it('a world event that cuts dependency raises the same round\'s Democratic income (event before income)', () => {
    const G = position({ upcoming: 'trade-war' });
    startRound(G, noRng);
    const income = G.log.find((entry) => entry.event.type === 'income' && entry.event.side === 'dem');
    // dependency 3 → 2: no dependency penalty; 2 + member weight 13 / 3 = 6
    expect(income?.event).toEqual({ type: 'income', side: 'dem', amount: 6 });
    expect(G.sides.dem.capital).toBe(9 - 1 + 6);
    // 12 - 2, then 3 + five deals (Egypt, Iran, Kenya, Ethiopia, Venezuela) = 8
    expect(G.sides.aut.capital).toBe(12 - 2 + 8);
  });
});
