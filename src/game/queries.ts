import type { CountryFilter } from './data/card-types';
import { COUNTRY, TARGETABLE } from './data/countries';
import type { CountryState, GameState } from './state';
import type { CountryId, RegionId, Track } from './types';

const TRACKS: readonly Track[] = ['trust', 'leverage', 'polarization', 'resentment'];

/** Does a country's current state match a filter? Homes never match. */
export function matches(G: GameState, id: CountryId, filter: CountryFilter): boolean {
  const info = COUNTRY[id];
  if (info.home) return false;
  const cs = G.countries[id];
  if (filter.ids && !filter.ids.includes(id)) return false;
  if (filter.regions && !filter.regions.includes(info.region)) return false;
  if (filter.regimes && !filter.regimes.includes(cs.regime)) return false;
  if (filter.demTies && !filter.demTies.includes(cs.demTie)) return false;
  if (filter.autTies && !filter.autTies.includes(cs.autTie)) return false;
  if (filter.framework && cs.framework !== filter.framework) return false;
  return boundsMatch(cs, filter);
}

function boundsMatch(cs: CountryState, filter: CountryFilter): boolean {
  for (const t of TRACKS) {
    const min = filter.min?.[t];
    if (min !== undefined && cs[t] < min) return false;
    const max = filter.max?.[t];
    if (max !== undefined && cs[t] > max) return false;
  }
  return true;
}

/** Every targetable country matching a filter, in board order. */
export function countriesMatching(G: GameState, filter: CountryFilter): CountryId[] {
  return TARGETABLE.filter((id) => matches(G, id, filter));
}

/** Members of the Democratic bloc (integrated countries). */
export function members(G: GameState): CountryId[] {
  return TARGETABLE.filter((id) => G.countries[id].demTie === 'member');
}

/** Total weight of countries in a region (homes excluded). */
export function regionWeight(region: RegionId): number {
  return TARGETABLE.reduce((sum, id) => (COUNTRY[id].region === region ? sum + COUNTRY[id].weight : sum), 0);
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}
