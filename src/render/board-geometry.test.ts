import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../game';
import { badgeAt, countryAt, shapeAt } from './hit-test';
import { BADGE, BADGE_AT, badgeRect, leaderLine, REGION_LABEL_AT } from './layout';
import { type BoardMapAsset, decodeBoardMap } from './map/board-map';
import { hatchSegments, interiorPoint, pointInRings, signedArea } from './map/geometry';
import { clampCenter, LEGIBLE_ZOOM, textResolution, zoomAbout, zoomRange } from './viewport';

const asset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../assets/map/board-map.json'), 'utf8')) as BoardMapAsset;
const map = decodeBoardMap(asset);

describe('map asset', () => {
  it('holds a shape for each of the 34 game countries, matched by ISO numeric code', () => {
    for (const c of COUNTRIES) {
      const shape = map.byId.get(c.id);
      expect(shape, c.id).toBeDefined();
      expect(shape?.iso).toBe(c.iso);
      expect(shape?.polygons.length).toBeGreaterThan(0);
    }
    expect(map.countries.some((c) => c.iso === '010')).toBe(false); // Antarctica dropped
    expect(map.countries.length).toBeGreaterThan(150);
  });

  it('stays inside the board and puts each anchor inside its own country', () => {
    for (const c of map.countries) {
      expect(c.bounds[0]).toBeGreaterThanOrEqual(-0.01);
      expect(c.bounds[2]).toBeLessThanOrEqual(map.width + 0.01);
      expect(c.bounds[3]).toBeLessThanOrEqual(map.height + 0.01);
    }
    for (const { id } of COUNTRIES) {
      const shape = map.byId.get(id);
      if (!shape) throw new Error(id);
      expect(shapeAt(map, shape.anchor[0], shape.anchor[1]), id).toBe(id);
    }
  });
});

describe('layout', () => {
  it('places every badge inside the board without overlapping another', () => {
    const ids = COUNTRIES.map((c) => c.id);
    for (const a of ids) {
      const [x, y, w, h] = badgeRect(a);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(map.width);
      expect(y + h).toBeLessThanOrEqual(map.height);
      for (const b of ids) {
        if (a >= b) continue;
        const [bx, by] = badgeRect(b);
        const overlap = x < bx + w && bx < x + w && y < by + h && by < y + h;
        expect(overlap, `${a} overlaps ${b}`).toBe(false);
      }
    }
    expect(Object.keys(REGION_LABEL_AT)).toHaveLength(6);
  });

  it('draws a leader line only when the badge sits away from its country, ending at the anchor', () => {
    expect(leaderLine('GBR', [540, 79])).toEqual(expect.arrayContaining([540, 79]));
    const [cx, cy] = BADGE_AT.USA;
    expect(leaderLine('USA', [cx + 10, cy + 5])).toBeNull();
    const line = leaderLine('GBR', [600, 66]);
    expect(line?.[0]).toBeCloseTo(BADGE_AT.GBR[0] + BADGE.w / 2);
  });
});

describe('hit testing', () => {
  it('finds badges first, then shapes, and nothing in the sea or on backdrop countries', () => {
    const [gx, gy] = BADGE_AT.GRC;
    expect(badgeAt(gx, gy)).toBe('GRC');
    const fra = map.byId.get('FRA');
    if (!fra) throw new Error('FRA');
    expect(countryAt(map, fra.anchor[0], fra.anchor[1])).toBe('FRA');
    expect(countryAt(map, 5, 5)).toBeNull();
    const mongolia = map.countries.find((c) => c.iso === '496');
    if (!mongolia) throw new Error('Mongolia');
    expect(countryAt(map, mongolia.anchor[0], mongolia.anchor[1])).toBeNull();
  });

  it('widens badges by a padding for touch', () => {
    const [x, y, w] = badgeRect('JPN');
    expect(badgeAt(x + w + 3, y + 2)).not.toBe('JPN');
    expect(badgeAt(x + w + 3, y + 2, 5)).toBe('JPN');
  });
});

describe('geometry helpers', () => {
  const square = [0, 0, 10, 0, 10, 10, 0, 10];
  const hole = [4, 4, 6, 4, 6, 6, 4, 6];
  it('measures, contains and hatches with holes (even-odd)', () => {
    expect(Math.abs(signedArea(square))).toBe(100);
    expect(pointInRings([square, hole], 2, 2)).toBe(true);
    expect(pointInRings([square, hole], 5, 5)).toBe(false);
    const [px, py] = interiorPoint([square, hole]);
    expect(pointInRings([square, hole], px, py)).toBe(true);
    const segs = hatchSegments([square], 2, 0);
    for (let i = 0; i < segs.length; i += 4) expect(segs[i + 1]).toBe(segs[i + 3]); // horizontal
    expect(segs.length).toBeGreaterThan(0);
  });
});

describe('viewport', () => {
  it('fits the board, keeps a legible minimum and fills tall narrow views', () => {
    const wide = zoomRange(1280, 662, 1200, 636);
    expect(wide.fit).toBeCloseTo(662 / 636);
    expect(wide.min).toBe(wide.fit);
    const phone = zoomRange(390, 724, 1200, 636);
    expect(phone.min).toBe(LEGIBLE_ZOOM);
    expect(phone.initial).toBeGreaterThan(phone.min);
    expect(phone.initial).toBeCloseTo(724 / 636);
  });

  it('centres a board that fits and clamps one that does not', () => {
    expect(clampCenter(0, 0, 1, 1300, 700, 1200, 636)).toEqual([600, 318]);
    expect(clampCenter(0, 318, 1, 390, 700, 1200, 636)).toEqual([195, 318]);
    expect(clampCenter(5000, 318, 1, 390, 700, 1200, 636)).toEqual([1005, 318]);
  });

  it('zooms about a point and picks a sharp text resolution', () => {
    const [cx, cy] = zoomAbout(100, 100, 1, 2, 50, 0);
    expect(cx + 50 / 2).toBeCloseTo(150);
    expect(cy).toBe(100);
    expect(textResolution(1.04, 2)).toBe(2.5);
    expect(textResolution(0.3, 1)).toBe(1);
    expect(textResolution(3, 3)).toBe(4);
  });
});
