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

/** A state from the middle of a seeded random game (round 3 or later, with ops pending), with history and log lines. */
export function midGameWithPendingOps(seed: string): GameState {
  const rng = createAlea(seed);
  const pick = createAlea(`${seed}-pick`);
  const G = createGame(undefined, rng);
  while (G.result === null && (G.round < 3 || G.pending === null)) {
    const moves = legalMoves(G, G.active);
    applyMove(G, G.active, moves[Math.floor(pick() * moves.length)] ?? { kind: 'pass' }, rng);
  }
  return G;
}

/** Every object reachable from `value`, with its path (to check that a copy shares none with its original). */
export function reachableObjects(value: unknown, path = 'G', out = new Map<object, string>()): Map<object, string> {
  if (value === null || typeof value !== 'object') return out;
  out.set(value, path);
  for (const [key, child] of Object.entries(value)) reachableObjects(child, `${path}.${key}`, out);
  return out;
}
