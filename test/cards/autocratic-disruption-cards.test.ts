/**
 * Autocratic cards of the second prong (bloc disruption, disinformation, coercion), played through
 * the move API on the round-1 position of Competing Visions.
 */
import { describe, expect, it } from 'vitest';
import { scriptedRng } from '../support/position';
import { cardLog, changes, cv, expectPlayedAndPassed, line, played, playEvent, tr } from './card-harness';

describe('state-media-campaign', () => {
  it('raises polarization and erodes trust in a democracy', () => {
    const { G, before, error } = playEvent('aut', 'state-media-campaign', 'ITA');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'ITA.polarization': [1, 2], 'ITA.trust': [3, 2] });
    expect(G.log).toStrictEqual(cardLog('aut', 'state-media-campaign', [
      played('aut', 'state-media-campaign', 'ITA'),
      tr('disinformation', 'ITA', 'polarization', 1, 2),
      tr('disinformation', 'ITA', 'trust', 3, 2),
    ]));
    expectPlayedAndPassed(G, 'aut', 'state-media-campaign');
  });

  it('costs only its own 1 trust where polarization reaches its peak (Hungary at 2): the peak costs no trust', () => {
    const { G, before } = playEvent('aut', 'state-media-campaign', 'HUN');
    expect(changes(before, G)).toEqual({ 'HUN.polarization': [2, 3], 'HUN.trust': [3, 2] });
    expect(G.log).toStrictEqual(cardLog('aut', 'state-media-campaign', [
      played('aut', 'state-media-campaign', 'HUN'),
      tr('disinformation', 'HUN', 'polarization', 2, 3),
      tr('disinformation', 'HUN', 'trust', 3, 2),
    ]));
  });
});

describe('cultural-institutes', () => {
  it('builds 1 leverage and chips 1 trust away in a democracy', () => {
    const { G, before, error } = playEvent('aut', 'cultural-institutes', 'DEU');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'DEU.leverage': [2, 3], 'DEU.trust': [4, 3] });
    expect(G.log).toStrictEqual(cardLog('aut', 'cultural-institutes', [
      played('aut', 'cultural-institutes', 'DEU'),
      tr('bloc-disruption', 'DEU', 'leverage', 2, 3),
      tr('bloc-disruption', 'DEU', 'trust', 4, 3),
    ]));
    expectPlayedAndPassed(G, 'aut', 'cultural-institutes');
  });
});

describe('economic-coercion', () => {
  it('costs a member 2 trust and the bloc 1 capital, and leaves 1 resentment', () => {
    const { G, before, error } = playEvent('aut', 'economic-coercion', 'DEU');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'DEU.trust': [4, 2], 'DEU.resentment': [0, 1], 'dem.capital': [9, 8] });
    expect(G.log).toStrictEqual(cardLog('aut', 'economic-coercion', [
      played('aut', 'economic-coercion', 'DEU'),
      tr('coercion', 'DEU', 'trust', 4, 2),
      tr('coercion', 'DEU', 'resentment', 0, 1),
      line('coercion', { type: 'capital', side: 'dem', from: 9, to: 8 }),
    ]));
    expectPlayedAndPassed(G, 'aut', 'economic-coercion');
  });
});

describe('wolf-warrior-diplomacy', () => {
  it('costs 1 trust and leaves 1 resentment', () => {
    const { G, before, error } = playEvent('aut', 'wolf-warrior-diplomacy', 'JPN');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'JPN.trust': [4, 3], 'JPN.resentment': [0, 1] });
    expect(G.log).toStrictEqual(cardLog('aut', 'wolf-warrior-diplomacy', [
      played('aut', 'wolf-warrior-diplomacy', 'JPN'),
      tr('coercion', 'JPN', 'trust', 4, 3),
      tr('coercion', 'JPN', 'resentment', 0, 1),
    ]));
    expectPlayedAndPassed(G, 'aut', 'wolf-warrior-diplomacy');
  });
});

describe('hybrid-warfare', () => {
  it('undetected (draw 0.25 or more): polarization +2 to its peak (which costs no trust), then 1 trust', () => {
    const { G, before, error } = playEvent('aut', 'hybrid-warfare', 'ITA', {}, scriptedRng([0.25]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'ITA.polarization': [1, 3], 'ITA.trust': [3, 2] });
    expect(G.log).toStrictEqual(cardLog('aut', 'hybrid-warfare', [
      played('aut', 'hybrid-warfare', 'ITA'),
      line('disinformation', { type: 'chance', hit: false }),
      tr('disinformation', 'ITA', 'polarization', 1, 3),
      tr('disinformation', 'ITA', 'trust', 3, 2),
    ]));
    expectPlayedAndPassed(G, 'aut', 'hybrid-warfare');
  });

  it('undetected in a calm country: polarization 0 → 2 and trust −1, no peak', () => {
    const { G, before } = playEvent('aut', 'hybrid-warfare', 'JPN', {}, scriptedRng([0.9]));
    expect(changes(before, G)).toEqual({ 'JPN.polarization': [0, 2], 'JPN.trust': [4, 3] });
  });

  it('exposed (draw below 0.25): the public rallies, trust rises instead', () => {
    const { G, before, error } = playEvent('aut', 'hybrid-warfare', 'ITA', {}, scriptedRng([0.24]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'ITA.trust': [3, 5] });
    expect(G.log).toStrictEqual(cardLog('aut', 'hybrid-warfare', [
      played('aut', 'hybrid-warfare', 'ITA'),
      line('disinformation', { type: 'chance', hit: true }, 'exposed'),
      cv('ITA', 3, 5),
    ]));
    expectPlayedAndPassed(G, 'aut', 'hybrid-warfare');
  });

  it('undetected without the partnership with Russia: only Beijing\'s own campaign, polarization +1 and no trust lost', () => {
    const noRussia = { countries: { RUS: { autTie: 'none', framework: null } } } as const;
    const { G, before, error } = playEvent('aut', 'hybrid-warfare', 'JPN', noRussia, scriptedRng([0.9]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'JPN.polarization': [0, 1] });
    expect(G.log).toStrictEqual(cardLog('aut', 'hybrid-warfare', [
      played('aut', 'hybrid-warfare', 'JPN'),
      line('disinformation', { type: 'chance', hit: false }),
      tr('disinformation', 'JPN', 'polarization', 0, 1),
    ]));
  });

  it('is exposed for certain by a standing task force, which it uses up (no random draw)', () => {
    const { G, before, error } = playEvent('aut', 'hybrid-warfare', 'ITA', { standing: ['task-force'] });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'ITA.trust': [3, 5], standing: [['task-force'], []] });
    expect(G.log).toStrictEqual(cardLog('aut', 'hybrid-warfare', [
      played('aut', 'hybrid-warfare', 'ITA'),
      line('disinformation', { type: 'standing', id: 'task-force', on: false }),
      cv('ITA', 3, 5),
    ]));
    expectPlayedAndPassed(G, 'aut', 'hybrid-warfare');
  });
});

describe('populist-outreach', () => {
  it('deepens polarization in an already divided democracy and wins 1 leverage', () => {
    const { G, before, error } = playEvent('aut', 'populist-outreach', 'POL');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'POL.polarization': [1, 2], 'POL.leverage': [1, 2] });
    expect(G.log).toStrictEqual(cardLog('aut', 'populist-outreach', [
      played('aut', 'populist-outreach', 'POL'),
      tr('disinformation', 'POL', 'polarization', 1, 2),
      tr('disinformation', 'POL', 'leverage', 1, 2),
    ]));
    expectPlayedAndPassed(G, 'aut', 'populist-outreach');
  });

  it('at polarization 2 it pushes to the peak, which no longer costs trust', () => {
    const { G, before } = playEvent('aut', 'populist-outreach', 'ITA', { countries: { ITA: { polarization: 2 } } });
    expect(changes(before, G)).toEqual({ 'ITA.polarization': [2, 3], 'ITA.leverage': [1, 2] });
  });
});
