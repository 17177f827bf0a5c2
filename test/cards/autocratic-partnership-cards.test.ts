/**
 * Autocratic cards of the first prong (partnerships of mutual interest, frameworks, dependency),
 * played through the move API on the round-1 position of Competing Visions.
 */
import { describe, expect, it } from 'vitest';
import { CARD, COUNTRY, incomeOf } from '../../src/game';
import { membersAgainst } from '../../src/game/bloc';
import type { CountryFilter } from '../../src/game/data/card-types';
import { countriesMatching } from '../../src/game/queries';
import { position } from '../support/position';
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
    expect(changes(before, G)).toEqual({ 'NGA.leverage': [1, 2], 'NGA.autTie': ['none', 'deal'], 'aut.capital': [12, 13] });
    expect(G.log).toStrictEqual(cardLog('aut', 'infrastructure-investment', [
      played('aut', 'infrastructure-investment', 'NGA'),
      tr('mutual-interest', 'NGA', 'leverage', 1, 2),
      line('mutual-interest', { type: 'aut-tie', country: 'NGA', from: 'none', to: 'deal', framework: null }),
      line('mutual-interest', { type: 'capital', side: 'aut', from: 12, to: 13 }),
    ]));
    expect(incomeOf(G, 'aut') - incomeOf(before, 'aut')).toBe(1); // the new deal pays every round
    expectPlayedAndPassed(G, 'aut', 'infrastructure-investment');
  });

  it('tops leverage up to 5 in Pakistan without touching its framework tie', () => {
    const { G, before } = playEvent('aut', 'infrastructure-investment', 'PAK');
    expect(changes(before, G)).toEqual({ 'PAK.leverage': [4, 5], 'aut.capital': [12, 13] });
  });
});

describe('summit-16-plus-1', () => {
  it('raises leverage over every 16+1 member, then pays 1 capital; it draws no one in', () => {
    const { G, before, error } = playEvent('aut', 'summit-16-plus-1');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'POL.leverage': [1, 2], 'LTU.leverage': [1, 2], 'GRC.leverage': [4, 5], 'HUN.leverage': [4, 5], 'SRB.leverage': [3, 4],
      'aut.capital': [12, 13],
    });
    expect(G.log).toStrictEqual(cardLog('aut', 'summit-16-plus-1', [
      played('aut', 'summit-16-plus-1'),
      tr('frameworks', 'POL', 'leverage', 1, 2),
      tr('frameworks', 'LTU', 'leverage', 1, 2),
      tr('frameworks', 'GRC', 'leverage', 4, 5),
      tr('frameworks', 'HUN', 'leverage', 4, 5),
      tr('frameworks', 'SRB', 'leverage', 3, 4),
      line('frameworks', { type: 'capital', side: 'aut', from: 12, to: 13 }),
    ]));
    expectPlayedAndPassed(G, 'aut', 'summit-16-plus-1');
  });

  it('still pays its capital when no member can gain leverage (all at 5)', () => {
    const five = { leverage: 5 } as const;
    const { G, before } = playEvent('aut', 'summit-16-plus-1', undefined, { countries: { POL: five, LTU: five, GRC: five, HUN: five, SRB: five } });
    expect(changes(before, G)).toEqual({ 'aut.capital': [12, 13] });
    expect(G.log).toStrictEqual(cardLog('aut', 'summit-16-plus-1', [
      played('aut', 'summit-16-plus-1'),
      line('frameworks', { type: 'capital', side: 'aut', from: 12, to: 13 }),
    ]));
  });
});

describe('port-investment', () => {
  it('gives Greece (Piraeus) 2 more leverage, up to the track\'s maximum of 5', () => {
    const { G, before, error } = playEvent('aut', 'port-investment', 'GRC');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'GRC.leverage': [4, 5] });
    expect(G.log).toStrictEqual(cardLog('aut', 'port-investment', [
      played('aut', 'port-investment', 'GRC'), tr('bloc-disruption', 'GRC', 'leverage', 4, 5),
    ]));
    expectPlayedAndPassed(G, 'aut', 'port-investment');
  });

  it('turns a coastal member doing business with Beijing into a vetoing member once leverage exceeds its trust', () => {
    // Germany at trust 3: leverage 2 → 4 puts it above its trust (at trust 4 it would stay with the bloc).
    const { G, before } = playEvent('aut', 'port-investment', 'DEU', { countries: { DEU: { autTie: 'deal', trust: 3 } } });
    expect(membersAgainst(before)).toEqual(['GRC', 'HUN']);
    expect(changes(before, G)).toEqual({ 'DEU.leverage': [2, 4] });
    expect(membersAgainst(G)).toEqual(['DEU', 'GRC', 'HUN']);
  });

  it('offers exactly the coastal democracies and hybrids of Europe and Eurasia with a deal or framework tie', () => {
    const start = position();
    expect(countriesMatching(start, CARD['port-investment'].target as CountryFilter)).toEqual(['POL', 'LTU', 'GRC']);
    // Serbia and Hungary are in the 16+1 but have no coast; Russia has one but is no cheerleader to win inside the bloc.
    const tied = position({ countries: { SRB: { autTie: 'deal' }, RUS: { autTie: 'deal' }, TUR: { autTie: 'deal' } } });
    expect(countriesMatching(tied, CARD['port-investment'].target as CountryFilter)).toEqual(['POL', 'LTU', 'GRC', 'TUR']);
  });

  it('refuses landlocked Serbia, and Italy while it has no Autocratic tie', () => {
    for (const id of ['SRB', 'ITA'] as const) {
      const { G, before, error } = playEvent('aut', 'port-investment', id);
      expect(error).toBe(`${COUNTRY[id].name} is not a valid target for Port Investment`);
      expect(G).toEqual(before);
    }
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
  it('shields a partner at the UN Security Council: leverage +1 there and in Russia, and no standing effect on the bloc\'s sanctions', () => {
    const { G, before, error } = playEvent('aut', 'strategic-partnership', 'VEN');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [3, 4], 'VEN.leverage': [3, 4] });
    expect(G.log).toStrictEqual(cardLog('aut', 'strategic-partnership', [
      played('aut', 'strategic-partnership', 'VEN'),
      tr('interest-not-ideology', 'RUS', 'leverage', 3, 4),
      tr('interest-not-ideology', 'VEN', 'leverage', 3, 4),
    ]));
    expect(G.standing).toEqual([]);
    expectPlayedAndPassed(G, 'aut', 'strategic-partnership');
  });

  it('restores a lapsed partnership with Russia as a deal', () => {
    const { G, before } = playEvent('aut', 'strategic-partnership', 'IRN', { countries: { RUS: { leverage: 0, autTie: 'none', framework: null } } });
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [0, 1], 'RUS.autTie': ['none', 'deal'], 'IRN.leverage': [2, 3] });
  });

  it('targets only partners outside Europe and Eurasia that are not democracies (Russia itself is never the target)', () => {
    const targets = countriesMatching(position(), CARD['strategic-partnership'].target as CountryFilter);
    expect(targets).toEqual(['PAK', 'IRN', 'EGY', 'KEN', 'ETH', 'VEN']);
  });
});

describe('sco-summit', () => {
  it('brings Iran (a deal, leverage 2: it joined the SCO only in 2023) into the SCO and pays 1 capital', () => {
    const { G, before, error } = playEvent('aut', 'sco-summit', 'IRN');
    expect(before.countries.IRN).toMatchObject({ leverage: 2, autTie: 'deal' });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'IRN.autTie': ['deal', 'framework'], 'IRN.framework': [null, 'sco'], 'aut.capital': [12, 13] });
    expect(G.log).toStrictEqual(cardLog('aut', 'sco-summit', [
      played('aut', 'sco-summit', 'IRN'),
      line('sovereignty', { type: 'aut-tie', country: 'IRN', from: 'deal', to: 'framework', framework: 'sco' }),
      line('sovereignty', { type: 'capital', side: 'aut', from: 12, to: 13 }),
    ]));
    expect(incomeOf(G, 'aut') - incomeOf(before, 'aut')).toBe(-1); // a deal turned framework pays no income
    expectPlayedAndPassed(G, 'aut', 'sco-summit');
  });

  it('reaches only the SCO\'s own countries: never Japan, Taiwan, Ethiopia or Egypt, whatever their leverage', () => {
    const o = { countries: { JPN: { leverage: 3 }, TWN: { leverage: 3 }, ETH: { leverage: 3 }, EGY: { leverage: 3 } } } as const;
    const targets = countriesMatching(position(o), CARD['sco-summit'].target as CountryFilter);
    expect(targets).toEqual(['TUR', 'IRN']);
  });
});

describe('comprehensive-investment-agreement', () => {
  const ratified = { type: 'bloc-decision', decision: 'investment-agreement', rule: 'unanimity', passed: true, against: [], members: 7 } as const;

  it('is put to the bloc: every member has a stake (leverage 1+) at the start, so it is ratified: a little capital now, dependency, income for Beijing', () => {
    const { G, before, error } = playEvent('aut', 'comprehensive-investment-agreement');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'dem.capital': [9, 10], 'dem.dependency': [3, 4], standing: [[], ['cai-ratified']] });
    expect(G.log).toStrictEqual(cardLog('aut', 'comprehensive-investment-agreement', [
      played('aut', 'comprehensive-investment-agreement'),
      line('bloc', ratified),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 10 }),
      line('dependency', { type: 'dependency', from: 3, to: 4 }),
      line('dependency', { type: 'standing', id: 'cai-ratified', on: true }),
    ]));
    // Every later round: the bloc earns 1 less (dependency 4 > 2), Beijing 1 more (the ratified agreement).
    expect([incomeOf(G, 'dem') - incomeOf(before, 'dem'), incomeOf(G, 'aut') - incomeOf(before, 'aut')]).toEqual([-1, 1]);
    expectPlayedAndPassed(G, 'aut', 'comprehensive-investment-agreement');
    expect(G.sides.aut.removed).toEqual(['comprehensive-investment-agreement']);
  });

  it('is vetoed under unanimity by a member with no stake (Lithuania after its exit): nothing changes, and the veto scores for nobody', () => {
    const { G, before, error } = playEvent('aut', 'comprehensive-investment-agreement', undefined, { countries: { LTU: { leverage: 0 } } });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({});
    expect(G.log).toStrictEqual(cardLog('aut', 'comprehensive-investment-agreement', [
      played('aut', 'comprehensive-investment-agreement'),
      line('unanimity-veto', { ...ratified, passed: false, against: ['LTU'] }, 'veto'),
    ]));
    expect(G.sides.aut.removed).toEqual(['comprehensive-investment-agreement']);
  });

  it('under majority voting it needs the double majority of members with a stake', () => {
    const majority = { dem: { decisionRule: 'majority' } } as const;
    // Lithuania alone has no stake: 6 of 7 members and 12 of 13 weight are for it.
    const one = playEvent('aut', 'comprehensive-investment-agreement', undefined, { ...majority, countries: { LTU: { leverage: 0 } } });
    expect(one.G.standing).toEqual(['cai-ratified']);
    // Germany and France have none: 5 of 7 members (71%) but only 7 of 13 weight (54%): not ratified.
    const two = playEvent('aut', 'comprehensive-investment-agreement', undefined, { ...majority, countries: { DEU: { leverage: 0 }, FRA: { leverage: 0 } } });
    expect(two.G.standing).toEqual([]);
    expect(two.G.log[1]).toMatchObject({ concept: 'qualified-majority', reason: 'outvoted', event: { passed: false, against: ['DEU', 'FRA'] } });
    expect(two.G.tally.vetoes).toBe(0);
  });
});

describe('energy-pipeline', () => {
  it('while Russia is a partner: dependency and leverage over Germany and Russia rise, making a Germany at trust 2 a vetoing member', () => {
    // A member votes against at leverage 3 only if its trust is lower (Germany starts at trust 4).
    const { G, before, error } = playEvent('aut', 'energy-pipeline', undefined, { countries: { DEU: { trust: 2 } } });
    expect(membersAgainst(before)).toEqual(['GRC', 'HUN']);
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

  it('does nothing for the Autocratic side without the partnership with Russia (Russia is its own actor)', () => {
    const { G, before, error } = playEvent('aut', 'energy-pipeline', undefined, { countries: { RUS: { autTie: 'none', framework: null } } });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({});
    expect(G.log).toStrictEqual(cardLog('aut', 'energy-pipeline', [played('aut', 'energy-pipeline')]));
  });
});
