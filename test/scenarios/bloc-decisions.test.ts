/**
 * Bloc decisions (GAME.md section 3): a cheerleader's veto under unanimity (leverage 3 or more and
 * above its trust), scored for the Autocratic side at round end; majority voting as a double
 * majority (55% of the members holding 65% of their weight); integration of an ally, only inside the
 * bloc's union, opposed only by a member that has lost trust in the bloc.
 */
import { describe, expect, it } from 'vitest';
import { type CountryId, type CountryState, SCENARIOS, scoreRound, tryMove } from '../../src/game';
import { blocWouldPass } from '../../src/game/bloc';
import { RULES } from '../../src/game/rules-config';
import { act, actionMove, byAction, entry, playOps } from '../support/action-kit';
import { noRng } from '../support/position';
import { eventsOf, lastTurnOf, quietPosition, scoreOf } from './quiet-board';

describe('veto under unanimity', () => {
  it('a cheerleader (leverage 4 over trust 3) blocks a sanction; the Autocratic side scores the veto at round end', () => {
    const G = quietPosition({
      active: 'dem',
      turns: { aut: 4, dem: 2 },
      dem: { hand: ['trade-agreement', 'five-eyes'], capital: 9, dependency: 3 },
      countries: {
        DEU: { demTie: 'member', trust: 4 },
        GRC: { demTie: 'member', trust: 3, leverage: 4 },
        RUS: { leverage: 3 },
      },
    });
    playOps(G, 'dem', 'trade-agreement');
    const vote = act(G, 'dem', 'sanction', 'RUS')[1];
    expect(vote?.event).toEqual({ type: 'bloc-decision', decision: 'sanction', rule: 'unanimity', passed: false, against: ['GRC'], members: 2 });
    expect(vote?.concept).toBe('unanimity-veto');
    expect(vote?.reason).toBe('veto');
    expect(G.tally.vetoes).toBe(1);
    expect(G.countries.RUS.leverage).toBe(3);
    expect(G.sides.dem.capital).toBe(9);
    // The Autocratic side has no turns left, so the Democratic side plays on, then the round ends.
    expect(G.active).toBe('dem');
    playOps(G, 'dem', 'five-eyes');
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    // Resolution begins with the common position, which Greece blocks too: a second veto.
    expect(eventsOf(G, 'bloc-decision').at(-1)).toEqual(
      { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: false, against: ['GRC'], members: 2 });
    // Democratic: members Germany 3×2 + Greece 1×2 = 8, no united front (a veto), no region held.
    // Autocratic: leverage ≥ 3 in Russia (3) and Greece (1) = 4, plus 1 for each of the 2 vetoes.
    expect(scoreOf(G)).toEqual({ type: 'score', dem: 8, aut: 6, shift: 2, worldOrder: 2, unitedFront: false });
    expect(G.history).toEqual([{ round: 1, dem: 8, aut: 6, shift: 2, worldOrder: 2 }]);
    expect(G.round).toBe(2);
    expect(G.tally).toEqual({ vetoes: 0, lostWeight: 0, membersLost: 0 });
  });

  /** Germany, Hungary as given, and Italy ready to be integrated, with 3 ops to spend. */
  const enlargement = (HUN: Partial<CountryState>) => quietPosition({
    active: 'dem',
    pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
    countries: {
      DEU: { demTie: 'member', trust: 4 },
      HUN: { demTie: 'member', regime: 'hybrid', ...HUN },
      ITA: { demTie: 'ally', trust: 4, polarization: 0 },
    },
  });

  it('a cheerleader does not block an integration (enlargement is not China policy): Italy joins despite Hungary at leverage 5 over trust 3', () => {
    const G = enlargement({ trust: 3, leverage: 5 });
    expect(blocWouldPass(G, 'sanction')).toBe(false); // Hungary would block the bloc's line toward Beijing
    expect(act(G, 'dem', 'integrate', 'ITA')[1]?.event).toEqual(
      { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: true, against: [], members: 2 });
    expect(G.countries.ITA.demTie).toBe('member');
    expect(G.tally.vetoes).toBe(0);
  });

  it('a member that has lost trust in the bloc (trust 1, no leverage) blocks an integration: the ally stays an ally and the veto counts', () => {
    const G = enlargement({ trust: 1, leverage: 0 });
    expect(blocWouldPass(G, 'sanction')).toBe(true); // no cheerleader: only enlargement is opposed
    const united = scoreRound(G);
    expect(act(G, 'dem', 'integrate', 'ITA')[1]?.event).toMatchObject({ decision: 'integration', passed: false, against: ['HUN'], members: 2 });
    expect(G.countries.ITA.demTie).toBe('ally');
    expect(G.pending).toBeNull();
    const after = scoreRound(G);
    expect(after.aut.total - united.aut.total).toBe(1);
    expect(after.dem.total - united.dem.total).toBe(-2);
    expect(after.unitedFront).toBe(false);
  });
});

describe('majority voting', () => {
  const bloc = {
    DEU: { demTie: 'member', trust: 4 },
    FRA: { demTie: 'member', trust: 4 },
    GRC: { demTie: 'member', trust: 3, leverage: 4 },
    RUS: { leverage: 3, trust: 2 },
  } as const;

  it('passes a sanction that unanimity would lose to one cheerleader', () => {
    const setup = (decisionRule: 'unanimity' | 'majority') => quietPosition({
      setup: { decisionRule },
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      dem: { capital: 9 },
      countries: bloc,
    });
    const unanimity = setup('unanimity');
    expect(act(unanimity, 'dem', 'sanction', 'RUS')[1]?.event).toMatchObject({ passed: false, rule: 'unanimity' });
    expect(unanimity.countries.RUS.leverage).toBe(3);

    const G = setup('majority');
    expect(G.sides.dem.decisionRule).toBe('majority');
    const vote = act(G, 'dem', 'sanction', 'RUS')[1];
    expect(vote?.event).toEqual({ type: 'bloc-decision', decision: 'sanction', rule: 'majority', passed: true, against: ['GRC'], members: 3 });
    expect(vote?.concept).toBe('qualified-majority');
    expect(vote?.reason).toBeUndefined();
    expect(G.countries.RUS.leverage).toBe(1);
    expect(G.countries.RUS.trust).toBe(1);
    expect(G.sides.dem.capital).toBe(6);
    expect(G.tally.vetoes).toBe(0);
  });

  it('needs 55% of the members: one for and one against fails, logged as outvoted under qualified majority, and still tallied', () => {
    const G = quietPosition({
      setup: { decisionRule: 'majority' },
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      dem: { capital: 9 },
      countries: { DEU: bloc.DEU, GRC: bloc.GRC, RUS: bloc.RUS },
    });
    const sanction = byAction('dem', 'sanction');
    expect(act(G, 'dem', 'sanction', 'RUS')).toStrictEqual([
      entry('coercion', sanction, { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 }),
      entry('qualified-majority', sanction,
        { type: 'bloc-decision', decision: 'sanction', rule: 'majority', passed: false, against: ['GRC'], members: 2 }, 'outvoted'),
    ]);
    expect(G.tally).toEqual({ vetoes: 1, lostWeight: 0, membersLost: 0 });
    expect(G.countries.RUS.leverage).toBe(3);
    expect(G.sides.dem.capital).toBe(9);
  });
});

describe('majority voting is a double majority (55% of the members, 65% of their weight)', () => {
  // At trust 3 a member votes against exactly when it is listed with leverage 4 (leverage ≥ 3 and above its trust).
  const member = (leverage = 0) => ({ demTie: 'member', trust: 3, leverage }) as const;
  /** A sanction on Russia under majority voting with these members; returns the vote's log line. */
  function vote(members: Partial<Record<CountryId, number>>) {
    const countries: Partial<Record<CountryId, Partial<CountryState>>> = { RUS: { leverage: 3 } };
    for (const [id, leverage] of Object.entries(members)) countries[id as CountryId] = member(leverage);
    const G = quietPosition({
      setup: { decisionRule: 'majority' }, active: 'dem', pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 9 }, countries,
    });
    const passed = blocWouldPass(G, 'sanction');
    const line = act(G, 'dem', 'sanction', 'RUS')[1];
    expect(line?.event).toMatchObject({ type: 'bloc-decision', passed });
    return { line, G };
  }

  it('fails with enough members but too little weight: Germany and France against, 3 of 5 members (60%) hold 5 of 11 weight (45%)', () => {
    const { line, G } = vote({ DEU: 4, FRA: 4, ITA: 0, POL: 0, LTU: 0 });
    expect(line).toMatchObject({ concept: 'qualified-majority', reason: 'outvoted', event: { passed: false, against: ['DEU', 'FRA'], members: 5 } });
    expect(G.tally.vetoes).toBe(1);
  });

  it('fails with enough weight but too few members: 2 of 5 members (40%) hold 6 of 9 weight (67%)', () => {
    const { line } = vote({ DEU: 0, FRA: 0, LTU: 4, GRC: 4, HUN: 4 });
    expect(line?.event).toMatchObject({ passed: false, against: ['LTU', 'GRC', 'HUN'] });
  });

  it('passes at exactly 65% of the weight (13 of 20) with 7 of 11 members; with Serbia against too it fails', () => {
    const eleven = { GBR: 0, DEU: 0, FRA: 0, ITA: 4, POL: 4, LTU: 0, GRC: 0, HUN: 0, TUR: 4, SRB: 0, KAZ: 4 };
    expect(vote(eleven).line?.event).toMatchObject({ passed: true, members: 11 });
    // Serbia (1) joins those against: 6 of 11 members (55% is 6.05) and 12 of 20 weight: fails on both counts.
    expect(vote({ ...eleven, SRB: 4 }).line?.event).toMatchObject({ passed: false });
  });

  it('the thresholds are the rules\' own numbers', () => {
    expect(RULES.qmv).toEqual({ memberPct: 55, weightPct: 65 });
  });
});

describe('integration only inside the bloc\'s union (the scenario\'s regions)', () => {
  // At the thresholds: trust 4 (RULES.thresholds.integrateTrust), polarization 1.
  const ready = { demTie: 'ally', trust: 4, polarization: 1 } as const;
  const position = () => quietPosition({
    active: 'dem',
    pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
    countries: { DEU: { demTie: 'member', trust: 4 }, JPN: ready, IND: ready, GBR: ready, ITA: ready, TUR: { ...ready, regime: 'democracy' } },
  });

  it.each([
    ['JPN', 'the bloc\'s union takes only countries of its own region'],
    ['IND', 'the bloc\'s union takes only countries of its own region'],
    ['TUR', 'the bloc\'s union takes only countries of its own region'],
  ] as const)('refuses %s: %s', (id, message) => {
    const G = position();
    const before = structuredClone(G);
    expect(tryMove(G, 'dem', actionMove('integrate', id), noRng)).toBe(message);
    expect(G).toEqual(before);
  });

  it.each(['ITA', 'GBR'] as const)('integrates the European ally %s: the union is all of Europe in Competing Visions, the United Kingdom included', (id) => {
    expect(SCENARIOS['competing-visions'].integration).toEqual({ regions: ['europe'], outside: [] });
    const G = position();
    expect(tryMove(G, 'dem', actionMove('integrate', id), noRng)).toBeNull();
    expect(G.countries[id].demTie).toBe('member');
  });

  it('refuses an ally below trust 4 or above polarization 1, changing nothing', () => {
    const G = position();
    G.countries.ITA.trust = 3;
    G.countries.GBR.polarization = 2;
    const before = structuredClone(G);
    expect(tryMove(G, 'dem', actionMove('integrate', 'ITA'), noRng)).toBe('integration needs trust 4');
    expect(tryMove(G, 'dem', actionMove('integrate', 'GBR'), noRng)).toBe('integration needs polarization 1 or less');
    expect(G).toEqual(before);
  });
});

describe('a bloc with no members', () => {
  it.each(['unanimity', 'majority'] as const)('decides nothing under %s, says why, and tallies no veto', (decisionRule) => {
    const G = quietPosition({
      setup: { decisionRule },
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      dem: { capital: 9, dependency: 3 },
      countries: { GBR: { demTie: 'ally', trust: 4 }, RUS: { leverage: 3 } },
    });
    const sanction = byAction('dem', 'sanction');
    expect(act(G, 'dem', 'sanction', 'RUS')).toStrictEqual([
      entry('coercion', sanction, { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 }),
      entry('bloc', sanction,
        { type: 'bloc-decision', decision: 'sanction', rule: decisionRule, passed: false, against: [], members: 0 }, 'no-members'),
    ]);
    expect(G.tally).toEqual({ vetoes: 0, lostWeight: 0, membersLost: 0 });
    expect(G.countries.RUS.leverage).toBe(3);
    expect(G.sides.dem.capital).toBe(9);
    expect(G.pending).toBeNull();
  });

  it('cannot integrate an ally either, and that is no veto', () => {
    const G = quietPosition({
      active: 'dem',
      pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
      countries: { ITA: { demTie: 'ally', trust: 5, polarization: 0 } },
    });
    const integrate = byAction('dem', 'integrate');
    const log = act(G, 'dem', 'integrate', 'ITA');
    expect(log.slice(1)).toStrictEqual([
      entry('bloc', integrate,
        { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: false, against: [], members: 0 }, 'no-members'),
    ]);
    expect(G.countries.ITA.demTie).toBe('ally');
    expect(G.tally.vetoes).toBe(0);
  });
});

describe('integration', () => {
  it('an ally engaged up to trust 4 becomes a member through a bloc decision on the next turn', () => {
    const G = quietPosition({
      active: 'dem',
      turns: { aut: 4, dem: 2 },
      dem: { hand: ['five-eyes', 'nato-consolidation'] },
      countries: { DEU: { demTie: 'member', trust: 4 }, ITA: { demTie: 'ally', trust: 2, polarization: 1 } },
    });
    playOps(G, 'dem', 'five-eyes');
    expect(tryMove(G, 'dem', actionMove('integrate', 'ITA'), noRng)).toBe('integration needs trust 4');
    act(G, 'dem', 'engage', 'ITA');
    expect(G.countries.ITA.trust).toBe(4);
    expect(tryMove(G, 'dem', actionMove('integrate', 'ITA'), noRng)).toBe('integrate costs 3 ops here; 1 left');
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    playOps(G, 'dem', 'nato-consolidation');
    expect(tryMove(G, 'dem', actionMove('integrate', 'ITA'), noRng)).toBeNull();
    expect(eventsOf(G, 'bloc-decision')).toEqual([
      { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: true, against: [], members: 1 },
      // Resolution's common position: Italy already takes part in it as the second member.
      { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: true, against: [], members: 2 },
    ]);
    expect(eventsOf(G, 'dem-tie')).toEqual([{ type: 'dem-tie', country: 'ITA', from: 'ally', to: 'member' }]);
    expect(G.countries.ITA.demTie).toBe('member');
    // That was the last turn: members Germany 3×2 + Italy 2×2, united front 2 = 12 against 0,
    // and the track moves at most 5 in a round.
    expect(scoreOf(G)).toEqual({ type: 'score', dem: 12, aut: 0, shift: 5, worldOrder: 5, unitedFront: true });
    expect(G.round).toBe(2);
  });

  it('a new member adds its weight to the integrated core that pays Democratic income next round', () => {
    const play = (integrate: boolean) => {
      const G = quietPosition({
        ...lastTurnOf('dem'),
        pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
        dem: { capital: 0, dependency: 2 },
        countries: { DEU: { demTie: 'member', trust: 4 }, LTU: { demTie: 'member', trust: 4 }, ITA: { demTie: 'ally', trust: 5 } },
      });
      const move = integrate ? actionMove('integrate', 'ITA') : ({ kind: 'pass' } as const);
      expect(tryMove(G, 'dem', move, noRng)).toBeNull();
      return eventsOf(G, 'income').find((e) => e.side === 'dem')?.amount;
    };
    // 2 + members' weight / 3: Germany 3 + Lithuania 1 = 4 -> 1; with Italy 6 -> 2.
    expect(play(false)).toBe(3);
    expect(play(true)).toBe(4);
  });
});
