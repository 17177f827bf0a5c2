import type { GameOutcome } from './match';

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const round2 = (x: number): number => Number(x.toFixed(2));

/**
 * The self-play figures: results by player and by side, game length and time per move. A sudden
 * ending is a game that stopped before `lastRound` (the scenario's length) or at the track's limit.
 */
export function summarize(outcomes: readonly GameOutcome[], lastRound = 8) {
  const count = (pred: (o: GameOutcome) => boolean) => outcomes.filter(pred).length;
  const msA = outcomes.flatMap((o) => o.msA);
  const msB = outcomes.flatMap((o) => o.msB);
  const all = [...msA, ...msB];
  const games = outcomes.length;
  const decided = count((o) => o.winner !== null);
  return {
    games,
    a_wins: count((o) => o.winner !== null && o.winner === o.aSide),
    b_wins: count((o) => o.winner !== null && o.winner !== o.aSide),
    draws: games - decided,
    democracy_wins: count((o) => o.winner === 'dem'),
    autocracy_wins: count((o) => o.winner === 'aut'),
    democracy_win_rate: round2(count((o) => o.winner === 'dem') / Math.max(1, games)),
    avg_rounds: round2(outcomes.reduce((s, o) => s + o.rounds, 0) / Math.max(1, games)),
    sudden_endings: count((o) => o.rounds < lastRound || Math.abs(o.worldOrder) >= 20),
    ms_per_move_p50: round2(percentile(all, 50)),
    ms_per_move_p95: round2(percentile(all, 95)),
    a_ms_per_move_p50: round2(percentile(msA, 50)),
    b_ms_per_move_p50: round2(percentile(msB, 50)),
  };
}
