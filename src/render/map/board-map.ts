/**
 * The board's map asset (assets/map/board-map.json, made by `npm run map:build`) and its decoded
 * form. Pure: the board imports the JSON and decodes it once; tests decode it in Node.
 */
import { COUNTRIES } from '../../game/data/countries';
import type { CountryId } from '../../game/types';
import { type Bounds, type Ring, ringBounds, unionBounds } from './geometry';

/** One country as stored: integer coordinates (world units × precision). */
export interface MapCountryAsset {
  /** ISO 3166 numeric code, three digits (Natural Earth / world-atlas id); '' when Natural Earth has none. */
  readonly iso: string;
  readonly name: string;
  /** Polygons, each `[outer, ...holes]`, each ring a flat `[x0, y0, x1, y1, ...]`. */
  readonly polys: readonly (readonly (readonly number[])[])[];
  /** A point well inside the main polygon (game countries only). */
  readonly anchor?: readonly number[];
}

/** The JSON file's shape. */
export interface BoardMapAsset {
  readonly source: string;
  readonly projection: string;
  readonly width: number;
  readonly height: number;
  readonly precision: number;
  readonly countries: readonly MapCountryAsset[];
  /** Graticule polylines (flat arrays, same integer coordinates). */
  readonly graticule: readonly (readonly number[])[];
}

interface MapPolygon {
  readonly outer: Ring;
  readonly holes: readonly Ring[];
}

/** A decoded country, in world units. */
export interface MapCountry {
  readonly iso: string;
  readonly name: string;
  /** The game country this shape is, or null for a backdrop country. */
  readonly id: CountryId | null;
  readonly polygons: readonly MapPolygon[];
  /** Every ring (outers and holes), for even-odd tests. */
  readonly rings: readonly Ring[];
  readonly bounds: Bounds;
  readonly anchor: readonly [number, number];
}

export interface BoardMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly MapCountry[];
  readonly byId: ReadonlyMap<CountryId, MapCountry>;
  readonly graticule: readonly Ring[];
}

const ID_BY_ISO: ReadonlyMap<string, CountryId> = new Map(COUNTRIES.map((c) => [c.iso, c.id]));

/** Decodes the stored asset into world-unit polygons, bounds and anchors. */
export function decodeBoardMap(asset: BoardMapAsset): BoardMap {
  const k = 1 / asset.precision;
  const scale = (ring: readonly number[]): number[] => ring.map((v) => v * k);
  const countries = asset.countries.map((c): MapCountry => {
    const polygons = c.polys.map(([outer, ...holes]) => ({ outer: scale(outer ?? []), holes: holes.map(scale) }));
    const rings = polygons.flatMap((p) => [p.outer, ...p.holes]);
    const bounds = unionBounds(polygons.map((p) => ringBounds(p.outer)));
    const anchor: [number, number] = c.anchor
      ? [(c.anchor[0] ?? 0) * k, (c.anchor[1] ?? 0) * k]
      : [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
    return { iso: c.iso, name: c.name, id: ID_BY_ISO.get(c.iso) ?? null, polygons, rings, bounds, anchor };
  });
  const byId = new Map<CountryId, MapCountry>();
  for (const c of countries) if (c.id) byId.set(c.id, c);
  return { width: asset.width, height: asset.height, countries, byId, graticule: asset.graticule.map(scale) };
}
