/**
 * The shape of a round (GAME.md section 3): the Autocratic side first, four alternating turns
 * each, resolution, then the next round's income and draw (with reshuffles).
 */
import { describe, expect, it } from 'vitest';
import { incomeOf, legalMoves, tryMove, type CardId, type GameState, type Side } from '../../src/game';
import { firstToAct } from '../../src/game/scenario-rules';
import type { ScenarioId } from '../../src/game/data/scenarios';
import { actionMove, entry, playOps } from '../support/action-kit';
import { noRng, position, scriptedRng } from '../support/position';
import { eventsOf, lastTurnOf, quietPosition } from './quiet-board';

/**
 * One whole turn: the first card in hand that may go for its ops (a pivotal card with a playable
 * event may not), then give the ops up. Returns the card played.
 */
function playTurn(G: GameState, side: Side): CardId {
  const ops = legalMoves(G, side).find((move) => move.kind === 'play-ops');
  if (ops?.kind !== 'play-ops') throw new Error(`no card of ${side} may be played for its ops`);
  playOps(G, side, ops.card);
  expect(tryMove(G, side, { kind: 'pass' }, noRng)).toBeNull();
  return ops.card;
}

describe('turn order', () => {
  it('the Autocratic side first, then 4 alternating turns each, then resolution and round 2, opened by the Democratic side', () => {
    // A quiet board: resolution holds no election, so the whole round draws no random number.
    const G = quietPosition();
    const dealt = { dem: [...G.sides.dem.hand], aut: [...G.sides.aut.hand] };
    const playedCards: CardId[] = [];
    const order: Side[] = [];
    for (let turn = 0; turn < 8; turn++) {
      order.push(G.active);
      expect(legalMoves(G, G.active === 'dem' ? 'aut' : 'dem')).toEqual([]);
      expect(eventsOf(G, 'score')).toEqual([]);
      playedCards.push(playTurn(G, G.active));
    }
    const kept = {
      dem: dealt.dem.filter((card) => !playedCards.includes(card)),
      aut: dealt.aut.filter((card) => !playedCards.includes(card)),
    };
    expect(order).toEqual(['aut', 'dem', 'aut', 'dem', 'aut', 'dem', 'aut', 'dem']);
    expect(eventsOf(G, 'pass')).toHaveLength(8);
    expect(eventsOf(G, 'score')).toHaveLength(1);
    expect(eventsOf(G, 'round-start')).toEqual([{ type: 'round-start', round: 2 }]);
    expect(G.round).toBe(2);
    // Competing Visions alternates the initiative: the Democratic side opens the even rounds.
    expect(G.active).toBe('dem');
    expect(G.turns).toEqual({ aut: 0, dem: 0 });
    // The card not played was kept, and the hand is filled back up to 5.
    expect(eventsOf(G, 'draw')).toEqual([{ type: 'draw', side: 'aut', count: 4 }, { type: 'draw', side: 'dem', count: 4 }]);
    expect(G.sides.dem.hand).toHaveLength(5);
    expect([kept.dem, kept.aut].map((cards) => cards.length)).toEqual([1, 1]);
    expect(G.sides.dem.hand[0]).toBe(kept.dem[0]);
    expect(G.sides.aut.hand[0]).toBe(kept.aut[0]);
  });

  it('the initiative alternates by round in Competing Visions and stays with the Autocratic side where a scenario says nothing', () => {
    const opener = (scenario: ScenarioId) => [1, 2, 3, 4, 5, 6, 7, 8].map((round) => firstToAct({ scenario, round }));
    expect(opener('competing-visions')).toEqual(['aut', 'dem', 'aut', 'dem', 'aut', 'dem', 'aut', 'dem']);
    expect(opener('classroom-quick')).toEqual(Array(8).fill('aut'));
  });

  it('a side keeps the turn when the other has used all of its turns', () => {
    const G = position({ active: 'dem', turns: { aut: 4, dem: 1 }, dem: { hand: ['trade-agreement', 'five-eyes', 'nato-consolidation'] } });
    playTurn(G, 'dem');
    expect(G.active).toBe('dem');
    expect(G.turns).toEqual({ aut: 4, dem: 2 });
    expect(tryMove(G, 'aut', { kind: 'pass' }, noRng)).toBe('it is not your turn');
  });
});

describe('income', () => {
  const board = {
    DEU: { demTie: 'member', trust: 3 }, FRA: { demTie: 'member', trust: 3 }, ITA: { demTie: 'member', trust: 3 },
    EGY: { autTie: 'deal', leverage: 1 }, KEN: { autTie: 'deal', leverage: 1 }, VEN: { autTie: 'deal', leverage: 1 },
    RUS: { autTie: 'framework', framework: 'sco', leverage: 1 },
  } as const;

  it('is collected at the start of the next round: members\' weight for the bloc less the dependency penalty, deals for the Autocratic side', () => {
    const G = quietPosition({ ...lastTurnOf('dem'), pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { capital: 9, dependency: 5 }, aut: { capital: 11 }, countries: board });
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    const income = { kind: 'rules', step: 'income' } as const;
    // Democratic: 2 + (3 + 3 + 2) / 3 rounded down = 4, less dependency 5 − 2 = 3: 1.
    // Autocratic: 3 + 3 deals (the framework member pays nothing): 6.
    expect(G.log.filter((e) => e.event.type === 'income')).toStrictEqual([
      entry('dependency', income, { type: 'income', side: 'dem', amount: 1 }, undefined, 2),
      entry('mutual-interest', income, { type: 'income', side: 'aut', amount: 6 }, undefined, 2),
    ]);
    expect(G.sides.dem.capital).toBe(10);
    expect(G.sides.aut.capital).toBe(17);
  });

  it('the dependency penalty starts above 2 and never makes income negative; a ratified CAI pays 1 more', () => {
    const G = quietPosition({ countries: board });
    const dem = (dependency: number) => {
      G.sides.dem.dependency = dependency;
      return incomeOf(G, 'dem');
    };
    expect([0, 2, 3, 4, 5].map(dem)).toEqual([4, 4, 3, 2, 1]);
    for (const id of ['DEU', 'FRA', 'ITA'] as const) G.countries[id].demTie = 'ally';
    expect(dem(5)).toBe(0);
    expect(incomeOf(G, 'aut')).toBe(6);
    G.standing = ['cai-ratified'];
    expect(incomeOf(G, 'aut')).toBe(7);
  });
});

describe('draw', () => {
  it('fills the hand to 5, reshuffling the discard into the deck when it runs out', () => {
    const G = quietPosition({
      ...lastTurnOf('dem'),
      pending: { side: 'dem', card: 'energy-diversification', opsLeft: 2 },
      dem: {
        hand: ['aukus'],
        deck: ['five-eyes', 'nato-consolidation'],
        discard: ['summit-of-democracies', 'quad-revitalized', 'trade-agreement'],
      },
    });
    const autHand = [...G.sides.aut.hand];
    // Fisher–Yates over 3 cards takes 2 draws; both 0: [summit, quad, trade] -> [quad, trade, summit].
    expect(tryMove(G, 'dem', { kind: 'pass' }, scriptedRng([0, 0]))).toBeNull();
    expect(G.round).toBe(2);
    expect(G.sides.dem.hand).toEqual(['aukus', 'five-eyes', 'nato-consolidation', 'quad-revitalized', 'trade-agreement']);
    expect(G.sides.dem.deck).toEqual(['summit-of-democracies']);
    expect(G.sides.dem.discard).toEqual([]);
    expect(G.sides.aut.hand).toEqual(autHand);
    const draw = { kind: 'rules', step: 'draw' } as const;
    expect(G.log.filter((e) => e.cause.kind === 'rules' && e.cause.step === 'draw')).toStrictEqual([
      entry('cooperation', draw, { type: 'reshuffle', pile: 'dem', count: 3 }, undefined, 2),
      entry('cooperation', draw, { type: 'draw', side: 'dem', count: 4 }, undefined, 2),
    ]);
  });

  it('draws what there is when deck and discard run dry', () => {
    const G = quietPosition({ ...lastTurnOf('dem'), pending: { side: 'dem', card: 'aukus', opsLeft: 2 }, dem: { hand: [], deck: ['five-eyes'], discard: [] } });
    expect(tryMove(G, 'dem', { kind: 'pass' }, noRng)).toBeNull();
    expect(G.sides.dem.hand).toEqual(['five-eyes']);
    expect(eventsOf(G, 'draw')).toEqual([{ type: 'draw', side: 'dem', count: 1 }]);
  });

  it('the world deck reshuffles its discard too, to turn up the next event', () => {
    const G = quietPosition({ ...lastTurnOf('aut'), pending: { side: 'aut', card: 'port-investment', opsLeft: 2 } });
    G.world = { deck: [], upcoming: null, discard: ['pandemic', 'coup'] };
    expect(tryMove(G, 'aut', { kind: 'pass' }, scriptedRng([0.9]))).toBeNull();
    expect(eventsOf(G, 'reshuffle')).toEqual([{ type: 'reshuffle', pile: 'world', count: 2 }]);
    expect(G.world).toEqual({ deck: ['coup'], upcoming: 'pandemic', discard: [] });
    expect(eventsOf(G, 'world-event')).toEqual([]);
  });
});

it('an action that spends the last op of the last turn resolves the round at once', () => {
  const G = quietPosition({ ...lastTurnOf('aut'), pending: { side: 'aut', card: 'cultural-institutes', opsLeft: 1 }, countries: { NGA: { leverage: 1 } } });
  expect(tryMove(G, 'aut', actionMove('invest', 'NGA'), noRng)).toBeNull();
  expect(G.round).toBe(2);
  expect(G.history).toHaveLength(1);
  expect(G.countries.NGA).toMatchObject({ leverage: 2, autTie: 'deal' });
  // The new deal already pays in round 2: 3 + 1.
  expect(eventsOf(G, 'income').find((e) => e.side === 'aut')?.amount).toBe(4);
});
