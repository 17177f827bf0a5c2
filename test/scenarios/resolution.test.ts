/**
 * Round resolution (GAME.md section 3, step 5): the common position, alliance upkeep, the coercion
 * check, elections, and what lost ties are worth to the Autocratic side. Each scenario plays the last turn of a
 * round on a quiet board and reads what resolution did.
 */
import { describe, expect, it } from 'vitest';
import { tryMove, type GameState, type LogEntry } from '../../src/game';
import { act, entry, playOps } from '../support/action-kit';
import { noRng, scriptedRng } from '../support/position';
import { lastTurnOf, quietPosition, scoreOf } from './quiet-board';

const step = (G: GameState, name: string): LogEntry[] => G.log.filter((e) => e.cause.kind === 'rules' && e.cause.step === name);
const rules = (name: 'common-position' | 'upkeep' | 'coercion-check' | 'election') => ({ kind: 'rules', step: name }) as const;

describe('coercion check', () => {
  it('a coerced partner whose resentment exceeds its leverage drops every Autocratic tie and its leverage', () => {
    const G = quietPosition({
      ...lastTurnOf('aut'),
      aut: { hand: ['hybrid-warfare'] },
      countries: {
        SRB: { trust: 3, leverage: 2, autTie: 'framework', framework: 'cee' },
        EGY: { leverage: 2, resentment: 2, autTie: 'deal' },
      },
    });
    playOps(G, 'aut', 'hybrid-warfare');
    for (let i = 0; i < 3; i++) act(G, 'aut', 'coerce', 'SRB');
    expect(G.countries.SRB).toMatchObject({ trust: 0, resentment: 3, leverage: 2 });
    expect(tryMove(G, 'aut', { kind: 'pass' }, noRng)).toBeNull();

    const check = rules('coercion-check');
    expect(step(G, 'coercion-check')).toStrictEqual([
      entry('coerced-bloc-collapse', check, { type: 'defection', country: 'SRB' }, 'resentment-exceeds'),
      entry('coerced-bloc-collapse', check, { type: 'aut-tie', country: 'SRB', from: 'framework', to: 'none', framework: null }),
      entry('coerced-bloc-collapse', check, { type: 'track', country: 'SRB', track: 'leverage', from: 2, to: 0 }),
      entry('coerced-bloc-collapse', check, { type: 'track', country: 'SRB', track: 'resentment', from: 3, to: 0 }),
    ]);
    expect(G.countries.SRB).toMatchObject({ autTie: 'none', framework: null, leverage: 0 });
    // Resentment equal to leverage holds: Egypt keeps its deal.
    expect(G.countries.EGY).toMatchObject({ autTie: 'deal', leverage: 2, resentment: 2 });
    // Serbia's framework seat no longer scores: the Autocratic side has nothing left on the board.
    expect(scoreOf(G)).toMatchObject({ dem: 2, aut: 0 });
  });
  it('no leverage holds a country coerced to the limit: resentment 5 breaks it away even at leverage 5', () => {
    const G = quietPosition({
      ...lastTurnOf('aut'),
      aut: { hand: ['hybrid-warfare'] },
      countries: {
        EGY: { trust: 2, leverage: 5, resentment: 4, autTie: 'deal' },
        // Resentment 4 at leverage 5 holds: below the limit, leverage still outweighs it.
        ETH: { leverage: 5, resentment: 4, autTie: 'deal' },
      },
    });
    playOps(G, 'aut', 'hybrid-warfare');
    act(G, 'aut', 'coerce', 'EGY');
    expect(G.countries.EGY).toMatchObject({ trust: 1, resentment: 5, leverage: 5 });
    expect(tryMove(G, 'aut', { kind: 'pass' }, noRng)).toBeNull();

    const check = rules('coercion-check');
    expect(step(G, 'coercion-check')).toStrictEqual([
      entry('coerced-bloc-collapse', check, { type: 'defection', country: 'EGY' }, 'coerced-to-the-limit'),
      entry('coerced-bloc-collapse', check, { type: 'aut-tie', country: 'EGY', from: 'deal', to: 'none', framework: null }),
      entry('coerced-bloc-collapse', check, { type: 'track', country: 'EGY', track: 'leverage', from: 5, to: 0 }),
      entry('coerced-bloc-collapse', check, { type: 'track', country: 'EGY', track: 'resentment', from: 5, to: 0 }),
    ]);
    expect(G.countries.ETH).toMatchObject({ autTie: 'deal', leverage: 5, resentment: 4 });
  });
});

describe('the common position', () => {
  /** Germany and Greece (trust 3, the given leverage) as members; the round ends on the Democratic side's pass. */
  const resolveWith = (greekLeverage: number) => {
    const G = quietPosition({
      ...lastTurnOf('dem'),
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: { DEU: { demTie: 'member', trust: 4 }, GRC: { demTie: 'member', trust: 3, leverage: greekLeverage } },
    });
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    return G;
  };

  it('opens resolution: a cheerleader at leverage 4 over trust 3 blocks it under unanimity, a veto that breaks the united front', () => {
    const G = resolveWith(4);
    // The bloc-decision line is the first thing resolution writes, right after the turn's last pass.
    const pass = G.log.findIndex((e) => e.event.type === 'pass');
    expect(G.log[pass + 1]).toStrictEqual(entry('unanimity-veto', rules('common-position'),
      { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: false, against: ['GRC'], members: 2 }, 'veto'));
    // Democratic: members Germany 3×2 + Greece 1×2 = 8, no united front. Autocratic: Greece's leverage (1) + the veto (1).
    expect(scoreOf(G)).toMatchObject({ dem: 8, aut: 2, unitedFront: false });
  });

  it('is not blocked by a member at leverage 3 over trust 3: leverage must exceed trust', () => {
    const G = resolveWith(3);
    expect(step(G, 'common-position')).toStrictEqual([entry('bloc', rules('common-position'),
      { type: 'bloc-decision', decision: 'common-statement', rule: 'unanimity', passed: true, against: [], members: 2 })]);
    // Democratic: 8 + the united front 2. Autocratic: Greece's leverage 3 (1).
    expect(scoreOf(G)).toMatchObject({ dem: 10, aut: 1, unitedFront: true });
  });
});

describe('elections', () => {
  /** A democracy with polarization 2 or 3 and a hybrid at 3 (hybrids hold no election). */
  const atPolarization = (polarization: number) => quietPosition({
    ...lastTurnOf('dem'),
    pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
    countries: {
      ITA: { demTie: 'partner', trust: 3, polarization },
      HUN: { regime: 'hybrid', demTie: 'partner', trust: 3, polarization: 3 },
    },
  });
  const election = rules('election');
  // scriptedRng throws on a second draw: exactly one election is held, Hungary holds none.
  const endRound = (G: GameState, draw: number) => expect(tryMove(G, 'dem', { kind: 'pass' }, scriptedRng([draw]))).toBeNull();

  it('a populist result costs 1 trust and resets polarization to 1', () => {
    const G = atPolarization(2);
    endRound(G, 0.49);
    expect(step(G, 'election')).toStrictEqual([
      entry('disinformation', election, { type: 'election', country: 'ITA', populist: true }, 'populist-result'),
      entry('disinformation', election, { type: 'track', country: 'ITA', track: 'trust', from: 3, to: 2 }),
      entry('disinformation', election, { type: 'track', country: 'ITA', track: 'polarization', from: 2, to: 1 }),
    ]);
    expect(G.countries.ITA).toMatchObject({ trust: 2, polarization: 1, regime: 'democracy' });
    expect(G.countries.HUN).toMatchObject({ trust: 3, polarization: 3 });
  });

  it('a mainstream result changes nothing (even odds at polarization 2)', () => {
    const G = atPolarization(2);
    endRound(G, 0.5);
    expect(step(G, 'election')).toStrictEqual([
      entry('disinformation', election, { type: 'election', country: 'ITA', populist: false }, 'mainstream-result'),
    ]);
    expect(G.countries.ITA).toMatchObject({ trust: 3, polarization: 2, regime: 'democracy' });
  });

  it('at polarization 3 a populist result is likelier (3 in 4) but never changes the regime', () => {
    const G = atPolarization(3);
    endRound(G, 0.74);
    expect(step(G, 'election')).toStrictEqual([
      entry('disinformation', election, { type: 'election', country: 'ITA', populist: true }, 'populist-result'),
      entry('disinformation', election, { type: 'track', country: 'ITA', track: 'trust', from: 3, to: 2 }),
      entry('disinformation', election, { type: 'track', country: 'ITA', track: 'polarization', from: 3, to: 1 }),
    ]);
    expect(G.countries.ITA).toMatchObject({ trust: 2, polarization: 1, regime: 'democracy' });

    const mainstream = atPolarization(3);
    endRound(mainstream, 0.75);
    expect(mainstream.countries.ITA).toMatchObject({ trust: 3, polarization: 3, regime: 'democracy' });
  });

  it('no election below polarization 2', () => {
    const G = atPolarization(1);
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    expect(step(G, 'election')).toEqual([]);
  });
});

describe('alliance upkeep', () => {
  it('allies below trust 2 fall to partner, members below trust 1 to ally; each loss scores for the Autocratic side', () => {
    const G = quietPosition({
      ...lastTurnOf('dem'),
      pending: { side: 'dem', card: 'aukus', opsLeft: 2 },
      countries: {
        DEU: { demTie: 'member', trust: 0 },
        FRA: { demTie: 'member', trust: 1 },
        JPN: { demTie: 'ally', trust: 2 },
        KOR: { demTie: 'ally', trust: 1 },
      },
    });
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    const upkeep = rules('upkeep');
    expect(step(G, 'upkeep')).toStrictEqual([
      entry('integration', upkeep, { type: 'dem-tie', country: 'DEU', from: 'member', to: 'ally' }, 'trust-too-low'),
      entry('alliance', upkeep, { type: 'dem-tie', country: 'KOR', from: 'ally', to: 'partner' }, 'trust-too-low'),
    ]);
    expect([G.countries.DEU.demTie, G.countries.FRA.demTie, G.countries.JPN.demTie, G.countries.KOR.demTie])
      .toEqual(['ally', 'member', 'ally', 'partner']);
    // Democratic: allies Germany 3 + Japan 3, member France 3×2 = 12; a member was lost: no united front.
    // Autocratic: 2 per weight lost, Germany 3 + South Korea 2 = 10.
    expect(scoreOf(G)).toEqual({ type: 'score', dem: 12, aut: 10, shift: 2, worldOrder: 2, unitedFront: false });
  });
});

describe('lure', () => {
  it('an ally whose leverage exceeds its trust drops to partner, and the lost tie scores for the Autocratic side', () => {
    const G = quietPosition({
      ...lastTurnOf('aut'),
      aut: { hand: ['win-win-cooperation'] },
      countries: { TUR: { regime: 'hybrid', demTie: 'ally', trust: 2, leverage: 3 } },
    });
    playOps(G, 'aut', 'win-win-cooperation');
    expect(tryMove(G, 'aut', { kind: 'action', action: 'lure', target: 'TUR' }, noRng)).toBeNull();
    expect(G.countries.TUR.demTie).toBe('partner');
    // Democratic: only the united front (an ally lost is not a member lost) = 2.
    // Autocratic: Turkey's leverage 3 (weight 2) + the lost ally 2×2 = 6.
    expect(scoreOf(G)).toEqual({ type: 'score', dem: 2, aut: 6, shift: -4, worldOrder: -4, unitedFront: true });
  });
});
