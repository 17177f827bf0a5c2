import { describe, expect, it } from 'vitest';
import { checkMove, createAlea, createGame, legalMoves, type Move } from '../game';
import { applyMove } from '../game/moves';
import type { GameState } from '../game/state';
import { viewFor } from '../game/view';
import { chooseMove, type AiLevel } from './index';

/** A position some way into a game, reached by fixed pseudo-random play. */
function midGame(seed: string, decisions: number): GameState {
  const rng = createAlea(seed);
  const pick = createAlea(`pick:${seed}`);
  const G = createGame(undefined, rng);
  // A level track: random play from the scenario's start (+5) can reach +20 before the depth asked.
  G.worldOrder = 0;
  for (let i = 0; i < decisions && G.result === null; i++) {
    const options = legalMoves(G, G.active);
    applyMove(G, G.active, options[Math.trunc(pick() * options.length)] as Move, rng);
  }
  return G;
}

/** The same position with the opponent's hidden cards dealt differently (hand and deck swapped around). */
function reshuffleHidden(G: GameState): GameState {
  const copy = structuredClone(G);
  const other = copy.active === 'dem' ? copy.sides.aut : copy.sides.dem;
  const hidden = [...other.deck, ...other.hand].reverse();
  other.hand = hidden.splice(0, other.hand.length);
  other.deck = hidden;
  const own = copy.active === 'dem' ? copy.sides.dem : copy.sides.aut;
  own.deck.reverse();
  copy.world.deck.reverse();
  return copy;
}

const LEVELS: { level: AiLevel; iterations?: number }[] = [{ level: 'easy' }, { level: 'normal' }, { level: 'hard', iterations: 60 }];

describe('the AI', () => {
  it.each(LEVELS)('$level plays only legal moves, each with a reason', ({ level, iterations }) => {
    for (const [seed, depth] of [['a', 5], ['b', 30], ['c', 50]] as const) {
      const G = midGame(seed, depth);
      expect(G.result).toBeNull();
      const decision = chooseMove({ view: viewFor(G, G.active), level, seed: 1, iterations });
      expect(checkMove(G, G.active, decision.move)).toBeNull();
      expect(decision.reason.length).toBeGreaterThan(10);
    }
  });

  it.each(LEVELS)('$level is honest: hidden cards it cannot see do not change its decision', ({ level, iterations }) => {
    // A position where the opponent holds several cards (so a reshuffle really deals them differently).
    const G = midGame('honest', 43);
    const twin = reshuffleHidden(G);
    const other = G.active === 'dem' ? 'aut' : 'dem';
    expect(twin.sides[other].hand).not.toEqual(G.sides[other].hand);
    expect(viewFor(twin, G.active)).toEqual(viewFor(G, G.active));
    const a = chooseMove({ view: viewFor(G, G.active), level, seed: 'same', iterations });
    const b = chooseMove({ view: viewFor(twin, G.active), level, seed: 'same', iterations });
    expect(b).toEqual(a);
  });

  it.each(LEVELS)('$level is seeded: the same seed, view and iterations give the same move', ({ level, iterations }) => {
    const G = midGame('seeded', 12);
    const view = viewFor(G, G.active);
    const first = chooseMove({ view, level, seed: 7, iterations });
    expect(chooseMove({ view: structuredClone(view), level, seed: 7, iterations })).toEqual(first);
  });

  it('refuses to move for a spectator or out of turn', () => {
    const G = midGame('refuse', 3);
    expect(() => chooseMove({ view: viewFor(G, null), level: 'easy', seed: 1 })).toThrow(/spectator/);
    const waiting = G.active === 'dem' ? 'aut' : 'dem';
    expect(() => chooseMove({ view: viewFor(G, waiting), level: 'easy', seed: 1 })).toThrow(/not .* turn/);
  });

  it('hard finds an obvious winning move: integrating a ready ally ends the game at +20', () => {
    const G = midGame('win', 0);
    G.active = 'dem';
    G.worldOrder = 17;
    G.turns = { dem: 3, aut: 4 };
    // Make Italy (inside the bloc's union) a ready ally and give the Democratic side integrating ops;
    // the United Kingdom, also in the union, falls short of the trust to integrate. Greece and
    // Hungary stay cheerleaders: they block the round's common position (the bloc leads by 1 at
    // scoring) but not an enlargement, which takes the lead to 3 and the World Order to 20.
    Object.assign(G.countries.ITA, { demTie: 'ally', trust: 5, polarization: 0, leverage: 0 });
    G.countries.GBR.trust = 3;
    G.pending = { side: 'dem', card: G.sides.dem.hand[0] as never, opsLeft: 3 };
    const integrateItaly: Move = { kind: 'action', action: 'integrate', target: 'ITA' };
    // The position is what the name says: integrating wins at once, ending the turn otherwise does not.
    for (const [move, result] of [[integrateItaly, 'dem'], [{ kind: 'pass' }, null]] as const) {
      const after = structuredClone(G);
      applyMove(after, 'dem', move, createAlea('resolution'));
      expect(after.result?.winner ?? null).toBe(result);
    }
    const decision = chooseMove({ view: viewFor(G, 'dem'), level: 'hard', seed: 3, iterations: 200 });
    expect(decision.move).toEqual(integrateItaly);
  });
});
