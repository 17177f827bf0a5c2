/**
 * The HUD scene, in screen space (CSS px; the camera zooms by devicePixelRatio): round, turn and
 * phase, the World Order track, capitals, dependency, decision rule and next world event; plus
 * the tooltip and the event toasts. It draws HudSpecs only.
 */
import Phaser from 'phaser';
import type { Side } from '../../game/types';
import type { HudSpec } from '../hud-model';
import { BOARD_COLORS, SIDE_COLOR } from '../palette';
import type { TooltipSpec } from '../view-model';
import { fitText, TextKit } from './text-kit';
import { TooltipView } from './tooltip-view';
import { WorldOrderTrack } from './world-order-track';

/** Below this width the HUD stacks its parts in rows. */
const NARROW = 760;
/** Below this height the HUD keeps to the essentials, to leave the map room. */
const SHORT = 560;

/** Below this height the map needs every pixel: the HUD hides (the DOM UI shows the same facts). */
const TINY = 320;

type HudMode = 'wide' | 'compact' | 'narrow' | 'narrow-compact' | 'hidden';
const HEIGHT: Readonly<Record<HudMode, number>> = { wide: 58, compact: 36, narrow: 120, 'narrow-compact': 84, hidden: 0 };
const TOAST_MS = 2800;

export class HudScene extends Phaser.Scene {
  readonly ready: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private kit!: TextKit;
  private bar!: Phaser.GameObjects.Graphics;
  private turnMark!: Phaser.GameObjects.Graphics;
  private line1!: Phaser.GameObjects.Text;
  private line2!: Phaser.GameObjects.Text;
  private line3!: Phaser.GameObjects.Text;
  private line4!: Phaser.GameObjects.Text;
  private track!: WorldOrderTrack;
  private tooltip!: TooltipView;
  private toasts: Phaser.GameObjects.Container[] = [];
  private spec: HudSpec | null = null;
  private w = 800;
  private h = 600;
  private height = 58;
  private mode: HudMode = 'wide';

  constructor() {
    super({ key: 'hud', active: true });
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  create(): void {
    this.kit = new TextKit(this, window.devicePixelRatio || 1);
    this.bar = this.add.graphics();
    this.turnMark = this.add.graphics();
    const light = BOARD_COLORS.hudText;
    this.line1 = this.kit.make(0, 0, '', { size: 14, color: light, bold: true });
    this.line2 = this.kit.make(0, 0, '', { size: 12, color: 0xc9d3de });
    this.line3 = this.kit.make(0, 0, '', { size: 12.5, color: light, bold: true });
    this.line4 = this.kit.make(0, 0, '', { size: 12, color: 0xc9d3de });
    this.track = new WorldOrderTrack(this, this.kit);
    this.tooltip = new TooltipView(this, this.kit);
    this.cameras.main.setOrigin(0, 0);
    this.resolveReady();
  }

  /** Lays the HUD out for a w × h CSS-px board; returns the HUD's height. */
  layout(w: number, h: number, dpr: number): number {
    this.w = w;
    this.h = h;
    this.kit.setResolution(Math.min(4, dpr));
    const cam = this.cameras.main;
    cam.setViewport(0, 0, Math.floor(w * dpr), Math.floor(h * dpr));
    cam.setZoom(dpr);
    cam.setScroll(0, 0);
    if (h < TINY) this.mode = 'hidden';
    else if (w >= NARROW) this.mode = h >= SHORT ? 'wide' : 'compact';
    else this.mode = h >= SHORT + 80 ? 'narrow' : 'narrow-compact';
    this.height = HEIGHT[this.mode];
    if (this.spec) this.fill(this.spec, null);
    this.place();
    return this.height;
  }

  render(spec: HudSpec, worldOrderFrom: number | null): void {
    this.spec = spec;
    this.fill(spec, worldOrderFrom);
    this.place();
  }

  showTooltip(spec: TooltipSpec, x: number, y: number): void {
    this.tooltip.show(spec, x, y, this.w, this.h);
  }

  hideTooltip(): void {
    this.tooltip.hide();
  }

  /** A short line at the foot of the board, in the event's colour; fades out by itself. */
  toast(text: string, color: number): void {
    const t = this.kit.make(12, 7, text, { size: 13, color: 0xffffff, bold: true, wrap: Math.min(520, this.w - 48) });
    const bg = this.add.graphics();
    bg.fillStyle(BOARD_COLORS.ink, 0.92).fillRoundedRect(0, 0, t.width + 24, t.height + 14, 8);
    bg.fillStyle(color, 1).fillRoundedRect(0, 0, 6, t.height + 14, { tl: 8, bl: 8, tr: 0, br: 0 });
    const box = this.add.container(0, 0, [bg, t]).setDepth(90).setSize(t.width + 24, t.height + 14).setAlpha(0);
    this.toasts.push(box);
    if (this.toasts.length > 3) this.toasts.shift()?.destroy();
    this.placeToasts();
    this.tweens.add({ targets: box, alpha: 1, duration: 180 });
    this.tweens.add({
      targets: box, alpha: 0, delay: TOAST_MS, duration: 400,
      onComplete: () => {
        this.toasts = this.toasts.filter((b) => b !== box);
        box.destroy();
        this.placeToasts();
      },
    });
  }

  /** Toasts stack up from the bottom of the board, newest lowest, clear of Europe and the HUD. */
  private placeToasts(): void {
    let y = this.h - 10;
    for (const box of [...this.toasts].reverse()) {
      y -= box.height;
      box.setPosition(Math.round((this.w - box.width) / 2), Math.max(this.height + 4, y));
      y -= 6;
    }
  }

  private fill(spec: HudSpec, worldOrderFrom: number | null): void {
    const lead = spec.result ? spec.result.text : spec.turn.text;
    this.line1.setText(`${spec.round.text} · ${lead}`);
    this.line2.setText(spec.result ? 'Game over' : spec.phase.text);
    const standing = spec.standing.length > 0 ? ` · In force: ${spec.standing.join(', ')}` : '';
    const economy = `Capital: Dem ${spec.sides.dem.capital} · Aut ${spec.sides.aut.capital} · ${spec.dependency.text} · ${spec.decisionRule.text}`;
    if (this.mode === 'compact' || this.mode === 'narrow-compact') {
      this.line3.setText(`Next event: ${spec.upcoming.title} · ${economy}${standing}`);
      this.line4.setText('');
    } else {
      this.line3.setText(`Next world event: ${spec.upcoming.title}`);
      this.line4.setText(`${economy}${standing}`);
    }
    this.track.render(spec.worldOrder, worldOrderFrom, spec.worldOrder.text);
  }

  private place(): void {
    const { w } = this;
    this.bar.clear();
    this.bar.fillStyle(BOARD_COLORS.hudBackground, 1).fillRect(0, 0, w, this.height);
    this.bar.fillStyle(0x000000, 0.18).fillRect(0, this.height, w, 2);
    const pad = 12;
    const mark = 18;
    const compact = this.mode === 'compact' || this.mode === 'narrow-compact';
    const shown = this.mode !== 'hidden';
    for (const t of [this.line1, this.line3, this.bar, this.turnMark]) t.setVisible(shown);
    this.track.setVisible(shown);
    this.line2.setVisible(shown && this.mode !== 'compact');
    this.line4.setVisible(shown && !compact);
    if (!shown) {
      this.placeToasts();
      return;
    }
    if (this.mode === 'wide' || this.mode === 'compact') {
      const trackW = Math.min(460, Math.max(200, w * (compact ? 0.26 : 0.3)));
      const side = (w - trackW) / 2 - pad * 2;
      this.line1.setPosition(pad + mark, compact ? 9 : 8);
      this.line2.setPosition(pad + mark, 31);
      this.line3.setPosition(w - pad, compact ? 10 : 8).setOrigin(1, 0);
      this.line4.setPosition(w - pad, 31).setOrigin(1, 0);
      this.fitAll(side - mark, side);
      this.track.layout((w - trackW) / 2, compact ? 4 : 7, trackW, compact);
    } else {
      this.line1.setPosition(pad + mark, 6);
      this.line2.setPosition(pad + mark, 26);
      this.track.layout(compact ? pad : pad + 30, 44, compact ? w - 2 * pad : w - 2 * pad - 60, compact);
      this.line3.setPosition(pad, compact ? 62 : 82).setOrigin(0, 0);
      this.line4.setPosition(pad, 100).setOrigin(0, 0);
      this.fitAll(w - 2 * pad - mark, w - 2 * pad);
    }
    this.drawTurnMark(pad, this.line1.y + 9);
    this.placeToasts();
  }

  private fitAll(leftW: number, rightW: number): void {
    for (const [t, max] of [[this.line1, leftW], [this.line2, leftW], [this.line3, rightW], [this.line4, rightW]] as const) {
      fitText(t, t.text, max);
    }
  }

  /** Whose turn: a circle for the Democratic bloc, a square for the Autocratic power. */
  private drawTurnMark(x: number, y: number): void {
    const g = this.turnMark.clear();
    const side: Side | null = this.spec && !this.spec.result ? this.spec.turn.side : null;
    if (!side) return;
    g.fillStyle(0xffffff, 1);
    if (side === 'dem') g.fillCircle(x + 6, y, 7);
    else g.fillRect(x - 1, y - 7, 14, 14);
    g.fillStyle(SIDE_COLOR[side], 1);
    if (side === 'dem') g.fillCircle(x + 6, y, 5.5);
    else g.fillRect(x + 0.5, y - 5.5, 11, 11);
  }
}
