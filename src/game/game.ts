/**
 * The boardgame.io adapter: the only file in src/game that knows boardgame.io. It maps seats to
 * sides, untrusted move arguments to typed moves, and boardgame.io's `random` to the rules' `Rng`.
 */
import type { Game, Move as BgioMove } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { legalMoves } from './legal';
import { type Move, type MoveKind, parseMove, tryMove } from './moves';
import { createGame, type SetupData, validateSetupData } from './setup';
import type { GameState } from './state';
import { playerView, sideOfSeat } from './view';

/** boardgame.io move names, one per kind of `Move`. */
export const MOVE_NAMES = {
  'play-event': 'playEvent',
  'play-ops': 'playOps',
  action: 'act',
  pass: 'pass',
} as const satisfies Record<MoveKind, string>;

/** A rules move as a boardgame.io move name and arguments. */
export function toBgioMove(move: Move): { move: string; args: unknown[] } {
  switch (move.kind) {
    case 'play-event':
      return { move: MOVE_NAMES[move.kind], args: move.target ? [move.card, move.target] : [move.card] };
    case 'play-ops':
      return { move: MOVE_NAMES[move.kind], args: [move.card] };
    case 'action': {
      const args: unknown[] = [move.action];
      if (move.target || move.framework) args.push(move.target ?? null);
      if (move.framework) args.push(move.framework);
      return { move: MOVE_NAMES[move.kind], args };
    }
    case 'pass':
      return { move: MOVE_NAMES[move.kind], args: [] };
  }
}

/**
 * Every move can end a round, and a new round draws from secret decks, so no move may run on a
 * client (which holds no decks): `client: false` makes the master the only place moves run.
 * No move argument is secret: a card leaves the hand face up when it is played.
 */
function bgioMove(kind: MoveKind): BgioMove<GameState> {
  return {
    client: false,
    move: ({ G, playerID, random }, ...args: unknown[]) => {
      const side = sideOfSeat(G, playerID);
      if (side === null) return INVALID_MOVE;
      const move = parseMove(kind, args);
      if (typeof move === 'string') return INVALID_MOVE;
      return tryMove(G, side, move, () => random.Number()) === null ? undefined : INVALID_MOVE;
    },
  };
}

/** Hides the random plugin's seed and generator state from every client (boardgame.io sends it otherwise). */
const HIDE_SEED = { name: 'random', playerView: () => undefined };

export const TrustAndLeverage: Game<GameState, Record<string, unknown>, SetupData> = {
  name: 'trust-and-leverage',
  minPlayers: 2,
  maxPlayers: 2,
  disableUndo: true,
  setup: ({ random }, setupData) => createGame(setupData, () => random.Number()),
  validateSetupData: (setupData, numPlayers) => validateSetupData(setupData, numPlayers),
  moves: {
    [MOVE_NAMES['play-event']]: bgioMove('play-event'),
    [MOVE_NAMES['play-ops']]: bgioMove('play-ops'),
    [MOVE_NAMES.action]: bgioMove('action'),
    [MOVE_NAMES.pass]: bgioMove('pass'),
  },
  turn: {
    order: {
      first: ({ G }) => Number(G.seats[G.active]),
      next: ({ G }) => Number(G.seats[G.active]),
    },
    endIf: ({ G, ctx }) => G.result === null && G.seats[G.active] !== ctx.currentPlayer,
  },
  endIf: ({ G }) => {
    if (G.result === null) return undefined;
    return G.result.winner === null ? { draw: true } : { winner: G.seats[G.result.winner], side: G.result.winner };
  },
  events: {
    endGame: false, endPhase: false, endTurn: false, setPhase: false, endStage: false, setStage: false, pass: false,
    setActivePlayers: false,
  },
  playerView: ({ G, playerID }) => playerView(G, playerID),
  plugins: [HIDE_SEED],
  ai: {
    enumerate: (G, _ctx, playerID) => {
      const side = sideOfSeat(G, playerID);
      return side === null ? [] : legalMoves(G, side).map(toBgioMove);
    },
  },
};
