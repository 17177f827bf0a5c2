/**
 * One country's badge: regime glyph, name, weight pips, trust and leverage numbers, marks for
 * polarization and resentment, chips for ties, home and veto. Drawn from a CountrySpec only.
 */
import Phaser from 'phaser';
import { BADGE } from '../layout';
import { BOARD_COLORS, css, inkOn, mixColor, TRACK_COLOR } from '../palette';
import type { CountrySpec } from '../view-model';
import { fitText, type TextKit } from './text-kit';

const W = BADGE.w;
const H = BADGE.h;
const L = -W / 2;
const T = -H / 2;
const PAD = 3;
const ROW = 14;
const CHIP_H = 11;

interface Chip {
  readonly text: string;
  readonly fill: number;
  /** Outlined chips (partner, deal) read as lighter ties than filled ones. */
  readonly outline?: boolean;
  /** A zero value: drawn pale so the numbers that matter stand out. */
  readonly faint?: boolean;
}

export class BadgeView {
  readonly container: Phaser.GameObjects.Container;
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly regime: Phaser.GameObjects.Text;
  private readonly chipTexts: Phaser.GameObjects.Text[] = [];

  constructor(scene: Phaser.Scene, kit: TextKit, x: number, y: number) {
    this.gfx = scene.add.graphics();
    this.regime = kit.make(0, 0, '', { size: 7.5, color: 0xffffff, bold: true, align: 'center' }).setOrigin(0.5);
    this.name = kit.make(L + 16, T + 1.5, '', { size: 10, color: BOARD_COLORS.ink, bold: true });
    for (let i = 0; i < 7; i++) this.chipTexts.push(kit.make(0, 0, '', { size: 8, color: BOARD_COLORS.ink, bold: true }).setOrigin(0.5));
    this.container = scene.add.container(x, y, [this.gfx, this.regime, this.name, ...this.chipTexts]);
    this.container.setSize(W, H);
  }

  draw(spec: CountrySpec): void {
    const g = this.gfx;
    g.clear();
    this.drawFrame(g, spec);
    this.drawRegime(g, spec);
    fitText(this.name, spec.shortName, W - 16 - PAD - 3 * 5);
    this.drawWeight(g, spec.weight);
    const row2: Chip[] = [
      { text: `T${spec.trust.value}`, fill: TRACK_COLOR.trust, faint: spec.trust.value === 0 },
      { text: `L${spec.leverage.value}`, fill: TRACK_COLOR.leverage, faint: spec.leverage.value === 0 },
    ];
    if (spec.polarization > 0) row2.push({ text: `P${spec.polarization}`, fill: TRACK_COLOR.polarization });
    if (spec.resentment > 0) row2.push({ text: `R${spec.resentment}`, fill: TRACK_COLOR.resentment, outline: true });
    const row3: Chip[] = spec.chips.map((c) => ({
      text: c.text,
      fill: c.color,
      outline: (c.kind === 'dem-tie' && c.tie === 'partner') || (c.kind === 'aut-tie' && c.tie === 'deal'),
    }));
    const veto = row3.findIndex((c) => c.text === 'Veto' || c.text === 'Votes no');
    if (veto >= 0) row2.push(...row3.splice(veto, 1));
    let used = this.drawRow(g, row2, T + ROW + 1.5, 0);
    used = this.drawRow(g, row3, T + 2 * ROW + 1, used);
    for (let i = used; i < this.chipTexts.length; i++) this.chipTexts[i]?.setVisible(false);
  }

  private drawFrame(g: Phaser.GameObjects.Graphics, spec: CountrySpec): void {
    if (spec.highlighted) {
      g.fillStyle(BOARD_COLORS.highlight, 1);
      g.fillRoundedRect(L - 4, T - 4, W + 8, H + 8, 7);
    }
    g.fillStyle(spec.regionTint, 0.97);
    g.fillRoundedRect(L, T, W, H, 4);
    // A strip in the map fill ties the badge to its country's colour.
    g.fillStyle(spec.fill, 1);
    g.fillRoundedRect(L, T, 3.5, H, { tl: 4, bl: 4, tr: 0, br: 0 });
    g.lineStyle(spec.selected ? 2.5 : 1, spec.selected ? BOARD_COLORS.selected : BOARD_COLORS.paperEdge, 1);
    g.strokeRoundedRect(L, T, W, H, 4);
    if (spec.highlighted) drawDashedRect(g, L - 4, T - 4, W + 8, H + 8, BOARD_COLORS.ink);
  }

  /** Democracy: circle; hybrid: diamond; autocracy: square. Letter and colour repeat the shape. */
  private drawRegime(g: Phaser.GameObjects.Graphics, spec: CountrySpec): void {
    const x = L + 10;
    const y = T + 7.5;
    g.fillStyle(spec.regimeColor, 1);
    if (spec.regime === 'democracy') g.fillCircle(x, y, 5.5);
    else if (spec.regime === 'hybrid') g.fillPoints([vec(x, y - 6.5), vec(x + 6.5, y), vec(x, y + 6.5), vec(x - 6.5, y)], true);
    else g.fillRect(x - 5, y - 5, 10, 10);
    this.regime.setPosition(x, y + 0.2).setText(spec.regimeLetter);
  }

  private drawWeight(g: Phaser.GameObjects.Graphics, weight: number): void {
    g.fillStyle(BOARD_COLORS.inkMuted, 1);
    for (let i = 0; i < weight; i++) {
      const x = L + W - PAD - 2 - i * 5;
      g.fillPoints([vec(x, T + 4), vec(x + 2, T + 6.5), vec(x, T + 9), vec(x - 2, T + 6.5)], true);
    }
  }

  /** Lays chips left to right from the row's start; returns the next free chip text index. */
  private drawRow(g: Phaser.GameObjects.Graphics, chips: readonly Chip[], y: number, first: number): number {
    let x = L + 6;
    let i = first;
    const maxRight = L + W - PAD;
    for (const chip of chips) {
      const t = this.chipTexts[i];
      if (!t) break;
      t.setVisible(true).setScale(1).setText(chip.text);
      const fill = chip.faint ? mixColor(chip.fill, BOARD_COLORS.paper, 0.72) : chip.fill;
      t.setColor(chip.faint ? css(BOARD_COLORS.inkMuted) : cssInk(chip.outline ? BOARD_COLORS.paper : fill));
      const w = Math.max(CHIP_H + 4, t.width + 6);
      const room = maxRight - x;
      const scale = w > room ? Math.max(0.7, room / w) : 1;
      const cw = w * scale;
      if (chip.outline) {
        g.lineStyle(1.4, chip.fill, 1);
        g.strokeRoundedRect(x + 0.7, y + 0.7, cw - 1.4, CHIP_H - 1.4, 3);
      } else {
        g.fillStyle(fill, 1);
        g.fillRoundedRect(x, y, cw, CHIP_H, 3);
      }
      t.setScale(scale).setPosition(x + cw / 2, y + CHIP_H / 2 + 0.3);
      x += cw + 2.5;
      i += 1;
    }
    return i;
  }
}

const vec = (x: number, y: number): Phaser.Math.Vector2 => new Phaser.Math.Vector2(x, y);
const cssInk = (background: number): string => css(inkOn(background));

/** A dashed rectangle (Graphics has no dash style). */
export function drawDashedRect(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, h: number, color: number): void {
  g.lineStyle(1.2, color, 1);
  const dash = 4;
  const gap = 3;
  const edge = (x1: number, y1: number, x2: number, y2: number): void => {
    const len = Math.hypot(x2 - x1, y2 - y1);
    for (let d = 0; d < len; d += dash + gap) {
      const e = Math.min(len, d + dash);
      g.lineBetween(x1 + ((x2 - x1) * d) / len, y1 + ((y2 - y1) * d) / len, x1 + ((x2 - x1) * e) / len, y1 + ((y2 - y1) * e) / len);
    }
  };
  edge(x, y, x + w, y);
  edge(x + w, y, x + w, y + h);
  edge(x + w, y + h, x, y + h);
  edge(x, y + h, x, y);
}
