import type { CardId } from './data/cards';
import type { DemSideState, GameState, SideState } from './state';
import type { Side } from './types';

/** A side as another player sees it: public piles in full, secret piles as counts. */
export interface SideView {
  capital: number;
  /** The hand, only for its own player; null for everyone else. */
  hand: CardId[] | null;
  handCount: number;
  /** The draw pile's order is secret even from its owner: only its size is shown. */
  deckCount: number;
  discard: CardId[];
  removed: CardId[];
}

export interface DemSideView extends SideView {
  dependency: number;
  decisionRule: DemSideState['decisionRule'];
}

/** What one player (or a spectator) may see: no opponent's hand, no deck order, no seed. */
export interface PlayerView extends Omit<GameState, 'sides' | 'world'> {
  /** The side this view belongs to; null for a spectator. */
  viewer: Side | null;
  sides: { dem: DemSideView; aut: SideView };
  world: { upcoming: CardId | null; deckCount: number; discard: CardId[] };
}

/** The side a boardgame.io seat plays, or null for a spectator or an unknown seat. */
export function sideOfSeat(G: Pick<GameState, 'seats'>, playerID: string | null | undefined): Side | null {
  if (playerID === G.seats.dem) return 'dem';
  if (playerID === G.seats.aut) return 'aut';
  return null;
}

/** Filters the state for one viewer (a side, or null for a spectator). Returns fresh objects only. */
export function viewFor(G: GameState, viewer: Side | null): PlayerView {
  const { sides, world, ...shared } = G;
  return {
    ...shared,
    // Fresh copies of everything mutable; log entries and history records are never mutated, so they are shared.
    options: { ...G.options },
    seats: { ...G.seats },
    turns: { ...G.turns },
    pending: G.pending && { ...G.pending },
    countries: copyCountries(G.countries),
    standing: [...G.standing],
    tally: { ...G.tally },
    history: [...G.history],
    log: [...G.log],
    result: G.result && { ...G.result },
    viewer,
    sides: {
      dem: { ...sideView(sides.dem, viewer === 'dem'), dependency: sides.dem.dependency, decisionRule: sides.dem.decisionRule },
      aut: sideView(sides.aut, viewer === 'aut'),
    },
    world: { upcoming: world.upcoming, deckCount: world.deck.length, discard: [...world.discard] },
  };
}

/**
 * The same view as `viewFor`, the same JSON key for key, but sharing with G every part that is
 * the same for every viewer instead of copying it: for a server that only serializes views of
 * states it never changes, so that the views of one state (seat 0, seat 1, spectators) hold the
 * same objects where they agree and those parts can be encoded once (src/server/shared-json.ts).
 * A side's hand is still only in its own player's view, and no deck order is in any.
 */
function sharedViewFor(G: GameState, viewer: Side | null): PlayerView {
  const { sides, world, ...shared } = G;
  return {
    ...shared,
    viewer,
    sides: {
      dem: { ...sharedSideView(sides.dem, viewer === 'dem'), dependency: sides.dem.dependency, decisionRule: sides.dem.decisionRule },
      aut: sharedSideView(sides.aut, viewer === 'aut'),
    },
    world: { upcoming: world.upcoming, deckCount: world.deck.length, discard: world.discard },
  };
}

function sharedSideView(s: SideState, own: boolean): SideView {
  return { capital: s.capital, hand: own ? s.hand : null, handCount: s.hand.length, deckCount: s.deck.length, discard: s.discard, removed: s.removed };
}

function copyCountries(countries: GameState['countries']): GameState['countries'] {
  const out = {} as GameState['countries'];
  for (const id of Object.keys(countries) as (keyof GameState['countries'])[]) out[id] = { ...countries[id] };
  return out;
}

function sideView(s: SideState, own: boolean): SideView {
  return {
    capital: s.capital,
    hand: own ? [...s.hand] : null,
    handCount: s.hand.length,
    deckCount: s.deck.length,
    discard: [...s.discard],
    removed: [...s.removed],
  };
}

/** boardgame.io-facing form: filters by seat. */
export function playerView(G: GameState, playerID: string | null | undefined): PlayerView {
  return viewFor(G, sideOfSeat(G, playerID));
}

/** `playerView` as `sharedViewFor` cuts it (sharing G's objects): for the server's broadcasts only. */
export function sharedPlayerView(G: GameState, playerID: string | null | undefined): PlayerView {
  return sharedViewFor(G, sideOfSeat(G, playerID));
}
