/**
 * Where the map key goes: its button in a corner of the board that shows no game country or
 * badge, and its panel over the open South Pacific when that corner is in view with room
 * enough. Screen sizes are CSS px of the board; the camera is its centre (world units) and zoom
 * (CSS px per world unit). Pure.
 */

export type Corner = 'bottom-left' | 'top-left' | 'bottom-right' | 'top-right';

/**
 * The South Pacific west of South America and south of Mexico (world units): no game country and
 * no badge (at most a few backdrop islands and the backdrop coast of Ecuador and Peru).
 */
export const KEY_AREA = { x0: 0, y0: 285, x1: 222, y1: 636 } as const;

export interface KeyCamera {
  readonly w: number;
  readonly h: number;
  readonly center: readonly [number, number];
  readonly zoom: number;
}

export interface KeyPlacement {
  readonly corner: Corner;
  /** The room (CSS px) the panel may take above a bottom-left button without covering the map's countries, or null. */
  readonly room: { readonly w: number; readonly h: number } | null;
}

/** Margin between the key and the board's edge, and between button and panel (CSS px). */
export const KEY_MARGIN = 6;
export const KEY_GAP = 4;

export function screenToWorld(cam: KeyCamera, x: number, y: number): [number, number] {
  return [cam.center[0] + (x - cam.w / 2) / cam.zoom, cam.center[1] + (y - cam.h / 2) / cam.zoom];
}

export function worldToScreen(cam: KeyCamera, x: number, y: number): [number, number] {
  return [(x - cam.center[0]) * cam.zoom + cam.w / 2, (y - cam.center[1]) * cam.zoom + cam.h / 2];
}

/** The corner's button box on screen: [x, y, w, h]. */
export function cornerBox(corner: Corner, cam: KeyCamera, button: { readonly w: number; readonly h: number }): [number, number, number, number] {
  const x = corner.endsWith('left') ? KEY_MARGIN : cam.w - KEY_MARGIN - button.w;
  const y = corner.startsWith('top') ? KEY_MARGIN : cam.h - KEY_MARGIN - button.h;
  return [x, y, button.w, button.h];
}

/**
 * Picks the first corner (bottom-left, top-left, bottom-right, top-right) whose button box has
 * nothing under it (`occupied` answers for world points, sampled over the box), bottom-left if
 * none is clear; and the panel's room when that corner lies in KEY_AREA.
 */
export function placeKey(cam: KeyCamera, button: { readonly w: number; readonly h: number }, occupied: (x: number, y: number) => boolean): KeyPlacement {
  const corners: Corner[] = ['bottom-left', 'top-left', 'bottom-right', 'top-right'];
  const clear = (corner: Corner): boolean => {
    const [x, y, w, h] = cornerBox(corner, cam, button);
    for (let i = 0; i <= 4; i++) {
      for (let j = 0; j <= 2; j++) {
        const [wx, wy] = screenToWorld(cam, x + (w * i) / 4, y + (h * j) / 2);
        if (occupied(wx, wy)) return false;
      }
    }
    return true;
  };
  const corner = corners.find(clear) ?? 'bottom-left';
  if (corner !== 'bottom-left') return { corner, room: null };
  const [wx, wy] = screenToWorld(cam, 0, cam.h);
  if (wx > KEY_AREA.x1 || wy < KEY_AREA.y0) return { corner, room: null };
  const [right, top] = worldToScreen(cam, KEY_AREA.x1, KEY_AREA.y0);
  const w = Math.min(cam.w, right) - KEY_MARGIN;
  const h = cam.h - KEY_MARGIN - button.h - KEY_GAP - Math.max(0, top);
  return { corner, room: w > 0 && h > 0 ? { w, h } : null };
}
