/**
 * The boardgame.io adapter: the only file in src/game that knows boardgame.io. It maps seats to
 * sides, untrusted move arguments to typed moves, and boardgame.io's `random` to the rules' `Rng`.
 */
import type { Game, Move as BgioMove, Plugin } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { assertNever } from './assert-never';
import { cloneState } from './clone-state';
import { applyInject, checkInject, INJECT_MOVE } from './inject';
import { legalMoves } from './legal';
import { takeMoveLog } from './log-book';
import { type Move, type MoveKind, MOVE_NAMES, parseMove, tryMove } from './moves';
import { createGame, type SetupData, validateSetupData } from './setup';
import type { GameState } from './state';
import type { Seat, Side } from './types';
import { UNDOABLE } from './undo';
import { playerView, sideOfSeat } from './view';

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
    default:
      return assertNever(move, 'move');
  }
}

/**
 * boardgame.io runs every move inside immer's \`produce\` (its ImmerPlugin is always on) and hands
 * it a draft: each read of the state through the draft's proxies, then immer's walk of the result
 * to finalize and freeze it, cost the server some twenty times the rules' own work. So this
 * game's moves never touch the draft. The plugin below, whose \`fnWrap\` runs outside immer's,
 * passes the plain state along in the move's context; the move runs the rules on a copy of it and
 * returns that copy, frozen at its root, which immer takes as the next state without walking it
 * (immer leaves a frozen result alone). A state is never changed once made: the next move copies.
 */
const PLAIN_STATE = Symbol('plain-state');

type WithPlainState = { [PLAIN_STATE]?: GameState };

const PLAIN_STATE_PLUGIN: Plugin<unknown, unknown, GameState> = {
  name: 'plain-state',
  fnWrap: (method) => (context, ...args: unknown[]) => method({ ...context, [PLAIN_STATE]: context.G }, ...args),
};

/** A copy of the move's state for the rules to change (the plain state the plugin passed along). */
function workingCopy(context: { G: GameState }): GameState {
  const plain = (context as WithPlainState)[PLAIN_STATE];
  if (plain === undefined) throw new Error('the plain-state plugin is missing from the game');
  return cloneState(plain);
}

/**
 * Every move can end a round, and a new round draws from secret decks, so no move may run on a
 * client (which holds no decks): `client: false` makes the master the only place moves run.
 * No move argument is secret: a card leaves the hand face up when it is played.
 */
function bgioMove(kind: MoveKind): BgioMove<GameState> {
  return {
    client: false,
    undoable: UNDOABLE[kind],
    move: (context, ...args: unknown[]) => {
      const { playerID, random, log } = context;
      const G = workingCopy(context);
      const side = sideOfSeat(G, playerID);
      if (side === null) return INVALID_MOVE;
      const move = parseMove(kind, args);
      if (typeof move === 'string') return INVALID_MOVE;
      if (tryMove(G, side, move, () => random.Number()) !== null) return INVALID_MOVE;
      // The move's log lines leave G for boardgame.io's action log (see log-book.ts).
      log.setMetadata(takeMoveLog(G.log));
      return Object.freeze(G);
    },
  };
}

/**
 * A teacher's world event (inject.ts): the server plays it for the seat on move; clients are
 * refused it before it reaches the master (src/server/game-rules.ts).
 */
const injectMove: BgioMove<GameState> = {
  client: false,
  undoable: false,
  move: (context, card: unknown) => {
    const { random, log } = context;
    const G = workingCopy(context);
    if (checkInject(G, card) !== null) return INVALID_MOVE;
    applyInject(G, card as Parameters<typeof applyInject>[1], () => random.Number());
    log.setMetadata(takeMoveLog(G.log));
    return Object.freeze(G);
  },
};

/** How boardgame.io should record the end of the game, from the rules' result. */
function gameoverOf(G: GameState): { draw: true } | { winner: Seat; side: Side } | undefined {
  if (G.result === null) return undefined;
  return G.result.winner === null ? { draw: true } : { winner: G.seats[G.result.winner], side: G.result.winner };
}

/**
 * boardgame.io 0.50.2 runs any GAME_EVENT a client sends (endGame, endTurn, setActivePlayers...)
 * even when `events` disables it: that only hides it from the client API. So a player could end
 * the game with any winner, or hand the turn to the wrong seat. This refuses every update after
 * which boardgame.io's flow disagrees with the rules.
 */
const FLOW_GUARD: Plugin<unknown, unknown, GameState> = {
  name: 'flow-guard',
  isInvalid: ({ G, ctx }) => {
    if (ctx.activePlayers !== null) return 'this game uses no active-player sets';
    if (JSON.stringify(ctx.gameover) !== JSON.stringify(gameoverOf(G))) return 'only the rules end the game';
    if (G.result === null && ctx.currentPlayer !== G.seats[G.active]) return 'the turn belongs to the side on move';
    return false;
  },
};

export const TrustAndLeverage: Game<GameState, Record<string, unknown>, SetupData> = {
  name: 'trust-and-leverage',
  minPlayers: 2,
  maxPlayers: 2,
  setup: ({ random }, setupData) => createGame(setupData, () => random.Number()),
  validateSetupData: (setupData, numPlayers) => validateSetupData(setupData, numPlayers),
  moves: {
    [MOVE_NAMES['play-event']]: bgioMove('play-event'),
    [MOVE_NAMES['play-ops']]: bgioMove('play-ops'),
    [MOVE_NAMES.action]: bgioMove('action'),
    [MOVE_NAMES.pass]: bgioMove('pass'),
    [INJECT_MOVE]: injectMove,
  },
  turn: {
    order: {
      first: ({ G }) => Number(G.seats[G.active]),
      next: ({ G }) => Number(G.seats[G.active]),
    },
    endIf: ({ G, ctx }) => G.result === null && G.seats[G.active] !== ctx.currentPlayer,
  },
  endIf: ({ G }) => gameoverOf(G),
  events: {
    endGame: false, endPhase: false, endTurn: false, setPhase: false, endStage: false, setStage: false, pass: false,
    setActivePlayers: false,
  },
  playerView: ({ G, playerID }) => playerView(G, playerID),
  // The random plugin's seed and state never reach a client: boardgame.io's own plugin gives them no player view.
  plugins: [FLOW_GUARD, PLAIN_STATE_PLUGIN],
  ai: {
    enumerate: (G, _ctx, playerID) => {
      const side = sideOfSeat(G, playerID);
      return side === null ? [] : legalMoves(G, side).map(toBgioMove);
    },
  },
};
