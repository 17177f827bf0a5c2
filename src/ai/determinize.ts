/**
 * Determinization: turn what a player may see (its PlayerView) into a full GameState by sampling
 * everything it cannot see — the opponent's hand and the order of every deck — from the cards
 * that are unaccounted for. The AI searches such sampled states; it never reads the real ones.
 */
import { AUTOCRATIC_DECK, type CardId, DEMOCRATIC_DECK, WORLD_DECK } from '../game/data/cards';
import { scenario } from '../game/data/scenarios';
import { type Rng, shuffleInPlace } from '../game/rng';
import { scheduledWorldDeck } from '../game/scenario-rules';
import type { GameState, SideState } from '../game/state';
import type { PlayerView, SideView } from '../game/view';
import type { Side } from '../game/types';

/** Cards of `all` not in any of `known` (as multisets). */
function unaccounted(all: readonly CardId[], ...known: ReadonlyArray<readonly CardId[]>): CardId[] {
  const left = [...all];
  for (const pile of known) {
    for (const card of pile) {
      const i = left.indexOf(card);
      if (i >= 0) left.splice(i, 1);
    }
  }
  return left;
}

function sampleSide(all: readonly CardId[], view: SideView, rng: Rng): SideState {
  const hidden = shuffleInPlace(rng, unaccounted(all, view.hand ?? [], view.discard, view.removed));
  const hand = view.hand ? [...view.hand] : hidden.splice(0, view.handCount);
  return { capital: view.capital, hand, deck: hidden, discard: [...view.discard], removed: [...view.removed] };
}

/** A full game state consistent with `view`, hidden parts sampled with `rng`. */
export function determinize(view: PlayerView, rng: Rng): GameState {
  const decks = scenario(view.scenario).decks;
  const { viewer: _viewer, sides, world, ...shared } = view;
  const dem = sampleSide(decks?.dem ?? DEMOCRATIC_DECK, sides.dem, rng);
  const aut = sampleSide(decks?.aut ?? AUTOCRATIC_DECK, sides.aut, rng);
  const schedule = scheduledWorldDeck(view.scenario);
  const worldAll = schedule ?? decks?.world ?? WORLD_DECK;
  // A scheduled world deck is public (the record's order): what is left of it stays in order.
  const worldLeft = unaccounted(worldAll, world.discard, world.upcoming ? [world.upcoming] : []);
  const worldDeck = schedule ? worldLeft : shuffleInPlace(rng, worldLeft);
  // The AI needs neither the log nor the history to choose a move: the sampled state starts without them.
  return {
    ...structuredClone({ ...shared, log: [], history: [] }),
    sides: { dem: { ...dem, dependency: sides.dem.dependency, decisionRule: sides.dem.decisionRule }, aut },
    world: { deck: worldDeck, upcoming: world.upcoming, discard: [...world.discard] },
  };
}

/** The side a view belongs to (spectators have none and cannot ask the AI to move). */
export function viewerSide(view: PlayerView): Side {
  if (view.viewer === null) throw new Error('a spectator view has no side to play');
  return view.viewer;
}
