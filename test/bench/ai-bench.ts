/**
 * AI benchmark (`npm run bench:ai`): the Hard AI's search speed and time-budget accuracy, and
 * boardgame.io's MCTSBot on the same positions with the same time. Prints one JSON object last.
 */
import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { searchMove } from '../../src/ai/mcts';
import { timedMctsBot } from '../selfplay/match';
import { createAlea, legalMoves, type Move, toBgioMove, TrustAndLeverage, viewFor } from '../../src/game';
import type { GameState } from '../../src/game';

const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 1000);
const POSITIONS = Number(process.env.BENCH_POSITIONS ?? 6);

type BgioState = ReturnType<typeof InitializeGame>;

/** Positions along one seeded random game, reached through boardgame.io (so both AIs get the same state). */
function positions(): BgioState[] {
  const game: Game<GameState> = { ...TrustAndLeverage, seed: 'ai-bench' };
  const reducer = CreateGameReducer({ game });
  let state = InitializeGame({ game, numPlayers: 2 });
  const pick = createAlea('ai-bench-pick');
  const out: BgioState[] = [];
  for (let n = 0; out.length < POSITIONS && !state.ctx.gameover; n++) {
    if (n % 9 === 3) out.push(state);
    const G = state.G as GameState;
    const options = legalMoves(G, G.active);
    const { move: type, args } = toBgioMove(options[Math.trunc(pick() * options.length)] as Move);
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type, args, playerID: state.ctx.currentPlayer } }) as BgioState;
  }
  return out;
}

async function mctsBotMoves(state: BgioState): Promise<{ moves: number; ms: number; iterations: number }> {
  const bot = timedMctsBot({ ...TrustAndLeverage }, 'bench', BUDGET_MS);
  // Every state MCTSBot simulates goes through its reducer: count the calls.
  const internals = bot as unknown as { reducer: (s: unknown, a: unknown) => unknown; iterationCounter: number };
  const reducer = internals.reducer;
  let moves = 0;
  internals.reducer = (s, a) => {
    moves += 1;
    return reducer(s, a);
  };
  let iterations = 0;
  const start = performance.now();
  const { metadata } = await bot.play(state, state.ctx.currentPlayer);
  iterations = (metadata as { visits: number }).visits;
  return { moves, ms: performance.now() - start, iterations };
}

async function main(): Promise<void> {
  const hard = { moves: 0, ms: 0, iterations: 0, elapsed: [] as number[] };
  const bot = { moves: 0, ms: 0, iterations: 0 };
  for (const [i, state] of positions().entries()) {
    const G = state.G as GameState;
    const { stats } = searchMove(viewFor(G, G.active), createAlea(`bench-${i}`), { budgetMs: BUDGET_MS });
    hard.moves += stats.simulatedMoves;
    hard.ms += stats.elapsedMs;
    hard.iterations += stats.iterations;
    hard.elapsed.push(stats.elapsedMs);
    const b = await mctsBotMoves(state);
    bot.moves += b.moves;
    bot.ms += b.ms;
    bot.iterations += b.iterations;
    console.error(`position ${i}: hard ${stats.iterations} it / ${stats.simulatedMoves} moves in ${stats.elapsedMs.toFixed(0)} ms; MCTSBot ${b.iterations} it / ${b.moves} moves in ${b.ms.toFixed(0)} ms`);
  }
  const hardRate = hard.moves / (hard.ms / 1000);
  const botRate = bot.moves / (bot.ms / 1000);
  const errors = hard.elapsed.map((ms) => Math.abs(ms - BUDGET_MS) / BUDGET_MS);
  console.log(JSON.stringify({
    budget_ms: BUDGET_MS,
    positions: POSITIONS,
    hard_sim_moves_per_s: Math.round(hardRate),
    bgio_mcts_sim_moves_per_s: Math.round(botRate),
    speedup: Number((hardRate / botRate).toFixed(1)),
    hard_iterations_per_move: Math.round(hard.iterations / POSITIONS),
    bgio_mcts_iterations_per_move: Math.round(bot.iterations / POSITIONS),
    hard_elapsed_ms_mean: Math.round(hard.ms / POSITIONS),
    hard_budget_error_pct_max: Number((100 * Math.max(...errors)).toFixed(1)),
  }));
}

void main();
