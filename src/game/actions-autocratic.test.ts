/**
 * Autocratic basic actions (GAME.md section 3), driven through the public move API from the
 * Competing Visions start (the Autocratic side moves first). Exact state changes and log lines.
 */
import { describe, expect, it } from 'vitest';
import { incomeOf } from './round';
import { act, actionMove, byAction, entry, expectRefused, playOps } from '../../test/support/action-kit';
import { position } from '../../test/support/position';

describe('invest', () => {
  const invest = byAction('aut', 'invest');

  it('raises leverage by 1 and signs a deal for 1 op and 1 capital', () => {
    const G = position({ aut: { hand: ['cultural-institutes', 'sco-summit'], capital: 11 }, countries: { NGA: { leverage: 1, autTie: 'none' } } });
    playOps(G, 'aut', 'cultural-institutes');
    expect(G.log).toStrictEqual([entry('bloc-disruption', { kind: 'card', side: 'aut', card: 'cultural-institutes' },
      { type: 'card-played', side: 'aut', card: 'cultural-institutes', mode: 'ops' })]);
    expect(G.pending).toEqual({ side: 'aut', card: 'cultural-institutes', opsLeft: 1 });
    expect(act(G, 'aut', 'invest', 'NGA')).toStrictEqual([
      entry('mutual-interest', invest, { type: 'action', side: 'aut', action: 'invest', target: 'NGA', ops: 1 }),
      entry('mutual-interest', invest, { type: 'capital', side: 'aut', from: 11, to: 10 }),
      entry('mutual-interest', invest, { type: 'track', country: 'NGA', track: 'leverage', from: 1, to: 2 }),
      entry('bilateral-deals', invest, { type: 'aut-tie', country: 'NGA', from: 'none', to: 'deal', framework: null }),
    ]);
    expect(G.countries.NGA).toMatchObject({ leverage: 2, autTie: 'deal', framework: null });
    expect(G.sides.aut.capital).toBe(10);
    expect(G.sides.aut.hand).toEqual(['sco-summit']);
    expect(G.pending).toBeNull();
    expect(G.turns).toEqual({ aut: 1, dem: 0 });
    expect(G.active).toBe('dem');
  });

  it('keeps a framework member in its framework (no deal on top)', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 } });
    expect(act(G, 'aut', 'invest', 'RUS')).toStrictEqual([
      entry('mutual-interest', invest, { type: 'action', side: 'aut', action: 'invest', target: 'RUS', ops: 1 }),
      entry('mutual-interest', invest, { type: 'capital', side: 'aut', from: 12, to: 11 }),
      entry('mutual-interest', invest, { type: 'track', country: 'RUS', track: 'leverage', from: 3, to: 4 }),
    ]);
    expect(G.sides.aut.capital).toBe(11);
    expect(G.countries.RUS).toMatchObject({ leverage: 4, autTie: 'framework', framework: 'sco' });
    expect(G.pending?.opsLeft).toBe(1);
  });

  it('still signs a deal at leverage 5, but is refused there once a tie exists, or without capital', () => {
    const G = position({
      pending: { side: 'aut', card: 'port-investment', opsLeft: 2 }, aut: { capital: 3 },
      countries: { SAU: { leverage: 5, autTie: 'none' }, IRN: { leverage: 5, autTie: 'deal' } },
    });
    expect(act(G, 'aut', 'invest', 'SAU').slice(1)).toStrictEqual([
      entry('mutual-interest', invest, { type: 'capital', side: 'aut', from: 3, to: 2 }),
      entry('bilateral-deals', invest, { type: 'aut-tie', country: 'SAU', from: 'none', to: 'deal', framework: null }),
    ]);
    expect(G.countries.SAU).toMatchObject({ leverage: 5, autTie: 'deal' });
    expect(G.sides.aut.capital).toBe(2);
    expectRefused(G, 'aut', actionMove('invest', 'IRN'), 'leverage is already at its maximum');
    G.sides.aut.capital = 0;
    expectRefused(G, 'aut', actionMove('invest', 'NGA'), 'not enough capital (needs 1)');
  });
});

describe('coerce', () => {
  const coerce = byAction('aut', 'coerce');

  it('costs 1 trust and leaves 1 resentment where leverage is at least 2', () => {
    const G = position({ aut: { hand: ['wolf-warrior-diplomacy'] }, countries: { GRC: { trust: 3, leverage: 2, resentment: 0 } } });
    playOps(G, 'aut', 'wolf-warrior-diplomacy');
    expect(act(G, 'aut', 'coerce', 'GRC')).toStrictEqual([
      entry('coercion', coerce, { type: 'action', side: 'aut', action: 'coerce', target: 'GRC', ops: 1 }),
      entry('coercion', coerce, { type: 'track', country: 'GRC', track: 'trust', from: 3, to: 2 }),
      entry('coercion', coerce, { type: 'track', country: 'GRC', track: 'resentment', from: 0, to: 1 }),
    ]);
    expect(G.countries.GRC).toMatchObject({ trust: 2, resentment: 1, leverage: 2, demTie: 'member' });
    expect(G.active).toBe('dem');
  });

  it('keeps resentment at its maximum of 5', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 }, countries: { HUN: { trust: 2, leverage: 3, resentment: 5 } } });
    expect(act(G, 'aut', 'coerce', 'HUN').map((e) => e.event.type)).toEqual(['action', 'track']);
    expect(G.countries.HUN).toMatchObject({ trust: 1, resentment: 5 });
  });

  it('is refused below leverage 2, or where no trust is left', () => {
    const G = position({
      pending: { side: 'aut', card: 'port-investment', opsLeft: 2 },
      countries: { FRA: { trust: 4, leverage: 1 }, SRB: { trust: 0, leverage: 3 } },
    });
    expectRefused(G, 'aut', actionMove('coerce', 'FRA'), 'coercion needs leverage 2 or more');
    expectRefused(G, 'aut', actionMove('coerce', 'SRB'), 'there is no trust left to break');
  });
});

describe('disinform', () => {
  const disinform = byAction('aut', 'disinform');

  it('raises polarization by 1 in a democracy for 2 ops, and is refused with 1 op left', () => {
    const G = position({ pending: { side: 'aut', card: 'cultural-institutes', opsLeft: 1 }, countries: { POL: { polarization: 1, trust: 3 } } });
    expectRefused(G, 'aut', actionMove('disinform', 'POL'), 'disinform costs 2 ops here; 1 left');
    G.pending = { side: 'aut', card: 'debt-leverage', opsLeft: 2 };
    expect(act(G, 'aut', 'disinform', 'POL')).toStrictEqual([
      entry('disinformation', disinform, { type: 'action', side: 'aut', action: 'disinform', target: 'POL', ops: 2 }),
      entry('disinformation', disinform, { type: 'track', country: 'POL', track: 'polarization', from: 1, to: 2 }),
    ]);
    expect(G.countries.POL).toMatchObject({ polarization: 2, trust: 3 });
    expect(G.pending).toBeNull();
  });

  it('costs no trust when polarization reaches 3, in a hybrid as in a democracy (the peak blocks gains instead)', () => {
    const setup = () => ({
      pending: { side: 'aut', card: 'debt-leverage', opsLeft: 2 },
      countries: { ITA: { polarization: 2, trust: 3 }, TUR: { regime: 'hybrid', polarization: 2, trust: 1 } },
    } as const);
    const G = position(setup());
    expect(act(G, 'aut', 'disinform', 'ITA').slice(1)).toStrictEqual([
      entry('disinformation', disinform, { type: 'track', country: 'ITA', track: 'polarization', from: 2, to: 3 }),
    ]);
    expect(G.countries.ITA).toMatchObject({ polarization: 3, trust: 3 });
    const H = position(setup());
    expect(act(H, 'aut', 'disinform', 'TUR').map((e) => e.event.type)).toEqual(['action', 'track']);
    expect(H.countries.TUR).toMatchObject({ polarization: 3, trust: 1 });
  });

  it('costs 1 more op in a member under Platform Regulation (not in a partner)', () => {
    const countries = { ITA: { polarization: 1 }, BRA: { demTie: 'partner', polarization: 0 } } as const;
    const G = position({ pending: { side: 'aut', card: 'debt-leverage', opsLeft: 2 }, standing: ['platform-regulation'], countries });
    expectRefused(G, 'aut', actionMove('disinform', 'ITA'), 'disinform costs 3 ops here; 2 left');
    expect(act(G, 'aut', 'disinform', 'BRA')[0]?.event).toMatchObject({ target: 'BRA', ops: 2 });
    const H = position({ pending: { side: 'aut', card: 'win-win-cooperation', opsLeft: 3 }, standing: ['platform-regulation'], countries });
    expect(act(H, 'aut', 'disinform', 'ITA')[0]?.event).toMatchObject({ target: 'ITA', ops: 3 });
    expect(H.countries.ITA.polarization).toBe(2);
    expect(H.pending).toBeNull();
  });

  it('is refused in an autocracy and at peak polarization', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 }, countries: { GRC: { polarization: 3 } } });
    expectRefused(G, 'aut', actionMove('disinform', 'RUS'), 'autocracies do not polarize');
    expectRefused(G, 'aut', actionMove('disinform', 'GRC'), 'polarization is already at its peak');
  });
});

describe('framework', () => {
  const framework = byAction('aut', 'framework');

  it('brings a country with leverage 2 into the chosen framework for 2 ops', () => {
    const G = position({ aut: { hand: ['debt-leverage'] }, countries: { TUR: { leverage: 2, autTie: 'none' } } });
    playOps(G, 'aut', 'debt-leverage');
    expect(act(G, 'aut', 'framework', 'TUR', 'sco')).toStrictEqual([
      entry('frameworks', framework, { type: 'action', side: 'aut', action: 'framework', target: 'TUR', ops: 2 }),
      entry('frameworks', framework, { type: 'aut-tie', country: 'TUR', from: 'none', to: 'framework', framework: 'sco' }),
    ]);
    expect(G.countries.TUR).toMatchObject({ autTie: 'framework', framework: 'sco', leverage: 2, demTie: 'ally' });
    expect(G.pending).toBeNull();
    expect(G.active).toBe('dem');
  });

  it('replaces a deal, which then stops paying income', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 } });
    expect(G.countries.IRN).toMatchObject({ leverage: 2, autTie: 'deal' });
    const income = incomeOf(G, 'aut');
    expect(act(G, 'aut', 'framework', 'IRN', 'sco')[1]?.event).toEqual(
      { type: 'aut-tie', country: 'IRN', from: 'deal', to: 'framework', framework: 'sco' });
    expect(incomeOf(G, 'aut')).toBe(income - 1);
  });

  it('is refused without a framework, below leverage 2, or for a framework member', () => {
    const G = position({ pending: { side: 'aut', card: 'port-investment', opsLeft: 2 }, countries: { KAZ: { leverage: 1, autTie: 'deal', framework: null }, TUR: { leverage: 2 } } });
    expectRefused(G, 'aut', actionMove('framework', 'TUR'), 'choose a framework to join');
    expectRefused(G, 'aut', actionMove('framework', 'KAZ', 'sco'), 'joining a framework needs leverage 2 or more');
    expectRefused(G, 'aut', actionMove('framework', 'RUS', 'sco'), 'already a member of a framework');
    expectRefused(G, 'aut', actionMove('invest', 'TUR', 'sco'), 'invest takes no framework');
  });

  it('takes only countries of the framework\'s own reach: the SCO is Eurasian, the 16+1 Central and Eastern European', () => {
    const two = { leverage: 2 } as const;
    const G = position({
      pending: { side: 'aut', card: 'port-investment', opsLeft: 2 },
      countries: { TUR: two, EGY: { ...two, autTie: 'deal' }, JPN: two, ETH: { ...two, autTie: 'deal' }, DEU: two, SRB: { ...two, autTie: 'deal', framework: null } },
    });
    const sco = 'the SCO takes only Eurasian and South Asian countries (Russia, Turkey, Kazakhstan, India, Pakistan, Iran)';
    const cee = 'the 16+1 takes only Central and Eastern European countries (Poland, Lithuania, Greece, Hungary, Serbia)';
    for (const id of ['EGY', 'JPN', 'ETH', 'DEU', 'SRB'] as const) expectRefused(G, 'aut', actionMove('framework', id, 'sco'), sco);
    for (const id of ['TUR', 'EGY', 'JPN', 'DEU'] as const) expectRefused(G, 'aut', actionMove('framework', id, 'cee'), cee);
    expect(act(G, 'aut', 'framework', 'SRB', 'cee')[1]?.event).toMatchObject({ type: 'aut-tie', country: 'SRB', to: 'framework', framework: 'cee' });
  });
});

describe('lure', () => {
  it('drops an ally whose leverage exceeds its trust to partner for 3 ops, and tallies the lost tie', () => {
    const G = position({ aut: { hand: ['win-win-cooperation'] }, countries: { TUR: { regime: 'hybrid', demTie: 'ally', trust: 2, leverage: 3 } } });
    playOps(G, 'aut', 'win-win-cooperation');
    const lure = byAction('aut', 'lure');
    expect(act(G, 'aut', 'lure', 'TUR')).toStrictEqual([
      entry('bloc-disruption', lure, { type: 'action', side: 'aut', action: 'lure', target: 'TUR', ops: 3 }),
      entry('bloc-disruption', lure, { type: 'dem-tie', country: 'TUR', from: 'ally', to: 'partner' }),
    ]);
    expect(G.countries.TUR).toMatchObject({ demTie: 'partner', trust: 2, leverage: 3 });
    expect(G.tally).toEqual({ vetoes: 0, lostWeight: 2, membersLost: 0 });
    expect(G.pending).toBeNull();
  });

  it('is refused for members and partners, where leverage only equals trust, or with too few ops', () => {
    const G = position({
      pending: { side: 'aut', card: 'win-win-cooperation', opsLeft: 3 },
      countries: {
        GRC: { demTie: 'member', trust: 1, leverage: 3 }, IND: { demTie: 'partner', trust: 1, leverage: 3 },
        KOR: { demTie: 'ally', trust: 3, leverage: 3 }, TUR: { demTie: 'ally', trust: 2, leverage: 3 },
      },
    });
    expectRefused(G, 'aut', actionMove('lure', 'GRC'), 'only an ally (not a member) can be lured away');
    expectRefused(G, 'aut', actionMove('lure', 'IND'), 'only an ally (not a member) can be lured away');
    expectRefused(G, 'aut', actionMove('lure', 'KOR'), 'leverage must exceed trust to lure an ally');
    G.pending = { side: 'aut', card: 'port-investment', opsLeft: 2 };
    expectRefused(G, 'aut', actionMove('lure', 'TUR'), 'lure costs 3 ops here; 2 left');
  });
});
