/**
 * Shared checks for scenarios with their own rules (countries in play, short decks, a world
 * schedule): seeded games played with random legal moves, and their replay.
 */
import {
  applyMove, CARD, type CardId, checkMove, COUNTRY, createAlea, createGame, type GameState, legalMoves, type Move,
  type ScenarioId, SCENARIOS,
} from '../../src/game';
import type { Effect } from '../../src/game/data/card-types';
import type { CountryId } from '../../src/game/types';
import { scheduledWorldDeck } from '../../src/game/scenario-rules';

export interface PlayedGame {
  readonly G: GameState;
  readonly moves: ReadonlyArray<{ side: 'dem' | 'aut'; move: Move }>;
}

/** Plays a whole game with legal moves drawn from `pick` (random, but seeded), checking each first. */
export function playRandomGame(scenario: ScenarioId, seed: string, eachMove?: (G: GameState) => void): PlayedGame {
  const rng = createAlea(seed);
  const pick = createAlea(`pick:${seed}`);
  const G = createGame({ scenario }, rng);
  const moves: Array<{ side: 'dem' | 'aut'; move: Move }> = [];
  for (let n = 0; G.result === null; n++) {
    if (n > 5000) throw new Error('the game did not end');
    const side = G.active;
    const options = legalMoves(G, side);
    const move = options[Math.floor(pick() * options.length)] as Move;
    const error = checkMove(G, side, move);
    if (error) throw new Error(`listed move refused: ${error}`);
    applyMove(G, side, move, rng);
    moves.push({ side, move });
    eachMove?.(G);
  }
  return { G, moves };
}

/** Replays a game from its seed and moves. */
export function replay(scenario: ScenarioId, seed: string, moves: PlayedGame['moves']): GameState {
  const rng = createAlea(seed);
  const G = createGame({ scenario }, rng);
  for (const { side, move } of moves) applyMove(G, side, move, rng);
  return G;
}

/** Every country an effect names by id (its scope, its conditions, nested effects). */
export function countriesNamed(effects: readonly Effect[]): CountryId[] {
  const out: CountryId[] = [];
  for (const e of effects) {
    if ('scope' in e && e.scope.kind === 'country') out.push(e.scope.id);
    if ('scope' in e && (e.scope.kind === 'each' || e.scope.kind === 'random')) out.push(...(e.scope.filter.ids ?? []));
    if (e.op === 'when' && e.cond.test === 'country') out.push(e.cond.id);
    if ('ifTrue' in e) out.push(...countriesNamed(e.ifTrue));
    if ('ifFalse' in e && e.ifFalse) out.push(...countriesNamed(e.ifFalse));
  }
  return out;
}

/** The scenario's decks and world schedule, each card with the side it must belong to. */
export function scenarioCards(id: ScenarioId): Array<{ card: CardId; side: 'dem' | 'aut' | 'world' }> {
  const def = SCENARIOS[id];
  return [
    ...(def.decks?.dem ?? []).map((card) => ({ card, side: 'dem' as const })),
    ...(def.decks?.aut ?? []).map((card) => ({ card, side: 'aut' as const })),
    ...(scheduledWorldDeck(id) ?? def.decks?.world ?? []).map((card) => ({ card, side: 'world' as const })),
  ];
}

/** Is `id` a country a scenario can put in play (on the board, not a home)? */
export function playable(id: CountryId): boolean {
  return COUNTRY[id] !== undefined && COUNTRY[id].home === undefined;
}

export { CARD };
