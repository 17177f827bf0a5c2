/**
 * The search's copy of a state is complete and independent: equal to the original (but for the
 * log and history, which search does not need), and sharing no object with it, so a move applied
 * to a search state can never leak into the real game. A field added to the state and not copied
 * fails here (or, for a missing field, already in the typecheck of clone.ts).
 */
import { describe, expect, it } from 'vitest';
import { applyMove, createAlea, createGame, type GameState, legalMoves } from '../game';
import { cloneForSearch } from './clone';

/** A state from the middle of a seeded random game, with pending ops, standing effects and history. */
function midGame(): GameState {
  const rng = createAlea('clone');
  const pick = createAlea('clone-pick');
  const G = createGame(undefined, rng);
  while (G.result === null && (G.round < 3 || G.pending === null)) {
    const moves = legalMoves(G, G.active);
    applyMove(G, G.active, moves[Math.floor(pick() * moves.length)] ?? { kind: 'pass' }, rng);
  }
  return G;
}

/** Every object reachable from `value`, with its path. */
function objects(value: unknown, path = 'G', out = new Map<object, string>()): Map<object, string> {
  if (value === null || typeof value !== 'object') return out;
  out.set(value, path);
  for (const [key, child] of Object.entries(value)) objects(child, `${path}.${key}`, out);
  return out;
}

describe('cloneForSearch', () => {
  it('copies every field of the state', () => {
    const G = midGame();
    expect(G.pending).not.toBeNull();
    expect(G.history.length).toBeGreaterThan(0);
    const copy = cloneForSearch(G);
    expect(Object.keys(copy).sort()).toStrictEqual(Object.keys(G).sort());
    expect({ ...copy, log: G.log, history: G.history }).toStrictEqual(G);
    expect(copy.log).toStrictEqual([]);
    expect(copy.history).toStrictEqual([]);
  });

  it('shares no object with the original', () => {
    const G = midGame();
    const original = objects(G);
    const shared = [...objects(cloneForSearch(G))].filter(([obj]) => original.has(obj)).map(([, path]) => path);
    expect(shared).toStrictEqual([]);
  });

  it('detects a shared object (the check itself can fail)', () => {
    const G = midGame();
    const leaky = { ...cloneForSearch(G), tally: G.tally };
    const original = objects(G);
    expect([...objects(leaky)].filter(([obj]) => original.has(obj)).map(([, path]) => path)).toStrictEqual(['G.tally']);
  });
});
