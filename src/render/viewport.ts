/**
 * Camera arithmetic for the map: fit the world into the view (letterboxed), keep a legible
 * minimum zoom on small screens (then the map pans), and keep the view on the board. Zoom is
 * in CSS pixels per world unit; the scene multiplies it by devicePixelRatio. Pure.
 */

export interface ZoomRange {
  /** The zoom that shows the whole board. */
  readonly fit: number;
  /** The smallest zoom allowed: the fit, or the legibility floor when the view is small. */
  readonly min: number;
  readonly max: number;
  /** Where a fresh view starts: the minimum; in a portrait view, enough to fill its height (capped). */
  readonly initial: number;
}

/** Below this many CSS px per world unit the badges' text gets too small to read. */
export const LEGIBLE_ZOOM = 0.66;
/** How far the player may zoom in, relative to the larger of fit and legibility. */
const MAX_ZOOM_FACTOR = 3;
/** A portrait view starts zoomed to fill its height, but not beyond this. */
const MAX_PORTRAIT_ZOOM = 1.3;

export function zoomRange(viewW: number, viewH: number, worldW: number, worldH: number): ZoomRange {
  const fit = Math.max(0.05, Math.min(viewW / worldW, viewH / worldH));
  const min = Math.max(fit, LEGIBLE_ZOOM);
  const initial = viewH > viewW ? Math.max(min, Math.min(viewH / worldH, MAX_PORTRAIT_ZOOM)) : min;
  return { fit, min, max: Math.max(min * MAX_ZOOM_FACTOR, initial), initial };
}

/** The camera centre kept so that the view never leaves the board (centred when it fits). */
export function clampCenter(
  cx: number, cy: number, zoom: number, viewW: number, viewH: number, worldW: number, worldH: number,
): [number, number] {
  const axis = (c: number, view: number, world: number): number => {
    const visible = view / zoom;
    if (visible >= world) return world / 2;
    return Math.min(world - visible / 2, Math.max(visible / 2, c));
  };
  return [axis(cx, viewW, worldW), axis(cy, viewH, worldH)];
}

/** The new centre that keeps the world point under (px, py) (view px from the view's centre) fixed while zooming. */
export function zoomAbout(
  cx: number, cy: number, fromZoom: number, toZoom: number, px: number, py: number,
): [number, number] {
  const wx = cx + px / fromZoom;
  const wy = cy + py / fromZoom;
  return [wx - px / toZoom, wy - py / toZoom];
}

/** Text resolution for text drawn at this zoom on this screen: sharp, stepped, bounded. */
export function textResolution(zoom: number, dpr: number): number {
  return Math.min(4, Math.max(1, Math.ceil(zoom * dpr * 2) / 2));
}
