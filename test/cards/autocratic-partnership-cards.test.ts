/**
 * Autocratic cards of the first prong (partnerships of mutual interest, frameworks, dependency),
 * played through the move API on the round-1 position of Competing Visions.
 */
import { describe, expect, it } from 'vitest';
import { incomeOf } from '../../src/game';
import { membersAgainst } from '../../src/game/bloc';
import { cardLog, changes, expectPlayedAndPassed, line, played, playEvent, tr } from './card-harness';

describe('win-win-cooperation', () => {
  it('buys 2 leverage and a deal in a country with no Autocratic tie', () => {
    const { G, before, error } = playEvent('aut', 'win-win-cooperation', 'SAU');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'SAU.leverage': [1, 3], 'SAU.autTie': ['none', 'deal'] });
    expect(G.log).toStrictEqual(cardLog('aut', 'win-win-cooperation', [
      played('aut', 'win-win-cooperation', 'SAU'),
      tr('bilateral-deals', 'SAU', 'leverage', 1, 3),
      line('bilateral-deals', { type: 'aut-tie', country: 'SAU', from: 'none', to: 'deal', framework: null }),
    ]));
    expectPlayedAndPassed(G, 'aut', 'win-win-cooperation');
  });

  it('keeps a framework member in its framework (India stays in the SCO)', () => {
    const { G, before } = playEvent('aut', 'win-win-cooperation', 'IND');
    expect(changes(before, G)).toEqual({ 'IND.leverage': [1, 3] });
  });
});

describe('infrastructure-investment', () => {
  it('adds 1 leverage, a deal where there was none, and 1 capital', () => {
    const { G, before, error } = playEvent('aut', 'infrastructure-investment', 'NGA');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'NGA.leverage': [1, 2], 'NGA.autTie': ['none', 'deal'], 'aut.capital': [11, 12] });
    expect(G.log).toStrictEqual(cardLog('aut', 'infrastructure-investment', [
      played('aut', 'infrastructure-investment', 'NGA'),
      tr('mutual-interest', 'NGA', 'leverage', 1, 2),
      line('mutual-interest', { type: 'aut-tie', country: 'NGA', from: 'none', to: 'deal', framework: null }),
      line('mutual-interest', { type: 'capital', side: 'aut', from: 11, to: 12 }),
    ]));
    expect(incomeOf(G, 'aut') - incomeOf(before, 'aut')).toBe(1); // the new deal pays every round
    expectPlayedAndPassed(G, 'aut', 'infrastructure-investment');
  });

  it('tops leverage up to 5 in Pakistan without touching its framework tie', () => {
    const { G, before } = playEvent('aut', 'infrastructure-investment', 'PAK');
    expect(changes(before, G)).toEqual({ 'PAK.leverage': [4, 5], 'aut.capital': [11, 12] });
  });
});

describe('summit-16-plus-1', () => {
  it('raises leverage over every 16+1 member, then pays 1 capital; it draws no one in', () => {
    const { G, before, error } = playEvent('aut', 'summit-16-plus-1');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'POL.leverage': [1, 2], 'LTU.leverage': [1, 2], 'GRC.leverage': [3, 4], 'HUN.leverage': [3, 4], 'SRB.leverage': [3, 4],
      'aut.capital': [11, 12],
    });
    expect(G.log).toStrictEqual(cardLog('aut', 'summit-16-plus-1', [
      played('aut', 'summit-16-plus-1'),
      tr('frameworks', 'POL', 'leverage', 1, 2),
      tr('frameworks', 'LTU', 'leverage', 1, 2),
      tr('frameworks', 'GRC', 'leverage', 3, 4),
      tr('frameworks', 'HUN', 'leverage', 3, 4),
      tr('frameworks', 'SRB', 'leverage', 3, 4),
      line('frameworks', { type: 'capital', side: 'aut', from: 11, to: 12 }),
    ]));
    expectPlayedAndPassed(G, 'aut', 'summit-16-plus-1');
  });

  it('still pays its capital when no member can gain leverage (all at 5)', () => {
    const five = { leverage: 5 } as const;
    const { G, before } = playEvent('aut', 'summit-16-plus-1', undefined, { countries: { POL: five, LTU: five, GRC: five, HUN: five, SRB: five } });
    expect(changes(before, G)).toEqual({ 'aut.capital': [11, 12] });
    expect(G.log).toStrictEqual(cardLog('aut', 'summit-16-plus-1', [
      played('aut', 'summit-16-plus-1'),
      line('frameworks', { type: 'capital', side: 'aut', from: 11, to: 12 }),
    ]));
  });
});

describe('port-investment', () => {
  it('gives Greece 2 more leverage; it is already in the 16+1, so no deal', () => {
    const { G, before, error } = playEvent('aut', 'port-investment', 'GRC');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'GRC.leverage': [3, 5] });
    expect(G.log).toStrictEqual(cardLog('aut', 'port-investment', [
      played('aut', 'port-investment', 'GRC'), tr('bloc-disruption', 'GRC', 'leverage', 3, 5),
    ]));
    expectPlayedAndPassed(G, 'aut', 'port-investment');
  });

  it('turns a Greece outside the 16+1 (leverage 1, no tie) into a vetoing member with a deal', () => {
    const { G, before } = playEvent('aut', 'port-investment', 'GRC', { countries: { GRC: { leverage: 1, autTie: 'none', framework: null } } });
    expect(membersAgainst(before)).toEqual(['HUN']);
    expect(changes(before, G)).toEqual({ 'GRC.leverage': [1, 3], 'GRC.autTie': ['none', 'deal'] });
    expect(G.log).toStrictEqual(cardLog('aut', 'port-investment', [
      played('aut', 'port-investment', 'GRC'),
      tr('bloc-disruption', 'GRC', 'leverage', 1, 3),
      line('bloc-disruption', { type: 'aut-tie', country: 'GRC', from: 'none', to: 'deal', framework: null }),
    ]));
    expect(membersAgainst(G)).toEqual(['GRC', 'HUN']);
  });

  it('no longer targets Italy', () => {
    const { G, before, error } = playEvent('aut', 'port-investment', 'ITA');
    expect(error).toBe('Italy is not a valid target for Port Investment');
    expect(G).toEqual(before);
  });
});

describe('debt-leverage', () => {
  it('adds 2 leverage over a partner with a deal, and 1 resentment', () => {
    const { G, before, error } = playEvent('aut', 'debt-leverage', 'ETH');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'ETH.leverage': [3, 5], 'ETH.resentment': [0, 1] });
    expect(G.log).toStrictEqual(cardLog('aut', 'debt-leverage', [
      played('aut', 'debt-leverage', 'ETH'),
      tr('coercion', 'ETH', 'leverage', 3, 5),
      tr('coercion', 'ETH', 'resentment', 0, 1),
    ]));
    expectPlayedAndPassed(G, 'aut', 'debt-leverage');
  });
});

describe('vaccine-diplomacy', () => {
  it('raises leverage with every deal or framework partner in Africa, the Americas and the Middle East', () => {
    const { G, before, error } = playEvent('aut', 'vaccine-diplomacy');
    expect(error).toBeNull();
    // Saudi Arabia, Nigeria and the Latin American partners have no Autocratic tie; Pakistan is Indo-Pacific.
    expect(changes(before, G)).toEqual({
      'IRN.leverage': [2, 3], 'EGY.leverage': [1, 2], 'KEN.leverage': [1, 2], 'ETH.leverage': [3, 4], 'VEN.leverage': [3, 4],
    });
    expect(G.log).toStrictEqual(cardLog('aut', 'vaccine-diplomacy', [
      played('aut', 'vaccine-diplomacy'),
      tr('mutual-interest', 'IRN', 'leverage', 2, 3),
      tr('mutual-interest', 'EGY', 'leverage', 1, 2),
      tr('mutual-interest', 'KEN', 'leverage', 1, 2),
      tr('mutual-interest', 'ETH', 'leverage', 3, 4),
      tr('mutual-interest', 'VEN', 'leverage', 3, 4),
    ]));
    expectPlayedAndPassed(G, 'aut', 'vaccine-diplomacy');
  });
});

describe('strategic-partnership', () => {
  it('raises leverage over Russia and puts the UN shield in place', () => {
    const { G, before, error } = playEvent('aut', 'strategic-partnership');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [3, 4], standing: [[], ['un-shield']] });
    expect(G.log).toStrictEqual(cardLog('aut', 'strategic-partnership', [
      played('aut', 'strategic-partnership'),
      tr('mutual-interest', 'RUS', 'leverage', 3, 4),
      line('mutual-interest', { type: 'standing', id: 'un-shield', on: true }),
    ]));
    expectPlayedAndPassed(G, 'aut', 'strategic-partnership');
  });
});

describe('sco-summit', () => {
  it('brings a country with leverage 1 (Egypt, at the start) into the SCO-like framework (a deal becomes framework) and pays 1 capital', () => {
    const { G, before, error } = playEvent('aut', 'sco-summit', 'EGY');
    expect(before.countries.EGY).toMatchObject({ leverage: 1, autTie: 'deal' });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'EGY.autTie': ['deal', 'framework'], 'EGY.framework': [null, 'sco'], 'aut.capital': [11, 12] });
    expect(G.log).toStrictEqual(cardLog('aut', 'sco-summit', [
      played('aut', 'sco-summit', 'EGY'),
      line('sovereignty', { type: 'aut-tie', country: 'EGY', from: 'deal', to: 'framework', framework: 'sco' }),
      line('sovereignty', { type: 'capital', side: 'aut', from: 11, to: 12 }),
    ]));
    expect(incomeOf(G, 'aut') - incomeOf(before, 'aut')).toBe(-1); // a deal turned framework pays no income
    expectPlayedAndPassed(G, 'aut', 'sco-summit');
  });
});

describe('comprehensive-investment-agreement', () => {
  it('pays the bloc 3 capital now, raises dependency and ratifies the agreement; leaves the game', () => {
    const { G, before, error } = playEvent('aut', 'comprehensive-investment-agreement');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'dem.capital': [9, 12], 'dem.dependency': [3, 4], standing: [[], ['cai-ratified']] });
    expect(G.log).toStrictEqual(cardLog('aut', 'comprehensive-investment-agreement', [
      played('aut', 'comprehensive-investment-agreement'),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 12 }),
      line('dependency', { type: 'dependency', from: 3, to: 4 }),
      line('dependency', { type: 'standing', id: 'cai-ratified', on: true }),
    ]));
    // Every later round: the bloc earns 1 less (dependency 4 > 2), Beijing 1 more (the ratified agreement).
    expect([incomeOf(G, 'dem') - incomeOf(before, 'dem'), incomeOf(G, 'aut') - incomeOf(before, 'aut')]).toEqual([-1, 1]);
    expectPlayedAndPassed(G, 'aut', 'comprehensive-investment-agreement');
    expect(G.sides.aut.removed).toEqual(['comprehensive-investment-agreement']);
  });
});

describe('energy-pipeline', () => {
  it('raises dependency and leverage over Germany and Russia, making Germany a vetoing member', () => {
    const { G, before, error } = playEvent('aut', 'energy-pipeline');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'dem.dependency': [3, 4], 'DEU.leverage': [2, 3], 'RUS.leverage': [3, 4] });
    expect(G.log).toStrictEqual(cardLog('aut', 'energy-pipeline', [
      played('aut', 'energy-pipeline'),
      line('dependency', { type: 'dependency', from: 3, to: 4 }),
      tr('dependency', 'DEU', 'leverage', 2, 3),
      tr('dependency', 'RUS', 'leverage', 3, 4),
    ]));
    expect(membersAgainst(G)).toEqual(['DEU', 'GRC', 'HUN']);
    expectPlayedAndPassed(G, 'aut', 'energy-pipeline');
  });
});
