/** What the load tests' bots know of a match and how they choose a move (loadtest.ts, class-loadtest.ts). */
import { createAlea, legalMovesOfView, type PlayerView, toBgioMove } from '../../src/game';

/** The parts of a seat's synced state a bot reads. */
export interface BotState { G: PlayerView; ctx: { currentPlayer: string; gameover?: unknown }; _stateID: number }

/**
 * A uniformly random legal move for the view's side, found from the view alone as the browser
 * client finds its moves (`legalMovesOfView`: no deck is guessed): cheap, so the bots measure the server.
 */
export function randomLegalMove(view: PlayerView, seed: string): { move: string; args: unknown[] } {
  if (view.viewer === null) throw new Error('a bot needs a seat');
  const moves = legalMovesOfView(view);
  const chosen = moves[Math.floor(createAlea(seed)() * moves.length)];
  if (!chosen) throw new Error('no legal move');
  return toBgioMove(chosen);
}
