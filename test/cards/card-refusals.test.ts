/**
 * Card events that must be refused: wrong targets, a target for a card that takes none, a missing
 * target, home countries, cards not in hand, the wrong turn. A refusal changes nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { CARD, type CardId, COUNTRY, type CountryId, legalMoves, type Side, TARGETABLE, tryMove } from '../../src/game';
import { AUTOCRATIC_CARDS, DEMOCRATIC_CARDS } from '../../src/game/data/cards';
import type { CardDef } from '../../src/game/data/card-types';
import { countriesMatching, matches } from '../../src/game/queries';
import { noRng, type PositionOverrides, position } from '../support/position';
import { playEvent } from './card-harness';

const SIDE_CARDS: readonly CardDef[] = [...DEMOCRATIC_CARDS, ...AUTOCRATIC_CARDS];
const side = (card: CardDef): Side => card.side as Side;
const targeted = SIDE_CARDS.filter((card) => card.target);
const untargeted = SIDE_CARDS.filter((card) => !card.target);

/** Plays a card expected to be refused and asserts that the message is `message` and nothing changed. */
function expectRefused(card: CardId, target: CountryId | undefined, message: string, o: PositionOverrides = {}): void {
  const { G, before, error } = playEvent(side(CARD[card]), card, target, o);
  expect(error).toBe(message);
  expect(G).toEqual(before);
}

describe('refused card events change nothing', () => {
  // The first country each filter rejects in the round-1 position (Infrastructure Investment rejects only
  // leverage 5, which nobody holds yet: it is covered below with a position that has one).
  const start = position();
  const firstWrong = targeted.flatMap((card) => {
    const wrong = TARGETABLE.find((id) => !matches(start, id, card.target ?? {}));
    return wrong ? [[card.id, wrong, card] as const] : [];
  });

  it('every targeted card but infrastructure-investment rejects some country at the start', () => {
    expect(targeted.filter((card) => !firstWrong.some(([id]) => id === card.id)).map((card) => card.id)).toEqual(['infrastructure-investment']);
  });

  it.each(firstWrong)('%s refuses %s, which its filter does not match', (id, wrong, card) => {
    expectRefused(id as CardId, wrong, `${COUNTRY[wrong].name} is not a valid target for ${card.title}`);
  });

  it.each([
    ['exit-16-plus-1', 'HUN', 'a hybrid in the 16+1'],
    ['exit-16-plus-1', 'DEU', 'a democracy outside the 16+1'],
    ['democracy-support', 'DEU', 'a democracy'],
    ['human-rights-sanctions', 'TWN', 'no leverage to sanction'],
    ['human-rights-sanctions', 'TUR', 'an ally, even with leverage'],
    ['human-rights-sanctions', 'GRC', 'a bloc member, even with leverage'],
    ['trade-agreement', 'JPN', 'already an ally'],
    ['win-win-cooperation', 'DEU', 'a bloc member'],
    ['port-investment', 'DEU', 'a coastal member, but with no Autocratic tie'],
    ['port-investment', 'SRB', 'in the 16+1, but landlocked'],
    ['port-investment', 'HUN', 'in the 16+1, but landlocked'],
    ['port-investment', 'RUS', 'coastal and tied, but an autocracy'],
    ['debt-leverage', 'SAU', 'no Autocratic tie'],
    ['economic-coercion', 'RUS', 'no Democratic tie'],
    ['sco-summit', 'TWN', 'leverage below 1'],
    ['sco-summit', 'RUS', 'already in the SCO'],
    ['sco-summit', 'GRC', 'not a country the SCO reaches'],
    ['sco-summit', 'EGY', 'a deal partner with leverage, but not a country the SCO reaches'],
    ['sco-summit', 'VNM', 'in the Indo-Pacific with leverage, but not a country the SCO reaches'],
    ['strategic-partnership', 'RUS', 'Russia itself (the card acts on Russia anyway)'],
    ['strategic-partnership', 'SRB', 'a partner in Eurasia'],
    ['strategic-partnership', 'ZAF', 'a democracy'],
    ['cultural-institutes', 'RUS', 'an autocracy'],
    ['hybrid-warfare', 'NGA', 'a hybrid with no Democratic tie'],
    ['populist-outreach', 'JPN', 'a democracy with no polarization'],
    ['populist-outreach', 'HUN', 'a hybrid'],
    ['wolf-warrior-diplomacy', 'SRB', 'no trust to lose'],
    ['state-media-campaign', 'RUS', 'an autocracy'],
  ] as const)('%s on %s (%s)', (card, target, _why) => {
    expectRefused(card, target, `${COUNTRY[target].name} is not a valid target for ${CARD[card].title}`);
  });

  it.each([
    ['state-media-campaign', 'ITA', { countries: { ITA: { polarization: 3 } } }],
    ['infrastructure-investment', 'PAK', { countries: { PAK: { leverage: 5 } } }],
    ['exit-16-plus-1', 'LTU', { countries: { LTU: { autTie: 'none', framework: null } } }],
    ['sco-summit', 'IRN', { countries: { IRN: { leverage: 0 } } }],
    ['human-rights-sanctions', 'BRA', { countries: { BRA: { demTie: 'ally' } } }],
  ] as const)('%s on %s once its state no longer matches', (card, target, o) => {
    expectRefused(card, target, `${COUNTRY[target].name} is not a valid target for ${CARD[card].title}`, o);
  });

  it.each(untargeted.map((card) => [card.id, card] as const))('%s takes no target', (_id, card) => {
    expectRefused(card.id as CardId, 'DEU', `${card.title} takes no target`);
  });

  it.each(['TUR', 'RUS', 'JPN'] as const)('summit-16-plus-1 takes no target, not even %s', (target) => {
    expectRefused('summit-16-plus-1', target, `${CARD['summit-16-plus-1'].title} takes no target`);
  });

  it.each(targeted.map((card) => [card.id, card] as const))('%s needs a target', (_id, card) => {
    expectRefused(card.id as CardId, undefined, `${card.title} needs a target country`);
  });

  it.each([['human-rights-sanctions', 'CHN'], ['wolf-warrior-diplomacy', 'USA'], ['cultural-institutes', 'USA']] as const)(
    '%s cannot target the home country %s',
    (card, target) => expectRefused(card, target, 'home countries cannot be targeted'),
  );

  it('refuses a card that is not in hand, and a card played out of turn', () => {
    const G = position({ aut: { hand: ['vaccine-diplomacy'] }, dem: { hand: ['aukus'] }, active: 'aut' });
    const before = structuredClone(G);
    expect(tryMove(G, 'aut', { kind: 'play-event', card: 'strategic-partnership' }, noRng)).toBe('strategic-partnership is not in your hand');
    expect(tryMove(G, 'aut', { kind: 'play-event', card: 'aukus' }, noRng)).toBe('aukus is not in your hand');
    expect(tryMove(G, 'dem', { kind: 'play-event', card: 'aukus' }, noRng)).toBe('it is not your turn');
    expect(G).toEqual(before);
  });

  it('refuses an event while the ops of another card are still being spent', () => {
    const G = position({ aut: { hand: ['vaccine-diplomacy'] }, pending: { side: 'aut', card: 'debt-leverage', opsLeft: 1 } });
    const before = structuredClone(G);
    expect(tryMove(G, 'aut', { kind: 'play-event', card: 'vaccine-diplomacy' }, noRng)).toBe(
      'spend or give up the ops of the card in play first',
    );
    expect(G).toEqual(before);
  });
});

describe('legal moves offer exactly the valid events', () => {
  it.each(SIDE_CARDS.map((card) => [card.id, card] as const))('%s', (_id, card) => {
    const s = side(card);
    const G = position({ [s]: { hand: [card.id] }, active: s });
    const events = legalMoves(G, s).filter((move) => move.kind === 'play-event');
    const expected = card.target
      ? countriesMatching(G, card.target).map((target) => ({ kind: 'play-event', card: card.id, target }))
      : [{ kind: 'play-event', card: card.id }];
    expect(events).toEqual(expected);
  });

  it('the SCO summit has valid targets in the starting position (the SCO\'s own countries outside a framework, holding leverage 1), and being pivotal it is not offered for ops', () => {
    const G = position({ aut: { hand: ['sco-summit'] } });
    expect(legalMoves(G, 'aut')).toEqual(['TUR', 'IRN'].map((target) => ({ kind: 'play-event', card: 'sco-summit', target })));
  });

  it('the 16+1 summit is offered once, without a target, and (pivotal) not for ops', () => {
    const G = position({ aut: { hand: ['summit-16-plus-1'] } });
    expect(legalMoves(G, 'aut')).toEqual([{ kind: 'play-event', card: 'summit-16-plus-1' }]);
  });

  it('human rights sanctions are offered only against unaligned countries and partners that hold leverage', () => {
    const G = position({ dem: { hand: ['human-rights-sanctions'] }, active: 'dem' });
    const targets = legalMoves(G, 'dem').flatMap((m) => (m.kind === 'play-event' && m.target ? [m.target] : []));
    expect(targets).toEqual(['RUS', 'SRB', 'KAZ', 'IND', 'IDN', 'PHL', 'VNM', 'PAK', 'SAU', 'IRN', 'EGY', 'NGA', 'ZAF', 'KEN', 'ETH', 'BRA', 'ARG', 'VEN']);
    for (const id of targets) expect(['none', 'partner']).toContain(G.countries[id].demTie);
  });
});

describe('pivotal cards go for their event', () => {
  it('refuses a pivotal card for its ops while its event can be played, and changes nothing', () => {
    const G = position({ aut: { hand: ['sco-summit'] } });
    const before = structuredClone(G);
    expect(tryMove(G, 'aut', { kind: 'play-ops', card: 'sco-summit' }, noRng)).toBe(`${CARD['sco-summit'].title} is pivotal: play it for its event`);
    expect(G).toEqual(before);
  });

  it('lets a pivotal card go for its ops once its event has no valid target', () => {
    const G = position({ aut: { hand: ['sco-summit'] }, countries: { TUR: { leverage: 0 }, IRN: { leverage: 0 } } });
    expect(legalMoves(G, 'aut')).toEqual([{ kind: 'play-ops', card: 'sco-summit' }]);
    expect(tryMove(G, 'aut', { kind: 'play-ops', card: 'sco-summit' }, noRng)).toBeNull();
  });
});
