import { COUNTRY } from './data/countries';
import { inPlay } from './scenario-rules';
import { SCENARIOS } from './data/scenarios';
import { regionWeight } from './queries';
import { RULES } from './rules-config';
import type { GameState } from './state';
import { type CountryId, REGIONS, type RegionId, type Side } from './types';

const S = RULES.scoring;

/** The parts of each side's score, in the order a breakdown lists them. */
const SCORE_PARTS = {
  dem: ['allies', 'members', 'unitedFront', 'regions'],
  aut: ['leverage', 'frameworks', 'deals', 'vetoes', 'lostTies'],
} as const;
export type ScorePart = (typeof SCORE_PARTS)[Side][number];

/**
 * One contribution to a round's score: who gains, for which part, and what earned it (a country's
 * tie or leverage, a region held, or the round's bloc record).
 */
export type ScoreLine =
  | { readonly side: Side; readonly part: 'allies' | 'members' | 'leverage' | 'frameworks' | 'deals'; readonly points: number; readonly country: CountryId }
  | { readonly side: 'dem'; readonly part: 'regions'; readonly points: number; readonly region: RegionId }
  | { readonly side: Side; readonly part: 'unitedFront' | 'vetoes' | 'lostTies'; readonly points: number; readonly count: number };

/** One side's points for a round, part by part. */
export interface SideScore {
  readonly total: number;
  readonly parts: Readonly<Record<string, number>>;
}

export interface RoundScore {
  readonly dem: SideScore;
  readonly aut: SideScore;
  readonly unitedFront: boolean;
  /** How far the World Order track moves (capped per round). */
  readonly shift: number;
  /** Where the points came from: summing these gives `dem` and `aut`. */
  readonly lines: readonly ScoreLine[];
}

/** Regions where members and allies hold a strict majority of the weight. */
export function regionsHeld(G: GameState): RegionId[] {
  const held = new Map<RegionId, number>();
  for (const id of inPlay(G)) {
    const tie = G.countries[id].demTie;
    if (tie !== 'ally' && tie !== 'member') continue;
    const { region, weight } = COUNTRY[id];
    held.set(region, (held.get(region) ?? 0) + weight);
  }
  return REGIONS.filter((region) => (held.get(region) ?? 0) * 2 > regionWeight(G, region));
}

/** Each country's contributions: its Democratic tie, the Autocratic leverage over it and its Autocratic tie. */
function addCountryLines(G: GameState, id: CountryId, lines: ScoreLine[]): void {
  const w = COUNTRY[id].weight;
  const cs = G.countries[id];
  if (cs.demTie === 'ally') lines.push({ side: 'dem', part: 'allies', points: S.ally * w, country: id });
  if (cs.demTie === 'member') lines.push({ side: 'dem', part: 'members', points: S.member * w, country: id });
  if (cs.leverage >= S.leverageAtLeast) lines.push({ side: 'aut', part: 'leverage', points: S.leverage * w, country: id });
  if (cs.autTie === 'framework') lines.push({ side: 'aut', part: 'frameworks', points: S.framework * w, country: id });
  // A deal is worth nothing under the current tuning (RULES.scoring.deal): no line then.
  if (cs.autTie === 'deal' && S.deal > 0) lines.push({ side: 'aut', part: 'deals', points: S.deal * w, country: id });
}

/**
 * Where this round's points would come from, line by line (pure: reads the round's tally): every
 * country's contributions, each region held, the united front, the vetoes and the lost ties.
 * Lines worth no points are left out. `scoreRound` is the sum of these lines.
 */
export function scoreDetail(G: GameState): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const id of inPlay(G)) addCountryLines(G, id, lines);
  const regionPoints = SCENARIOS[G.scenario].regionMajority ?? S.regionMajority;
  for (const region of regionsHeld(G)) lines.push({ side: 'dem', part: 'regions', points: regionPoints, region });
  const { vetoes, lostWeight, membersLost } = G.tally;
  if (vetoes === 0 && membersLost === 0) lines.push({ side: 'dem', part: 'unitedFront', points: S.unitedFront, count: 1 });
  if (vetoes > 0) lines.push({ side: 'aut', part: 'vetoes', points: vetoes * S.veto, count: vetoes });
  if (lostWeight > 0) lines.push({ side: 'aut', part: 'lostTies', points: lostWeight * S.lostTie, count: lostWeight });
  return lines;
}

/** Scores the current position as the end of the round would (pure: reads the round's tally). */
export function scoreRound(G: GameState): RoundScore {
  const lines = scoreDetail(G);
  const demParts: Record<string, number> = { allies: 0, members: 0, unitedFront: 0, regions: 0 };
  const autParts: Record<string, number> = { leverage: 0, frameworks: 0, deals: 0, vetoes: 0, lostTies: 0 };
  for (const line of lines) {
    const parts = line.side === 'dem' ? demParts : autParts;
    parts[line.part] = (parts[line.part] ?? 0) + line.points;
  }
  const dem = sum(demParts);
  const aut = sum(autParts);
  const cap = SCENARIOS[G.scenario].maxShiftPerRound ?? RULES.maxShiftPerRound;
  const shift = Math.max(-cap, Math.min(cap, dem - aut));
  const unitedFront = G.tally.vetoes === 0 && G.tally.membersLost === 0;
  return { dem: { total: dem, parts: demParts }, aut: { total: aut, parts: autParts }, unitedFront, shift, lines };
}

function sum(parts: Record<string, number>): number {
  return Object.values(parts).reduce((a, b) => a + b, 0);
}
