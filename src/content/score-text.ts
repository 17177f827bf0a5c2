/**
 * A round's scoring in words: each line of the rules' breakdown (`scoreDetail`, carried by the
 * `score` log event) as "Germany, member (weight 3): +6". Words only: the points come from the rules.
 */
import { COUNTRY } from '../game/data/countries';
import type { ScoreLine, ScorePart } from '../game/scoring';
import type { Side } from '../game/types';
import { REGION_NAME, signed } from './words';

const PART_WORD: Readonly<Record<ScorePart, string>> = {
  allies: 'ally',
  members: 'member',
  unitedFront: 'united front: no veto and no member lost this round',
  regions: 'majority of the region\'s weight held by allies and members',
  leverage: 'Autocratic leverage 3 or more',
  frameworks: 'in an Autocratic framework',
  deals: 'bilateral deal',
  vetoes: 'bloc decisions blocked',
  lostTies: 'weight of ties the bloc lost',
};

/** One line of a round's breakdown, without the side (the breakdown groups lines by side). */
export function scoreLineText(line: ScoreLine): string {
  const points = signed(line.points);
  if ('country' in line) {
    const { name, weight } = COUNTRY[line.country];
    return `${name}, ${PART_WORD[line.part]} (weight ${weight}): ${points}`;
  }
  if ('region' in line) return `${REGION_NAME[line.region]}, ${PART_WORD.regions}: ${points}`;
  return line.count > 1 || line.part !== 'unitedFront' ? `${capitalized(PART_WORD[line.part])} (${line.count}): ${points}` : `${capitalized(PART_WORD[line.part])}: ${points}`;
}

/** The breakdown's lines of one side, in the rules' order. */
export function scoreLinesOf(lines: readonly ScoreLine[], side: Side): ScoreLine[] {
  return lines.filter((line) => line.side === side);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
