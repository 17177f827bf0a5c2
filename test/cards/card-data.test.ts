/**
 * Integrity of the card data: ids, fields, decks, concepts, targets and country ids.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIONS, ALL_CARDS, CONCEPTS, type ConceptId, COUNTRIES, COUNTRY, type CountryState, createAlea, DEFAULT_SCENARIO,
  type GameState, SCENARIOS, TARGETABLE,
} from '../../src/game';
import type { CardDef, Condition, CountryFilter, Effect, Scope } from '../../src/game/data/card-types';
import { AUTOCRATIC_CARDS, DEMOCRATIC_CARDS, WORLD_CARDS } from '../../src/game/data/cards';
import { COLD_WAR_WORLD_CARDS } from '../../src/game/data/cards-world-cold-war';
import { RECORD_WORLD_CARDS } from '../../src/game/data/cards-world-record';
import { matches } from '../../src/game/queries';
import { resolveRound } from '../../src/game/round';
import { position } from '../support/position';
import { playRandomGame } from '../support/random-game';

/** The concept ids of GAME.md section 1, in its order ("bilateral-deals / win-win" and "disinformation / hybrid-warfare" are one id each). */
const GAME_MD_CONCEPTS: readonly ConceptId[] = [
  'cooperation', 'alliance', 'bloc', 'integration', 'mutual-interest', 'coercion', 'common-values', 'trust', 'sovereignty',
  'unanimity-veto', 'qualified-majority', 'dependency', 'bilateral-deals', 'frameworks', 'bloc-disruption', 'disinformation',
  'coerced-bloc-collapse', 'interest-not-ideology', 'united-front', 'autocratic-resilience',
];

/** Every effect of a card, nested ones included. */
function allEffects(effects: readonly Effect[]): Effect[] {
  return effects.flatMap((e): Effect[] => {
    if (e.op === 'bloc-decision') return [e, ...allEffects(e.ifTrue)];
    if (e.op === 'chance' || e.op === 'when') return [e, ...allEffects(e.ifTrue), ...allEffects(e.ifFalse ?? [])];
    return [e];
  });
}
const scopes = (card: CardDef): Scope[] => allEffects(card.effects).flatMap((e) => ('scope' in e ? [e.scope] : []));
const conditions = (card: CardDef): Condition[] => allEffects(card.effects).flatMap((e) => (e.op === 'when' ? [e.cond] : []));
const usesTarget = (card: CardDef): boolean =>
  scopes(card).some((s) => s.kind === 'target') || conditions(card).some((c) => c.test === 'target');

/** Every filter a card holds, with the country ids it names. */
function filters(card: CardDef): CountryFilter[] {
  const out: CountryFilter[] = card.target ? [card.target] : [];
  for (const s of scopes(card)) if (s.kind === 'each' || s.kind === 'random') out.push(s.filter);
  for (const c of conditions(card)) if (c.test === 'target' || c.test === 'country') out.push(c.filter);
  return out;
}
function namedCountries(card: CardDef): string[] {
  const ids = filters(card).flatMap((f) => f.ids ?? []);
  for (const s of scopes(card)) if (s.kind === 'country') ids.push(s.id);
  for (const c of conditions(card)) if (c.test === 'country') ids.push(c.id);
  return ids;
}

const CARD_SCO = AUTOCRATIC_CARDS.find((c) => c.id === 'sco-summit') as CardDef;

/** The article's own references, then the sources cards cite beyond it (author or body, with a year). */
const ARTICLE_REFERENCES = ['Art', 'Bank', 'Biden', 'Brown', 'Friedberg', 'Hoffman', 'Lau', 'Lo', 'Masters', 'Navari', 'Rawnsley', 'Rudd', 'von Soest'];
const CITED_SOURCES = [
  ...ARTICLE_REFERENCES, 'Brautigam', 'Council of the EU', 'Emmott & Koutantou', 'European Commission', 'European Parliament',
  'Guterres', 'Huang', 'Martin', 'US Department of Commerce',
];
const ARTICLE_OR_SOURCE = new RegExp(`article|\\b(${ARTICLE_REFERENCES.join('|')})\\b|\\(\\D+, (Reuters, )?\\d{4}`);
/** "(Name, 2021" or "(Name and Name, 2021": the named author or body of a citation. */
const CITATION = /\(([A-Z][^(),;]*?), (?:Reuters, )?\d{4}/g;

/** The default scenario's starting countries, before round 1's world event. */
function scenarioStart(): GameState {
  const overrides = SCENARIOS[DEFAULT_SCENARIO].countries as Partial<Record<string, Partial<CountryState>>>;
  const countries = Object.fromEntries(COUNTRIES.map((info) => [info.id, {
    trust: 0, leverage: 0, demTie: 'none', autTie: 'none', framework: null, polarization: 0, resentment: 0, regime: info.regime,
    ...overrides[info.id],
  }]));
  return { scenario: DEFAULT_SCENARIO, countries } as unknown as GameState;
}

describe('card data', () => {
  it('ids and titles are unique, ids kebab-case', () => {
    const ids = ALL_CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ALL_CARDS.map((c) => c.title)).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('decks hold about 16 / 16 / 12 cards of their own side (the Democratic deck has Export Controls on top)', () => {
    expect([DEMOCRATIC_CARDS.length, AUTOCRATIC_CARDS.length, WORLD_CARDS.length]).toEqual([17, 16, 12]);
    expect(DEMOCRATIC_CARDS.every((c) => c.side === 'dem')).toBe(true);
    expect(AUTOCRATIC_CARDS.every((c) => c.side === 'aut')).toBe(true);
    expect(WORLD_CARDS.every((c) => c.side === 'world')).toBe(true);
    // The record's dated world events (only for scenarios that schedule them) are cards too.
    expect([...RECORD_WORLD_CARDS, ...COLD_WAR_WORLD_CARDS].every((c) => c.side === 'world')).toBe(true);
    expect(ALL_CARDS).toHaveLength(45 + RECORD_WORLD_CARDS.length + COLD_WAR_WORLD_CARDS.length);
  });

  it.each(ALL_CARDS.map((c) => [c.id, c] as const))('%s: title, ops, reference, one-sentence explanation, concept', (_id, card) => {
    expect(card.title.trim()).not.toBe('');
    if (card.side === 'world') expect(card.ops).toBe(0);
    else expect([1, 2, 3, 4]).toContain(card.ops);
    expect(card.reference.trim().length).toBeGreaterThan(20);
    // The reference points at the article, one of its references, or a cited source with its year.
    expect(card.reference).toMatch(ARTICLE_OR_SOURCE);
    for (const [, source] of card.reference.matchAll(CITATION)) expect(CITED_SOURCES, `${card.id} cites ${source}`).toContain(source);
    expect(card.explanation).toMatch(/^[A-Z][^]*\.$/);
    expect(card.explanation).not.toMatch(/[.!?;]\s+[A-Z]/); // one sentence
    expect(CONCEPTS).toContain(card.concept);
    expect(card.effects.length).toBeGreaterThan(0);
  });

  it('world cards take no target, are never one-time, and act only through fixed, "each" or random scopes', () => {
    for (const card of [...WORLD_CARDS, ...RECORD_WORLD_CARDS, ...COLD_WAR_WORLD_CARDS] as readonly CardDef[]) {
      expect(card.target, card.id).toBeUndefined();
      expect(card.once, card.id).toBeUndefined();
      expect(usesTarget(card), card.id).toBe(false);
    }
  });

  it('a side card uses its target exactly when it asks for one; random picks are for world events only', () => {
    for (const card of [...DEMOCRATIC_CARDS, ...AUTOCRATIC_CARDS] as readonly CardDef[]) {
      expect(usesTarget(card), card.id).toBe(card.target !== undefined);
      expect(scopes(card).some((s) => s.kind === 'random'), card.id).toBe(false);
    }
  });

  it('every chance lies strictly between 0 and 1', () => {
    const chances = ALL_CARDS.flatMap((c) => allEffects(c.effects)).flatMap((e) => (e.op === 'chance' ? [e.chance] : []));
    expect(chances).toEqual([0.5, 0.5, 0.25]); // retaliation against Export Controls and Taiwan Engagement, Hybrid Warfare's exposure
  });

  it('every country a card names exists and is targetable (not a home country)', () => {
    // The Cold War's events name China, which that scenario puts in play (its Autocratic home is Moscow).
    const named = ALL_CARDS.filter((c) => !(COLD_WAR_WORLD_CARDS as readonly CardDef[]).includes(c)).flatMap(namedCountries);
    expect(named.length).toBeGreaterThan(10);
    for (const id of named) {
      expect(COUNTRY[id as keyof typeof COUNTRY], id).toBeDefined();
      expect(TARGETABLE, id).toContain(id);
    }
  });

  it('every target filter matches some country at the start of the default scenario, the SCO summit included', () => {
    const G = scenarioStart();
    const unmatched = ALL_CARDS.filter((c) => c.target && !TARGETABLE.some((id) => matches(G, id, c.target as CountryFilter)));
    expect(unmatched.map((c) => c.id)).toEqual([]);
    // The SCO summit needs leverage 1 or more in a country the real SCO reaches that is not yet in a framework:
    // Turkey (a dialogue partner) and Iran (which joined only in 2023) at the start; never Japan, Taiwan or Ethiopia.
    expect(CARD_SCO.target?.min).toEqual({ leverage: 1 });
    expect(TARGETABLE.filter((id) => matches(G, id, CARD_SCO.target as CountryFilter))).toEqual(['TUR', 'IRN']);
    expect(TARGETABLE.filter((id) => matches(G, id, { ...CARD_SCO.target, min: { leverage: 2 } }))).toEqual(['IRN']);
  });
});

describe('concept coverage', () => {
  it('the concept model is exactly the one of GAME.md section 1', () => {
    expect([...CONCEPTS].sort()).toEqual([...GAME_MD_CONCEPTS].sort());
  });

  it('every concept is carried by a card, an action or a rules step', () => {
    // The default decks' cards (the record's scheduled world events are left out: a scenario's own).
    const scheduled: readonly CardDef[] = [...RECORD_WORLD_CARDS, ...COLD_WAR_WORLD_CARDS];
    const byCards = new Set(ALL_CARDS.filter((c) => !scheduled.includes(c)).map((c) => c.concept));
    const byActions = new Set(Object.values(ACTIONS).map((a) => a.concept));
    // Rules steps: a round resolved with a coerced partner (Ethiopia: resentment 3 > leverage 2) and no veto
    // (Greece and Hungary below the veto threshold, so nothing the bloc decides can be blocked).
    const G = position({ countries: { ETH: { leverage: 2, resentment: 3 }, GRC: { leverage: 2 }, HUN: { leverage: 2 } } });
    resolveRound(G, createAlea('coverage'));
    const byRules = new Set(G.log.filter((e) => e.cause.kind === 'rules').map((e) => e.concept));
    expect(byRules).toContain('coerced-bloc-collapse');
    expect(byRules).toContain('united-front');
    const vetoed = position();
    ACTIONS.sanction.apply(vetoed, { target: 'RUS', framework: null }, { cause: { kind: 'action', side: 'dem', action: 'sanction' }, concept: 'bloc' });
    const byBlocRule = new Set(vetoed.log.map((e) => e.concept));
    expect(byBlocRule).toContain('unanimity-veto');

    const covered = new Set<ConceptId>([...byCards, ...byActions, ...byRules, ...byBlocRule]);
    expect(CONCEPTS.filter((c) => !covered.has(c))).toEqual([]);
    // Cards alone teach all but the three concepts that only the rules can show.
    expect(CONCEPTS.filter((c) => !byCards.has(c))).toEqual(['integration', 'unanimity-veto', 'coerced-bloc-collapse', 'united-front']);
  });

  it('every log line of played games carries a concept of the model', () => {
    for (const seed of ['cards-1', 'cards-2']) {
      const { G } = playRandomGame(seed);
      expect(G.result).not.toBeNull();
      for (const entry of G.log) expect(CONCEPTS).toContain(entry.concept);
    }
  });
});
