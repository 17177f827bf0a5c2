/**
 * Where things sit on the board, in world units of the map asset (1200 × 636): each country's
 * badge (hand-placed so that crowded Europe stays readable, with a leader line to the country),
 * and the region captions. Pure data and arithmetic.
 */
import type { CountryId, RegionId } from '../game/types';

/** Badge size in world units. */
export const BADGE = { w: 92, h: 42 } as const;

/** Badge centres. Countries with room carry their badge on their own land (no leader line). */
export const BADGE_AT: Readonly<Record<CountryId, readonly [number, number]>> = {
  // Europe: a ring of callouts around the continent.
  GBR: [468, 66],
  FRA: [468, 112],
  ITA: [468, 158],
  DEU: [548, 22],
  LTU: [640, 22],
  POL: [706, 65],
  HUN: [706, 109],
  GRC: [530, 200],
  // Eurasia
  RUS: [900, 36],
  KAZ: [800, 76],
  TUR: [706, 153],
  SRB: [624, 200],
  // Middle East
  EGY: [628, 254],
  SAU: [722, 262],
  IRN: [800, 130],
  // Indo-Pacific
  PAK: [816, 262],
  IND: [880, 322],
  CHN: [950, 150],
  KOR: [1070, 104],
  JPN: [1150, 160],
  TWN: [1112, 212],
  VNM: [1000, 250],
  PHL: [1120, 266],
  IDN: [960, 410],
  AUS: [1070, 470],
  // Africa
  NGA: [520, 330],
  ETH: [762, 330],
  KEN: [762, 376],
  ZAF: [560, 540],
  // Americas
  USA: [170, 140],
  MEX: [90, 240],
  VEN: [300, 262],
  BRA: [430, 420],
  ARG: [370, 520],
};

/** Region captions: where each region's name is written on the map. */
export const REGION_LABEL_AT: Readonly<Record<RegionId, readonly [number, number]>> = {
  europe: [468, 30],
  eurasia: [1010, 62],
  'middle-east': [690, 288],
  'indo-pacific': [1130, 330],
  africa: [600, 400],
  americas: [175, 296],
};

/** A badge's rectangle `[x, y, w, h]` (top-left origin). */
export function badgeRect(id: CountryId): [number, number, number, number] {
  const [cx, cy] = BADGE_AT[id];
  return [cx - BADGE.w / 2, cy - BADGE.h / 2, BADGE.w, BADGE.h];
}

/**
 * The leader line from a badge's edge to the country's anchor, or null when the anchor lies
 * under (or right next to) the badge.
 */
export function leaderLine(id: CountryId, anchor: readonly [number, number]): [number, number, number, number] | null {
  const [cx, cy] = BADGE_AT[id];
  const [ax, ay] = anchor;
  const dx = ax - cx;
  const dy = ay - cy;
  const hw = BADGE.w / 2;
  const hh = BADGE.h / 2;
  if (Math.abs(dx) <= hw + 4 && Math.abs(dy) <= hh + 4) return null;
  // Where the ray from the centre to the anchor leaves the badge.
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return [cx + dx * t, cy + dy * t, ax, ay];
}
