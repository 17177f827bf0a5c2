/**
 * How many search iterations the Hard AI's default time budget buys on this machine
 * (`npm run bench:calibrate`): over positions of a few seeded Normal-vs-Normal games, it times a
 * fixed-iteration search by process CPU time (so other work on the machine does not skew it) and
 * prints the median iterations per CPU-second as JSON. Self-play runs that must not depend on how
 * busy the machine is use this figure for `--iterations`.
 */
import { searchMove } from '../../src/ai/mcts';
import { chooseMove } from '../../src/ai';
import { applyMove, createAlea, createGame, viewFor } from '../../src/game';
import type { PlayerView } from '../../src/game';
import { median } from '../support/stats';

const GAMES = Number(process.env.CAL_GAMES ?? 3);
const EVERY = Number(process.env.CAL_EVERY ?? 9);
const ITERATIONS = Number(process.env.CAL_ITERATIONS ?? 400);

function positions(): PlayerView[] {
  const out: PlayerView[] = [];
  for (let g = 0; g < GAMES; g++) {
    const rng = createAlea(`calibrate:${g}`);
    const G = createGame({ scenario: 'competing-visions' }, rng);
    for (let n = 0; G.result === null; n++) {
      const view = viewFor(G, G.active);
      if (n % EVERY === 4) out.push(view);
      applyMove(G, G.active, chooseMove({ view, level: 'normal', seed: `cal:${g}:${n}` }).move, rng);
    }
  }
  return out;
}

const rates: number[] = [];
for (const [i, view] of positions().entries()) {
  const before = process.cpuUsage();
  const { stats } = searchMove(view, createAlea(`cal-search-${i}`), { budgetMs: 0, iterations: ITERATIONS });
  const used = process.cpuUsage(before);
  const cpuS = (used.user + used.system) / 1e6;
  rates.push(stats.iterations / cpuS);
}
console.log(JSON.stringify({
  positions: rates.length,
  iterations_per_search: ITERATIONS,
  iterations_per_cpu_s_median: Math.round(median(rates)),
  iterations_per_cpu_s_min: Math.round(Math.min(...rates)),
  iterations_per_cpu_s_max: Math.round(Math.max(...rates)),
}));
