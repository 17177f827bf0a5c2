/**
 * Setup data is untrusted input (lobby, instructor room): `validateSetupData` refuses anything
 * malformed with a clear message, omitted values take the defaults, and options reach the state.
 */
import { describe, expect, it } from 'vitest';
import { createAlea, createGame, TrustAndLeverage, validateSetupData, type GameState } from '../src/game';
import { COMPETING_VISIONS } from '../src/game/data/scenarios/competing-visions';

const game = (data?: Parameters<typeof createGame>[0]): GameState => createGame(data, createAlea('setup-data'));
function demIncome(G: GameState): number {
  for (const { event } of G.log) if (event.type === 'income' && event.side === 'dem') return event.amount;
  throw new Error('no Democratic income in the log');
}

describe('validateSetupData refuses', () => {
  it('unknown keys, naming them and the allowed ones', () => {
    expect(validateSetupData({ scenario: 'competing-visions', rounds: 4, seed: 'x' })).toBe(
      'unknown setupData field(s): rounds, seed (allowed: scenario, demSeat, decisionRule, dependency)');
  });

  it('anything but an object', () => {
    for (const data of ['competing-visions', 3, true, ['scenario']]) {
      expect(validateSetupData(data)).toBe('setupData must be an object');
    }
  });

  it('an unknown scenario, or one that is not a string', () => {
    // The message lists the known scenarios (more will be added: match the one that must be there).
    expect(validateSetupData({ scenario: 'atlantis' })).toMatch(/^unknown scenario: atlantis \(known: (.+, )?competing-visions(, .+)?\)$/);
    expect(validateSetupData({ scenario: 1 })).toMatch(/^unknown scenario: 1 \(known: /);
    expect(validateSetupData({ scenario: 'toString' })).toMatch(/^unknown scenario: toString \(known: /);
  });

  it('a bad demSeat, including seat numbers given as numbers', () => {
    for (const demSeat of [0, 1, '2', 'dem', null]) {
      expect(validateSetupData({ demSeat })).toBe('demSeat must be "0" or "1"');
    }
  });

  it('a bad decisionRule', () => {
    for (const decisionRule of ['qualified-majority', 'Majority', 1, null]) {
      expect(validateSetupData({ decisionRule })).toBe('decisionRule must be "unanimity" or "majority"');
    }
  });

  it('a dependency that is not a whole number from 0 to 5', () => {
    for (const dependency of [-1, 6, 2.5, '3', Number.NaN, null]) {
      expect(validateSetupData({ dependency })).toBe('dependency must be a whole number from 0 to 5');
    }
  });

  it('any number of players but 2, whatever the data', () => {
    expect(validateSetupData(undefined, 3)).toBe('Trust & Leverage is a two-player game (got 3 players)');
    expect(validateSetupData({}, 1)).toBe('Trust & Leverage is a two-player game (got 1 players)');
    expect(TrustAndLeverage.validateSetupData?.({}, 4)).toBe('Trust & Leverage is a two-player game (got 4 players)');
  });

  it('and createGame throws the same message', () => {
    expect(() => game({ dependency: 9 })).toThrow('dependency must be a whole number from 0 to 5');
    expect(() => game({ colour: 'red' } as never)).toThrow('unknown setupData field(s): colour');
  });
});

describe('valid setup data', () => {
  it('accepts nothing, null, an empty object and every valid value', () => {
    expect(validateSetupData(undefined)).toBeUndefined();
    expect(validateSetupData(null)).toBeUndefined();
    expect(validateSetupData({}, 2)).toBeUndefined();
    expect(TrustAndLeverage.validateSetupData?.(undefined, 2)).toBeUndefined();
    for (const dependency of [0, 1, 2, 3, 4, 5]) expect(validateSetupData({ dependency })).toBeUndefined();
    expect(validateSetupData({ scenario: 'competing-visions', demSeat: '1', decisionRule: 'majority', dependency: 0 }, 2)).toBeUndefined();
  });

  it('omitted values take the defaults: Competing Visions, the Democratic side on seat 0, unanimity, dependency 3', () => {
    for (const G of [game(), game({})]) {
      expect(G.scenario).toBe('competing-visions');
      expect(G.lastRound).toBe(8);
      expect(G.seats).toEqual({ dem: '0', aut: '1' });
      expect(G.options).toEqual({ decisionRule: 'unanimity', dependency: 3 });
      expect(G.sides.dem).toMatchObject({ decisionRule: 'unanimity', dependency: 3 });
      expect(G.countries.HUN).toMatchObject(COMPETING_VISIONS.countries.HUN); // a Competing Visions member under leverage
    }
  });

  it('demSeat "1" seats the Autocratic side on seat 0', () => {
    expect(game({ demSeat: '1' }).seats).toEqual({ dem: '1', aut: '0' });
  });

  it('decisionRule "majority" starts the bloc under majority voting', () => {
    const G = game({ decisionRule: 'majority' });
    expect(G.options.decisionRule).toBe('majority');
    expect(G.sides.dem.decisionRule).toBe('majority');
  });

  it('dependency N is the starting dependency, and round 1 income already feels it', () => {
    const low = game({ dependency: 0 });
    const high = game({ dependency: 5 });
    expect(low.options.dependency).toBe(0);
    expect(low.sides.dem.dependency).toBe(0);
    expect(high.sides.dem.dependency).toBe(5);
    // Same seed, same round-1 event: the penalty is dependency − 2 (none at 0, 3 at 5).
    expect(demIncome(low) - demIncome(high)).toBe(3);
    expect(demIncome(game())).toBe(demIncome(low) - 1);
  });
});
