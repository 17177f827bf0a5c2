import { describe, expect, it } from 'vitest';
import { tryMove } from '../game/moves';
import { logSentence } from './log-text';
import { playRandomGame } from '../../test/support/random-game';
import { noRng, position } from '../../test/support/position';

describe('logSentence', () => {
  it('words every entry of whole games as one plain sentence', () => {
    for (const seed of [1, 2, 3]) {
      for (const entry of playRandomGame(seed).G.log) {
        const text = logSentence(entry);
        expect(text).toMatch(/^[A-Z].*[.\]]$/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('says why, when a reason is known', () => {
    const G = playRandomGame(4).G;
    const withReason = G.log.find((e) => e.reason === 'common-values');
    expect(withReason && logSentence(withReason)).toContain('Why: shared democratic values add trust.');
  });

  it('names the scenario by its title and counts one op in the singular', () => {
    const G = playRandomGame(5).G;
    const setup = G.log.find((e) => e.event.type === 'setup');
    expect(setup && logSentence(setup)).toMatch(/^A new game of \d+ rounds begins: Competing Visions \(2021\)\.$/);
    // A pass made with 1 op left (not one found in a random game: whether one occurs depends on the cards).
    const P = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 1 } });
    expect(tryMove(P, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    const pass = P.log.find((e) => e.event.type === 'pass');
    expect(pass?.event).toEqual({ type: 'pass', side: 'dem', opsLost: 1 });
    expect(logSentence(pass!)).toBe('The Democratic bloc ends its turn, leaving 1 op unspent.');
  });
});
