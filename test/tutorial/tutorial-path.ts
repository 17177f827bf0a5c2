/**
 * The tutorial as a learner who follows every step would play it (the Democratic side's moves,
 * step by step), and a driver that plays a tutorial game on the pure rules: the learner's moves
 * from a list, the other side's from the script.
 */
import { TUTORIAL_SEED, tutorialReply } from '../../src/content/tutorial-script';
import { createAlea, createGame, type GameState, type Move, tryMove, viewFor } from '../../src/game';

/** The intended moves of each step, in order (the learner's moves only). */
export const INTENDED: readonly (readonly Move[])[] = [
  // 1 board
  [{ kind: 'play-ops', card: 'five-eyes' }],
  // 2 engage
  [{ kind: 'action', action: 'engage', target: 'BRA' }, { kind: 'action', action: 'engage', target: 'PHL' }],
  // 3 alliance
  [{ kind: 'play-ops', card: 'trade-agreement' }, { kind: 'action', action: 'ally', target: 'BRA' }],
  // 4 integration and a veto
  [
    { kind: 'play-ops', card: 'nato-consolidation' }, { kind: 'action', action: 'integrate', target: 'GBR' },
    { kind: 'play-event', card: 'human-rights-sanctions', target: 'VEN' },
  ],
  // 5 deals and frameworks
  [{ kind: 'play-ops', card: 'five-eyes' }, { kind: 'action', action: 'engage', target: 'NGA' }],
  // 6 coercion
  [{ kind: 'pass' }, { kind: 'play-ops', card: 'trade-agreement' }, { kind: 'action', action: 'engage', target: 'AUS' }],
  // 7 disinformation
  [{ kind: 'pass' }, { kind: 'play-ops', card: 'nato-consolidation' }, { kind: 'action', action: 'counter-disinformation', target: 'ITA' }],
  // 8 scoring and the end
  [{ kind: 'pass' }, { kind: 'play-event', card: 'counter-disinformation-task-force' }],
];

/** A fresh tutorial game, as the tutorial screen starts it (the learner on seat 0). */
export function newTutorialGame(seed: string = TUTORIAL_SEED): { G: GameState; rng: () => number } {
  const rng = createAlea(seed);
  return { G: createGame({ scenario: 'tutorial', demSeat: '0' }, rng), rng };
}

/**
 * Plays the scripted side until the learner is on move (or the game is over); throws on a refused
 * move, and (when `strict`) on a fallback instead of the script's own move.
 */
export function runScript(G: GameState, rng: () => number, strict = true): void {
  while (G.result === null && G.active === 'aut') {
    const reply = tutorialReply(viewFor(G, 'aut'));
    if (strict && reply.fallback) throw new Error(`the script did not fit at round ${G.round}, turn ${G.turns.aut}: ${JSON.stringify(reply.move)}`);
    const error = tryMove(G, 'aut', reply.move, rng);
    if (error) throw new Error(`scripted move refused: ${error}`);
  }
}

/** Plays one learner move (then the script's replies); throws when the rules refuse it. */
export function learnerPlays(G: GameState, rng: () => number, move: Move, strict = true): void {
  const error = tryMove(G, 'dem', move, rng);
  if (error) throw new Error(`learner move ${JSON.stringify(move)} refused: ${error}`);
  runScript(G, rng, strict);
}
