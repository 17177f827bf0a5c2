/**
 * Named positions on a quiet board: every country back at its table regime with no ties and
 * every track at 0, the World Order at 0 (whatever the scenario starts it at), and no world event
 * at the next round start. Only what a scenario lists is
 * on the board, so its round-end scoring can be worked out by hand from GAME.md section 3.
 */
import { expect } from 'vitest';
import { COUNTRY, TARGETABLE, type CountryId, type CountryState, type GameState, type LogEvent, type Side } from '../../src/game';
import { position, type PositionOverrides } from '../support/position';

export function quietPosition(o: PositionOverrides = {}): GameState {
  const countries: Partial<Record<CountryId, Partial<CountryState>>> = {};
  for (const id of TARGETABLE) {
    countries[id] = {
      trust: 0, leverage: 0, demTie: 'none', autTie: 'none', framework: null, polarization: 0, resentment: 0,
      regime: COUNTRY[id].regime, ...o.countries?.[id],
    };
  }
  return position({ upcoming: null, worldOrder: 0, ...o, countries });
}

/** Overrides that leave `side` with one turn in the round: the other side has played all of its turns. */
export function lastTurnOf(side: Side): Pick<PositionOverrides, 'active' | 'turns'> {
  return { active: side, turns: side === 'dem' ? { aut: 4, dem: 3 } : { aut: 3, dem: 4 } };
}

/** The events of one type, in log order. */
export function eventsOf<T extends LogEvent['type']>(G: GameState, type: T): Extract<LogEvent, { type: T }>[] {
  return G.log.map((e) => e.event).filter((e): e is Extract<LogEvent, { type: T }> => e.type === type);
}

/** The single scoring line of the round just resolved, without its breakdown (tested in test/rules-queries). */
export function scoreOf(G: GameState): Omit<Extract<LogEvent, { type: 'score' }>, 'lines'> {
  const scores = eventsOf(G, 'score');
  expect(scores).toHaveLength(1);
  const { lines: _lines, ...totals } = scores[0] as Extract<LogEvent, { type: 'score' }>;
  return totals;
}
