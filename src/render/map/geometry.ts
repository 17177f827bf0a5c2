/**
 * Plain 2D polygon helpers shared by the map builder (at build time) and the board (hit tests,
 * hatching). Rings are flat arrays `[x0, y0, x1, y1, ...]`, implicitly closed. Pure: no DOM, no Phaser.
 */

/** A closed ring as a flat coordinate array. */
export type Ring = readonly number[];

/** Axis-aligned bounds `[minX, minY, maxX, maxY]`. */
export type Bounds = readonly [number, number, number, number];

/** Signed area (shoelace); the sign depends on the winding. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    sum += (ring[i] ?? 0) * (ring[j + 1] ?? 0) - (ring[j] ?? 0) * (ring[i + 1] ?? 0);
  }
  return sum / 2;
}

export function ringBounds(ring: Ring): Bounds {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < ring.length; i += 2) {
    const x = ring[i] ?? 0;
    const y = ring[i + 1] ?? 0;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function unionBounds(list: readonly Bounds[]): Bounds {
  return list.reduce<Bounds>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export function inBounds(b: Bounds, x: number, y: number, pad = 0): boolean {
  return x >= b[0] - pad && x <= b[2] + pad && y >= b[1] - pad && y <= b[3] + pad;
}

/** Even-odd point-in-ring test (ray casting). */
export function pointInRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i] ?? 0;
    const yi = ring[i + 1] ?? 0;
    const xj = ring[j] ?? 0;
    const yj = ring[j + 1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Even-odd test over several rings (outer rings and holes alike). */
export function pointInRings(rings: readonly Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) if (pointInRing(ring, x, y)) inside = !inside;
  return inside;
}

/** Distance from a point to the nearest edge of any ring. */
function distanceToEdges(rings: readonly Ring[], x: number, y: number): number {
  let best = Infinity;
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      best = Math.min(best, segmentDistance(x, y, ring[j] ?? 0, ring[j + 1] ?? 0, ring[i] ?? 0, ring[i + 1] ?? 0));
    }
  }
  return best;
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A point well inside the shape (a coarse "pole of inaccessibility"): the grid point farthest from
 * every edge. Good enough for label anchors; deterministic.
 */
export function interiorPoint(rings: readonly Ring[], steps = 40): [number, number] {
  const b = unionBounds(rings.map(ringBounds));
  let best: [number, number] = [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
  let bestDist = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = b[0] + ((b[2] - b[0]) * i) / steps;
      const y = b[1] + ((b[3] - b[1]) * j) / steps;
      if (!pointInRings(rings, x, y)) continue;
      const d = distanceToEdges(rings, x, y);
      if (d > bestDist) {
        bestDist = d;
        best = [x, y];
      }
    }
  }
  return best;
}

/**
 * Segments of the parallel lines `y = x * slope + c` (c stepping by `spacing`) that lie inside the
 * rings (even-odd), as flat `[x1, y1, x2, y2, ...]`. Used to hatch a country without masks.
 */
export function hatchSegments(rings: readonly Ring[], spacing: number, slope: number): number[] {
  const b = unionBounds(rings.map(ringBounds));
  // Lines are x = (y - c) / slope rotated: parametrise by c = y - slope * x.
  const cs = [b[1] - slope * b[0], b[1] - slope * b[2], b[3] - slope * b[0], b[3] - slope * b[2]];
  const cMin = Math.min(...cs);
  const cMax = Math.max(...cs);
  const out: number[] = [];
  const start = Math.ceil(cMin / spacing) * spacing;
  for (let c = start; c <= cMax; c += spacing) {
    const xs = lineCrossings(rings, slope, c);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const x1 = xs[k] ?? 0;
      const x2 = xs[k + 1] ?? 0;
      out.push(x1, slope * x1 + c, x2, slope * x2 + c);
    }
  }
  return out;
}

/** Sorted x where the line y = slope * x + c crosses the ring edges. */
function lineCrossings(rings: readonly Ring[], slope: number, c: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const ax = ring[j] ?? 0;
      const ay = ring[j + 1] ?? 0;
      const bx = ring[i] ?? 0;
      const by = ring[i + 1] ?? 0;
      // Signed distance of each end from the line.
      const da = ay - (slope * ax + c);
      const db = by - (slope * bx + c);
      if (da > 0 === db > 0) continue;
      const t = da / (da - db);
      xs.push(ax + t * (bx - ax));
    }
  }
  return xs.sort((p, q) => p - q);
}
