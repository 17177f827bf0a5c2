/**
 * The map key, drawn in the open Pacific (world units): what each fill, hatch, glyph and chip
 * means. Static.
 */
import Phaser from 'phaser';
import { hatchSegments } from '../map/geometry';
import { REGIONS } from '../../game/types';
import { AUT_TIE_HATCH, BOARD_COLORS, DEM_TIE_FILL, REGIME_COLOR, REGION_INK, REGION_TINT, TRACK_COLOR } from '../palette';
import { DEPTH } from './map-layer';
import type { TextKit } from './text-kit';

const X = 10;
const Y = 338;
const W = 196;
const ROW = 15.5;

export function drawLegend(scene: Phaser.Scene, kit: TextKit): void {
  const g = scene.add.graphics().setDepth(DEPTH.badge - 1);
  const rows = 16;
  const h = 18 + rows * ROW;
  g.fillStyle(BOARD_COLORS.paper, 0.9).fillRoundedRect(X, Y, W, h, 6);
  g.lineStyle(1, BOARD_COLORS.paperEdge, 1).strokeRoundedRect(X, Y, W, h, 6);
  const text = (x: number, y: number, s: string, bold = false, size = 9.5): void => {
    kit.make(x, y, s, { size, color: BOARD_COLORS.ink, bold }).setOrigin(0, 0.5).setDepth(DEPTH.badge);
  };
  text(X + 8, Y + 10, 'KEY', true, 10);
  let y = Y + 10 + ROW;
  const line = (draw: (x: number, cy: number) => void, label: string): void => {
    draw(X + 10, y);
    text(X + 44, y, label);
    y += ROW;
  };
  const swatch = (color: number) => (x: number, cy: number) => {
    g.fillStyle(color, 1).fillRect(x, cy - 5.5, 26, 11);
    g.lineStyle(0.8, BOARD_COLORS.gameBorder, 1).strokeRect(x, cy - 5.5, 26, 11);
  };
  const hatch = (color: number, cross: boolean) => (x: number, cy: number) => {
    swatch(DEM_TIE_FILL.none)(x, cy);
    const rect = [x, cy - 5.5, x + 26, cy - 5.5, x + 26, cy + 5.5, x, cy + 5.5];
    g.lineStyle(1.1, color, 1);
    for (const slope of cross ? [-1, 1] : [-1]) {
      const segs = hatchSegments([rect], 3.4, slope);
      for (let i = 0; i + 3 < segs.length; i += 4) g.lineBetween(segs[i] ?? 0, segs[i + 1] ?? 0, segs[i + 2] ?? 0, segs[i + 3] ?? 0);
    }
  };
  const chip = (color: number, label: string, outline = false) => (x: number, cy: number) => {
    if (outline) g.lineStyle(1.4, color, 1).strokeRoundedRect(x + 0.7, cy - 4.8, 24.6, 9.6, 3);
    else g.fillStyle(color, 1).fillRoundedRect(x, cy - 5.5, 26, 11, 3);
    kit.make(x + 13, cy + 0.3, label, { size: 7.5, color: outline ? BOARD_COLORS.ink : 0xffffff, bold: true })
      .setOrigin(0.5).setDepth(DEPTH.badge);
  };
  line(swatch(DEM_TIE_FILL.none), 'No Democratic tie');
  line(swatch(DEM_TIE_FILL.partner), 'Partner (cooperation)');
  line(swatch(DEM_TIE_FILL.ally), 'Ally (alliance)');
  line(swatch(DEM_TIE_FILL.member), 'Member (integration)');
  line(hatch(AUT_TIE_HATCH.deal, false), 'Autocratic deal');
  line(hatch(AUT_TIE_HATCH.framework, true), 'Framework (SCO, 16+1)');
  line((x, cy) => {
    g.fillStyle(REGIME_COLOR.democracy, 1).fillCircle(x + 4, cy, 4.5);
    g.fillStyle(REGIME_COLOR.hybrid, 1).fillPoints([vec(x + 13, cy - 5.5), vec(x + 18.5, cy), vec(x + 13, cy + 5.5), vec(x + 7.5, cy)], true);
    g.fillStyle(REGIME_COLOR.autocracy, 1).fillRect(x + 20, cy - 4, 8, 8);
  }, 'Democracy · Hybrid · Autocracy');
  line(chip(TRACK_COLOR.trust, 'T3'), 'Trust (0–5)');
  line(chip(TRACK_COLOR.leverage, 'L2'), 'Leverage (0–5)');
  line(chip(TRACK_COLOR.polarization, 'P2'), 'Polarization (0–3)');
  line(chip(TRACK_COLOR.resentment, 'R1', true), 'Resentment (0–3)');
  line(chip(AUT_TIE_HATCH.framework, 'Veto'), 'Member that can veto');
  line((x, cy) => {
    g.fillStyle(BOARD_COLORS.inkMuted, 1);
    for (let i = 0; i < 3; i++) g.fillPoints([vec(x + 4 + i * 6, cy - 3), vec(x + 6.5 + i * 6, cy), vec(x + 4 + i * 6, cy + 3), vec(x + 1.5 + i * 6, cy)], true);
  }, 'Weight (scoring ×1–3)');
  line((x, cy) => {
    g.fillStyle(BOARD_COLORS.highlight, 1).fillRect(x, cy - 5.5, 26, 11);
    g.lineStyle(1.2, BOARD_COLORS.ink, 1);
    for (let i = 0; i < 26; i += 6) g.lineBetween(x + i, cy - 5.5, x + i + 3, cy - 5.5);
    for (let i = 0; i < 26; i += 6) g.lineBetween(x + i, cy + 5.5, x + i + 3, cy + 5.5);
    g.lineStyle(1, BOARD_COLORS.ink, 0.6).lineBetween(x, cy, x + 26, cy);
  }, 'Legal target (striped, dashed)');
  line((x, cy) => {
    g.lineStyle(2.4, BOARD_COLORS.selected, 1).strokeRoundedRect(x + 1, cy - 5, 24, 10, 3);
  }, 'Selected');
  line((x, cy) => {
    REGIONS.forEach((region, i) => {
      g.fillStyle(REGION_TINT[region], 1).fillRect(x - 4 + i * 5.6, cy - 5.5, 5, 11);
      g.lineStyle(0.6, REGION_INK[region], 1).strokeRect(x - 4 + i * 5.6, cy - 5.5, 5, 11);
    });
  }, 'Badge tint: region (see captions)');
}

const vec = (x: number, y: number): Phaser.Math.Vector2 => new Phaser.Math.Vector2(x, y);
