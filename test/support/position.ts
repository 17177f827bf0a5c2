import { createAlea, createGame, type CountryState, type GameState, type LogEntry, type Rng, type SetupData } from '../../src/game';
import type { CountryId, Side, StandingId } from '../../src/game';
import type { CardId } from '../../src/game';
import type { DemSideState, PendingOps, SideState } from '../../src/game/state';

/** Overrides for a named test position, applied on top of the scenario's start (after round 1 begins). */
export interface PositionOverrides {
  setup?: SetupData;
  seed?: string;
  countries?: Partial<Record<CountryId, Partial<CountryState>>>;
  dem?: Partial<DemSideState>;
  aut?: Partial<SideState>;
  active?: Side;
  pending?: PendingOps | null;
  standing?: StandingId[];
  worldOrder?: number;
  round?: number;
  turns?: Partial<Record<Side, number>>;
  upcoming?: CardId | null;
}

/**
 * A game in round 1 with the given overrides, and an empty log so that a test sees only the
 * entries its own moves add.
 */
export function position(o: PositionOverrides = {}): GameState {
  const G = createGame(o.setup, createAlea(o.seed ?? 'position'));
  for (const [id, patch] of Object.entries(o.countries ?? {})) Object.assign(G.countries[id as CountryId], patch);
  Object.assign(G.sides.dem, o.dem ?? {});
  Object.assign(G.sides.aut, o.aut ?? {});
  if (o.active) G.active = o.active;
  if (o.pending !== undefined) G.pending = o.pending;
  if (o.standing) G.standing = [...o.standing];
  if (o.worldOrder !== undefined) G.worldOrder = o.worldOrder;
  if (o.round !== undefined) G.round = o.round;
  if (o.turns) G.turns = { ...G.turns, ...o.turns };
  if (o.upcoming !== undefined) G.world.upcoming = o.upcoming;
  G.log = [];
  return G;
}

/** An Rng that returns the given values in order (then throws: a test must say every draw it expects). */
export function scriptedRng(values: readonly number[]): Rng {
  let i = 0;
  return () => {
    if (i >= values.length) throw new Error(`scriptedRng: no value left for draw ${i + 1}`);
    return values[i++] as number;
  };
}

/** An Rng for code paths that must not draw at all. */
export const noRng: Rng = () => {
  throw new Error('unexpected random draw');
};

/** The log entries' events, for compact assertions. */
export function events(G: GameState): LogEntry['event'][] {
  return G.log.map((entry) => entry.event);
}
