/**
 * Bloc decisions (GAME.md section 3): a cheerleader's veto under unanimity, scored for the
 * Autocratic side at round end; majority voting after the reform; integration of an ally.
 */
import { describe, expect, it } from 'vitest';
import { scoreRound, tryMove } from '../../src/game';
import { act, actionMove, byAction, entry, playOps } from '../support/action-kit';
import { noRng } from '../support/position';
import { eventsOf, lastTurnOf, quietPosition, scoreOf } from './quiet-board';

describe('veto under unanimity', () => {
  it('a member under leverage 3 blocks a sanction; the Autocratic side scores the veto at round end', () => {
    const G = quietPosition({
      active: 'dem',
      turns: { aut: 4, dem: 2 },
      dem: { hand: ['aukus', 'five-eyes'], capital: 9, dependency: 3 },
      countries: {
        DEU: { demTie: 'member', trust: 4 },
        GRC: { demTie: 'member', trust: 3, leverage: 3 },
        RUS: { leverage: 3 },
      },
    });
    playOps(G, 'dem', 'aukus');
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
    // Democratic: members Germany 3×2 + Greece 1×2 = 8, no united front (a veto), no region held.
    // Autocratic: leverage ≥ 3 in Russia (3) and Greece (1) = 4, plus 1 for the veto.
    expect(scoreOf(G)).toEqual({ type: 'score', dem: 8, aut: 5, shift: 3, worldOrder: 3, unitedFront: false });
    expect(G.history).toEqual([{ round: 1, dem: 8, aut: 5, shift: 3, worldOrder: 3 }]);
    expect(G.round).toBe(2);
    expect(G.tally).toEqual({ vetoes: 0, lostWeight: 0, membersLost: 0 });
  });

  it('a member under leverage 3 blocks an integration: the ally stays an ally and the veto counts', () => {
    const G = quietPosition({
      active: 'dem',
      pending: { side: 'dem', card: 'summit-of-democracies', opsLeft: 3 },
      countries: {
        DEU: { demTie: 'member', trust: 4 },
        HUN: { demTie: 'member', trust: 3, leverage: 4, regime: 'hybrid' },
        KOR: { demTie: 'ally', trust: 5, polarization: 0 },
      },
    });
    const united = scoreRound(G);
    expect(act(G, 'dem', 'integrate', 'KOR')[1]?.event).toMatchObject({ decision: 'integration', passed: false, against: ['HUN'], members: 2 });
    expect(G.countries.KOR.demTie).toBe('ally');
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
    GRC: { demTie: 'member', trust: 3, leverage: 3 },
    RUS: { leverage: 3 },
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
    expect(G.sides.dem.capital).toBe(6);
    expect(G.tally.vetoes).toBe(0);
  });

  it('needs more than half: one for and one against fails, logged as outvoted under qualified majority, and still tallied', () => {
    const G = quietPosition({
      setup: { decisionRule: 'majority' },
      active: 'dem',
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      dem: { capital: 9 },
      countries: { DEU: bloc.DEU, GRC: bloc.GRC, RUS: bloc.RUS },
    });
    const sanction = byAction('dem', 'sanction');
    expect(act(G, 'dem', 'sanction', 'RUS')).toStrictEqual([
      entry('bloc', sanction, { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 }),
      entry('qualified-majority', sanction,
        { type: 'bloc-decision', decision: 'sanction', rule: 'majority', passed: false, against: ['GRC'], members: 2 }, 'outvoted'),
    ]);
    expect(G.tally).toEqual({ vetoes: 1, lostWeight: 0, membersLost: 0 });
    expect(G.countries.RUS.leverage).toBe(3);
    expect(G.sides.dem.capital).toBe(9);
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
      entry('bloc', sanction, { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 }),
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
      countries: { KOR: { demTie: 'ally', trust: 5, polarization: 0 } },
    });
    const integrate = byAction('dem', 'integrate');
    const log = act(G, 'dem', 'integrate', 'KOR');
    expect(log.slice(1)).toStrictEqual([
      entry('bloc', integrate,
        { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: false, against: [], members: 0 }, 'no-members'),
    ]);
    expect(G.countries.KOR.demTie).toBe('ally');
    expect(G.tally.vetoes).toBe(0);
  });
});

describe('integration', () => {
  it('an ally engaged up to trust 5 becomes a member through a bloc decision on the next turn', () => {
    const G = quietPosition({
      active: 'dem',
      turns: { aut: 4, dem: 2 },
      dem: { hand: ['summit-of-democracies', 'nato-consolidation'] },
      countries: { DEU: { demTie: 'member', trust: 4 }, KOR: { demTie: 'ally', trust: 3, polarization: 1 } },
    });
    playOps(G, 'dem', 'summit-of-democracies');
    act(G, 'dem', 'engage', 'KOR');
    expect(G.countries.KOR.trust).toBe(5);
    expect(tryMove(G, 'dem', actionMove('integrate', 'KOR'), noRng)).toBe('integrate costs 3 ops here; 2 left');
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    playOps(G, 'dem', 'nato-consolidation');
    expect(tryMove(G, 'dem', actionMove('integrate', 'KOR'), noRng)).toBeNull();
    expect(eventsOf(G, 'bloc-decision')).toEqual([
      { type: 'bloc-decision', decision: 'integration', rule: 'unanimity', passed: true, against: [], members: 1 },
    ]);
    expect(eventsOf(G, 'dem-tie')).toEqual([{ type: 'dem-tie', country: 'KOR', from: 'ally', to: 'member' }]);
    expect(G.countries.KOR.demTie).toBe('member');
    // That was the last turn: members Germany 3×2 + South Korea 2×2, united front 2 = 12 against 0,
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
        countries: { DEU: { demTie: 'member', trust: 4 }, LTU: { demTie: 'member', trust: 4 }, KOR: { demTie: 'ally', trust: 5 } },
      });
      const move = integrate ? actionMove('integrate', 'KOR') : ({ kind: 'pass' } as const);
      expect(tryMove(G, 'dem', move, noRng)).toBeNull();
      return eventsOf(G, 'income').find((e) => e.side === 'dem')?.amount;
    };
    // 2 + members' weight / 3: Germany 3 + Lithuania 1 = 4 -> 1; with South Korea 6 -> 2.
    expect(play(false)).toBe(3);
    expect(play(true)).toBe(4);
  });
});
