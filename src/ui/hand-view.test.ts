import { describe, expect, it } from 'vitest';
import { CARD, legalMoves, type Move } from '../game';
import { position } from '../../test/support/position';
import { cardPlays, handOrder } from './hand-view';

describe('how a card in hand may be played (from the legal moves only)', () => {
  const G = position({ active: 'dem', dem: { hand: ['summit-of-democracies', 'energy-diversification'] } });
  const moves = legalMoves(G, 'dem');

  it('closes the ops of a pivotal card whose event can be played, and says why', () => {
    expect(CARD['summit-of-democracies'].pivotal).toBe(true);
    expect(cardPlays('summit-of-democracies', moves)).toEqual({ event: true, ops: false, note: 'Pivotal: play it for its event.' });
  });

  it('leaves both ways open for a card that is not pivotal', () => {
    expect(CARD['energy-diversification'].pivotal).toBeFalsy();
    expect(cardPlays('energy-diversification', moves)).toEqual({ event: true, ops: true, note: null });
  });

  it('lets a pivotal card go for its ops when its event has no target', () => {
    const opsOnly: Move[] = [{ kind: 'play-ops', card: 'aukus' }];
    expect(cardPlays('aukus', opsOnly)).toEqual({ event: false, ops: true, note: 'Its event has no valid target now.' });
  });

  it('closes both ways when the rules offer nothing (the hand shows notes only on the player\'s turn)', () => {
    expect(cardPlays('summit-of-democracies', [])).toEqual({ event: false, ops: false, note: 'Its event has no valid target now.' });
  });
});

describe('the hand\'s order', () => {
  const hand = ['trade-agreement', 'five-eyes', 'nato-consolidation'] as const;

  it('shows the card the tutorial points out first, the others in the hand\'s order', () => {
    expect(handOrder(hand, 'five-eyes')).toStrictEqual(['five-eyes', 'trade-agreement', 'nato-consolidation']);
    expect(handOrder(hand, 'nato-consolidation')).toStrictEqual(['nato-consolidation', 'trade-agreement', 'five-eyes']);
  });

  it('keeps the hand as it is with no card pointed out, or one the hand does not hold', () => {
    expect(handOrder(hand, null)).toStrictEqual(hand);
    expect(handOrder(hand, 'aukus')).toStrictEqual(hand);
  });
});
