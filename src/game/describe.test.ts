import { describe as suite, expect, it } from 'vitest';
import { describe } from './describe';
import { playRandomGame } from '../../test/support/random-game';

suite('describe (log sentences)', () => {
  it('words every entry of whole games as one plain sentence', () => {
    for (const seed of [1, 2, 3]) {
      for (const entry of playRandomGame(seed).G.log) {
        const text = describe(entry);
        expect(text).toMatch(/^[A-Z].*[.\]]$/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it('says why, when a reason is known', () => {
    const G = playRandomGame(4).G;
    const withReason = G.log.find((e) => e.reason === 'common-values');
    expect(withReason && describe(withReason)).toContain('Why: shared democratic values add trust.');
  });

  it('names the scenario by its title and counts one op in the singular', () => {
    const G = playRandomGame(5).G;
    const setup = G.log.find((e) => e.event.type === 'setup');
    expect(setup && describe(setup)).toMatch(/^A new game of \d+ rounds begins: Competing Visions \(2021\)\.$/);
    const pass = G.log.find((e) => e.event.type === 'pass');
    expect(pass).toBeDefined();
    const oneLeft = { ...pass!, event: { type: 'pass' as const, side: 'dem' as const, opsLost: 1 } };
    expect(describe(oneLeft)).toBe('The Democratic bloc ends its turn, leaving 1 op unspent.');
  });
});
