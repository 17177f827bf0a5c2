/**
 * Rules benchmark (`npm run bench`): the pure rules against boardgame.io's reducer, on the same
 * machine in one run. Prints progress, then one JSON object as its last line. Not a test.
 *
 * - pure_moves_per_s / bgio_moves_per_s: replaying the same recorded random games (apply only).
 * - pure_game_ms_median / bgio_game_ms_median: whole random games, choosing uniformly among the
 *   legal moves at every decision (legal-move generation included).
 */
import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { applyMove, createAlea, createGame, legalMoves, type Move, toBgioMove, TrustAndLeverage } from '../../src/game';
import type { GameState } from '../../src/game';
import { median } from '../support/stats';

const GAMES = Number(process.env.BENCH_GAMES ?? 200);
const BGIO_GAMES = Number(process.env.BENCH_BGIO_GAMES ?? 40);

type BgioState = ReturnType<typeof InitializeGame>;

/** A whole random game through the pure rules; returns its moves. */
function pureRandomGame(seed: string): Move[] {
  const rng = createAlea(seed);
  const pick = createAlea(`pick:${seed}`);
  const G = createGame(undefined, rng);
  const moves: Move[] = [];
  while (G.result === null) {
    const options = legalMoves(G, G.active);
    const move = options[Math.trunc(pick() * options.length)] as Move;
    applyMove(G, G.active, move, rng);
    moves.push(move);
  }
  return moves;
}

function pureReplay(seed: string, moves: readonly Move[]): GameState {
  const rng = createAlea(seed);
  const G = createGame(undefined, rng);
  for (const move of moves) applyMove(G, G.active, move, rng);
  return G;
}

function bgioSetup(seed: string) {
  const game: Game<GameState> = { ...TrustAndLeverage, seed };
  return { game, reducer: CreateGameReducer({ game }), state: InitializeGame({ game, numPlayers: 2 }) };
}

function bgioApply(reducer: ReturnType<typeof CreateGameReducer>, state: BgioState, move: Move): BgioState {
  const { move: type, args } = toBgioMove(move);
  const playerID = state.ctx.currentPlayer;
  return reducer(state, { type: 'MAKE_MOVE', payload: { type, args, playerID } }) as BgioState;
}

function bgioReplay(seed: string, moves: readonly Move[]): BgioState {
  const { reducer } = bgioSetup(seed);
  let { state } = bgioSetup(seed);
  for (const move of moves) state = bgioApply(reducer, state, move);
  return state;
}

/** A whole random game through boardgame.io: enumerate with the Game's ai.enumerate, apply with the reducer. */
function bgioRandomGame(seed: string): number {
  const { game, reducer } = bgioSetup(seed);
  let { state } = bgioSetup(seed);
  const pick = createAlea(`pick:${seed}`);
  let count = 0;
  while (!state.ctx.gameover) {
    const G = state.G as GameState;
    const options = legalMoves(G, G.active);
    const move = options[Math.trunc(pick() * options.length)] as Move;
    state = bgioApply(reducer, state, move);
    count += 1;
    if (count > 10_000) throw new Error('bgio game did not end');
  }
  void game;
  return count;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

function main(): void {
  const seeds = Array.from({ length: GAMES }, (_, i) => `bench-${i}`);
  // Warm up the JIT on both paths.
  for (const seed of seeds.slice(0, 20)) pureRandomGame(seed);
  bgioRandomGame('warm-up');

  const pureGameMs: number[] = [];
  const recorded: Move[][] = [];
  for (const seed of seeds) {
    const [moves, ms] = time(() => pureRandomGame(seed));
    pureGameMs.push(ms);
    recorded.push(moves);
  }
  const totalMoves = recorded.reduce((s, m) => s + m.length, 0);
  const [, pureReplayMs] = time(() => seeds.forEach((seed, i) => pureReplay(seed, recorded[i] as Move[])));
  console.error(`pure: ${GAMES} games, ${totalMoves} moves`);

  const bgioSeeds = seeds.slice(0, BGIO_GAMES);
  const bgioMoves = bgioSeeds.reduce((s, _seed, i) => s + (recorded[i] as Move[]).length, 0);
  let mismatches = 0;
  const [, bgioReplayMs] = time(() =>
    bgioSeeds.forEach((seed, i) => {
      const state = bgioReplay(seed, recorded[i] as Move[]);
      if (!state.ctx.gameover) mismatches += 1;
    }),
  );
  const bgioGameMs = bgioSeeds.map((seed) => time(() => bgioRandomGame(seed))[1]);
  console.error(`bgio: ${BGIO_GAMES} games, ${bgioMoves} moves, replay mismatches ${mismatches}`);

  // Setup cost is part of both replays; it is small next to a game's moves and is the same work on both sides.
  const pureMovesPerS = totalMoves / (pureReplayMs / 1000);
  const bgioMovesPerS = bgioMoves / (bgioReplayMs / 1000);
  const result = {
    games: GAMES,
    bgio_games: BGIO_GAMES,
    avg_moves_per_game: Math.round(totalMoves / GAMES),
    pure_moves_per_s: Math.round(pureMovesPerS),
    bgio_moves_per_s: Math.round(bgioMovesPerS),
    speedup: Number((pureMovesPerS / bgioMovesPerS).toFixed(1)),
    pure_game_ms_median: Number(median(pureGameMs).toFixed(3)),
    bgio_game_ms_median: Number(median(bgioGameMs).toFixed(3)),
    replay_mismatches: mismatches,
    node: process.version,
  };
  console.log(JSON.stringify(result));
}

main();
