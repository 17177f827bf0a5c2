/**
 * Pointer input on the map: hover (mouse), tap/click to select, long-press for the tooltip
 * (touch), drag to pan, wheel and pinch to zoom. Phaser's input follows mouse and touch events.
 */
import Phaser from 'phaser';
import type { CountryId } from '../../game/types';

/** What the map scene offers the pointer logic. Coordinates are CSS px of the canvas. */
export interface PointerHost {
  dpr(): number;
  countryAt(x: number, y: number, touch: boolean): CountryId | null;
  hover(id: CountryId | null, x: number, y: number, fromTouch: boolean): void;
  select(id: CountryId): void;
  pan(dx: number, dy: number): void;
  zoomBy(factor: number, x: number, y: number): void;
}

const DRAG_SLOP = 8;
const LONG_PRESS_MS = 450;

export class PointerControl {
  private down: { x: number; y: number; lastX: number; lastY: number } | null = null;
  private dragging = false;
  private longPressed = false;
  private pinchDistance = 0;
  private timer: Phaser.Time.TimerEvent | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly host: PointerHost) {
    const input = scene.input;
    input.on(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
    input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    input.on(Phaser.Input.Events.GAME_OUT, () => this.host.hover(null, 0, 0, false));
    input.on(Phaser.Input.Events.POINTER_WHEEL, (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => {
      const [x, y] = this.css(p);
      if (dy !== 0) this.host.zoomBy(dy > 0 ? 1 / 1.15 : 1.15, x, y);
    });
  }

  private css(p: Phaser.Input.Pointer): [number, number] {
    const dpr = this.host.dpr();
    return [p.x / dpr, p.y / dpr];
  }

  private onDown(p: Phaser.Input.Pointer): void {
    const [x, y] = this.css(p);
    if (this.pinching()) {
      this.pinchDistance = this.pinchSpan();
      this.dragging = true;
      this.cancelTimer();
      return;
    }
    this.down = { x, y, lastX: x, lastY: y };
    this.dragging = false;
    this.longPressed = false;
    this.cancelTimer();
    // Mice hover for the tooltip; touch holds for it.
    if (!p.wasTouch) return;
    this.timer = this.scene.time.delayedCall(LONG_PRESS_MS, () => {
      if (!this.down || this.dragging) return;
      this.longPressed = true;
      this.host.hover(this.host.countryAt(this.down.x, this.down.y, true), this.down.x, this.down.y, true);
    });
  }

  private onMove(p: Phaser.Input.Pointer): void {
    const [x, y] = this.css(p);
    if (this.pinching()) {
      const span = this.pinchSpan();
      if (this.pinchDistance > 0 && span > 0) {
        const [mx, my] = this.pinchMid();
        this.host.zoomBy(span / this.pinchDistance, mx, my);
      }
      this.pinchDistance = span;
      return;
    }
    if (this.down && p.isDown) {
      if (!this.dragging && Math.hypot(x - this.down.x, y - this.down.y) > DRAG_SLOP) {
        this.dragging = true;
        this.cancelTimer();
        this.host.hover(null, x, y, p.wasTouch);
      }
      if (this.dragging) this.host.pan(x - this.down.lastX, y - this.down.lastY);
      this.down.lastX = x;
      this.down.lastY = y;
      return;
    }
    if (!p.wasTouch) this.host.hover(this.host.countryAt(x, y, false), x, y, false);
  }

  private onUp(p: Phaser.Input.Pointer): void {
    const [x, y] = this.css(p);
    this.cancelTimer();
    const start = this.down;
    this.down = null;
    this.pinchDistance = 0;
    if (!start || this.dragging || this.longPressed) {
      this.dragging = false;
      return;
    }
    const id = this.host.countryAt(start.x, start.y, p.wasTouch);
    // Judged by the events' own times too: a busy frame can deliver down and up together.
    if (p.wasTouch && p.upTime - p.downTime >= LONG_PRESS_MS) {
      this.host.hover(id, start.x, start.y, true);
      return;
    }
    if (p.wasTouch) this.host.hover(null, x, y, true);
    if (id) this.host.select(id);
  }

  private pinching(): boolean {
    const { pointer1, pointer2 } = this.scene.input;
    return Boolean(pointer1?.isDown && pointer2?.isDown);
  }

  private pinchSpan(): number {
    const { pointer1, pointer2 } = this.scene.input;
    if (!pointer1 || !pointer2) return 0;
    return Math.hypot(pointer1.x - pointer2.x, pointer1.y - pointer2.y);
  }

  private pinchMid(): [number, number] {
    const { pointer1, pointer2 } = this.scene.input;
    const dpr = this.host.dpr();
    if (!pointer1 || !pointer2) return [0, 0];
    return [(pointer1.x + pointer2.x) / 2 / dpr, (pointer1.y + pointer2.y) / 2 / dpr];
  }

  private cancelTimer(): void {
    this.timer?.remove(false);
    this.timer = null;
  }
}
