/**
 * Democratic basic actions (GAME.md section 3), driven through the public move API from the
 * Competing Visions start. Each test asserts the exact state change and the exact log lines.
 * Autocratic actions: actions-autocratic.test.ts; move-level refusals: actions-refusals.test.ts.
 * A little over ~300 lines on purpose: one block per Democratic action, each with its exact logs.
 */
import { describe, expect, it } from 'vitest';
import { checkMove, tryMove } from './moves';
import { votesAgainst } from './queries';
import { act, actionMove, byAction, entry, expectRefused, playOps } from '../../test/support/action-kit';
import { noRng, position } from '../../test/support/position';

const engage = byAction('dem', 'engage');

describe('engage', () => {
  it('gains 1 trust plus 1 in a democracy (common values) for 1 op; the turn goes on', () => {
    const G = position({
      active: 'dem',
      dem: { hand: ['five-eyes', 'aukus'] },
      countries: { IDN: { regime: 'democracy', demTie: 'partner', trust: 1, leverage: 1, polarization: 2 } },
    });
    playOps(G, 'dem', 'five-eyes');
    expect(G.sides.dem.hand).toEqual(['aukus']);
    expect(G.sides.dem.discard.at(-1)).toBe('five-eyes');
    expect(G.pending).toEqual({ side: 'dem', card: 'five-eyes', opsLeft: 2 });
    expect(G.log).toStrictEqual([
      entry('trust', { kind: 'card', side: 'dem', card: 'five-eyes' }, { type: 'card-played', side: 'dem', card: 'five-eyes', mode: 'ops' }),
    ]);
    expect(act(G, 'dem', 'engage', 'IDN')).toStrictEqual([
      entry('trust', engage, { type: 'action', side: 'dem', action: 'engage', target: 'IDN', ops: 1 }),
      entry('common-values', engage, { type: 'track', country: 'IDN', track: 'trust', from: 1, to: 3 }, 'common-values'),
    ]);
    expect(G.countries.IDN).toMatchObject({ trust: 3, demTie: 'partner', leverage: 1, polarization: 2 });
    expect(G.pending).toEqual({ side: 'dem', card: 'five-eyes', opsLeft: 1 });
    expect(G.active).toBe('dem');
    expect(G.turns).toEqual({ dem: 0, aut: 0 });
  });

  it('gains only 1 outside democracies, and a first gain opens cooperation (partner tie)', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: { NGA: { regime: 'hybrid', demTie: 'none', trust: 0, leverage: 2 } },
    });
    expect(act(G, 'dem', 'engage', 'NGA')).toStrictEqual([
      entry('trust', engage, { type: 'action', side: 'dem', action: 'engage', target: 'NGA', ops: 1 }),
      entry('trust', engage, { type: 'track', country: 'NGA', track: 'trust', from: 0, to: 1 }),
      entry('cooperation', engage, { type: 'dem-tie', country: 'NGA', from: 'none', to: 'partner' }),
    ]);
    expect(G.countries.NGA).toMatchObject({ trust: 1, demTie: 'partner' });
    expect(G.pending?.opsLeft).toBe(1);
  });

  it('costs 2 ops where leverage is 3 or more: refused with 1 op left, and it ends a 2-op turn', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 1 },
      countries: { SRB: { regime: 'hybrid', demTie: 'none', trust: 0, leverage: 3 } },
    });
    expectRefused(G, 'dem', actionMove('engage', 'SRB'), 'engage costs 2 ops here; 1 left');
    G.pending = { side: 'dem', card: 'aukus', opsLeft: 2 };
    expect(act(G, 'dem', 'engage', 'SRB')[0]?.event).toEqual({ type: 'action', side: 'dem', action: 'engage', target: 'SRB', ops: 2 });
    expect(G.countries.SRB).toMatchObject({ trust: 1, demTie: 'partner', leverage: 3 });
    expect(G.pending).toBeNull();
    expect(G.turns).toEqual({ dem: 1, aut: 0 });
    expect(G.active).toBe('aut');
  });

  it('stops at trust 5 in a democracy one short of it', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, countries: { JPN: { trust: 4, leverage: 1 } } });
    expect(act(G, 'dem', 'engage', 'JPN')[1]?.event).toEqual({ type: 'track', country: 'JPN', track: 'trust', from: 4, to: 5 });
    expect(G.countries.JPN.trust).toBe(5);
  });

  it('is refused where polarization is 3 and where trust is already 5', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: { ITA: { polarization: 3, trust: 3 }, GBR: { trust: 5 } },
    });
    expectRefused(G, 'dem', actionMove('engage', 'ITA'), 'polarization is at its peak: no trust can be gained there');
    expectRefused(G, 'dem', actionMove('engage', 'GBR'), 'trust is already at its maximum');
  });

  it('shares its trust rules with cards: polarization 3 blocks a gain, with a reason in the log', () => {
    const G = position({
      active: 'dem',
      dem: { hand: ['aukus'] },
      countries: { GBR: { trust: 2, polarization: 3 }, AUS: { trust: 2, leverage: 1, polarization: 0 } },
    });
    const card = { kind: 'card', side: 'dem', card: 'aukus' } as const;
    expect(tryMove(G, 'dem', { kind: 'play-event', card: 'aukus' }, noRng)).toBeNull();
    expect(G.log.slice(1)).toStrictEqual([
      entry('disinformation', card, { type: 'no-effect', country: 'GBR' }, 'polarization-blocks'),
      entry('common-values', card, { type: 'track', country: 'AUS', track: 'trust', from: 2, to: 4 }, 'common-values'),
      entry('alliance', card, { type: 'track', country: 'AUS', track: 'leverage', from: 1, to: 0 }),
      entry('alliance', card, { type: 'track', country: 'FRA', track: 'trust', from: 4, to: 3 }),
    ]);
    expect(G.countries.GBR.trust).toBe(2);
  });
});

describe('ally', () => {
  it('turns a partner with trust 3 into an ally for 2 ops', () => {
    const G = position({ active: 'dem', dem: { hand: ['five-eyes'] }, countries: { IND: { demTie: 'partner', trust: 3 } } });
    playOps(G, 'dem', 'five-eyes');
    expect(act(G, 'dem', 'ally', 'IND')).toStrictEqual([
      entry('alliance', byAction('dem', 'ally'), { type: 'action', side: 'dem', action: 'ally', target: 'IND', ops: 2 }),
      entry('alliance', byAction('dem', 'ally'), { type: 'dem-tie', country: 'IND', from: 'partner', to: 'ally' }),
    ]);
    expect(G.countries.IND).toMatchObject({ demTie: 'ally', trust: 3 });
    expect(G.pending).toBeNull();
    expect(G.active).toBe('aut');
  });

  it('is refused below trust 3, and for anything but a partner', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: { IND: { demTie: 'partner', trust: 2 }, NGA: { demTie: 'none', trust: 4 }, GBR: { demTie: 'ally', trust: 4 } },
    });
    expectRefused(G, 'dem', actionMove('ally', 'IND'), 'an alliance needs trust 3 or more');
    expectRefused(G, 'dem', actionMove('ally', 'NGA'), 'only a partner can become an ally');
    expectRefused(G, 'dem', actionMove('ally', 'GBR'), 'only a partner can become an ally');
  });
});

describe('integrate', () => {
  // At the thresholds: trust 4 (RULES.thresholds.integrateTrust), polarization 1.
  const ready = { regime: 'democracy', demTie: 'ally', trust: 4, polarization: 1 } as const;
  const integrate = byAction('dem', 'integrate');

  it('makes a trusted democratic ally a member when no member objects (a bloc decision); cheerleaders do not oppose enlargement', () => {
    // Greece and Hungary start as cheerleaders (leverage 4 above trust 3): they would block the
    // bloc's line toward the Autocratic side, but an integration only a member that lost trust opposes.
    const G = position({ active: 'dem', dem: { hand: ['nato-consolidation'] }, countries: { ITA: ready } });
    expect([G.countries.GRC, G.countries.HUN].map(votesAgainst)).toEqual([true, true]);
    playOps(G, 'dem', 'nato-consolidation');
    expect(act(G, 'dem', 'integrate', 'ITA')).toStrictEqual([
      entry('integration', integrate, { type: 'action', side: 'dem', action: 'integrate', target: 'ITA', ops: 3 }),
      entry('bloc', integrate, { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: true, against: [], members: 6 }),
      entry('integration', integrate, { type: 'dem-tie', country: 'ITA', from: 'ally', to: 'member' }),
    ]);
    expect(G.countries.ITA.demTie).toBe('member');
    expect(G.tally.vetoes).toBe(0);
    expect(G.pending).toBeNull();
  });

  it('spends its ops on a veto by a member that has lost trust in the bloc (trust below 2)', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
      countries: { ITA: ready, POL: { trust: 1 }, LTU: { trust: 2 } },
    });
    expect(act(G, 'dem', 'integrate', 'ITA')).toStrictEqual([
      entry('integration', integrate, { type: 'action', side: 'dem', action: 'integrate', target: 'ITA', ops: 3 }),
      entry('unanimity-veto', integrate,
        { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: false, against: ['POL'], members: 6 }, 'veto'),
    ]);
    expect(G.countries.ITA.demTie).toBe('ally');
    expect(G.tally.vetoes).toBe(1);
    expect(G.pending).toBeNull();
    expect(G.active).toBe('aut');
  });

  it('is refused for a non-ally, a non-democracy, outside the union\'s region, trust below 4, polarization above 1 or too few ops', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
      countries: {
        IND: { ...ready, demTie: 'partner' }, TUR: { ...ready, regime: 'hybrid' }, JPN: ready, GBR: ready,
        POL: { ...ready, trust: 3 }, FRA: { ...ready, polarization: 2 }, ITA: ready,
      },
    });
    expectRefused(G, 'dem', actionMove('integrate', 'IND'), 'only an ally can be integrated');
    expectRefused(G, 'dem', actionMove('integrate', 'TUR'), 'only a democracy pools its sovereignty');
    expectRefused(G, 'dem', actionMove('integrate', 'JPN'), 'the bloc\'s union takes only countries of its own region');
    // The United Kingdom is inside the union in Competing Visions: its re-entry is the game's what-if.
    expect(checkMove(G, 'dem', actionMove('integrate', 'GBR'))).toBeNull();
    expectRefused(G, 'dem', actionMove('integrate', 'POL'), 'integration needs trust 4');
    expectRefused(G, 'dem', actionMove('integrate', 'FRA'), 'integration needs polarization 1 or less');
    G.pending = { side: 'dem', card: 'aukus', opsLeft: 2 };
    expectRefused(G, 'dem', actionMove('integrate', 'ITA'), 'integrate costs 3 ops here; 2 left');
  });
});

describe('counter-disinformation', () => {
  const counter = byAction('dem', 'counter-disinformation');

  it('lowers polarization by 1 for 1 op, and coming down from 3 gives no trust back', () => {
    const G = position({
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: { POL: { polarization: 1, trust: 3 }, ITA: { polarization: 3, trust: 2 } },
    });
    expect(act(G, 'dem', 'counter-disinformation', 'POL')).toStrictEqual([
      entry('disinformation', counter, { type: 'action', side: 'dem', action: 'counter-disinformation', target: 'POL', ops: 1 }),
      entry('disinformation', counter, { type: 'track', country: 'POL', track: 'polarization', from: 1, to: 0 }),
    ]);
    expect(G.pending?.opsLeft).toBe(1);
    expect(act(G, 'dem', 'counter-disinformation', 'ITA')[1]?.event).toEqual(
      { type: 'track', country: 'ITA', track: 'polarization', from: 3, to: 2 });
    expect(G.countries.POL).toMatchObject({ polarization: 0, trust: 3 });
    expect(G.countries.ITA).toMatchObject({ polarization: 2, trust: 2 });
    expect(G.pending).toBeNull();
  });

  it('is refused where there is no polarization', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, countries: { FRA: { polarization: 0 } } });
    expectRefused(G, 'dem', actionMove('counter-disinformation', 'FRA'), 'there is no polarization to counter');
  });
});

describe('diversify', () => {
  it('lowers dependency by 1 for 2 ops and 2 capital', () => {
    const G = position({ active: 'dem', dem: { hand: ['five-eyes'], capital: 9, dependency: 3 } });
    playOps(G, 'dem', 'five-eyes');
    expect(act(G, 'dem', 'diversify')).toStrictEqual([
      entry('dependency', byAction('dem', 'diversify'), { type: 'action', side: 'dem', action: 'diversify', ops: 2 }),
      entry('dependency', byAction('dem', 'diversify'), { type: 'capital', side: 'dem', from: 9, to: 7 }),
      entry('dependency', byAction('dem', 'diversify'), { type: 'dependency', from: 3, to: 2 }),
    ]);
    expect(G.sides.dem).toMatchObject({ dependency: 2, capital: 7 });
    expect(G.pending).toBeNull();
    expect(G.active).toBe('aut');
  });

  it('is refused with a target, without dependency, or without 2 capital', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 1, dependency: 3 } });
    expectRefused(G, 'dem', actionMove('diversify', 'DEU'), 'diversify takes no target');
    expectRefused(G, 'dem', actionMove('diversify'), 'not enough capital (needs 2)');
    G.sides.dem.capital = 5;
    G.sides.dem.dependency = 0;
    expectRefused(G, 'dem', actionMove('diversify'), 'there is no dependency left to reduce');
  });
});

describe('sanction', () => {
  const sanction = byAction('dem', 'sanction');
  const noWedges = { GRC: { leverage: 2 }, HUN: { leverage: 2 } } as const;
  const passed = { type: 'bloc-decision', decision: 'sanction', rule: 'unanimity', passed: true, against: [], members: 7 } as const;

  it('cuts leverage by 2, costs the target 1 trust in the bloc (resentment) and capital equal to dependency when the bloc agrees', () => {
    const G = position({
      active: 'dem',
      dem: { hand: ['five-eyes'], capital: 9, dependency: 3 },
      countries: { ...noWedges, RUS: { leverage: 3, trust: 2, resentment: 0 } },
    });
    playOps(G, 'dem', 'five-eyes');
    expect(act(G, 'dem', 'sanction', 'RUS')).toStrictEqual([
      entry('coercion', sanction, { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 }),
      entry('bloc', sanction, passed),
      entry('coercion', sanction, { type: 'track', country: 'RUS', track: 'leverage', from: 3, to: 1 }),
      entry('coercion', sanction, { type: 'track', country: 'RUS', track: 'trust', from: 2, to: 1 }),
      entry('dependency', sanction, { type: 'capital', side: 'dem', from: 9, to: 6 }),
    ]);
    expect(G.countries.RUS).toMatchObject({ leverage: 1, trust: 1, resentment: 0 });
    expect(G.sides.dem.capital).toBe(6);
    expect(G.pending).toBeNull();
  });

  it('costs nothing without dependency', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 4, dependency: 0 }, countries: { ...noWedges, VEN: { leverage: 1, trust: 1 } } });
    expect(act(G, 'dem', 'sanction', 'VEN').map((e) => e.event.type)).toEqual(['action', 'bloc-decision', 'track', 'track']);
    expect(G.countries.VEN).toMatchObject({ leverage: 0, trust: 0 });
    expect(G.sides.dem.capital).toBe(4);
  });

  it('spends only its ops when a member vetoes it (no leverage lost, no trust lost, no capital paid)', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 9, dependency: 3 }, countries: { RUS: { leverage: 3, trust: 2 } } });
    expect(act(G, 'dem', 'sanction', 'RUS')[1]).toStrictEqual(entry('unanimity-veto', sanction,
      { type: 'bloc-decision', decision: 'sanction', rule: 'unanimity', passed: false, against: ['GRC', 'HUN'], members: 7 }, 'veto'));
    expect(G.countries.RUS).toMatchObject({ leverage: 3, trust: 2 });
    expect(G.sides.dem.capital).toBe(9);
    expect(G.tally.vetoes).toBe(1);
    expect(G.pending).toBeNull();
  });

  it('is refused where there is no leverage, or when capital is below dependency', () => {
    const G = position({ active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 2, dependency: 3 }, countries: { TWN: { leverage: 0 } } });
    expectRefused(G, 'dem', actionMove('sanction', 'TWN'), 'there is no leverage to sanction');
    expectRefused(G, 'dem', actionMove('sanction', 'RUS'), 'a sanction costs capital equal to dependency (3)');
  });

  it('is refused against an ally or a member, before leverage and capital are looked at', () => {
    const G = position({
      active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 9, dependency: 3 },
      countries: { ...noWedges, TUR: { demTie: 'ally', leverage: 3, trust: 2 }, GBR: { demTie: 'ally', leverage: 0 }, DEU: { demTie: 'member', leverage: 2 } },
    });
    const message = 'the bloc does not sanction its own allies and members';
    expectRefused(G, 'dem', actionMove('sanction', 'TUR'), message);
    expectRefused(G, 'dem', actionMove('sanction', 'GBR'), message);
    expectRefused(G, 'dem', actionMove('sanction', 'DEU'), message);
    G.sides.dem.capital = 0;
    expectRefused(G, 'dem', actionMove('sanction', 'TUR'), message);
    // The same country as a partner can be sanctioned.
    G.sides.dem.capital = 9;
    G.countries.TUR.demTie = 'partner';
    expect(act(G, 'dem', 'sanction', 'TUR').slice(1)).toStrictEqual([
      entry('bloc', sanction, passed),
      entry('coercion', sanction, { type: 'track', country: 'TUR', track: 'leverage', from: 3, to: 1 }),
      entry('coercion', sanction, { type: 'track', country: 'TUR', track: 'trust', from: 2, to: 1 }),
      entry('dependency', sanction, { type: 'capital', side: 'dem', from: 9, to: 6 }),
    ]);
  });
});
