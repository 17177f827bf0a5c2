/** Story worker thread: plays the games it is given and posts each one's log and drawn cards back. */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardId, GameState } from '../../src/game';
import { type GameSpec, playPureGame } from './match';
import type { StoryGame } from './story-summary';

/** Plays one game, noting every player card that enters a hand (hands only grow by drawing). */
export function playStoryGame(spec: GameSpec): StoryGame {
  const drawn = new Set<CardId>();
  let final: Readonly<GameState> | null = null;
  const outcome = playPureGame(spec, (G) => {
    for (const card of [...G.sides.dem.hand, ...G.sides.aut.hand]) drawn.add(card);
    final = G;
  });
  const log = (final as Readonly<GameState> | null)?.log ?? [];
  return { winner: outcome.winner, rounds: outcome.rounds, log, drawn: [...drawn] };
}

for (const spec of (workerData ?? []) as GameSpec[]) parentPort?.postMessage({ seed: spec.seed, game: playStoryGame(spec) });
