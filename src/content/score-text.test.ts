import { describe, expect, it } from 'vitest';
import { scoreLinesOf, scoreLineText } from './score-text';

describe('a round\'s scoring in words', () => {
  it('names the country, its tie and weight, the region, or the bonus, with signed points', () => {
    expect(scoreLineText({ side: 'dem', part: 'members', points: 6, country: 'DEU' })).toBe('Germany, member (weight 3): +6');
    expect(scoreLineText({ side: 'aut', part: 'leverage', points: 1, country: 'HUN' })).toBe('Hungary, Autocratic leverage 3 or more (weight 1): +1');
    expect(scoreLineText({ side: 'dem', part: 'regions', points: 5, region: 'europe' })).toBe('Europe, majority of the region\'s weight held by allies and members: +5');
    expect(scoreLineText({ side: 'dem', part: 'unitedFront', points: 2, count: 1 })).toBe('United front: no veto and no member lost this round: +2');
    expect(scoreLineText({ side: 'aut', part: 'vetoes', points: 2, count: 2 })).toBe('Bloc decisions blocked (2): +2');
  });

  it('keeps one side\'s lines in the rules\' order', () => {
    const lines = [
      { side: 'dem', part: 'allies', points: 2, country: 'POL' },
      { side: 'aut', part: 'frameworks', points: 2, country: 'HUN' },
      { side: 'dem', part: 'unitedFront', points: 2, count: 1 },
    ] as const;
    expect(scoreLinesOf(lines, 'dem')).toStrictEqual([lines[0], lines[2]]);
  });
});
