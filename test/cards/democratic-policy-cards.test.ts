/**
 * Democratic cards about dependency, disinformation, sanctions and principled moves, played
 * through the move API on the round-1 position of Competing Visions.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS, COUNTRY, incomeOf } from '../../src/game';
import { RULES } from '../../src/game/rules-config';
import { scriptedRng } from '../support/position';
import { cardLog, changes, cv, expectPlayedAndPassed, line, played, playEvent, tr } from './card-harness';

describe('energy-diversification', () => {
  it('cuts dependency and Russian leverage for 1 capital', () => {
    const { G, before, error } = playEvent('dem', 'energy-diversification');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'dem.dependency': [3, 2], 'dem.capital': [9, 8], 'RUS.leverage': [3, 2] });
    expect(G.log).toStrictEqual(cardLog('dem', 'energy-diversification', [
      played('dem', 'energy-diversification'),
      line('dependency', { type: 'dependency', from: 3, to: 2 }),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 8 }),
      tr('dependency', 'RUS', 'leverage', 3, 2),
    ]));
    expectPlayedAndPassed(G, 'dem', 'energy-diversification');
  });
});

describe('counter-disinformation-task-force', () => {
  it('calms every polarized ally and member and stands ready to expose the next hybrid operation', () => {
    const { G, before, error } = playEvent('dem', 'counter-disinformation-task-force', undefined, {
      countries: { TUR: { polarization: 2 }, JPN: { polarization: 1 }, MEX: { polarization: 2 } },
    });
    expect(error).toBeNull();
    // Turkey and Japan are allies: calmed too; Mexico is only a partner: untouched.
    expect(changes(before, G)).toEqual({
      'ITA.polarization': [1, 0], 'POL.polarization': [1, 0], 'HUN.polarization': [2, 1],
      'TUR.polarization': [2, 1], 'JPN.polarization': [1, 0], standing: [[], ['task-force']],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'counter-disinformation-task-force', [
      played('dem', 'counter-disinformation-task-force'),
      tr('disinformation', 'ITA', 'polarization', 1, 0),
      tr('disinformation', 'POL', 'polarization', 1, 0),
      tr('disinformation', 'HUN', 'polarization', 2, 1),
      tr('disinformation', 'TUR', 'polarization', 2, 1),
      tr('disinformation', 'JPN', 'polarization', 1, 0),
      line('disinformation', { type: 'standing', id: 'task-force', on: true }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'counter-disinformation-task-force');
  });
});

describe('platform-regulation', () => {
  it('calms every member and ally at polarization 1 or more, then makes Disinform cost an extra op in members; leaves the game', () => {
    // Turkey is an ally: calmed too; India is only a partner: untouched.
    const { G, before, error } = playEvent('dem', 'platform-regulation', undefined, { countries: { TUR: { polarization: 2 }, IND: { polarization: 2 } } });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'ITA.polarization': [1, 0], 'POL.polarization': [1, 0], 'HUN.polarization': [2, 1], 'TUR.polarization': [2, 1], standing: [[], ['platform-regulation']],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'platform-regulation', [
      played('dem', 'platform-regulation'),
      tr('disinformation', 'ITA', 'polarization', 1, 0),
      tr('disinformation', 'POL', 'polarization', 1, 0),
      tr('disinformation', 'HUN', 'polarization', 2, 1),
      tr('disinformation', 'TUR', 'polarization', 2, 1),
      line('disinformation', { type: 'standing', id: 'platform-regulation', on: true }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'platform-regulation');
    expect(G.sides.dem.removed).toEqual(['platform-regulation']);
    const disinform = (target: 'ITA' | 'TUR', g = G) => ACTIONS.disinform.ops(g, { target, framework: null });
    const cost = RULES.costs.disinform;
    expect([disinform('ITA'), disinform('TUR')]).toEqual([cost + 1, cost]);
    expect([disinform('ITA', before), disinform('TUR', before)]).toEqual([cost, cost]);
  });
});

describe('human-rights-sanctions', () => {
  // Russia starts at trust 0; at 2 the trust it loses toward the bloc shows.
  const trusting = { RUS: { trust: 2 } } as const;
  const unvetoed = { countries: { ...trusting, GRC: { leverage: 2 }, HUN: { leverage: 2 } } } as const;

  it('passes: the target loses 2 leverage, resents the coercion (trust in the bloc −1), and the bloc pays capital equal to its dependency', () => {
    const { G, before, error } = playEvent('dem', 'human-rights-sanctions', 'RUS', unvetoed);
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [3, 1], 'RUS.trust': [2, 1], 'dem.capital': [9, 6] });
    expect(G.log).toStrictEqual(cardLog('dem', 'human-rights-sanctions', [
      played('dem', 'human-rights-sanctions', 'RUS'),
      line('bloc', { type: 'bloc-decision', decision: 'sanction', rule: 'unanimity', passed: true, against: [], members: 7 }),
      tr('coercion', 'RUS', 'leverage', 3, 1),
      tr('coercion', 'RUS', 'trust', 2, 1),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 6 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'human-rights-sanctions');
  });

  it('is vetoed by the cheerleaders under unanimity: no leverage or trust lost, no capital paid, a veto tallied', () => {
    const { G, before, error } = playEvent('dem', 'human-rights-sanctions', 'RUS', { countries: trusting });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ tally: [before.tally, { vetoes: 1, lostWeight: 0, membersLost: 0 }] });
    expect(G.log).toStrictEqual(cardLog('dem', 'human-rights-sanctions', [
      played('dem', 'human-rights-sanctions', 'RUS'),
      line(
        'unanimity-veto',
        { type: 'bloc-decision', decision: 'sanction', rule: 'unanimity', passed: false, against: ['GRC', 'HUN'], members: 7 },
        'veto',
      ),
    ]));
    expectPlayedAndPassed(G, 'dem', 'human-rights-sanctions');
  });

});

describe('export-controls', () => {
  // India: a partner in the SCO; at leverage 3 the full cut of 2 shows.
  const leveraged = { countries: { IND: { leverage: 3 } } } as const;

  it('cuts a partner\'s leverage by 2 and its trust by 1, costs the Autocratic side 2 capital, cuts dependency; on a draw below 0.5 counter-measures cost the bloc 1', () => {
    const { G, before, error } = playEvent('dem', 'export-controls', 'IND', leveraged, scriptedRng([0.49]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'IND.leverage': [3, 1], 'IND.trust': [2, 1], 'aut.capital': [12, 10], 'dem.dependency': [3, 2], 'dem.capital': [9, 8],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'export-controls', [
      played('dem', 'export-controls', 'IND'),
      tr('coercion', 'IND', 'leverage', 3, 1),
      tr('coercion', 'IND', 'trust', 2, 1),
      line('coercion', { type: 'capital', side: 'aut', from: 12, to: 10 }),
      line('coercion', { type: 'dependency', from: 3, to: 2 }),
      line('coercion', { type: 'chance', hit: true }, 'retaliation'),
      line('coercion', { type: 'capital', side: 'dem', from: 9, to: 8 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'export-controls');
  });

  it('draws no counter-measures at 0.5 or more; reaches a country with no tie to the bloc (Venezuela)', () => {
    const { G, before, error } = playEvent('dem', 'export-controls', 'VEN', { countries: { VEN: { trust: 1 } } }, scriptedRng([0.5]));
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'VEN.leverage': [3, 1], 'VEN.trust': [1, 0], 'aut.capital': [12, 10], 'dem.dependency': [3, 2] });
    expect(G.log.at(-1)).toMatchObject({ concept: 'coercion', event: { type: 'chance', hit: false } });
  });

  it('refuses an ally or member, a country without Autocratic leverage, and no target at all, changing nothing', () => {
    // Japan is an ally (leverage 1), Taiwan a partner with no leverage.
    for (const id of ['JPN', 'DEU', 'TWN'] as const) {
      const { G, before, error } = playEvent('dem', 'export-controls', id);
      expect(error).toBe(`${COUNTRY[id].name} is not a valid target for Export Controls`);
      expect(G).toEqual(before);
    }
    const { G, before, error } = playEvent('dem', 'export-controls');
    expect(error).toBe('Export Controls needs a target country');
    expect(G).toEqual(before);
  });
});

describe('exit-16-plus-1', () => {
  it('Lithuania leaves the 16+1: tie and 2 leverage gone, trust up, the bloc pays its dependency; leaves the game', () => {
    const { G, before, error } = playEvent('dem', 'exit-16-plus-1', 'LTU');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({
      'LTU.autTie': ['framework', 'none'], 'LTU.framework': ['cee', null], 'LTU.leverage': [1, 0], 'LTU.trust': [4, 5],
      'dem.capital': [9, 6],
    });
    expect(G.log).toStrictEqual(cardLog('dem', 'exit-16-plus-1', [
      played('dem', 'exit-16-plus-1', 'LTU'),
      line('frameworks', { type: 'aut-tie', country: 'LTU', from: 'framework', to: 'none', framework: null }),
      tr('frameworks', 'LTU', 'leverage', 1, 0),
      cv('LTU', 4, 5),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 6 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'exit-16-plus-1');
  });
});

describe('trade-agreement', () => {
  it('makes a partner of a country with no tie, loosens leverage and brings 2 capital, with no trust', () => {
    const { G, before, error } = playEvent('dem', 'trade-agreement', 'NGA');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'NGA.demTie': ['none', 'partner'], 'NGA.leverage': [1, 0], 'dem.capital': [9, 11] });
    expect(G.log).toStrictEqual(cardLog('dem', 'trade-agreement', [
      played('dem', 'trade-agreement', 'NGA'),
      line('mutual-interest', { type: 'dem-tie', country: 'NGA', from: 'none', to: 'partner' }),
      tr('mutual-interest', 'NGA', 'leverage', 1, 0),
      line('mutual-interest', { type: 'capital', side: 'dem', from: 9, to: 11 }),
    ]));
    expectPlayedAndPassed(G, 'dem', 'trade-agreement');
  });

  it('keeps an existing partner a partner', () => {
    const { G, before } = playEvent('dem', 'trade-agreement', 'BRA');
    expect(changes(before, G)).toEqual({ 'BRA.leverage': [1, 0], 'dem.capital': [9, 11] });
  });
});

describe('democracy-support', () => {
  it('helps in a hybrid regime: polarization down, trust up (no common-values bonus)', () => {
    const { G, before, error } = playEvent('dem', 'democracy-support', 'HUN');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'HUN.polarization': [2, 1], 'HUN.trust': [3, 4] });
    expect(G.log).toStrictEqual(cardLog('dem', 'democracy-support', [
      played('dem', 'democracy-support', 'HUN'),
      tr('autocratic-resilience', 'HUN', 'polarization', 2, 1),
      tr('autocratic-resilience', 'HUN', 'trust', 3, 4),
    ]));
    expectPlayedAndPassed(G, 'dem', 'democracy-support');
  });

  it('backfires in an autocracy: the Autocratic side gains 1 leverage there', () => {
    const { G, before, error } = playEvent('dem', 'democracy-support', 'RUS');
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [3, 4] });
    // The line carries the card's concept; no `resilience` reason is logged (an effect of kind `when` cannot carry one).
    expect(G.log).toStrictEqual(cardLog('dem', 'democracy-support', [
      played('dem', 'democracy-support', 'RUS'),
      tr('autocratic-resilience', 'RUS', 'leverage', 3, 4),
    ]));
    expectPlayedAndPassed(G, 'dem', 'democracy-support');
  });
});

describe('cai-frozen', () => {
  it('freezes a ratified investment agreement: dependency down, Beijing\'s extra income gone, 1 capital paid', () => {
    const { G, before, error } = playEvent('dem', 'cai-frozen', undefined, { standing: ['cai-ratified'] });
    expect(error).toBeNull();
    expect(changes(before, G)).toEqual({ 'dem.dependency': [3, 2], standing: [['cai-ratified'], []], 'dem.capital': [9, 8] });
    expect(G.log).toStrictEqual(cardLog('dem', 'cai-frozen', [
      played('dem', 'cai-frozen'),
      line('dependency', { type: 'dependency', from: 3, to: 2 }),
      line('dependency', { type: 'standing', id: 'cai-ratified', on: false }),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 8 }),
    ]));
    expect(incomeOf(before, 'aut') - incomeOf(G, 'aut')).toBe(1);
    expect(incomeOf(G, 'dem') - incomeOf(before, 'dem')).toBe(1);
    expectPlayedAndPassed(G, 'dem', 'cai-frozen');
  });

  it('still cuts dependency when no agreement was ratified (no standing line)', () => {
    const { G, before } = playEvent('dem', 'cai-frozen');
    expect(changes(before, G)).toEqual({ 'dem.dependency': [3, 2], 'dem.capital': [9, 8] });
    expect(G.log.map((entry) => entry.event.type)).toEqual(['card-played', 'dependency', 'capital']);
  });
});
