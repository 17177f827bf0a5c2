/**
 * Move-level refusals around basic actions: whose turn it is, cards in hand, ops in play,
 * sides, targets and the end of the game. A refused move changes nothing at all. Also the two
 * ways a turn ends early: passing with ops left and passing with an empty hand.
 */
import { describe, expect, it } from 'vitest';
import { legalMoves } from './legal';
import { tryMove } from './moves';
import { actionMove, entry, expectRefused, playOps } from '../../test/support/action-kit';
import { noRng, position } from '../../test/support/position';

describe('refused moves change nothing', () => {
  it('refuses a move out of turn', () => {
    const G = position({ dem: { hand: ['aukus'] }, aut: { hand: ['port-investment'] } });
    expect(G.active).toBe('aut');
    expectRefused(G, 'dem', { kind: 'play-ops', card: 'aukus' }, 'it is not your turn');
    G.pending = { side: 'aut', card: 'port-investment', opsLeft: 2 };
    expectRefused(G, 'dem', actionMove('engage', 'IND'), 'it is not your turn');
  });

  it('refuses a card that is not in hand, including the other side\'s', () => {
    const G = position({ aut: { hand: ['port-investment'] } });
    expectRefused(G, 'aut', { kind: 'play-ops', card: 'hybrid-warfare' }, 'hybrid-warfare is not in your hand');
    expectRefused(G, 'aut', { kind: 'play-ops', card: 'aukus' }, 'aukus is not in your hand');
  });

  it('refuses a second card while ops of the first are unspent', () => {
    const G = position({ aut: { hand: ['debt-leverage', 'cultural-institutes'] } });
    playOps(G, 'aut', 'debt-leverage');
    expectRefused(G, 'aut', { kind: 'play-ops', card: 'cultural-institutes' }, 'spend or give up the ops of the card in play first');
    expectRefused(G, 'aut', { kind: 'play-event', card: 'cultural-institutes', target: 'GRC' }, 'spend or give up the ops of the card in play first');
  });

  it('refuses an action before a card is played for its ops', () => {
    const G = position({ countries: { NGA: { leverage: 1 } } });
    expect(G.pending).toBeNull();
    expectRefused(G, 'aut', actionMove('invest', 'NGA'), 'play a card for its ops first');
  });

  it('refuses the other side\'s actions', () => {
    const dem = position({ active: 'dem', pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 } });
    for (const action of ['invest', 'coerce', 'disinform', 'lure'] as const) {
      expectRefused(dem, 'dem', actionMove(action, 'NGA'), `${action} is not an action of this side`);
    }
    const aut = position({ pending: { side: 'aut', card: 'win-win-cooperation', opsLeft: 3 } });
    for (const action of ['engage', 'ally', 'integrate', 'counter-disinformation', 'sanction'] as const) {
      expectRefused(aut, 'aut', actionMove(action, 'NGA'), `${action} is not an action of this side`);
    }
    expectRefused(aut, 'aut', actionMove('diversify'), 'diversify is not an action of this side');
  });

  it('refuses home countries and a missing target', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 } });
    expectRefused(G, 'dem', actionMove('engage', 'CHN'), 'home countries cannot be targeted');
    expectRefused(G, 'dem', actionMove('sanction', 'CHN'), 'home countries cannot be targeted');
    expectRefused(G, 'dem', actionMove('engage', 'USA'), 'home countries cannot be targeted');
    expectRefused(G, 'dem', actionMove('engage'), 'engage needs a target country');
    const A = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 } });
    expectRefused(A, 'aut', actionMove('invest', 'USA'), 'home countries cannot be targeted');
    expectRefused(A, 'aut', actionMove('framework', undefined, 'sco'), 'framework needs a target country');
  });

  it('refuses a pass while a card can still be played', () => {
    const G = position({ aut: { hand: ['port-investment'] } });
    expectRefused(G, 'aut', { kind: 'pass' }, 'play a card first (you may pass only with no card in hand)');
  });

  it('refuses every move once the game is over, and lists none', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 } });
    G.result = { winner: 'dem', reason: 'world-order-limit', worldOrder: 20 };
    expectRefused(G, 'aut', actionMove('invest', 'NGA'), 'the game is over');
    expectRefused(G, 'aut', { kind: 'pass' }, 'the game is over');
    expect(legalMoves(G, 'aut')).toEqual([]);
  });
});

describe('ending a turn early', () => {
  it('passing with ops left gives them up, logs how many, and hands the turn over', () => {
    const G = position({ aut: { hand: ['hybrid-warfare', 'cultural-institutes'] }, countries: { NGA: { leverage: 1 } } });
    playOps(G, 'aut', 'hybrid-warfare');
    expect(tryMove(G, 'aut', actionMove('invest', 'NGA'), noRng)).toBeNull();
    const before = G.log.length;
    expect(tryMove(G, 'aut', { kind: 'pass' }, noRng)).toBeNull();
    expect(G.log.slice(before)).toStrictEqual([
      entry('cooperation', { kind: 'rules', step: 'turn' }, { type: 'pass', side: 'aut', opsLost: 3 }),
    ]);
    expect(G.pending).toBeNull();
    expect(G.turns).toEqual({ aut: 1, dem: 0 });
    expect(G.active).toBe('dem');
    expect(G.sides.aut.hand).toEqual(['cultural-institutes']);
    expect(G.sides.aut.discard.at(-1)).toBe('hybrid-warfare');
  });

  it('passing with an empty hand loses no ops', () => {
    const G = position({ active: 'dem', dem: { hand: [] } });
    expect(legalMoves(G, 'dem')).toEqual([{ kind: 'pass' }]);
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    expect(G.log.map((e) => e.event)).toEqual([{ type: 'pass', side: 'dem', opsLost: 0 }]);
    expect(G.active).toBe('aut');
    expect(G.turns.dem).toBe(1);
  });
});
