import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryAt } from './hit-test';
import { cornerBox, KEY_AREA, placeKey, screenToWorld, worldToScreen } from './key-placement';
import { type BoardMapAsset, decodeBoardMap } from './map/board-map';
import { clampCenter, zoomRange } from './viewport';

const asset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/map/board-map.json'), 'utf8')) as BoardMapAsset;
const map = decodeBoardMap(asset);
const occupied = (x: number, y: number): boolean => countryAt(map, x, y) !== null;
const BUTTON = { w: 46, h: 28 };

/** The camera the map scene starts with in a w × h board. */
function startCamera(w: number, h: number) {
  const zoom = zoomRange(w, h, map.width, map.height).initial;
  const center = clampCenter(map.width / 2, 0, zoom, w, h, map.width, map.height);
  return { w, h, zoom, center };
}

describe('map key placement', () => {
  it('keeps KEY_AREA clear of every game country and badge', () => {
    for (let x = KEY_AREA.x0; x <= KEY_AREA.x1; x += 2) {
      for (let y = KEY_AREA.y0; y <= KEY_AREA.y1; y += 2) expect(occupied(x, y), `${x},${y}`).toBe(false);
    }
  });

  it('converts between screen and world both ways', () => {
    const cam = startCamera(846, 423);
    const [x, y] = worldToScreen(cam, ...screenToWorld(cam, 120, 300));
    expect(x).toBeCloseTo(120);
    expect(y).toBeCloseTo(300);
  });

  it('gives the panel room over the Pacific on a landscape board, where no country is', () => {
    for (const [w, h, minW] of [[846, 423, 140], [1920, 1080, 320], [1280, 640, 210]] as const) {
      const cam = startCamera(w, h);
      const place = placeKey(cam, BUTTON, occupied);
      expect(place.corner).toBe('bottom-left');
      expect(place.room).not.toBeNull();
      const room = place.room ?? { w: 0, h: 0 };
      expect(room.w).toBeGreaterThan(minW);
      // Everything under the panel's room is open sea.
      for (let sx = 6; sx <= 6 + room.w; sx += 4) {
        for (let sy = h - 6 - BUTTON.h - 4 - room.h; sy <= h - 6; sy += 4) expect(occupied(...screenToWorld(cam, sx, sy)), `${w}x${h} ${sx},${sy}`).toBe(false);
      }
    }
  });

  it('on a phone board it puts the button where no country is, without room for the panel', () => {
    for (const [w, h] of [[374, 280], [390, 724]] as const) {
      const cam = startCamera(w, h);
      const place = placeKey(cam, BUTTON, occupied);
      expect(place.room).toBeNull();
      const [x, y, bw, bh] = cornerBox(place.corner, cam, BUTTON);
      for (let sx = x; sx <= x + bw; sx += 2) {
        for (let sy = y; sy <= y + bh; sy += 2) expect(occupied(...screenToWorld(cam, sx, sy)), `${w}x${h} ${place.corner} ${sx},${sy}`).toBe(false);
      }
    }
  });
});
