/**
 * One self-play game between two players, each seeing only its own PlayerView. Games run
 * through boardgame.io's reducer when boardgame.io's MCTSBot takes part (it needs the full
 * boardgame.io state, which it reads in full: it cheats on hidden information), and through
 * the pure rules otherwise.
 */
import type { Game } from 'boardgame.io';
import { MCTSBot } from 'boardgame.io/ai';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { chooseMove } from '../../src/ai';
import type { AiLevel } from '../../src/ai';
import { determinize } from '../../src/ai/determinize';
import {
  applyMove, checkMove, createAlea, createGame, legalMoves, type Move, parseMove, type ScenarioId, toBgioMove,
  TrustAndLeverage, viewFor,
} from '../../src/game';
import type { GameState, PlayerView, Side } from '../../src/game';

export type PlayerKind = 'random' | AiLevel | 'bgio-mcts';
export const PLAYER_KINDS: readonly PlayerKind[] = ['random', 'easy', 'normal', 'hard', 'bgio-mcts'];

export interface GameSpec {
  seed: string;
  /** Which side player A plays this game (B plays the other). */
  aSide: Side;
  a: PlayerKind;
  b: PlayerKind;
  scenario: ScenarioId;
  budgetMs: number;
  /** Hard only: a fixed number of search iterations per move instead of the time budget. */
  iterations?: number;
}

export interface GameOutcome {
  seed: string;
  aSide: Side;
  winner: Side | null;
  rounds: number;
  worldOrder: number;
  /** Milliseconds per decision, for each player. */
  msA: number[];
  msB: number[];
}

function decideFromView(kind: Exclude<PlayerKind, 'bgio-mcts'>, view: PlayerView, seed: string, spec: GameSpec): Move {
  if (kind === 'random') {
    const rng = createAlea(`random:${seed}`);
    const options = legalMoves(determinize(view, rng), view.active);
    return options[Math.trunc(rng() * options.length)] as Move;
  }
  return chooseMove({ view, level: kind, seed, budgetMs: spec.budgetMs, iterations: spec.iterations }).move;
}

/**
 * Plays one game through the pure rules. `observe`, when given, sees the full state after setup
 * and after every move (the story tool reads hands and the log through it).
 */
export function playPureGame(spec: GameSpec, observe?: (G: Readonly<GameState>) => void): GameOutcome {
  const rng = createAlea(spec.seed);
  const G = createGame({ scenario: spec.scenario }, rng);
  observe?.(G);
  const out: GameOutcome = { seed: spec.seed, aSide: spec.aSide, winner: null, rounds: 0, worldOrder: 0, msA: [], msB: [] };
  for (let n = 0; G.result === null; n++) {
    const side = G.active;
    const isA = side === spec.aSide;
    const kind = (isA ? spec.a : spec.b) as Exclude<PlayerKind, 'bgio-mcts'>;
    const t0 = performance.now();
    const move = decideFromView(kind, viewFor(G, side), `${spec.seed}:${n}`, spec);
    (isA ? out.msA : out.msB).push(performance.now() - t0);
    const error = checkMove(G, side, move);
    if (error) throw new Error(`${kind} (${side}) chose an illegal move ${JSON.stringify(move)}: ${error}`);
    applyMove(G, side, move, rng);
    observe?.(G);
  }
  return finish(out, G);
}

function finish(out: GameOutcome, G: GameState): GameOutcome {
  out.winner = G.result?.winner ?? null;
  out.rounds = G.round;
  out.worldOrder = G.worldOrder;
  return out;
}

/** Plays one game through boardgame.io's reducer, for matches that include its MCTSBot. */
export async function playBgioGame(spec: GameSpec): Promise<GameOutcome> {
  const game: Game<GameState> = { ...TrustAndLeverage, seed: spec.seed };
  const reducer = CreateGameReducer({ game });
  let state = InitializeGame({ game, numPlayers: 2 });
  const out: GameOutcome = { seed: spec.seed, aSide: spec.aSide, winner: null, rounds: 0, worldOrder: 0, msA: [], msB: [] };
  for (let n = 0; !state.ctx.gameover; n++) {
    const G = state.G as GameState;
    const side = G.active;
    const isA = side === spec.aSide;
    const kind = isA ? spec.a : spec.b;
    const seat = G.seats[side];
    const t0 = performance.now();
    const { type, args } = kind === 'bgio-mcts'
      ? await mctsBotMove(game, state, seat, `${spec.seed}:${n}`, spec.budgetMs)
      : bgioPayload(decideFromView(kind, viewFor(G, side), `${spec.seed}:${n}`, spec));
    (isA ? out.msA : out.msB).push(performance.now() - t0);
    const parsed = parseMove(kindOf(type), args);
    if (typeof parsed === 'string' || checkMove(G, side, parsed)) throw new Error(`${kind} chose an illegal move ${type}`);
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type, args, playerID: seat } }) as typeof state;
  }
  return finish(out, state.G as GameState);
}

function bgioPayload(move: Move): { type: string; args: unknown[] } {
  const { move: type, args } = toBgioMove(move);
  return { type, args };
}

function kindOf(bgioName: string): string {
  return { playEvent: 'play-event', playOps: 'play-ops', act: 'action', pass: 'pass' }[bgioName] ?? bgioName;
}

/**
 * boardgame.io's MCTSBot given a time budget: it counts iterations, so once the budget is spent
 * its iteration counter is pushed past the limit, which ends its loop after the current playout.
 */
async function mctsBotMove(game: Game<GameState>, state: ReturnType<typeof InitializeGame>, seat: string, seed: string, budgetMs: number) {
  const bot = timedMctsBot(game, seed, budgetMs);
  const { action } = await bot.play(state, seat);
  if (!action) throw new Error('MCTSBot found no move');
  return { type: action.payload.type, args: action.payload.args ?? [] };
}

/** An MCTSBot that stops at `budgetMs` from its first playout (checked after every playout). */
export function timedMctsBot(game: Game<GameState>, seed: string, budgetMs: number): MCTSBot {
  const bot = new MCTSBot({ game, enumerate: game.ai!.enumerate, seed, iterations: 1_000_000, playoutDepth: 50 });
  const internals = bot as unknown as { iterationCounter: number; playout: (node: unknown) => unknown };
  const playout = internals.playout.bind(bot);
  let start: number | null = null;
  internals.playout = (node) => {
    start ??= performance.now();
    const result = playout(node);
    if (performance.now() - start >= budgetMs) internals.iterationCounter = Number.MAX_SAFE_INTEGER;
    return result;
  };
  return bot;
}
