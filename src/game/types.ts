/**
 * Core vocabulary of the rules: sides, regimes, ties, ids. Pure data types only.
 */

/** The two players. `dem` leads the Democratic bloc, `aut` the Autocratic power. */
export const SIDES = ['dem', 'aut'] as const;
export type Side = (typeof SIDES)[number];

/** A boardgame.io seat (its `playerID`): the game and the server use this one name. */
export const SEATS = ['0', '1'] as const;
export type Seat = (typeof SEATS)[number];

/** Is this untrusted value a seat? */
export function isSeat(value: unknown): value is Seat {
  return value === '0' || value === '1';
}

/** The other side. */
export function opponent(side: Side): Side {
  return side === 'dem' ? 'aut' : 'dem';
}

export const REGIMES = ['democracy', 'hybrid', 'autocracy'] as const;
export type Regime = (typeof REGIMES)[number];

/** Democratic tie, from shallow to deep: cooperation, alliance, integration. */
export const DEM_TIES = ['none', 'partner', 'ally', 'member'] as const;
export type DemTie = (typeof DEM_TIES)[number];
export const DEM_TIE_RANK: Readonly<Record<DemTie, number>> = { none: 0, partner: 1, ally: 2, member: 3 };

/** Autocratic tie: a bilateral deal, or membership of a shallow multilateral framework. */
export const AUT_TIES = ['none', 'deal', 'framework'] as const;
export type AutTie = (typeof AUT_TIES)[number];

export const REGIONS = ['europe', 'eurasia', 'indo-pacific', 'middle-east', 'africa', 'americas'] as const;
export type RegionId = (typeof REGIONS)[number];

/** How the Democratic bloc takes bloc decisions. */
export const DECISION_RULES = ['unanimity', 'majority'] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

/**
 * The Autocratic side's multilateral ties: its shallow forums (SCO-like and 16+1-like), and in the
 * Cold War its coerced bloc (Warsaw Pact-like), which no country joins during play.
 */
export const FRAMEWORKS = ['sco', 'cee', 'pact'] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

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
export const TRACKS = ['trust', 'leverage', 'polarization', 'resentment'] as const;
export type Track = (typeof TRACKS)[number];

/** Inclusive bounds of every per-country track. */
export const TRACK_MAX: Readonly<Record<Track, number>> = { trust: 5, leverage: 5, polarization: 3, resentment: 5 };

/** The concept model of GAME.md section 1: every card, action and log line carries one. */
export const CONCEPTS = [
  'cooperation', 'alliance', 'bloc', 'integration', 'mutual-interest', 'coercion', 'common-values', 'trust',
  'sovereignty', 'unanimity-veto', 'qualified-majority', 'dependency', 'bilateral-deals', 'frameworks',
  'bloc-disruption', 'disinformation', 'coerced-bloc-collapse', 'interest-not-ideology', 'united-front',
  'autocratic-resilience',
] as const;
export type ConceptId = (typeof CONCEPTS)[number];

/** Basic actions bought with ops. */
export const DEM_ACTIONS = ['engage', 'ally', 'integrate', 'counter-disinformation', 'diversify', 'sanction'] as const;
// `crush`: only where the Autocratic side leads a coerced bloc of its own (ScenarioDef.autBloc).
export const AUT_ACTIONS = ['invest', 'coerce', 'disinform', 'framework', 'lure', 'crush'] as const;
export type DemActionId = (typeof DEM_ACTIONS)[number];
export type AutActionId = (typeof AUT_ACTIONS)[number];
export type ActionId = DemActionId | AutActionId;
export const ACTIONS_OF: Readonly<Record<Side, readonly ActionId[]>> = { dem: DEM_ACTIONS, aut: AUT_ACTIONS };

/** Kinds of bloc decision: each is voted on by the members under the current decision rule. */
// `reform`: adopting majority voting (itself decided under the current rule, so a veto can block it);
// `investment-agreement`: ratifying the investment agreement the Autocratic side proposes.
export const BLOC_DECISIONS = ['integration', 'sanction', 'common-statement', 'reform', 'investment-agreement'] as const;
export type BlocDecisionId = (typeof BLOC_DECISIONS)[number];

/** Lasting effects that cards put in play until something removes them. */
export type StandingId =
  | 'platform-regulation'   // Dem: the Disinform action costs one more op against members
  | 'task-force'            // Dem: the next Hybrid Warfare card is exposed
  | 'cai-ratified'          // Aut: the investment agreement pays the Autocratic side +1 income each round
  | 'coercion-ended';       // World: the bloc's leader no longer crushes revolts (Crush is refused)
