/**
 * Democratic cards that build trust and alliances, played through the move API on the round-1
 * position of Competing Visions (seed "position": Turkey became a democracy in round 1's world event).
 */
import { describe, expect, it } from 'vitest';
import { type CountryId, createAlea } from '../../src/game';
import { resolveRound } from '../../src/game/round';
import { scriptedRng } from '../support/position';
import { cardLog, changes, cv, expectPlayedAndPassed, line, played, playEvent, tr } from './card-harness';

/** Trust gains in democracies: [country, from, to], each +1 card gain plus +1 for common values. */
const gains = (rows: [CountryId, number, number][]) => rows.map(([id, from, to]) => cv(id, from, to));

describe('summit-of-democracies', () => {
  const democraticPartners: [CountryId, number, number][] = [
    ['GBR', 4, 5], ['DEU', 4, 5], ['FRA', 4, 5], ['ITA', 3, 5], ['POL', 3, 5], ['LTU', 4, 5], ['GRC', 3, 5],
    ['TUR', 2, 4], ['JPN', 4, 5], ['KOR', 3, 5], ['AUS', 4, 5], ['IND', 2, 4], ['TWN', 2, 4], ['IDN', 1, 3],
    ['ZAF', 1, 3], ['BRA', 1, 3], ['MEX', 2, 4], ['ARG', 1, 3],
  ];

  it('passes when no member is under heavy leverage: +1 trust (+1 common values) in every democratic partner, ally and member', () => {
    const { G, before, error } = playEvent('dem', 'summit-of-democracies', undefined, {
      countries: { GRC: { leverage: 2 }, HUN: { leverage: 2 } },
    });
    expect(error).toBeNull();
    const expected = Object.fromEntries(democraticPartners.map(([id, from, to]) => [`${id}.trust`, [from, to]]));
    expect(changes(before, G)).toEqual(expected); // Hungary (hybrid) and countries with no tie are untouched
    expect(G.log).toStrictEqual(cardLog('dem', 'summit-of-democracies', [
      played('dem', 'summit-of-democracies'),
      line('bloc', { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: true, against: [], members: 7 }),
      ...gains(democraticPartners),
    ]));
    expectPlayedAndPassed(G, 'dem', 'summit-of-democracies');
  });

  it('is vetoed under unanimity by Greece and Hungary (leverage 3): nothing changes but the veto tally', () => {
    const { G, before, error } = playEvent('dem', 'summit-of-democracies');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ tally: [before.tally, { vetoes: 1, lostWeight: 0, membersLost: 0 }] });
    expect(G.log).toStrictEqual(cardLog('dem', 'summit-of-democracies', [
      played('dem', 'summit-of-democracies'),
      line(
        'unanimity-veto',
        { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: false, against: ['GRC', 'HUN'], members: 7 },
        'veto',
      ),
    ]));
    expectPlayedAndPassed(G, 'dem', 'summit-of-democracies');
  });

  it('passes over the same two cheerleaders under majority voting (5 of 7 members for)', () => {
    const { G, before } = playEvent('dem', 'summit-of-democracies', undefined, { dem: { decisionRule: 'majority' } });
    expect(G.log[1]).toStrictEqual({
      round: 1,
      cause: { kind: 'card', side: 'dem', card: 'summit-of-democracies' },
      concept: 'qualified-majority',
      event: { type: 'bloc-decision', decision: 'common-statement', rule: 'majority', passed: true, against: ['GRC', 'HUN'], members: 7 },
    });
    expect(G.countries.GRC.trust).toBe(5);
    expect(G.tally).toEqual(before.tally);
  });
});

describe('quad-revitalized', () => {
  it('raises trust with Japan, Australia and India, and India (partner, trust 4) becomes an ally', () => {
    const { G, before, error } = playEvent('dem', 'quad-revitalized');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'JPN.trust': [4, 5], 'AUS.trust': [4, 5], 'IND.trust': [2, 4], 'IND.demTie': ['partner', 'ally'],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'quad-revitalized', [
      played('dem', 'quad-revitalized'),
      cv('JPN', 4, 5), cv('AUS', 4, 5), cv('IND', 2, 4),
      line('alliance', { type: 'dem-tie', country: 'IND', from: 'partner', to: 'ally' }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'quad-revitalized');
  });

  it('leaves India a partner when its trust stays below 3', () => {
    const { G, before } = playEvent('dem', 'quad-revitalized', undefined, { countries: { IND: { trust: 0 } } });
    expect(changes(before, G)).toEqual({ 'JPN.trust': [4, 5], 'AUS.trust': [4, 5], 'IND.trust': [0, 2] });
  });

  it('gains nothing in a country at peak polarization, and says why', () => {
    const { G, before } = playEvent('dem', 'quad-revitalized', undefined, { countries: { JPN: { polarization: 3 } } });
    expect(changes(before, G)).toEqual({ 'AUS.trust': [4, 5], 'IND.trust': [2, 4], 'IND.demTie': ['partner', 'ally'] });
    expect(G.log[1]).toStrictEqual({
      round: 1, cause: { kind: 'card', side: 'dem', card: 'quad-revitalized' },
      concept: 'disinformation', event: { type: 'no-effect', country: 'JPN' }, reason: 'polarization-blocks',
    });
  });
});

describe('aukus', () => {
  it('raises trust with the UK and Australia and cuts leverage over Australia', () => {
    const { G, before, error } = playEvent('dem', 'aukus');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'GBR.trust': [4, 5], 'AUS.trust': [4, 5], 'AUS.leverage': [1, 0] });
    expect(G.log).toStrictEqual(cardLog('dem', 'aukus', [
      played('dem', 'aukus'), cv('GBR', 4, 5), cv('AUS', 4, 5), tr('alliance', 'AUS', 'leverage', 1, 0),
    ]));
    expectPlayedAndPassed(G, 'dem', 'aukus');
  });
});

describe('five-eyes', () => {
  it('raises trust with the UK and Australia and calms every ally or member at polarization 2 or more', () => {
    const { G, before, error } = playEvent('dem', 'five-eyes', undefined, {
      countries: { GBR: { trust: 2 }, KOR: { polarization: 2 }, MEX: { polarization: 2 } },
    });
    expect(error).toBeNull();
    // Hungary (member, 2) and South Korea (ally, 2) calm; Italy and Poland (1) and Mexico (a partner) do not.
    expect(changes(before, G)).toEqual({
      'GBR.trust': [2, 4], 'AUS.trust': [4, 5], 'HUN.polarization': [2, 1], 'KOR.polarization': [2, 1],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'five-eyes', [
      played('dem', 'five-eyes'), cv('GBR', 2, 4), cv('AUS', 4, 5),
      tr('trust', 'HUN', 'polarization', 2, 1), tr('trust', 'KOR', 'polarization', 2, 1),
    ]));
    expectPlayedAndPassed(G, 'dem', 'five-eyes');
  });
});

describe('nato-consolidation', () => {
  it('raises trust with every European and Eurasian ally and member; a hybrid gets no common-values bonus', () => {
    const { G, before, error } = playEvent('dem', 'nato-consolidation', undefined, { countries: { SRB: { demTie: 'partner', trust: 1 } } });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'GBR.trust': [4, 5], 'DEU.trust': [4, 5], 'FRA.trust': [4, 5], 'ITA.trust': [3, 5], 'POL.trust': [3, 5],
      'LTU.trust': [4, 5], 'GRC.trust': [3, 5], 'HUN.trust': [3, 4], 'TUR.trust': [2, 4],
    }); // Serbia is only a partner
    expect(G.log).toStrictEqual(cardLog('dem', 'nato-consolidation', [
      played('dem', 'nato-consolidation'),
      cv('GBR', 4, 5), cv('DEU', 4, 5), cv('FRA', 4, 5), cv('ITA', 3, 5), cv('POL', 3, 5), cv('LTU', 4, 5), cv('GRC', 3, 5),
      tr('alliance', 'HUN', 'trust', 3, 4),
      cv('TUR', 2, 4),
    ]));
    expectPlayedAndPassed(G, 'dem', 'nato-consolidation');
  });
});

describe('qualified-majority-voting', () => {
  it('switches the bloc to majority voting; members that lose their veto lose 1 trust; the card leaves the game', () => {
    const { G, before, error } = playEvent('dem', 'qualified-majority-voting');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'GRC.trust': [3, 2], 'HUN.trust': [3, 2], 'dem.decisionRule': ['unanimity', 'majority'],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'qualified-majority-voting', [
      played('dem', 'qualified-majority-voting'),
      tr('qualified-majority', 'GRC', 'trust', 3, 2),
      tr('qualified-majority', 'HUN', 'trust', 3, 2),
      line('qualified-majority', { type: 'decision-rule', from: 'unanimity', to: 'majority' }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'qualified-majority-voting');
    expect(G.sides.dem.removed).toEqual(['qualified-majority-voting']);
  });

  it('costs the bloc Greece and Hungary at upkeep unless their trust (now 2) is rebuilt to 3 this round', () => {
    const { G } = playEvent('dem', 'qualified-majority-voting');
    resolveRound(G, createAlea('qmv'));
    const upkeep = G.log.filter((entry) => entry.cause.kind === 'rules' && entry.cause.step === 'upkeep');
    expect(upkeep.map((entry) => [entry.event, entry.reason])).toEqual([
      [{ type: 'dem-tie', country: 'GRC', from: 'member', to: 'ally' }, 'trust-too-low'],
      [{ type: 'dem-tie', country: 'HUN', from: 'member', to: 'ally' }, 'trust-too-low'],
    ]);
    const score = G.log.find((entry) => entry.event.type === 'score');
    expect(score?.concept).toBe('bloc'); // two members lost: no united front this round
  });
});

describe('taiwan-engagement', () => {
  it('raises trust with Taiwan; on a draw below 0.5 Beijing retaliates and gains 3 capital', () => {
    const { G, before, error } = playEvent('dem', 'taiwan-engagement', undefined, {}, scriptedRng([0.49]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'TWN.trust': [2, 4], 'aut.capital': [11, 14] });
    expect(G.log).toStrictEqual(cardLog('dem', 'taiwan-engagement', [
      played('dem', 'taiwan-engagement'),
      cv('TWN', 2, 4),
      line('trust', { type: 'chance', hit: true }, 'retaliation'),
      line('trust', { type: 'capital', side: 'aut', from: 11, to: 14 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'taiwan-engagement');
  });

  it('draws no retaliation at 0.5 or more', () => {
    const { G, before, error } = playEvent('dem', 'taiwan-engagement', undefined, {}, scriptedRng([0.5]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'TWN.trust': [2, 4] });
    expect(G.log).toStrictEqual(cardLog('dem', 'taiwan-engagement', [
      played('dem', 'taiwan-engagement'), cv('TWN', 2, 4), line('trust', { type: 'chance', hit: false }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'taiwan-engagement');
  });
});

describe('partnerships-beyond-the-north', () => {
  it('raises trust with every democracy of Africa and the Americas, making a new partner of one with no tie', () => {
    const { G, before, error } = playEvent('dem', 'partnerships-beyond-the-north', undefined, {
      countries: { NGA: { regime: 'democracy' } },
    });
    expect(error).toBeNull();
    // Kenya (hybrid) and Venezuela (autocracy) are left out; the United States is a home country.
    expect(changes(before, G)).toEqual({
      'NGA.trust': [0, 2], 'NGA.demTie': ['none', 'partner'],
      'ZAF.trust': [1, 3], 'BRA.trust': [1, 3], 'MEX.trust': [2, 4], 'ARG.trust': [1, 3],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'partnerships-beyond-the-north', [
      played('dem', 'partnerships-beyond-the-north'),
      cv('NGA', 0, 2),
      line('cooperation', { type: 'dem-tie', country: 'NGA', from: 'none', to: 'partner' }),
      cv('ZAF', 1, 3), cv('BRA', 1, 3), cv('MEX', 2, 4), cv('ARG', 1, 3),
    ]));
    expectPlayedAndPassed(G, 'dem', 'partnerships-beyond-the-north');
  });
});
