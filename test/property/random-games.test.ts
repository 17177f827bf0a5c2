/**
 * Property: seeded random legal games (uniform among `legalMoves`) always end by the last round
 * without throwing, every invariant of the state holds after every move, `legalMoves` lists
 * only moves that `checkMove` accepts, and moves it does not list are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIONS, type ActionId, ALL_CARDS, type CardId, applyMove, checkMove, COUNTRIES, CONCEPTS, type CountryId, createAlea, createGame,
  FRAMEWORKS, type FrameworkId, type GameState, legalMoves, type Move, opponent, type Rng, SCENARIOS, type SetupData, SIDES,
  type Side, ACTIONS_OF,
} from '../../src/game';
import { AUTOCRATIC_DECK, DEMOCRATIC_DECK, WORLD_DECK } from '../../src/game/data/cards';

const GAMES = 500;
const FC_SEED = 20_240_601;

/** A canonical key for a move, independent of property order. */
function key(m: Move): string {
  const r = m as Partial<Record<'card' | 'target' | 'action' | 'framework', string>>;
  return [m.kind, r.card ?? '', r.target ?? '', r.action ?? '', r.framework ?? ''].join('|');
}

const sorted = (cards: readonly string[]): string => [...cards].sort().join(',');

function fullDecks(G: GameState): { dem: string; aut: string; world: string } {
  const decks = SCENARIOS[G.scenario].decks;
  return {
    dem: sorted(decks?.dem ?? DEMOCRATIC_DECK),
    aut: sorted(decks?.aut ?? AUTOCRATIC_DECK),
    world: sorted(decks?.world ?? WORLD_DECK),
  };
}

const inRange = (v: number, lo: number, hi: number): boolean => Number.isInteger(v) && v >= lo && v <= hi;

/** Track bounds from GAME.md, written out here rather than read from the rules under test. */
const BOUNDS = { trust: 5, leverage: 5, polarization: 3, resentment: 5 } as const;

/** Every violated invariant of a state (empty when the state is sound). */
function violations(G: GameState): string[] {
  const out: string[] = [];
  for (const [id, cs] of Object.entries(G.countries)) {
    for (const track of ['trust', 'leverage', 'polarization', 'resentment'] as const) {
      if (!inRange(cs[track], 0, BOUNDS[track])) out.push(`${id}.${track} = ${cs[track]}`);
    }
    if (cs.regime === 'autocracy' && cs.polarization !== 0) out.push(`${id} is an autocracy with polarization ${cs.polarization}`);
    if ((cs.framework !== null) !== (cs.autTie === 'framework')) out.push(`${id}: framework ${cs.framework} with tie ${cs.autTie}`);
  }
  for (const side of SIDES) if (!inRange(G.sides[side].capital, 0, Infinity)) out.push(`${side} capital ${G.sides[side].capital}`);
  if (!inRange(G.sides.dem.dependency, 0, 5)) out.push(`dependency ${G.sides.dem.dependency}`);
  if (!inRange(G.worldOrder, -20, 20)) out.push(`worldOrder ${G.worldOrder}`);
  if (!inRange(G.round, 1, G.lastRound)) out.push(`round ${G.round}`);
  for (const side of SIDES) {
    const s = G.sides[side];
    if (s.hand.length > 5) out.push(`${side} holds ${s.hand.length} cards`);
    if (!inRange(G.turns[side], 0, 4)) out.push(`${side} turns ${G.turns[side]}`);
    const held = sorted([...s.deck, ...s.hand, ...s.discard, ...s.removed]);
    if (held !== fullDecks(G)[side]) out.push(`${side} cards not conserved: ${held}`);
  }
  const w = G.world;
  const world = sorted([...w.deck, ...(w.upcoming === null ? [] : [w.upcoming]), ...w.discard]);
  if (world !== fullDecks(G).world) out.push(`world cards not conserved: ${world}`);
  if (G.pending !== null && (G.pending.side !== G.active || G.pending.opsLeft <= 0)) out.push(`pending ${JSON.stringify(G.pending)}`);
  if (G.result !== null && G.pending !== null) out.push('pending ops after the end');
  if (G.history.length !== (G.result === null ? G.round - 1 : G.round)) out.push(`history of ${G.history.length} rounds`);
  if (G.log.some((e) => !CONCEPTS.includes(e.concept))) out.push('log entry without a known concept');
  return out;
}

const CARD_IDS = ALL_CARDS.map((c) => c.id) as CardId[];
const COUNTRY_IDS = COUNTRIES.map((c) => c.id);
const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

function pickOf<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.trunc(rng() * items.length)] as T;
}

/**
 * A random move of any shape, legal or not. Half the time it uses a card from the side's own
 * hand and one of its own actions, so that many samples are near misses (wrong target, too few
 * ops or capital, pending ops) rather than plainly foreign cards.
 */
function anyMove(G: GameState, side: Side, rng: Rng): Move {
  const near = rng() < 0.5;
  const hand = G.sides[side].hand;
  const card = near && hand.length > 0 ? pickOf(rng, hand) : pickOf(rng, CARD_IDS);
  const target = rng() < 0.2 ? undefined : pickOf(rng, COUNTRY_IDS);
  const roll = rng();
  if (roll < 0.3) return target ? { kind: 'play-event', card, target } : { kind: 'play-event', card };
  if (roll < 0.45) return { kind: 'play-ops', card };
  if (roll < 0.95) {
    const action = pickOf(rng, near ? ACTIONS_OF[side] : ACTION_IDS);
    const move: { kind: 'action'; action: ActionId; target?: CountryId; framework?: FrameworkId } = { kind: 'action', action };
    if (target) move.target = target;
    if (rng() < (action === 'framework' ? 0.8 : 0.2)) move.framework = pickOf(rng, FRAMEWORKS);
    return move;
  }
  return { kind: 'pass' };
}

/** Checks the move lists of a position: listed moves pass `checkMove`, a sample of others is refused. */
function moveListProblems(G: GameState, rng: Rng, samples: number): { problems: string[]; unlisted: number } {
  const out: string[] = [];
  let unlisted = 0;
  const side = G.active;
  const listed = legalMoves(G, side);
  const keys = new Set(listed.map(key));
  if (keys.size !== listed.length) out.push('legalMoves lists a move twice');
  if (G.result === null && listed.length === 0) out.push(`no legal move for ${side}`);
  if (legalMoves(G, opponent(side)).length > 0) out.push('the side not on turn has legal moves');
  for (const m of listed) {
    const error = checkMove(G, side, m);
    if (error !== null) out.push(`listed move ${key(m)} refused: ${error}`);
    if (checkMove(G, opponent(side), m) === null) out.push(`${key(m)} accepted out of turn`);
  }
  for (let i = 0; i < samples; i++) {
    const m = anyMove(G, side, rng);
    if (keys.has(key(m))) continue;
    unlisted += 1;
    if (checkMove(G, side, m) === null) out.push(`unlisted move ${key(m)} accepted`);
  }
  return { problems: out, unlisted };
}

interface Outcome {
  G: GameState;
  moves: number;
  /** Unlisted moves tried (each must have been refused). */
  unlisted: number;
}

/** Plays one seeded random game, checking everything after every move; throws at the first broken property. */
function playChecked(seed: number, setup: SetupData | undefined): Outcome {
  const rng = createAlea(seed);
  const pick = createAlea(`pick:${seed}`);
  const G = createGame(setup, rng);
  let moves = 0;
  let unlisted = 0;
  const fail = (what: string[]) => {
    if (what.length > 0) throw new Error(`seed ${seed}, move ${moves}, round ${G.round}: ${what.join('; ')}`);
  };
  fail(violations(G));
  while (G.result === null) {
    const lists = moveListProblems(G, pick, 12);
    fail(lists.problems);
    unlisted += lists.unlisted;
    const options = legalMoves(G, G.active);
    if (options.length === 0 || moves > 2_000) fail([`stuck with ${options.length} legal moves`]);
    applyMove(G, G.active, pickOf(pick, options), rng);
    moves += 1;
    fail(violations(G));
  }
  fail([...violations(G), ...moveListProblems(G, pick, 12).problems]);
  return { G, moves, unlisted };
}

const setupArb: fc.Arbitrary<SetupData | undefined> = fc.option(
  fc.record(
    {
      demSeat: fc.constantFrom('0' as const, '1' as const),
      decisionRule: fc.constantFrom('unanimity' as const, 'majority' as const),
      dependency: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('random legal games', () => {
  it(`${GAMES} seeded games end by the last round with every invariant holding after every move`, () => {
    const rounds = new Map<number, number>();
    let totalMoves = 0;
    let totalUnlisted = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), setupArb, (seed, setup) => {
        const { G, moves, unlisted } = playChecked(seed, setup);
        totalUnlisted += unlisted;
        expect(G.result).not.toBeNull();
        expect(G.round).toBeLessThanOrEqual(G.lastRound);
        expect(G.lastRound).toBe(8);
        rounds.set(G.round, (rounds.get(G.round) ?? 0) + 1);
        totalMoves += moves;
      }),
      { seed: FC_SEED, numRuns: GAMES },
    );
    // The run really played full games, some of them all 8 rounds.
    expect([...rounds.values()].reduce((a, b) => a + b, 0)).toBe(GAMES);
    expect(rounds.get(8) ?? 0).toBeGreaterThan(0);
    expect(totalMoves).toBeGreaterThan(GAMES * 20);
    expect(totalUnlisted).toBeGreaterThan(totalMoves * 5);
  });

  it('the invariant checker catches broken states', () => {
    const G = createGame(undefined, createAlea('broken'));
    expect(violations(G)).toEqual([]);
    const broken = structuredClone(G);
    broken.countries.RUS.polarization = 1;
    broken.countries.GRC.trust = 6;
    broken.countries.JPN.framework = 'cee';
    broken.sides.aut.hand.push(broken.sides.aut.hand[0] as (typeof G.sides.aut.hand)[number]);
    broken.world.discard.pop();
    broken.worldOrder = -21;
    const found = violations(broken).join('\n');
    for (const what of ['RUS is an autocracy', 'GRC.trust = 6', 'JPN: framework cee', 'aut holds 6', 'aut cards not conserved', 'world cards not conserved', 'worldOrder -21']) {
      expect(found).toContain(what);
    }
  });

  it('the move-list check refuses nothing legal and accepts nothing illegal at the start', () => {
    const G = createGame(undefined, createAlea('moves'));
    const { problems, unlisted } = moveListProblems(G, createAlea('sample'), 200);
    expect(problems).toEqual([]);
    expect(unlisted).toBeGreaterThan(150);
    // Out of turn, even a listed move is refused.
    const [first] = legalMoves(G, G.active);
    expect(checkMove(G, opponent(G.active), first as Move)).toMatch(/not your turn/);
  });
});
