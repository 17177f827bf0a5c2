import type { CountryFilter } from './data/card-types';
import { CARD } from './data/cards';
import { RULES } from './rules-config';
import { COUNTRIES, COUNTRY } from './data/countries';
import { inPlay, inPlayRegionWeight, isInPlay, sanctionShieldRefusal } from './scenario-rules';
import type { CardId } from './data/cards';
import type { CountryState, GameState } from './state';
import { type CountryId, type RegionId, type Track, TRACK_MAX } from './types';

const TRACKS: readonly Track[] = ['trust', 'leverage', 'polarization', 'resentment'];

/** Does a country's current state match a filter? Homes and countries out of play never match. */
export function matches(G: GameState, id: CountryId, filter: CountryFilter): boolean {
  return compiled(filter)(G, id);
}

type Predicate = (G: GameState, id: CountryId) => boolean;

// Filters are static card data, and legal-move generation tests them thousands of times a game:
// each is compiled once into a predicate that checks only the fields it sets.
const COMPILED = new WeakMap<CountryFilter, Predicate>();

function compiled(filter: CountryFilter): Predicate {
  let predicate = COMPILED.get(filter);
  if (!predicate) {
    predicate = compile(filter);
    COMPILED.set(filter, predicate);
  }
  return predicate;
}

function compile(filter: CountryFilter): Predicate {
  const { ids, regions, regimes, demTies, autTies, framework } = filter;
  // Which countries a filter can ever match is static (homes, ids, regions): one set lookup.
  // (Homes are left out by the in-play test below: a scenario may move them.)
  const allowed = new Set(COUNTRIES.map((info) => info.id).filter((id) => (!ids || ids.includes(id)) && (!regions || regions.includes(COUNTRY[id].region))));
  const tests: Array<(cs: CountryState) => boolean> = [];
  if (regimes) tests.push((cs) => regimes.includes(cs.regime));
  if (demTies) tests.push((cs) => demTies.includes(cs.demTie));
  if (autTies) tests.push((cs) => autTies.includes(cs.autTie));
  if (framework) tests.push((cs) => cs.framework === framework);
  for (const t of TRACKS) {
    const min = filter.min?.[t];
    if (min !== undefined) tests.push((cs) => cs[t] >= min);
    const max = filter.max?.[t];
    if (max !== undefined) tests.push((cs) => cs[t] <= max);
  }
  return (G, id) => {
    if (!allowed.has(id) || !isInPlay(G, id)) return false;
    const cs = G.countries[id];
    for (const test of tests) if (!test(cs)) return false;
    return true;
  };
}

/**
 * Can `card`'s event be played on `id`: it matches the card's target filter, and no scenario rule
 * keeps the card from it (a bloc shielded from sanctions). False for a card that takes no target.
 */
export function eventCanTarget(G: GameState, card: CardId, id: CountryId): boolean {
  const filter = CARD[card].target;
  return filter !== undefined && matches(G, id, filter) && sanctionShieldRefusal(G, id, card) === null;
}

/** Every country in play matching a filter, in board order. */
export function countriesMatching(G: GameState, filter: CountryFilter): CountryId[] {
  return inPlay(G).filter((id) => matches(G, id, filter));
}

/**
 * Would this member vote against the bloc's line? A "cheerleader": a member under heavy leverage
 * that depends on the rival more than it trusts the bloc (leverage at the veto threshold and above
 * its trust). Trust is the bloc's answer: a member that trusts it as much stays with it.
 */
export function votesAgainst(cs: CountryState): boolean {
  return cs.demTie === 'member' && cs.leverage >= RULES.thresholds.vetoLeverage && cs.leverage > cs.trust;
}

/**
 * Will this country break away at the coming resolution's coercion check? Resentment above
 * leverage ends every Autocratic tie and the leverage itself (the Warsaw Pact lesson), whether or
 * not a deal or framework is in place (a country with leverage and no tie loses the leverage). No
 * leverage holds a country coerced to the limit: resentment at its maximum breaks it away too.
 */
export function breaksAway(cs: CountryState): boolean {
  const resented = cs.resentment > cs.leverage || cs.resentment >= TRACK_MAX.resentment;
  return resented && (cs.autTie !== 'none' || cs.leverage > 0);
}

/** Members of the Democratic bloc (integrated countries). */
export function members(G: GameState): CountryId[] {
  return inPlay(G).filter((id) => G.countries[id].demTie === 'member');
}

/** Total weight of a region's countries in play (homes excluded). */
export function regionWeight(G: GameState, region: RegionId): number {
  return inPlayRegionWeight(G, region);
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
