import { COUNTRY, TARGETABLE } from './data/countries';
import { regionWeight } from './queries';
import { RULES } from './rules-config';
import type { GameState } from './state';
import { REGIONS, type RegionId } from './types';

const S = RULES.scoring;

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
}

/** Regions where members and allies hold a strict majority of the weight. */
export function regionsHeld(G: GameState): RegionId[] {
  const held = new Map<RegionId, number>();
  for (const id of TARGETABLE) {
    const tie = G.countries[id].demTie;
    if (tie !== 'ally' && tie !== 'member') continue;
    const { region, weight } = COUNTRY[id];
    held.set(region, (held.get(region) ?? 0) + weight);
  }
  return REGIONS.filter((region) => (held.get(region) ?? 0) * 2 > regionWeight(region));
}

/** Scores the current position as the end of the round would (pure: reads the round's tally). */
export function scoreRound(G: GameState): RoundScore {
  let allies = 0;
  let membersPts = 0;
  let leverage = 0;
  let frameworks = 0;
  let deals = 0;
  for (const id of TARGETABLE) {
    const w = COUNTRY[id].weight;
    const cs = G.countries[id];
    if (cs.demTie === 'ally') allies += S.ally * w;
    if (cs.demTie === 'member') membersPts += S.member * w;
    if (cs.leverage >= S.leverageAtLeast) leverage += S.leverage * w;
    if (cs.autTie === 'framework') frameworks += S.framework * w;
    if (cs.autTie === 'deal') deals += S.deal * w;
  }
  const unitedFront = G.tally.vetoes === 0 && G.tally.membersLost === 0;
  const regions = regionsHeld(G).length * S.regionMajority;
  const demParts = { allies, members: membersPts, unitedFront: unitedFront ? S.unitedFront : 0, regions };
  const autParts = { leverage, frameworks, deals, vetoes: G.tally.vetoes * S.veto, lostTies: G.tally.lostWeight * S.lostTie };
  const dem = sum(demParts);
  const aut = sum(autParts);
  const cap = RULES.maxShiftPerRound;
  const shift = Math.max(-cap, Math.min(cap, dem - aut));
  return { dem: { total: dem, parts: demParts }, aut: { total: aut, parts: autParts }, unitedFront, shift };
}

function sum(parts: Record<string, number>): number {
  return Object.values(parts).reduce((a, b) => a + b, 0);
}
