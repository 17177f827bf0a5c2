/**
 * The search's copy of a state is complete and independent: equal to the original (but for the
 * log and history, which search does not need), and sharing no object with it, so a move applied
 * to a search state can never leak into the real game. A field added to the state and not copied
 * fails here (or, for a missing field, already in the typecheck of clone.ts).
 */
import { describe, expect, it } from 'vitest';

import { cloneForSearch } from './clone';
import { midGameWithPendingOps, reachableObjects } from '../../test/support/random-game';

describe('cloneForSearch', () => {
  it('copies every field of the state', () => {
    const G = midGameWithPendingOps('clone');
    expect(G.pending).not.toBeNull();
    expect(G.history.length).toBeGreaterThan(0);
    const copy = cloneForSearch(G);
    expect(Object.keys(copy).sort()).toStrictEqual(Object.keys(G).sort());
    expect({ ...copy, log: G.log, history: G.history }).toStrictEqual(G);
    expect(copy.log).toStrictEqual([]);
    expect(copy.history).toStrictEqual([]);
  });

  it('shares no object with the original', () => {
    const G = midGameWithPendingOps('clone');
    const original = reachableObjects(G);
    const shared = [...reachableObjects(cloneForSearch(G))].filter(([obj]) => original.has(obj)).map(([, path]) => path);
    expect(shared).toStrictEqual([]);
  });

  it('detects a shared object (the check itself can fail)', () => {
    const G = midGameWithPendingOps('clone');
    const leaky = { ...cloneForSearch(G), tally: G.tally };
    const original = reachableObjects(G);
    expect([...reachableObjects(leaky)].filter(([obj]) => original.has(obj)).map(([, path]) => path)).toStrictEqual(['G.tally']);
  });
});
