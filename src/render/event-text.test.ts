import { describe, expect, it } from 'vitest';
import { namedEventWords, trackDelta, worldOrderWords } from './event-text';

describe('event words', () => {
  it('stamps each named moment and words a toast', () => {
    const veto = namedEventWords({ kind: 'veto', decision: 'sanction', rule: 'unanimity', against: ['GRC', 'HUN'], target: 'RUS' });
    expect(veto).toEqual({ stamp: 'VETO', toast: 'Veto: Greece, Hungary blocked the sanction on Russia under unanimity.' });
    expect(namedEventWords({ kind: 'veto', decision: 'integration', rule: 'majority', against: ['DEU'], target: null })?.stamp).toBe('OUTVOTED');
    expect(namedEventWords({ kind: 'defection', country: 'ETH' })?.stamp).toBe('DEFECTS');
    expect(namedEventWords({ kind: 'integration', country: 'GBR' })?.stamp).toBe('INTEGRATED');
    expect(namedEventWords({ kind: 'populist-election', country: 'ITA' })?.toast).toMatch(/Italy/);
    expect(namedEventWords({ kind: 'track', country: 'ITA', track: 'trust', from: 1, to: 2 })).toBeNull();
  });

  it('signs deltas with a true minus', () => {
    expect(trackDelta('trust', 1, 3)).toBe('T +2');
    expect(trackDelta('leverage', 3, 0)).toBe('L \u22123');
    expect(worldOrderWords(-3, 1)).toBe('World Order +4 to +1, towards the Democratic bloc.');
  });
});
