import { describe, expect, it } from 'vitest';
import { createAlea, createGame } from '../game';
import { RULES } from '../game/rules-config';
import { SCENARIOS } from '../game/data/scenarios';
import { projectedShift } from './evaluate';

describe('the evaluation', () => {
  // Regression: the projection used the default cap (5) in every scenario, so in the Cold War
  // (3 a round) a lead looked worth up to two points a round more than scoring can give.
  it.each(['competing-visions', 'cold-war'] as const)('projects at most the %s cap a round', (scenario) => {
    const G = createGame({ scenario }, createAlea('eval-cap'));
    const cap = SCENARIOS[scenario].maxShiftPerRound ?? RULES.maxShiftPerRound;
    for (const id of Object.keys(G.countries) as (keyof typeof G.countries)[]) {
      G.countries[id].demTie = 'member';
      G.countries[id].leverage = 0;
      G.countries[id].autTie = 'none';
    }
    const shift = projectedShift(G);
    expect(shift).toBeLessThanOrEqual(cap);
    expect(shift).toBeGreaterThan(cap - 0.5);
  });
});
