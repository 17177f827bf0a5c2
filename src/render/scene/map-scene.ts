/**
 * The map scene: the baked map layer, region captions, one badge per country, the camera (fit,
 * legible minimum, pan and zoom) and pointer input. It draws BoardSpecs and plays animation
 * events; it never holds game state. Tooltips, toasts and the key are DOM (BoardOverlay).
 */
import Phaser from 'phaser';
import { REGION_NAME } from '../../content/words';
import { COUNTRIES } from '../../game/data/countries';
import { REGIONS, type CountryId } from '../../game/types';
import type { BoardCallbacks } from '../board-types';
import type { BoardEvent } from '../diff';
import { countryAt } from '../hit-test';
import { placeKey } from '../key-placement';
import { BADGE_AT, REGION_LABEL_AT } from '../layout';
import type { BoardMap } from '../map/board-map';
import { BOARD_COLORS, REGION_INK } from '../palette';
import type { BoardSpec, CountrySpec } from '../view-model';
import { clampCenter, textResolution, zoomAbout, zoomRange, type ZoomRange } from '../viewport';
import { Animator } from './animator';
import { BadgeView } from './badge-view';
import type { BoardOverlay } from './board-overlay';
import { DEPTH, MapLayer } from './map-layer';
import { PointerControl, type PointerHost } from './pointer-control';
import { TextKit } from './text-kit';

/** Badges repainted per task when the resolution changes. */
const BADGES_PER_TASK = 9;

export class MapScene extends Phaser.Scene implements PointerHost {
  readonly ready: Promise<void>;
  private resolveReady: () => void = () => undefined;
  private kit!: TextKit;
  private layer!: MapLayer;
  private animator!: Animator;
  private readonly badges = new Map<CountryId, BadgeView>();
  private specs = new Map<CountryId, CountrySpec>();
  private hovered: CountryId | null = null;
  private tooltipAt: [number, number] = [0, 0];
  private view = { w: 800, h: 600, dpr: 1 };
  private range: ZoomRange = { fit: 1, min: 1, max: 3, initial: 1 };
  /** The player's zoom relative to the initial zoom, once they zoomed. */
  private userZoom: number | null = null;
  private userMoved = false;
  private zoom = 1;
  private center: [number, number] = [0, 0];
  private resolutionTimer: Phaser.Time.TimerEvent | null = null;
  private resolutionJobs: number[] = [];

  constructor(private readonly map: BoardMap, private readonly callbacks: BoardCallbacks, private readonly overlay: BoardOverlay) {
    super({ key: 'map' });
    this.center = [map.width / 2, map.height / 2];
    this.ready = new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }

  create(): void {
    this.kit = new TextKit(this, window.devicePixelRatio || 1);
    this.cameras.main.setBackgroundColor(BOARD_COLORS.ocean);
    this.layer = new MapLayer(this, this.map);
    for (const region of REGIONS) {
      const [x, y] = REGION_LABEL_AT[region];
      this.kit.make(x, y, REGION_NAME[region].toUpperCase(), { size: 11.5, color: REGION_INK[region], bold: true, spacing: 3 })
        .setOrigin(0.5, 0).setStroke('#ffffff', 3).setDepth(DEPTH.leader);
    }
    for (const { id } of COUNTRIES) {
      const [x, y] = BADGE_AT[id];
      const badge = new BadgeView(this, id, x, y, this.resolution());
      badge.image.setDepth(DEPTH.badge);
      this.badges.set(id, badge);
    }
    this.animator = new Animator({
      scene: this, layer: this.layer, kit: this.kit, badges: this.badges,
      anchor: (id) => this.map.byId.get(id)?.anchor ?? BADGE_AT[id],
      toast: (text, color) => this.overlay.toast(text, color),
    });
    new PointerControl(this, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => this.resolutionJobs.forEach((job) => window.clearTimeout(job)));
    this.resolveReady();
  }

  /** Draws a spec, then plays the events that led to it. */
  render(spec: BoardSpec, before: BoardSpec | null, events: readonly BoardEvent[]): void {
    const previous = new Map((before?.countries ?? []).map((c) => [c.id, c] as const));
    this.specs = new Map(spec.countries.map((c) => [c.id, c] as const));
    this.animator.settle();
    this.layer.draw(spec.countries);
    for (const c of spec.countries) this.badges.get(c.id)?.draw(c);
    this.raiseFocused();
    if (before) this.animator.play(events, previous, this.specs);
    if (this.hovered) this.refreshTooltip();
  }

  /** The canvas is all map: w × h CSS px at this devicePixelRatio. */
  layout(w: number, h: number, dpr: number): void {
    this.view = { w, h: Math.max(1, h), dpr };
    this.range = zoomRange(w, this.view.h, this.map.width, this.map.height);
    // Keep the player's zoom across resizes, relative to the new initial zoom.
    this.zoom = Phaser.Math.Clamp(this.range.initial * (this.userZoom ?? 1), this.range.min, this.range.max);
    // Until the player pans, a map taller than the view shows its top: Europe's badges sit there.
    if (!this.userMoved) this.center = [this.map.width / 2, 0];
    this.cameras.main.setViewport(0, 0, Math.round(w * dpr), Math.round(this.view.h * dpr));
    this.applyCamera();
    this.applyResolution();
    this.placeKey();
  }

  // PointerHost
  dpr(): number {
    return this.view.dpr;
  }

  countryAt(x: number, y: number, touch: boolean): CountryId | null {
    const p = this.cameras.main.getWorldPoint(x * this.view.dpr, y * this.view.dpr);
    return countryAt(this.map, p.x, p.y, touch ? 6 / this.zoom : 0);
  }

  hover(id: CountryId | null, x: number, y: number, fromTouch: boolean): void {
    const changed = id !== this.hovered;
    this.hovered = id;
    this.layer.setHovered(id);
    if (changed) {
      this.raiseFocused();
      this.callbacks.onCountryHover?.(id);
    }
    const spec = id ? this.specs.get(id) : undefined;
    if (spec) this.overlay.showTooltip(spec.tooltip, x, y);
    else this.overlay.hideTooltip();
    this.tooltipAt = [x, y];
    this.input.setDefaultCursor(id && !fromTouch ? 'pointer' : 'default');
  }

  select(id: CountryId): void {
    this.callbacks.onCountrySelect(id);
  }

  pan(dx: number, dy: number): void {
    this.userMoved = true;
    this.center = [this.center[0] - dx / this.zoom, this.center[1] - dy / this.zoom];
    this.applyCamera();
  }

  zoomBy(factor: number, x: number, y: number): void {
    const next = Phaser.Math.Clamp(this.zoom * factor, this.range.min, this.range.max);
    if (next === this.zoom) return;
    const px = x - this.view.w / 2;
    const py = y - this.view.h / 2;
    this.center = zoomAbout(this.center[0], this.center[1], this.zoom, next, px, py);
    this.zoom = next;
    this.userZoom = next / this.range.initial;
    this.userMoved = true;
    this.applyCamera();
    // Re-render texts for the new zoom once the gesture settles.
    this.resolutionTimer?.remove(false);
    this.resolutionTimer = this.time.delayedCall(180, () => {
      this.applyResolution();
      this.placeKey();
    });
  }

  private refreshTooltip(): void {
    const spec = this.hovered ? this.specs.get(this.hovered) : undefined;
    if (spec) this.overlay.showTooltip(spec.tooltip, this.tooltipAt[0], this.tooltipAt[1]);
  }

  /** The key's button goes to a corner with no country under it; its panel opens where it fits. */
  private placeKey(): void {
    const cam = { w: this.view.w, h: this.view.h, center: this.center, zoom: this.zoom };
    this.overlay.placeKey(placeKey(cam, this.overlay.keyButtonSize(), (x, y) => countryAt(this.map, x, y) !== null));
  }

  /** Pixels per world unit on screen, stepped: texts and baked layers are drawn at this. */
  private resolution(): number {
    return textResolution(this.zoom, this.view.dpr);
  }

  /**
   * Re-renders texts, the baked map and the badges for the current zoom and devicePixelRatio.
   * Once the board shows something, the repaint is split into a few tasks (the map, then the
   * badges a handful at a time), so that a zoom never blocks the page for the whole of it.
   */
  private applyResolution(): void {
    const r = this.resolution();
    for (const job of this.resolutionJobs) window.clearTimeout(job);
    this.resolutionJobs = [];
    this.kit.setResolution(r);
    const badges = [...this.badges.values()];
    const steps: Array<() => void> = [() => this.layer.setResolution(r)];
    for (let i = 0; i < badges.length; i += BADGES_PER_TASK) steps.push(() => badges.slice(i, i + BADGES_PER_TASK).forEach((b) => b.setResolution(r)));
    if (this.specs.size === 0) {
      for (const step of steps) step();
      return;
    }
    steps.forEach((step, i) => this.resolutionJobs.push(window.setTimeout(step, i)));
  }

  private applyCamera(): void {
    const { w, h, dpr } = this.view;
    this.center = clampCenter(this.center[0], this.center[1], this.zoom, w, h, this.map.width, this.map.height);
    const cam = this.cameras.main;
    cam.setZoom(this.zoom * dpr);
    cam.centerOn(this.center[0], this.center[1]);
  }

  /** Selected, hovered and highlighted badges draw above their neighbours. */
  private raiseFocused(): void {
    for (const [id, badge] of this.badges) {
      const s = this.specs.get(id);
      const lift = s?.selected ? 3 : id === this.hovered ? 2 : s?.highlighted ? 1 : 0;
      badge.image.setDepth(DEPTH.badge + lift);
    }
  }
}
