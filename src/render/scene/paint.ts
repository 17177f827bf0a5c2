/**
 * Canvas 2D painters for the board's baked layers: the map (sea lines, countries, hatching), the
 * legal-target stripes, and one badge. The scene paints into canvases once per change and shows
 * them as textures, so a frame draws a few textured quads instead of re-tessellating every
 * country and re-rendering hundreds of texts. All coordinates are world units; `r` is pixels per
 * world unit. No Phaser here.
 */
import {
  BADGE_FONT, BADGE_LEFT, BADGE_PAD, BADGE_TOP, layoutBadge, NAME_MAX_W,
} from '../badge-model';
import { BADGE } from '../layout';
import type { BoardMap, MapCountry } from '../map/board-map';
import type { Ring } from '../map/geometry';
import { BOARD_COLORS, css } from '../palette';
import type { CountrySpec, FillPattern } from '../view-model';
import { FONT_FAMILY } from './text-kit';

type Ctx = CanvasRenderingContext2D;

const HATCH: Readonly<Record<Exclude<FillPattern, 'none'>, readonly number[]>> = {
  'deal-hatch': [-1],
  'framework-crosshatch': [-1, 1],
};
const HATCH_SPACING = 3.4;
const STRIPE_SPACING = 4.2;

/** Hatch segments of a country at a slope and spacing (cached by the caller). */
export type HatchFn = (country: MapCountry, slope: number, spacing: number) => readonly number[];

function rgba(color: number, alpha = 1): string {
  return alpha >= 1 ? css(color) : `rgba(${(color >> 16) & 0xff},${(color >> 8) & 0xff},${color & 0xff},${alpha})`;
}

function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}

function ringPath(ctx: Ctx, ring: Ring, close = true): void {
  for (let i = 0; i + 1 < ring.length; i += 2) {
    const x = ring[i] ?? 0;
    const y = ring[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  if (close) ctx.closePath();
}

function segmentsPath(ctx: Ctx, segs: readonly number[]): void {
  for (let i = 0; i + 3 < segs.length; i += 4) {
    ctx.moveTo(segs[i] ?? 0, segs[i + 1] ?? 0);
    ctx.lineTo(segs[i + 2] ?? 0, segs[i + 3] ?? 0);
  }
}

/** A country's shape as one path (outer rings only, as the board always drew them). */
function countryPath(ctx: Ctx, country: MapCountry): void {
  ctx.beginPath();
  for (const p of country.polygons) ringPath(ctx, p.outer);
}

/** What the map shows of one game country. */
export interface CountryLook {
  readonly fill: number;
  readonly pattern: FillPattern;
  readonly patternColor: number;
}

/** One game country: fill, border and Autocratic-tie hatching. */
export function paintCountry(ctx: Ctx, country: MapCountry, look: CountryLook, hatch: HatchFn): void {
  countryPath(ctx, country);
  ctx.fillStyle = css(look.fill);
  ctx.fill();
  ctx.lineWidth = 0.7;
  ctx.strokeStyle = css(BOARD_COLORS.gameBorder);
  ctx.stroke();
  if (look.pattern === 'none') return;
  ctx.beginPath();
  for (const slope of HATCH[look.pattern]) segmentsPath(ctx, hatch(country, slope, HATCH_SPACING));
  ctx.lineWidth = 1.1;
  ctx.strokeStyle = rgba(look.patternColor, 0.95);
  ctx.stroke();
}

/**
 * The whole map: graticule, game countries (fill, border), backdrop countries above them (as
 * before: their borders stay whole), then the hatching of Autocratic ties on top.
 */
export function paintMap(ctx: Ctx, map: BoardMap, looks: ReadonlyMap<string, CountryLook>, hatch: HatchFn, r: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.beginPath();
  for (const line of map.graticule) ringPath(ctx, line, false);
  ctx.lineWidth = 0.6;
  ctx.strokeStyle = css(BOARD_COLORS.graticule);
  ctx.stroke();
  const game = map.countries.filter((c) => c.id !== null);
  for (const c of game) {
    countryPath(ctx, c);
    ctx.fillStyle = css(looks.get(c.id ?? '')?.fill ?? 0xffffff);
    ctx.fill();
    ctx.lineWidth = 0.7;
    ctx.strokeStyle = css(BOARD_COLORS.gameBorder);
    ctx.stroke();
  }
  ctx.beginPath();
  for (const c of map.countries) if (c.id === null) for (const p of c.polygons) ringPath(ctx, p.outer);
  ctx.fillStyle = css(BOARD_COLORS.backdropLand);
  ctx.fill();
  ctx.lineWidth = 0.45;
  ctx.strokeStyle = css(BOARD_COLORS.backdropBorder);
  ctx.stroke();
  for (const c of game) {
    const look = looks.get(c.id ?? '');
    if (!look || look.pattern === 'none') continue;
    ctx.beginPath();
    for (const slope of HATCH[look.pattern]) segmentsPath(ctx, hatch(c, slope, HATCH_SPACING));
    ctx.lineWidth = 1.1;
    ctx.strokeStyle = rgba(look.patternColor, 0.95);
    ctx.stroke();
  }
}

/** Legal targets: horizontal yellow stripes edged in black, and a thick yellow outline. */
export function paintHighlights(ctx: Ctx, countries: readonly MapCountry[], hatch: HatchFn, r: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(r, 0, 0, r, 0, 0);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'butt';
  const stripes = (): void => {
    ctx.beginPath();
    for (const c of countries) segmentsPath(ctx, hatch(c, 0, STRIPE_SPACING));
  };
  stripes();
  ctx.lineWidth = 2.4;
  ctx.strokeStyle = rgba(BOARD_COLORS.ink, 0.55);
  ctx.stroke();
  ctx.lineWidth = 1.4;
  ctx.strokeStyle = css(BOARD_COLORS.highlight);
  ctx.stroke();
  ctx.beginPath();
  for (const c of countries) for (const p of c.polygons) ringPath(ctx, p.outer);
  ctx.lineWidth = 3.2;
  ctx.strokeStyle = css(BOARD_COLORS.ink);
  ctx.stroke();
  ctx.lineWidth = 1.8;
  ctx.strokeStyle = css(BOARD_COLORS.highlight);
  ctx.stroke();
}

/** Room around a badge on its canvas, for the legal-target frame. */
const BADGE_MARGIN = 6;

/** The canvas size (px) of a badge at `r` pixels per world unit. */
export function badgeCanvasSize(r: number): [number, number] {
  return [Math.ceil((BADGE.w + 2 * BADGE_MARGIN) * r), Math.ceil((BADGE.h + 2 * BADGE_MARGIN) * r)];
}

/** One badge, centred on its canvas: frame, regime glyph, name, weight pips, chips. */
export function paintBadge(ctx: Ctx, spec: CountrySpec, r: number): void {
  const W = BADGE.w;
  const H = BADGE.h;
  const L = BADGE_LEFT;
  const T = BADGE_TOP;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(r, 0, 0, r, (W / 2 + BADGE_MARGIN) * r, (H / 2 + BADGE_MARGIN) * r);
  ctx.lineJoin = 'round';
  // Frame.
  if (spec.highlighted) {
    ctx.fillStyle = css(BOARD_COLORS.highlight);
    roundRect(ctx, L - 4, T - 4, W + 8, H + 8, 7);
    ctx.fill();
  }
  ctx.fillStyle = rgba(spec.regionTint, 0.97);
  roundRect(ctx, L, T, W, H, 4);
  ctx.fill();
  // A strip in the map fill ties the badge to its country's colour.
  ctx.fillStyle = css(spec.fill);
  ctx.beginPath();
  ctx.roundRect(L, T, 3.5, H, [4, 0, 0, 4]);
  ctx.fill();
  ctx.lineWidth = spec.selected ? 2.5 : 1;
  ctx.strokeStyle = css(spec.selected ? BOARD_COLORS.selected : BOARD_COLORS.paperEdge);
  roundRect(ctx, L, T, W, H, 4);
  ctx.stroke();
  if (spec.highlighted) {
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1.2;
    ctx.strokeStyle = css(BOARD_COLORS.ink);
    ctx.strokeRect(L - 4, T - 4, W + 8, H + 8);
    ctx.setLineDash([]);
  }
  // Regime: democracy a circle, hybrid a diamond, autocracy a square; the letter repeats it.
  const gx = L + 10;
  const gy = T + 7.5;
  ctx.fillStyle = css(spec.regimeColor);
  ctx.beginPath();
  if (spec.regime === 'democracy') ctx.arc(gx, gy, 5.5, 0, Math.PI * 2);
  else if (spec.regime === 'hybrid') poly(ctx, [gx, gy - 6.5, gx + 6.5, gy, gx, gy + 6.5, gx - 6.5, gy]);
  else ctx.rect(gx - 5, gy - 5, 10, 10);
  ctx.fill();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = '#ffffff';
  ctx.font = font(BADGE_FONT.regime, true);
  ctx.fillText(spec.regimeLetter, gx, gy + 0.6);
  // Name, shrunk to fit before the weight pips.
  ctx.textAlign = 'left';
  ctx.fillStyle = css(BOARD_COLORS.ink);
  ctx.font = font(BADGE_FONT.name, true);
  fittedText(ctx, spec.shortName, L + 16, T + 7.8, NAME_MAX_W);
  // Weight pips, from the right.
  ctx.fillStyle = css(BOARD_COLORS.inkMuted);
  ctx.beginPath();
  for (let i = 0; i < spec.weight; i++) {
    const x = L + W - BADGE_PAD - 2 - i * 5;
    poly(ctx, [x, T + 4, x + 2, T + 6.5, x, T + 9, x - 2, T + 6.5]);
  }
  ctx.fill();
  // Chips.
  ctx.font = font(BADGE_FONT.chip, true);
  const chips = layoutBadge(spec, (text) => ctx.measureText(text).width);
  for (const chip of chips) {
    if (chip.outline) {
      ctx.lineWidth = 1.4;
      ctx.strokeStyle = css(chip.fill);
      roundRect(ctx, chip.x + 0.7, chip.y + 0.7, chip.w - 1.4, chip.h - 1.4, 3);
      ctx.stroke();
    } else {
      ctx.fillStyle = css(chip.paint);
      roundRect(ctx, chip.x, chip.y, chip.w, chip.h, 3);
      ctx.fill();
    }
    ctx.fillStyle = css(chip.ink);
    ctx.textAlign = 'center';
    ctx.save();
    ctx.translate(chip.x + chip.w / 2, chip.y + chip.h / 2 + 0.6);
    ctx.scale(chip.scale, chip.scale);
    ctx.fillText(chip.text, 0, 0);
    ctx.restore();
  }
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, radius);
}

function poly(ctx: Ctx, pts: readonly number[]): void {
  ctx.moveTo(pts[0] ?? 0, pts[1] ?? 0);
  for (let i = 2; i + 1 < pts.length; i += 2) ctx.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  ctx.closePath();
}

/** Left-aligned text on a middle baseline, shrunk (never grown) to fit `maxW`. */
function fittedText(ctx: Ctx, text: string, x: number, y: number, maxW: number): void {
  const w = ctx.measureText(text).width;
  if (w <= maxW) {
    ctx.fillText(text, x, y);
    return;
  }
  const k = maxW / w;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(k, k);
  ctx.fillText(text, 0, 0);
  ctx.restore();
}
