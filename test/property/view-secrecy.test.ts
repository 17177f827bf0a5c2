/**
 * Property: what a player (or a spectator) is shown never holds the opponent's hand, any deck's
 * order or the random seed; the view depends on public information only. Checked on the pure
 * `playerView` along random games, and on the state boardgame.io's master sends to each client.
 */
import fc from 'fast-check';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import {
  applyMove, createAlea, createGame, type GameState, legalMoves, type Move, playerView, type Rng, type SetupData,
  sideOfSeat, SIDES, type Side,
} from '../../src/game';
import { shuffleInPlace } from '../../src/game/rng';
import { recordRandomGame, replayBgio, seededGame } from '../replay/bgio-runner';

const VIEWERS = ['0', '1', null] as const;
const GAMES = 50;

/** Problems with one viewer's view of G (empty when it keeps every secret), and the view as JSON. */
function leaks(G: GameState, seat: '0' | '1' | null): { problems: string[]; text: string } {
  const out: string[] = [];
  const viewer = sideOfSeat(G, seat);
  const v = playerView(G, seat);
  const text = JSON.stringify(v);
  if (v.viewer !== viewer) out.push(`viewer ${v.viewer} for seat ${seat}`);
  for (const side of SIDES) {
    const real = G.sides[side];
    const shown = v.sides[side] as unknown as Record<string, unknown>;
    if (side === viewer) {
      if (JSON.stringify(shown.hand) !== JSON.stringify(real.hand)) out.push(`${side} does not see its own hand`);
    } else {
      if (shown.hand !== null) out.push(`${seat} sees the ${side} hand`);
      if (real.hand.length > 0 && text.includes(JSON.stringify(real.hand))) out.push(`the ${side} hand appears in the view of ${seat}`);
      if (real.hand.length > 1 && text.includes(JSON.stringify([...real.hand].sort()))) out.push(`the sorted ${side} hand appears`);
    }
    if ('deck' in shown) out.push(`the ${side} deck is in the view of ${seat}`);
    if (real.deck.length > 0 && text.includes(JSON.stringify(real.deck))) out.push(`the ${side} deck order appears in the view of ${seat}`);
    if (shown.handCount !== real.hand.length || shown.deckCount !== real.deck.length) out.push(`${side} counts are wrong`);
  }
  if ('deck' in v.world) out.push('the world deck is in the view');
  if (G.world.deck.length > 0 && text.includes(JSON.stringify(G.world.deck))) out.push('the world deck order appears');
  if (v.world.deckCount !== G.world.deck.length) out.push('world deck count is wrong');
  if (/"(seed|prngstate)"/.test(text)) out.push('random state in the view');
  return { problems: out, text };
}

/**
 * The same position with every secret the viewer may not know redrawn: hidden hands swapped
 * with the rest of their owner's deck, every deck reordered (deck order is secret even from its owner).
 */
function rescrambled(G: GameState, viewer: Side | null, rng: Rng): GameState {
  const redraw = <S extends GameState['sides'][Side]>(s: S, own: boolean): S => {
    if (own) return { ...s, deck: shuffleInPlace(rng, [...s.deck]) };
    const pool = shuffleInPlace(rng, [...s.hand, ...s.deck]);
    return { ...s, hand: pool.slice(0, s.hand.length), deck: pool.slice(s.hand.length) };
  };
  return {
    ...G,
    sides: { dem: redraw(G.sides.dem, viewer === 'dem'), aut: redraw(G.sides.aut, viewer === 'aut') },
    world: { ...G.world, deck: shuffleInPlace(rng, [...G.world.deck]) },
  };
}

const secrets = (G: GameState): string => JSON.stringify([G.sides.dem.hand, G.sides.dem.deck, G.sides.aut.hand, G.sides.aut.deck, G.world.deck]);

/** Checks every viewer at one position; returns how many rescrambles really changed a secret. */
function checkPosition(G: GameState, rng: Rng, where: string): number {
  let differed = 0;
  for (const seat of VIEWERS) {
    const { problems, text } = leaks(G, seat);
    if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
    const H = rescrambled(G, sideOfSeat(G, seat), rng);
    if (JSON.stringify(playerView(H, seat)) !== text) throw new Error(`${where}: the view of ${seat} changes with secrets it may not know`);
    if (secrets(H) !== secrets(G)) differed += 1;
  }
  return differed;
}

describe('player views keep secrets (pure rules)', () => {
  it('no view holds an opponent hand, a deck order or the seed, and views depend on public facts only', () => {
    let scrambledAndDiffered = 0;
    let positions = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom<SetupData | undefined>(undefined, { demSeat: '1' }),
        (seed, setup) => {
          const rng = createAlea(seed);
          const pick = createAlea(`pick:${seed}`);
          const G = createGame(setup, rng);
          while (G.result === null) {
            // A third of the positions, so that the file stays fast; every kind of position is hit.
            if (pick() < 0.35) {
              scrambledAndDiffered += checkPosition(G, pick, `seed ${seed}, round ${G.round}, ${G.log.length} log lines`);
              positions += 1;
            }
            const options = legalMoves(G, G.active);
            applyMove(G, G.active, options[Math.trunc(pick() * options.length)] as Move, rng);
          }
          scrambledAndDiffered += checkPosition(G, pick, `seed ${seed}, game over`);
          positions += 1;
        },
      ),
      { seed: 7_331, numRuns: GAMES },
    );
    expect(positions).toBeGreaterThan(GAMES * 15);
    // The noninterference check compared genuinely different secret states.
    expect(scrambledAndDiffered).toBeGreaterThan(positions * 2);
  });

  it('the leak detector sees a leaked hand and a leaked deck', () => {
    const G = createGame(undefined, createAlea('leak'));
    expect(leaks(G, '0').problems).toEqual([]);
    const leaky = { ...G, notes: { peek: G.sides.aut.hand, order: G.sides.dem.deck } } as unknown as GameState;
    const found = leaks(leaky, '0').problems.join('\n');
    expect(found).toContain('the aut hand appears');
    expect(found).toContain('the dem deck order appears');
  });

  it('a spectator sees no hand at all, a player only its own', () => {
    const G = createGame({ demSeat: '1' }, createAlea('spectator'));
    const spectator = playerView(G, null);
    expect(spectator.viewer).toBeNull();
    expect([spectator.sides.dem.hand, spectator.sides.aut.hand]).toEqual([null, null]);
    expect(playerView(G, '1').sides.dem.hand).toEqual(G.sides.dem.hand);
    expect(playerView(G, '1').sides.aut.hand).toBeNull();
    expect(playerView(G, '0').sides.aut.hand).toEqual(G.sides.aut.hand);
    expect(playerView(G, '0').sides.dem.hand).toBeNull();
    expect(playerView(G, '7').viewer).toBeNull();
  });
});

describe('what boardgame.io sends each client', () => {
  const record = recordRandomGame('secrecy-bgio', { demSeat: '1' });
  const filter = getFilterPlayerView(seededGame(record.seed));
  const sent = (state: State<GameState>, seat: '0' | '1' | null) => {
    const payload = filter(seat, { type: 'update', args: ['m', state] } as never) as unknown as { args: [string, State<GameState>] };
    return payload.args[1];
  };

  it('the master-filtered state has no seed, no generator state and no opponent hand, at every move', () => {
    let checked = 0;
    replayBgio(record, (match) => {
      for (const seat of VIEWERS) {
        const state = sent(match.state, seat);
        const text = JSON.stringify(state);
        expect(match.state.plugins.random?.data).toHaveProperty('seed', record.seed);
        expect(state.plugins.random?.data).toBeUndefined();
        expect(text).not.toContain(record.seed);
        expect(text).not.toMatch(/prngstate/);
        expect(state.G).toEqual(playerView(match.state.G, seat));
        expect(leaks(match.state.G, seat).problems).toEqual([]);
        checked += 1;
      }
    });
    expect(checked).toBe(record.moves.length * VIEWERS.length);
  });

  it('sync filters the current state but ships initialState unfiltered (defect #3: the server must strip it)', () => {
    const match = replayBgio({ ...record, moves: record.moves.slice(0, 5) });
    const initial = replayBgio({ ...record, moves: [] }).state;
    const payload = filter('0', { type: 'sync', args: ['m', { state: match.state, initialState: initial, log: [] }] } as never) as unknown as {
      args: [string, { state: State<GameState>; initialState: State<GameState> }];
    };
    expect(payload.args[1].state.plugins.random?.data).toBeUndefined();
    // boardgame.io 0.50.2 passes initialState through untouched: seed and both hands included.
    expect(payload.args[1].initialState.plugins.random?.data).toHaveProperty('seed', record.seed);
    expect(payload.args[1].initialState.G.sides.aut.hand.length).toBeGreaterThan(0);
  });
});
