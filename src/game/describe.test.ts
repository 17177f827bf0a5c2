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
});
