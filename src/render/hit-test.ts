/**
 * Which country is under a point of the board (world units): badges first, then the game
 * countries' shapes. Backdrop countries and the sea answer null. Pure.
 */
import type { CountryId } from '../game/types';
import { BADGE_AT, badgeRect } from './layout';
import type { BoardMap } from './map/board-map';
import { inBounds, pointInRings } from './map/geometry';

const BADGE_IDS = Object.keys(BADGE_AT) as CountryId[];

/** The country whose badge is at (x, y), if any. `pad` widens badges (for fingers). */
export function badgeAt(x: number, y: number, pad = 0): CountryId | null {
  for (let i = BADGE_IDS.length - 1; i >= 0; i--) {
    const id = BADGE_IDS[i];
    if (!id) continue;
    const [bx, by, w, h] = badgeRect(id);
    if (x >= bx - pad && x <= bx + w + pad && y >= by - pad && y <= by + h + pad) return id;
  }
  return null;
}

/** The game country whose shape contains (x, y), if any. */
export function shapeAt(map: BoardMap, x: number, y: number): CountryId | null {
  for (const country of map.countries) {
    if (!country.id || !inBounds(country.bounds, x, y)) continue;
    if (pointInRings(country.rings, x, y)) return country.id;
  }
  return null;
}

/** The country under (x, y): its badge wins over any shape beneath it. */
export function countryAt(map: BoardMap, x: number, y: number, pad = 0): CountryId | null {
  return badgeAt(x, y, pad) ?? shapeAt(map, x, y);
}
