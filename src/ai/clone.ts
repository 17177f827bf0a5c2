import type { DemSideState, GameState, SideState } from '../game/state';

/**
 * Instrumentation only: how many moves the AI has applied to search states (every trial move,
 * rollout move and plan step). Benchmarks read it; no decision depends on it.
 */
export const simulated = { moves: 0 };

/** Every field of T, none optional: an object literal of this type must name them all. */
type Complete<T> = { [K in keyof T]-?: T[K] };

/**
 * A fast deep copy for search, complete by construction: every field is named (no spread of the
 * state), so a field added to GameState fails the typecheck here until it is copied, and
 * clone.test.ts checks that the copy shares no object with the original. The log and history are
 * not needed to choose a move, so the copy starts with empty ones (what a search appends is
 * thrown away).
 */
export function cloneForSearch(G: GameState): GameState {
  const countries = {} as GameState['countries'];
  for (const id in G.countries) {
    const key = id as keyof GameState['countries'];
    countries[key] = { ...G.countries[key] };
  }
  const copy: Complete<GameState> = {
    scenario: G.scenario,
    options: { ...G.options },
    seats: { ...G.seats },
    round: G.round,
    lastRound: G.lastRound,
    active: G.active,
    turns: { ...G.turns },
    pending: G.pending && { ...G.pending },
    countries,
    sides: { dem: copyDem(G.sides.dem), aut: copySide(G.sides.aut) },
    world: { deck: [...G.world.deck], upcoming: G.world.upcoming, discard: [...G.world.discard] },
    standing: [...G.standing],
    tally: { ...G.tally },
    worldOrder: G.worldOrder,
    history: [],
    log: [],
    result: G.result && { ...G.result },
  };
  return copy;
}

function copySide(s: SideState): SideState {
  const copy: Complete<SideState> = {
    capital: s.capital, hand: [...s.hand], deck: [...s.deck], discard: [...s.discard], removed: [...s.removed],
  };
  return copy;
}

function copyDem(s: DemSideState): DemSideState {
  const copy: Complete<DemSideState> = { ...copySide(s), dependency: s.dependency, decisionRule: s.decisionRule };
  return copy;
}
