import { applyMove, createAlea, createGame, legalMoves, type GameState, type Move, type SetupData } from '../../src/game';

/** Plays a whole game through the pure rules, picking uniformly among legal moves. */
export function playRandomGame(seed: string | number, setup?: SetupData, maxMoves = 10_000): { G: GameState; moves: Move[] } {
  const rng = createAlea(seed);
  const pick = createAlea(`pick:${seed}`);
  const G = createGame(setup, rng);
  const moves: Move[] = [];
  while (G.result === null && moves.length < maxMoves) {
    const options = legalMoves(G, G.active);
    if (options.length === 0) throw new Error(`no legal move for ${G.active} in round ${G.round}`);
    const move = options[Math.trunc(pick() * options.length)] as Move;
    applyMove(G, G.active, move, rng);
    moves.push(move);
  }
  return { G, moves };
}
