/**
 * Democratic cards that build trust and alliances, played through the move API on the round-1
 * position of Competing Visions (seed "position": Turkey became a democracy in round 1's world event).
 */
import { describe, expect, it } from 'vitest';
import { type CardId, type CountryId, type GameState, tryMove } from '../../src/game';
import { noRng, scriptedRng } from '../support/position';
import { cardLog, changes, cv, expectPlayedAndPassed, line, played, playEvent, tr } from './card-harness';

/** Plays `card` for its event on an existing position (the active side's hand must hold it). */
const playEventOn = (G: GameState, card: CardId) => tryMove(G, G.active, { kind: 'play-event', card }, noRng);

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
  it('raises trust with Japan, Australia and India and loosens leverage over India, which stays a partner (the Quad is no alliance)', () => {
    const { G, before, error } = playEvent('dem', 'quad-revitalized');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'JPN.trust': [4, 5], 'AUS.trust': [4, 5], 'IND.trust': [2, 4], 'IND.leverage': [1, 0] });
    expect(G.log).toStrictEqual(cardLog('dem', 'quad-revitalized', [
      played('dem', 'quad-revitalized'),
      cv('JPN', 4, 5), cv('AUS', 4, 5), cv('IND', 2, 4),
      tr('bloc', 'IND', 'leverage', 1, 0),
    ]));
    expect(G.countries.IND.demTie).toBe('partner');
    expectPlayedAndPassed(G, 'dem', 'quad-revitalized');
  });

  it('never makes India an ally, however high its trust', () => {
    const { G, before } = playEvent('dem', 'quad-revitalized', undefined, { countries: { IND: { trust: 4, leverage: 0 } } });
    expect(changes(before, G)).toEqual({ 'JPN.trust': [4, 5], 'AUS.trust': [4, 5], 'IND.trust': [4, 5] });
  });

  it('gains nothing in a country at peak polarization, and says why', () => {
    const { G, before } = playEvent('dem', 'quad-revitalized', undefined, { countries: { JPN: { polarization: 3 } } });
    expect(changes(before, G)).toEqual({ 'AUS.trust': [4, 5], 'IND.trust': [2, 4], 'IND.leverage': [1, 0] });
    expect(G.log[1]).toStrictEqual({
      round: 1, cause: { kind: 'card', side: 'dem', card: 'quad-revitalized' },
      concept: 'disinformation', event: { type: 'no-effect', country: 'JPN' }, reason: 'polarization-blocks',
    });
  });
});

describe('aukus', () => {
  it('raises trust with the UK and Australia and cuts leverage over Australia, but costs trust in France (the 2021 rift)', () => {
    const { G, before, error } = playEvent('dem', 'aukus');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'GBR.trust': [4, 5], 'AUS.trust': [4, 5], 'AUS.leverage': [1, 0], 'FRA.trust': [4, 3] });
    expect(G.log).toStrictEqual(cardLog('dem', 'aukus', [
      played('dem', 'aukus'), cv('GBR', 4, 5), cv('AUS', 4, 5), tr('alliance', 'AUS', 'leverage', 1, 0), tr('alliance', 'FRA', 'trust', 4, 3),
    ]));
    expectPlayedAndPassed(G, 'dem', 'aukus');
  });

  it('costs France its trust even when it is no member (the rift is between the democracies themselves)', () => {
    const { G, before } = playEvent('dem', 'aukus', undefined, { countries: { FRA: { demTie: 'partner', trust: 2 } } });
    expect(changes(before, G)['FRA.trust']).toEqual([2, 1]);
  });
});

describe('five-eyes', () => {
  it('raises trust with the UK and Australia, cuts 1 leverage over each, and calms every ally or member at polarization 2 or more', () => {
    const { G, before, error } = playEvent('dem', 'five-eyes', undefined, {
      countries: { GBR: { trust: 2, leverage: 2 }, KOR: { polarization: 2 }, MEX: { polarization: 2 } },
    });
    expect(error).toBeNull();
    // Hungary (member, 2) and South Korea (ally, 2) calm; Italy and Poland (1) and Mexico (a partner) do not.
    expect(changes(before, G)).toEqual({
      'GBR.trust': [2, 4], 'AUS.trust': [4, 5], 'GBR.leverage': [2, 1], 'AUS.leverage': [1, 0],
      'HUN.polarization': [2, 1], 'KOR.polarization': [2, 1],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'five-eyes', [
      played('dem', 'five-eyes'), cv('GBR', 2, 4), cv('AUS', 4, 5),
      tr('trust', 'GBR', 'leverage', 2, 1), tr('trust', 'AUS', 'leverage', 1, 0),
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
  const noCheerleaders = { GRC: { leverage: 2 }, HUN: { leverage: 2 } } as const;

  it('is itself a bloc decision under unanimity: the cheerleaders of the start (Greece, Hungary) veto the reform', () => {
    const { G, before, error } = playEvent('dem', 'qualified-majority-voting');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ tally: [before.tally, { vetoes: 1, lostWeight: 0, membersLost: 0 }] });
    expect(G.log).toStrictEqual(cardLog('dem', 'qualified-majority-voting', [
      played('dem', 'qualified-majority-voting'),
      // A failed reform teaches what the vote was about: qualified majority (still tallied as a veto).
      line('qualified-majority', { type: 'bloc-decision', decision: 'reform', rule: 'unanimity', passed: false, against: ['GRC', 'HUN'], members: 7 }, 'veto'),
    ]));
    expect(G.sides.dem.decisionRule).toBe('unanimity');
    // The attempt is spent: the card leaves the game all the same.
    expectPlayedAndPassed(G, 'dem', 'qualified-majority-voting');
  });

  it('passes when no member holds a veto: majority voting, and members close to Beijing (leverage 2+) trust the bloc less', () => {
    const { G, before, error } = playEvent('dem', 'qualified-majority-voting', undefined, { countries: noCheerleaders });
    expect(error).toBeNull();
    // Germany (2), Greece and Hungary (now 2) lose 1 trust; France, Italy, Poland, Lithuania (1) do not.
    expect(changes(before, G)).toEqual({
      'DEU.trust': [4, 3], 'GRC.trust': [3, 2], 'HUN.trust': [3, 2], 'dem.decisionRule': ['unanimity', 'majority'],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'qualified-majority-voting', [
      played('dem', 'qualified-majority-voting'),
      line('bloc', { type: 'bloc-decision', decision: 'reform', rule: 'unanimity', passed: true, against: [], members: 7 }),
      tr('qualified-majority', 'DEU', 'trust', 4, 3),
      tr('qualified-majority', 'GRC', 'trust', 3, 2),
      tr('qualified-majority', 'HUN', 'trust', 3, 2),
      line('qualified-majority', { type: 'decision-rule', from: 'unanimity', to: 'majority' }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'qualified-majority-voting');
    expect(G.sides.dem.removed).toEqual(['qualified-majority-voting']);
  });

  it('after the reform the same two cheerleaders no longer block a common statement (5 of 7 members, 11 of 13 weight)', () => {
    const { G } = playEvent('dem', 'qualified-majority-voting', undefined, { countries: noCheerleaders });
    G.countries.GRC.leverage = 3;
    G.countries.HUN.leverage = 3;
    G.active = 'dem';
    G.sides.dem.hand = ['summit-of-democracies'];
    G.log = [];
    const before = structuredClone(G);
    expect(playEventOn(G, 'summit-of-democracies')).toBeNull();
    expect(G.log.find((e) => e.event.type === 'bloc-decision')?.event).toMatchObject({ rule: 'majority', passed: true, against: ['GRC', 'HUN'] });
    expect(G.tally).toEqual(before.tally);
  });

  it('does nothing when the bloc already votes by majority (the setup option)', () => {
    const { G, before } = playEvent('dem', 'qualified-majority-voting', undefined, { dem: { decisionRule: 'majority' } });
    expect(changes(before, G)).toEqual({});
    expect(G.log).toStrictEqual(cardLog('dem', 'qualified-majority-voting', [played('dem', 'qualified-majority-voting')]));
  });
});

describe('taiwan-engagement', () => {
  // Taiwan starts with no leverage; give Beijing some so that the card's cut shows.
  const leveraged = { countries: { TWN: { leverage: 2 } } } as const;

  it('raises trust with Taiwan by 2 (+1 common values), cuts 1 leverage and makes the partner a close partner (ally) at trust 3+; on a draw below 0.5 Beijing retaliates and the bloc pays 2 capital (the retaliator gains nothing)', () => {
    const { G, before, error } = playEvent('dem', 'taiwan-engagement', undefined, leveraged, scriptedRng([0.49]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'TWN.trust': [2, 5], 'TWN.leverage': [2, 1], 'TWN.demTie': ['partner', 'ally'], 'dem.capital': [9, 7] });
    expect(G.log).toStrictEqual(cardLog('dem', 'taiwan-engagement', [
      played('dem', 'taiwan-engagement'),
      cv('TWN', 2, 5),
      tr('trust', 'TWN', 'leverage', 2, 1),
      line('trust', { type: 'dem-tie', country: 'TWN', from: 'partner', to: 'ally' }),
      line('trust', { type: 'chance', hit: true }, 'retaliation'),
      line('trust', { type: 'capital', side: 'dem', from: 9, to: 7 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'taiwan-engagement');
  });

  it('leaves Taiwan a partner when its trust stays below 3 (polarization at its peak blocks the gain)', () => {
    const { G, before, error } = playEvent('dem', 'taiwan-engagement', undefined, { countries: { TWN: { leverage: 2, polarization: 3 } } }, scriptedRng([0.5]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'TWN.leverage': [2, 1] });
    expect(G.countries.TWN.demTie).toBe('partner');
  });

  it('draws no retaliation at 0.5 or more', () => {
    const { G, before, error } = playEvent('dem', 'taiwan-engagement', undefined, leveraged, scriptedRng([0.5]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'TWN.trust': [2, 5], 'TWN.leverage': [2, 1], 'TWN.demTie': ['partner', 'ally'] });
    expect(G.log).toStrictEqual(cardLog('dem', 'taiwan-engagement', [
      played('dem', 'taiwan-engagement'), cv('TWN', 2, 5), tr('trust', 'TWN', 'leverage', 2, 1),
      line('trust', { type: 'dem-tie', country: 'TWN', from: 'partner', to: 'ally' }),
      line('trust', { type: 'chance', hit: false }),
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
