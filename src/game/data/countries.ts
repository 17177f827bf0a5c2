import type { CountryId, Regime, RegionId, Side } from '../types';

/** Static facts about a country: they never change during a game. */
export interface CountryInfo {
  readonly id: CountryId;
  readonly name: string;
  /** ISO 3166 numeric code, as a three-digit string (matches Natural Earth / world-atlas ids). */
  readonly iso: string;
  readonly region: RegionId;
  /** Regime at the start of the default scenario; scenarios may override it. */
  readonly regime: Regime;
  /** Strategic and economic importance, 1–3: it multiplies scoring. */
  readonly weight: number;
  /** Home countries cannot be targeted and do not score. */
  readonly home?: Side;
}

const c = (id: CountryId, name: string, iso: string, region: RegionId, regime: Regime, weight: number, home?: Side): CountryInfo =>
  home ? { id, name, iso, region, regime, weight, home } : { id, name, iso, region, regime, weight };

/** The 34 countries of the board (GAME.md section 2), homes last. */
export const COUNTRIES: readonly CountryInfo[] = [
  c('GBR', 'United Kingdom', '826', 'europe', 'democracy', 3),
  c('DEU', 'Germany', '276', 'europe', 'democracy', 3),
  c('FRA', 'France', '250', 'europe', 'democracy', 3),
  c('ITA', 'Italy', '380', 'europe', 'democracy', 2),
  c('POL', 'Poland', '616', 'europe', 'democracy', 2),
  c('LTU', 'Lithuania', '440', 'europe', 'democracy', 1),
  c('GRC', 'Greece', '300', 'europe', 'democracy', 1),
  c('HUN', 'Hungary', '348', 'europe', 'hybrid', 1),
  c('RUS', 'Russia', '643', 'eurasia', 'autocracy', 3),
  c('TUR', 'Turkey', '792', 'eurasia', 'hybrid', 2),
  c('SRB', 'Serbia', '688', 'eurasia', 'hybrid', 1),
  c('KAZ', 'Kazakhstan', '398', 'eurasia', 'autocracy', 1),
  c('JPN', 'Japan', '392', 'indo-pacific', 'democracy', 3),
  c('KOR', 'South Korea', '410', 'indo-pacific', 'democracy', 2),
  c('AUS', 'Australia', '036', 'indo-pacific', 'democracy', 2),
  c('IND', 'India', '356', 'indo-pacific', 'democracy', 3),
  c('TWN', 'Taiwan', '158', 'indo-pacific', 'democracy', 2),
  c('IDN', 'Indonesia', '360', 'indo-pacific', 'democracy', 2),
  c('PHL', 'Philippines', '608', 'indo-pacific', 'hybrid', 1),
  c('VNM', 'Vietnam', '704', 'indo-pacific', 'autocracy', 1),
  c('PAK', 'Pakistan', '586', 'indo-pacific', 'hybrid', 1),
  c('SAU', 'Saudi Arabia', '682', 'middle-east', 'autocracy', 2),
  c('IRN', 'Iran', '364', 'middle-east', 'autocracy', 2),
  c('EGY', 'Egypt', '818', 'middle-east', 'autocracy', 1),
  c('NGA', 'Nigeria', '566', 'africa', 'hybrid', 2),
  c('ZAF', 'South Africa', '710', 'africa', 'democracy', 2),
  c('KEN', 'Kenya', '404', 'africa', 'hybrid', 1),
  c('ETH', 'Ethiopia', '231', 'africa', 'autocracy', 1),
  c('BRA', 'Brazil', '076', 'americas', 'democracy', 2),
  c('MEX', 'Mexico', '484', 'americas', 'democracy', 2),
  c('ARG', 'Argentina', '032', 'americas', 'democracy', 1),
  c('VEN', 'Venezuela', '862', 'americas', 'autocracy', 1),
  c('USA', 'United States', '840', 'americas', 'democracy', 3, 'dem'),
  c('CHN', 'China', '156', 'indo-pacific', 'autocracy', 3, 'aut'),
];

export const COUNTRY: Readonly<Record<CountryId, CountryInfo>> = Object.fromEntries(
  COUNTRIES.map((info) => [info.id, info]),
) as Record<CountryId, CountryInfo>;

/** Every country a card or action may target (homes excluded), in board order. */
export const TARGETABLE: readonly CountryId[] = COUNTRIES.filter((info) => !info.home).map((info) => info.id);

export const ALL_COUNTRY_IDS: readonly CountryId[] = COUNTRIES.map((info) => info.id);

export function isCountryId(value: unknown): value is CountryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COUNTRY, value);
}
