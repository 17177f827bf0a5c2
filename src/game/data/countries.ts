import type { CountryId, FrameworkId, Regime, RegionId, Side } from '../types';

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
  /** Has a sea coast (a strategic port needs one: Port Investment). The Caspian is a lake: Kazakhstan is landlocked here. */
  readonly coastal: boolean;
  /** Home countries cannot be targeted and do not score. */
  readonly home?: Side;
}

type Coast = 'coast' | 'landlocked';

const c = (id: CountryId, name: string, iso: string, region: RegionId, regime: Regime, weight: number, coast: Coast, home?: Side): CountryInfo => {
  const info = { id, name, iso, region, regime, weight, coastal: coast === 'coast' };
  return home ? { ...info, home } : info;
};

/**
 * The 34 countries of the board (GAME.md section 2), homes last.
 *
 * Regimes are the labels at the start of Competing Visions (2021). Source: V-Dem's Regimes of the
 * World for 2021 (Democracy Report 2022) draws the line between democracy (liberal or electoral
 * democracy) and the rest; Freedom House's Freedom in the World 2021 then splits the rest into
 * hybrid (Partly Free) and autocracy (Not Free), since Regimes of the World puts Russia and Hungary
 * alike among "electoral autocracies". Two labels are kept against that rule, on purpose:
 * India stays a democracy (V-Dem: electoral autocracy since 2020; Freedom House 2021: Partly Free;
 * the article counts the Quad among the democracies, and the rating is contested), and Turkey stays
 * hybrid (Freedom House 2021: Not Free; V-Dem: electoral autocracy, with competitive elections).
 * docs/model-limits.md says why three labels are a simplification.
 */
export const COUNTRIES: readonly CountryInfo[] = [
  c('GBR', 'United Kingdom', '826', 'europe', 'democracy', 3, 'coast'),
  c('DEU', 'Germany', '276', 'europe', 'democracy', 3, 'coast'),
  c('FRA', 'France', '250', 'europe', 'democracy', 3, 'coast'),
  c('ITA', 'Italy', '380', 'europe', 'democracy', 2, 'coast'),
  c('POL', 'Poland', '616', 'europe', 'democracy', 2, 'coast'),
  c('LTU', 'Lithuania', '440', 'europe', 'democracy', 1, 'coast'),
  c('GRC', 'Greece', '300', 'europe', 'democracy', 1, 'coast'),
  c('HUN', 'Hungary', '348', 'europe', 'hybrid', 1, 'landlocked'),
  c('RUS', 'Russia', '643', 'eurasia', 'autocracy', 3, 'coast'),
  c('TUR', 'Turkey', '792', 'eurasia', 'hybrid', 2, 'coast'),
  c('SRB', 'Serbia', '688', 'eurasia', 'hybrid', 1, 'landlocked'),
  c('KAZ', 'Kazakhstan', '398', 'eurasia', 'autocracy', 1, 'landlocked'),
  c('JPN', 'Japan', '392', 'indo-pacific', 'democracy', 3, 'coast'),
  c('KOR', 'South Korea', '410', 'indo-pacific', 'democracy', 2, 'coast'),
  c('AUS', 'Australia', '036', 'indo-pacific', 'democracy', 2, 'coast'),
  c('IND', 'India', '356', 'indo-pacific', 'democracy', 3, 'coast'),
  c('TWN', 'Taiwan', '158', 'indo-pacific', 'democracy', 2, 'coast'),
  c('IDN', 'Indonesia', '360', 'indo-pacific', 'democracy', 2, 'coast'),
  c('PHL', 'Philippines', '608', 'indo-pacific', 'hybrid', 1, 'coast'),
  c('VNM', 'Vietnam', '704', 'indo-pacific', 'autocracy', 1, 'coast'),
  c('PAK', 'Pakistan', '586', 'indo-pacific', 'hybrid', 1, 'coast'),
  c('SAU', 'Saudi Arabia', '682', 'middle-east', 'autocracy', 2, 'coast'),
  c('IRN', 'Iran', '364', 'middle-east', 'autocracy', 2, 'coast'),
  c('EGY', 'Egypt', '818', 'middle-east', 'autocracy', 1, 'coast'),
  c('NGA', 'Nigeria', '566', 'africa', 'hybrid', 2, 'coast'),
  c('ZAF', 'South Africa', '710', 'africa', 'democracy', 2, 'coast'),
  c('KEN', 'Kenya', '404', 'africa', 'hybrid', 1, 'coast'),
  c('ETH', 'Ethiopia', '231', 'africa', 'autocracy', 1, 'landlocked'),
  c('BRA', 'Brazil', '076', 'americas', 'democracy', 2, 'coast'),
  c('MEX', 'Mexico', '484', 'americas', 'democracy', 2, 'coast'),
  c('ARG', 'Argentina', '032', 'americas', 'democracy', 1, 'coast'),
  c('VEN', 'Venezuela', '862', 'americas', 'autocracy', 1, 'coast'),
  c('USA', 'United States', '840', 'americas', 'democracy', 3, 'coast', 'dem'),
  c('CHN', 'China', '156', 'indo-pacific', 'autocracy', 3, 'coast', 'aut'),
];

export const COUNTRY: Readonly<Record<CountryId, CountryInfo>> = Object.fromEntries(
  COUNTRIES.map((info) => [info.id, info]),
) as Record<CountryId, CountryInfo>;

/**
 * Which countries each framework can take: the board's countries that the real forum has as
 * members, observers or dialogue partners, not a whole region.
 * - SCO (Shanghai Cooperation Organisation, Eurasian): Russia and Kazakhstan (founders, 2001),
 *   India and Pakistan (members since 2017), Iran (observer; a member in 2023, so it starts outside
 *   in 2021 and may join during play), Turkey (dialogue partner since 2012). Never Japan, Taiwan or
 *   Ethiopia, and not Serbia, which the SCO has never counted.
 * - 16+1 (China and Central and Eastern Europe, 2012; 17+1 with Greece from 2019): Poland,
 *   Lithuania (left in 2021: the Exit card), Greece, Hungary and Serbia.
 */
export const FRAMEWORK_REACH: Readonly<Record<FrameworkId, readonly CountryId[]>> = {
  sco: ['RUS', 'TUR', 'KAZ', 'IND', 'PAK', 'IRN'],
  cee: ['POL', 'LTU', 'GRC', 'HUN', 'SRB'],
  // The Cold War scenario's Soviet camp: its European members are set by the scenario; in play only
  // the Soviet clients of the time outside Europe can be brought in (Egypt, 1955-1972; Indonesia
  // under Sukarno, armed by Moscow from 1958). Other scenarios never let anyone join it.
  pact: ['EGY', 'IDN'],
};

/** Coastal countries of these regions, in board order (where a strategic port can be bought). */
export function coastalIn(regions: readonly RegionId[]): CountryId[] {
  return COUNTRIES.filter((info) => !info.home && info.coastal && regions.includes(info.region)).map((info) => info.id);
}

/** Every country a card or action may target (homes excluded), in board order. */
export const TARGETABLE: readonly CountryId[] = COUNTRIES.filter((info) => !info.home).map((info) => info.id);


export function isCountryId(value: unknown): value is CountryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COUNTRY, value);
}
