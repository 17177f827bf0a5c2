/**
 * Core vocabulary of the rules: sides, regimes, ties, ids. Pure data types only.
 */

/** The two players. `dem` leads the Democratic bloc, `aut` the Autocratic power. */
export type Side = 'dem' | 'aut';
export const SIDES: readonly Side[] = ['dem', 'aut'];

/** The other side. */
export function opponent(side: Side): Side {
  return side === 'dem' ? 'aut' : 'dem';
}

export type Regime = 'democracy' | 'hybrid' | 'autocracy';

/** Democratic tie, from shallow to deep: cooperation, alliance, integration. */
export type DemTie = 'none' | 'partner' | 'ally' | 'member';
export const DEM_TIE_RANK: Readonly<Record<DemTie, number>> = { none: 0, partner: 1, ally: 2, member: 3 };

/** Autocratic tie: a bilateral deal, or membership of a shallow multilateral framework. */
export type AutTie = 'none' | 'deal' | 'framework';

export type RegionId = 'europe' | 'eurasia' | 'indo-pacific' | 'middle-east' | 'africa' | 'americas';
export const REGIONS: readonly RegionId[] = ['europe', 'eurasia', 'indo-pacific', 'middle-east', 'africa', 'americas'];

/** How the Democratic bloc takes bloc decisions. */
export type DecisionRule = 'unanimity' | 'majority';

/** The Autocratic side's shallow multilateral forums (SCO-like and 16+1-like). */
export type FrameworkId = 'sco' | 'cee';
export const FRAMEWORKS: readonly FrameworkId[] = ['sco', 'cee'];

/** Countries by ISO 3166 alpha-3 code. */
export type CountryId =
  | 'GBR' | 'DEU' | 'FRA' | 'ITA' | 'POL' | 'LTU' | 'GRC' | 'HUN'
  | 'RUS' | 'TUR' | 'SRB' | 'KAZ'
  | 'JPN' | 'KOR' | 'AUS' | 'IND' | 'TWN' | 'IDN' | 'PHL' | 'VNM' | 'PAK'
  | 'SAU' | 'IRN' | 'EGY'
  | 'NGA' | 'ZAF' | 'KEN' | 'ETH'
  | 'BRA' | 'MEX' | 'ARG' | 'VEN'
  | 'USA' | 'CHN';

/** Per-country tracks that cards and actions move. */
export type Track = 'trust' | 'leverage' | 'polarization' | 'resentment';

/** Inclusive bounds of every per-country track. */
export const TRACK_MAX: Readonly<Record<Track, number>> = { trust: 5, leverage: 5, polarization: 3, resentment: 3 };

/** The concept model of GAME.md section 1: every card, action and log line carries one. */
export type ConceptId =
  | 'cooperation'
  | 'alliance'
  | 'bloc'
  | 'integration'
  | 'mutual-interest'
  | 'coercion'
  | 'common-values'
  | 'trust'
  | 'sovereignty'
  | 'unanimity-veto'
  | 'qualified-majority'
  | 'dependency'
  | 'bilateral-deals'
  | 'frameworks'
  | 'bloc-disruption'
  | 'disinformation'
  | 'coerced-bloc-collapse'
  | 'ideological-split'
  | 'united-front'
  | 'autocratic-resilience';

export const CONCEPTS: readonly ConceptId[] = [
  'cooperation', 'alliance', 'bloc', 'integration', 'mutual-interest', 'coercion', 'common-values', 'trust',
  'sovereignty', 'unanimity-veto', 'qualified-majority', 'dependency', 'bilateral-deals', 'frameworks',
  'bloc-disruption', 'disinformation', 'coerced-bloc-collapse', 'ideological-split', 'united-front',
  'autocratic-resilience',
];

/** Basic actions bought with ops. */
export type DemActionId = 'engage' | 'ally' | 'integrate' | 'counter-disinformation' | 'diversify' | 'sanction';
export type AutActionId = 'invest' | 'coerce' | 'disinform' | 'framework' | 'lure';
export type ActionId = DemActionId | AutActionId;

export const DEM_ACTIONS: readonly DemActionId[] = ['engage', 'ally', 'integrate', 'counter-disinformation', 'diversify', 'sanction'];
export const AUT_ACTIONS: readonly AutActionId[] = ['invest', 'coerce', 'disinform', 'framework', 'lure'];
export const ACTIONS_OF: Readonly<Record<Side, readonly ActionId[]>> = { dem: DEM_ACTIONS, aut: AUT_ACTIONS };

/** Kinds of bloc decision: each is voted on by the members under the current decision rule. */
export type BlocDecisionId = 'integration' | 'sanction' | 'common-statement';

/** Lasting effects that cards put in play until something removes them. */
export type StandingId =
  | 'platform-regulation'   // Dem: the Disinform action costs one more op against members
  | 'task-force'            // Dem: the next Hybrid Warfare card is exposed
  | 'un-shield'             // Aut: the next sanction that passes is cancelled at the UN
  | 'cai-ratified';         // Aut: the investment agreement pays the Autocratic side +1 income each round
