import type { GameState } from '../game/state';

/**
 * Instrumentation only: how many moves the AI has applied to search states (every trial move,
 * rollout move and plan step). Benchmarks read it; no decision depends on it.
 */
export const simulated = { moves: 0 };

/**
 * A fast deep copy for search. The log and history are not needed to choose a move, so the copy
 * starts with an empty log (what a search appends is thrown away) and shares the history array
 * copy-on-write is not needed: search never reads it.
 */
export function cloneForSearch(G: GameState): GameState {
  const countries = {} as GameState['countries'];
  for (const id in G.countries) {
    const key = id as keyof GameState['countries'];
    countries[key] = { ...G.countries[key] };
  }
  const { dem, aut } = G.sides;
  return {
    ...G,
    turns: { ...G.turns },
    pending: G.pending && { ...G.pending },
    countries,
    sides: {
      dem: { ...dem, hand: [...dem.hand], deck: [...dem.deck], discard: [...dem.discard], removed: [...dem.removed] },
      aut: { ...aut, hand: [...aut.hand], deck: [...aut.deck], discard: [...aut.discard], removed: [...aut.removed] },
    },
    world: { deck: [...G.world.deck], upcoming: G.world.upcoming, discard: [...G.world.discard] },
    standing: [...G.standing],
    tally: { ...G.tally },
    history: [],
    log: [],
  };
}
