/**
 * A complete, independent copy of a game state, for a move to change (game.ts: boardgame.io's
 * state is never changed in place). Every field is named, none spread, so a field added to
 * `GameState` fails the typecheck here until it is copied; clone-state.test.ts checks that the
 * copy equals the original and shares no object with it. Several times faster than
 * `structuredClone` on this state, which matters: the server copies the state at every move.
 */
import type { CountryId } from './types';
import type { CountryState, DemSideState, GameResult, GameState, PendingOps, RoundRecord, RoundTally, RuleOptions, SideState } from './state';

/** Every field of T, none optional: an object literal of this type must name them all. */
type Complete<T> = { [K in keyof T]-?: T[K] };

/**
 * `records: false` leaves the history and the log empty: the AI's search states (src/ai/clone.ts)
 * do not need them to choose a move, and what a search appends is thrown away.
 */
export function cloneState(G: GameState, records = true): GameState {
  const countries = {} as Record<CountryId, CountryState>;
  for (const id in G.countries) {
    const country = G.countries[id as CountryId];
    const copy: Complete<CountryState> = {
      trust: country.trust, leverage: country.leverage, demTie: country.demTie, autTie: country.autTie,
      framework: country.framework, polarization: country.polarization, resentment: country.resentment, regime: country.regime,
    };
    countries[id as CountryId] = copy;
  }
  const copy: Complete<GameState> = {
    scenario: G.scenario,
    options: copyOptions(G.options),
    seats: { dem: G.seats.dem, aut: G.seats.aut },
    round: G.round,
    lastRound: G.lastRound,
    active: G.active,
    turns: { dem: G.turns.dem, aut: G.turns.aut },
    pending: G.pending && copyPending(G.pending),
    countries,
    sides: { dem: copyDem(G.sides.dem), aut: copySide(G.sides.aut) },
    world: { upcoming: G.world.upcoming, deck: [...G.world.deck], discard: [...G.world.discard] },
    standing: [...G.standing],
    tally: copyTally(G.tally),
    worldOrder: G.worldOrder,
    history: records ? G.history.map(copyRecord) : [],
    // Empty between moves (each move takes its lines out, log-book.ts): only the setup's lines wait here.
    log: !records || G.log.length === 0 ? [] : structuredClone(G.log),
    result: G.result && copyResult(G.result),
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

function copyOptions(o: RuleOptions): RuleOptions {
  const copy: Complete<RuleOptions> = { decisionRule: o.decisionRule, dependency: o.dependency };
  return copy;
}

function copyPending(p: PendingOps): PendingOps {
  const copy: Complete<PendingOps> = { side: p.side, card: p.card, opsLeft: p.opsLeft };
  return copy;
}

function copyTally(t: RoundTally): RoundTally {
  const copy: Complete<RoundTally> = { vetoes: t.vetoes, lostWeight: t.lostWeight, membersLost: t.membersLost };
  return copy;
}

function copyRecord(r: RoundRecord): RoundRecord {
  const copy: Complete<RoundRecord> = { round: r.round, dem: r.dem, aut: r.aut, shift: r.shift, worldOrder: r.worldOrder };
  return copy;
}

function copyResult(r: GameResult): GameResult {
  const copy: Complete<GameResult> = { winner: r.winner, reason: r.reason, worldOrder: r.worldOrder };
  return copy;
}
