/**
 * Builds the board's map asset, assets/map/board-map.json: Natural Earth country shapes
 * (world-atlas countries-110m, which holds all 34 game countries) projected once with d3-geo's
 * Equal Earth projection, cropped to the part of the world the game uses (Antarctica dropped),
 * simplified to the board's resolution and stored as integers.
 *
 * Run with `npm run map:build`. The output is committed, so the app needs neither d3 nor
 * topojson at runtime. Node only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoEqualEarth, geoGraticule, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { COUNTRIES } from '../../game/data/countries';
import type { BoardMapAsset, MapCountryAsset } from './board-map';
import { interiorPoint, pointInRing, type Ring, signedArea } from './geometry';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCE = resolve(ROOT, 'node_modules/world-atlas/countries-110m.json');
const OUT = resolve(ROOT, 'assets/map/board-map.json');

/** Board width in world units; the height follows from the crop. */
const WIDTH = 1200;
/** Stored coordinates are world units × this, rounded. */
const PRECISION = 10;
/** Centre meridian, and the crop (longitudes at the equator, latitudes at the centre meridian). */
const CENTER_LON = 15;
const CROP = { west: -128, east: 160, north: 76, south: -56 };
/** Dropped: Antarctica and the French Southern Territories (nothing of the game is there). */
const DROP = new Set(['010', '260']);
/** Points closer than this (world units) to the previous kept point are dropped. */
const MIN_STEP = 0.45;
/** Islands smaller than this (square world units) are dropped, except a country's main shape. */
const MIN_AREA = 2;

function makeProjection() {
  const p = geoEqualEarth().rotate([-CENTER_LON, 0]).scale(1).translate([0, 0]);
  const at = (lon: number, lat: number): [number, number] => p([lon, lat]) ?? [0, 0];
  const x0 = at(CROP.west, 0)[0];
  const x1 = at(CROP.east, 0)[0];
  const y0 = at(CENTER_LON, CROP.north)[1];
  const y1 = at(CENTER_LON, CROP.south)[1];
  const s = WIDTH / (x1 - x0);
  const height = Math.round((y1 - y0) * s);
  p.scale(s).translate([-x0 * s, -y0 * s]).clipExtent([[0, 0], [WIDTH, height]]);
  return { projection: p, height };
}

/** Collects projected rings (polygons) or polylines (lines) from a d3 stream. */
function collector(): { stream: GeoStream; rings: number[][]; lines: number[][] } {
  const rings: number[][] = [];
  const lines: number[][] = [];
  let current: number[] = [];
  let inPolygon = false;
  const stream: GeoStream = {
    point(x, y) {
      const n = current.length;
      if (n >= 2 && Math.hypot(x - (current[n - 2] ?? 0), y - (current[n - 1] ?? 0)) < MIN_STEP) return;
      current.push(x, y);
    },
    lineStart() { current = []; },
    lineEnd() { if (current.length >= 4) (inPolygon ? rings : lines).push(current); },
    polygonStart() { inPolygon = true; },
    polygonEnd() { inPolygon = false; },
  };
  return { stream, rings, lines };
}

const quantize = (ring: readonly number[]): number[] => ring.map((v) => Math.round(v * PRECISION));

/** Groups a feature's rings into polygons `[outer, ...holes]`, largest first, tiny islands dropped. */
function toPolygons(rings: readonly Ring[]): Ring[][] {
  const valid = rings.filter((r) => r.length >= 6 && Math.abs(signedArea(r)) > 0.05);
  const sorted = [...valid].sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
  const polys: Ring[][] = [];
  for (const ring of sorted) {
    const host = polys.find((poly) => {
      const outer = poly[0];
      return outer !== undefined && pointInRing(outer, ring[0] ?? 0, ring[1] ?? 0);
    });
    if (host) host.push(ring);
    else polys.push([ring]);
  }
  return polys.filter((poly, i) => i === 0 || Math.abs(signedArea(poly[0] ?? [])) >= MIN_AREA);
}

function build(): BoardMapAsset {
  const topology = JSON.parse(readFileSync(SOURCE, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const { projection, height } = makeProjection();
  const collection = feature(topology, topology.objects.countries);
  const gameIsos = new Set(COUNTRIES.map((c) => c.iso));
  const countries: MapCountryAsset[] = [];
  for (const f of collection.features as Feature<Geometry, { name: string }>[]) {
    const iso = f.id === undefined ? '' : String(f.id);
    if (DROP.has(iso)) continue;
    const { stream, rings } = collector();
    streamFeature(f, projection.stream(stream));
    const polys = toPolygons(rings);
    if (polys.length === 0) continue;
    const entry: MapCountryAsset = { iso, name: f.properties.name, polys: polys.map((p) => p.map(quantize)) };
    countries.push(gameIsos.has(iso) ? { ...entry, anchor: quantize(interiorPoint(polys[0] ?? [])) } : entry);
  }
  const missing = COUNTRIES.filter((c) => !countries.some((m) => m.iso === c.iso)).map((c) => c.id);
  if (missing.length > 0) throw new Error(`map lacks game countries: ${missing.join(', ')}`);
  const grat = collector();
  streamFeature({ type: 'Feature', properties: {}, geometry: geoGraticule().step([30, 30])() }, projection.stream(grat.stream));
  return {
    source: 'Natural Earth 1:110m via world-atlas 2.0.2 (countries-110m.json), public domain',
    projection: `d3-geo Equal Earth, centre ${CENTER_LON}°E, crop ${JSON.stringify(CROP)}`,
    width: WIDTH,
    height,
    precision: PRECISION,
    countries,
    graticule: grat.lines.map(quantize),
  };
}

/** Streams one GeoJSON feature's geometry (polygons and lines only). */
function streamFeature(f: Feature<Geometry, unknown>, stream: GeoStream): void {
  const g = f.geometry;
  const ring = (coords: readonly (readonly number[])[]) => {
    stream.lineStart();
    // GeoJSON rings repeat their first point; d3 streams do not.
    const last = coords.length - (g.type === 'Polygon' || g.type === 'MultiPolygon' ? 1 : 0);
    for (let i = 0; i < last; i++) stream.point(coords[i]?.[0] ?? 0, coords[i]?.[1] ?? 0);
    stream.lineEnd();
  };
  const polygon = (rings: readonly (readonly (readonly number[])[])[]) => {
    stream.polygonStart();
    rings.forEach(ring);
    stream.polygonEnd();
  };
  if (g.type === 'Polygon') polygon(g.coordinates);
  else if (g.type === 'MultiPolygon') g.coordinates.forEach(polygon);
  else if (g.type === 'MultiLineString') g.coordinates.forEach(ring);
  else if (g.type === 'LineString') ring(g.coordinates);
}

/** One country per line keeps diffs of the committed asset readable. */
function serialize(asset: BoardMapAsset): string {
  const { countries, graticule, ...head } = asset;
  const body = countries.map((c) => JSON.stringify(c)).join(',\n');
  const grat = graticule.map((l) => JSON.stringify(l)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},\n"countries":[\n${body}\n],\n"graticule":[\n${grat}\n]}\n`;
}

const asset = build();
writeFileSync(OUT, serialize(asset));
const points = asset.countries.reduce((s, c) => s + c.polys.flat().reduce((t, r) => t + r.length / 2, 0), 0);
console.log(`wrote ${OUT}: ${asset.width}×${asset.height}, ${asset.countries.length} countries, ${points} points`);
