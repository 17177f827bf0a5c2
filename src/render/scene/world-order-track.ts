/**
 * The World Order track (−limit…+limit) in the HUD: Autocratic half on the left, Democratic half
 * on the right, ticks every 5, a marker with the value that slides when the track moves.
 */
import Phaser from 'phaser';
import type { HudSpec } from '../hud-model';
import { BOARD_COLORS, HOME_FILL, OKABE_ITO } from '../palette';
import { fitText, type TextKit } from './text-kit';

const BAR_H = 8;

export class WorldOrderTrack {
  private readonly gfx: Phaser.GameObjects.Graphics;
  private readonly marker: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  private readonly left: Phaser.GameObjects.Text;
  private readonly right: Phaser.GameObjects.Text;
  private x = 0;
  private y = 0;
  private w = 200;
  private limit = 20;
  private shown = 0;
  /** Compact: the bar and its marker only (the value is in the marker). */
  private compact = false;
  private tween: Phaser.Tweens.Tween | null = null;

  constructor(private readonly scene: Phaser.Scene, kit: TextKit) {
    this.gfx = scene.add.graphics();
    this.marker = scene.add.graphics();
    this.title = kit.make(0, 0, 'WORLD ORDER', { size: 10.5, color: BOARD_COLORS.hudText, bold: true, spacing: 1.5 }).setOrigin(0.5, 0);
    this.value = kit.make(0, 0, '0', { size: 11, color: BOARD_COLORS.ink, bold: true }).setOrigin(0.5, 0.5);
    this.left = kit.make(0, 0, 'Aut −20', { size: 9.5, color: 0xffc9a6 }).setOrigin(0, 0);
    this.right = kit.make(0, 0, 'Dem +20', { size: 9.5, color: 0xbfe3fa }).setOrigin(1, 0);
  }

  /** Places the track: (x, y) top-left, w wide; about 40 px tall, or 18 when compact. */
  layout(x: number, y: number, w: number, compact = false): void {
    this.x = x;
    this.y = y;
    this.w = w;
    this.compact = compact;
    this.setVisible(this.gfx.visible);
    this.drawBar();
    this.placeMarker(this.shown);
  }

  setVisible(visible: boolean): void {
    for (const o of [this.gfx, this.marker, this.value]) o.setVisible(visible);
    for (const t of [this.title, this.left, this.right]) t.setVisible(visible && !this.compact);
  }

  /** Shows a value; slides from `from` when given (a World Order shift). */
  render(spec: HudSpec['worldOrder'], from: number | null, text: string): void {
    this.limit = spec.limit;
    fitText(this.title, text.toUpperCase(), this.w);
    this.drawBar();
    this.tween?.remove();
    this.tween = null;
    if (from === null || from === spec.value) {
      this.placeMarker(spec.value);
      return;
    }
    const state = { v: from };
    this.tween = this.scene.tweens.add({
      targets: state, v: spec.value, duration: 1100, ease: 'Cubic.easeInOut',
      onUpdate: () => this.placeMarker(state.v),
      onComplete: () => this.placeMarker(spec.value),
    });
  }

  private xOf(v: number): number {
    return this.x + ((v + this.limit) / (2 * this.limit)) * this.w;
  }

  private barTop(): number {
    return this.y + (this.compact ? 5 : 17);
  }

  private drawBar(): void {
    const g = this.gfx.clear();
    const top = this.barTop();
    const mid = this.xOf(0);
    g.fillStyle(HOME_FILL.aut, 1).fillRect(this.x, top, mid - this.x, BAR_H);
    g.fillStyle(HOME_FILL.dem, 1).fillRect(mid, top, this.x + this.w - mid, BAR_H);
    g.lineStyle(1, 0xffffff, 0.7);
    for (let v = -this.limit; v <= this.limit; v += 5) {
      const tx = this.xOf(v);
      const long = v === 0;
      g.lineBetween(tx, top - (long ? 4 : 1), tx, top + BAR_H + (long ? 4 : 1));
    }
    this.title.setPosition(this.x + this.w / 2, this.y);
    this.left.setPosition(this.x, top + BAR_H + 3);
    this.right.setPosition(this.x + this.w, top + BAR_H + 3);
  }

  private placeMarker(v: number): void {
    this.shown = v;
    const g = this.marker.clear();
    // The lozenge stays on the bar at ±limit; its number still says where the track is.
    const cx = Math.min(this.x + this.w - 12, Math.max(this.x + 12, this.xOf(v)));
    const cy = this.barTop() + BAR_H / 2;
    const rounded = Math.round(v);
    const color = rounded > 0 ? OKABE_ITO.skyBlue : rounded < 0 ? OKABE_ITO.orange : 0xffffff;
    // A lozenge with the value in it; the side is also spelled by the sign.
    g.fillStyle(BOARD_COLORS.ink, 1).fillRoundedRect(cx - 14, cy - 9, 28, 18, 5);
    g.fillStyle(color, 1).fillRoundedRect(cx - 12.5, cy - 7.5, 25, 15, 4);
    this.value.setPosition(cx, cy + 0.5).setText(rounded > 0 ? `+${rounded}` : `${rounded}`);
  }
}
