/**
 * The map, baked: the sea lines, backdrop and game countries with their fills and Autocratic-tie
 * hatching are painted once into one canvas texture, the legal-target stripes into a second one
 * (it pulses), and both are shown as single images. Only a change to what a layer shows repaints
 * it. Selection and hover outlines and the leader lines to the badges stay vector (a few lines).
 */
import Phaser from 'phaser';
import type { CountryId } from '../../game/types';
import { mapKey } from '../badge-model';
import { leaderLine } from '../layout';
import type { BoardMap, MapCountry } from '../map/board-map';
import { hatchSegments, type Ring } from '../map/geometry';
import { BOARD_COLORS } from '../palette';
import type { CountrySpec } from '../view-model';
import { type CountryLook, type HatchFn, paintCountry, paintHighlights, paintMap } from './paint';

/** Draw order of the board's layers. */
export const DEPTH = { map: 0, ghost: 1, highlight: 4, outline: 5, leader: 6, badge: 10, fx: 20 } as const;

/** The baked map never gets wider than this many pixels (memory: two layers of 4 bytes a pixel). */
const MAX_MAP_PX = 3072;

let serial = 0;

export class MapLayer {
  private readonly hatchCache = new Map<string, number[]>();
  private readonly outlines = new Map<CountryId, Phaser.Math.Vector2[][]>();
  private readonly keys: { map: string; highlight: string };
  private readonly base: Phaser.Textures.CanvasTexture;
  private readonly highlightTexture: Phaser.Textures.CanvasTexture;
  private readonly baseImage: Phaser.GameObjects.Image;
  private readonly highlightImage: Phaser.GameObjects.Image;
  private readonly outline: Phaser.GameObjects.Graphics;
  private readonly leaders: Phaser.GameObjects.Graphics;
  private specs: readonly CountrySpec[] = [];
  private hovered: CountryId | null = null;
  private r = 1;
  private painted = { map: '', highlight: '' };
  private readonly hatch: HatchFn = (country, slope, spacing) => {
    const key = `${country.iso}:${slope}:${spacing}`;
    let segs = this.hatchCache.get(key);
    if (!segs) {
      segs = hatchSegments(country.rings as Ring[], spacing, slope);
      this.hatchCache.set(key, segs);
    }
    return segs;
  };

  constructor(private readonly scene: Phaser.Scene, private readonly map: BoardMap) {
    serial += 1;
    this.keys = { map: `tl-map-${serial}`, highlight: `tl-targets-${serial}` };
    const [w, h] = this.pixelSize();
    this.base = mustCanvas(scene, this.keys.map, w, h);
    this.highlightTexture = mustCanvas(scene, this.keys.highlight, w, h);
    this.baseImage = scene.add.image(0, 0, this.keys.map).setOrigin(0, 0).setDepth(DEPTH.map);
    this.highlightImage = scene.add.image(0, 0, this.keys.highlight).setOrigin(0, 0).setDepth(DEPTH.highlight).setVisible(false);
    this.outline = scene.add.graphics().setDepth(DEPTH.outline);
    this.leaders = scene.add.graphics().setDepth(DEPTH.leader);
    for (const country of map.countries) {
      if (country.id) this.outlines.set(country.id, country.polygons.map((p) => toVectors(p.outer)));
    }
    this.applyScale();
    this.paintBase();
    // Legal targets pulse gently, so they read as "act here" and not as a state colour.
    scene.tweens.add({ targets: this.highlightImage, alpha: { from: 1, to: 0.55 }, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  /** Pixels per world unit of the baked layers; repaints them when it changes. */
  setResolution(r: number): void {
    const renderer = this.scene.game.renderer as { getMaxTextureSize?: () => number };
    const max = Math.min(MAX_MAP_PX, renderer.getMaxTextureSize?.() ?? MAX_MAP_PX) / this.map.width;
    const next = Math.max(0.5, Math.min(r, max));
    if (next === this.r) return;
    this.r = next;
    const [w, h] = this.pixelSize();
    this.base.setSize(w, h);
    this.highlightTexture.setSize(w, h);
    this.baseImage.setTexture(this.keys.map);
    this.highlightImage.setTexture(this.keys.highlight);
    this.applyScale();
    this.painted = { map: '', highlight: '' };
    this.paintBase();
    this.paintTargets();
  }

  /** Draws the countries from their specs: repaints only the layers whose content changed. */
  draw(specs: readonly CountrySpec[]): void {
    this.specs = specs;
    this.paintBase();
    this.paintTargets();
    this.drawOutlines();
  }

  setHovered(id: CountryId | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.drawOutlines();
  }

  /**
   * A picture of one country as it looked (`look`), laid over the map: the animator fades it out
   * to reveal the new fill underneath. The caller destroys it (its texture goes with it).
   */
  ghost(id: CountryId, look: CountryLook): Phaser.GameObjects.Image | null {
    const country = this.map.byId.get(id);
    if (!country) return null;
    const [x0, y0, x1, y1] = country.bounds;
    const pad = 2;
    const r = this.r;
    const w = Math.max(1, Math.ceil((x1 - x0 + 2 * pad) * r));
    const h = Math.max(1, Math.ceil((y1 - y0 + 2 * pad) * r));
    serial += 1;
    const key = `tl-ghost-${serial}`;
    const texture = this.scene.textures.createCanvas(key, w, h);
    if (!texture) return null;
    const ctx = texture.context;
    ctx.setTransform(r, 0, 0, r, (pad - x0) * r, (pad - y0) * r);
    ctx.lineJoin = 'round';
    paintCountry(ctx, country, look, this.hatch);
    texture.refresh();
    const image = this.scene.add.image(x0 - pad, y0 - pad, key).setOrigin(0, 0).setScale(1 / r).setDepth(DEPTH.ghost);
    image.once(Phaser.GameObjects.Events.DESTROY, () => this.scene.textures.remove(key));
    return image;
  }

  private pixelSize(): [number, number] {
    return [Math.max(2, Math.ceil(this.map.width * this.r)), Math.max(2, Math.ceil(this.map.height * this.r))];
  }

  private applyScale(): void {
    this.baseImage.setScale(1 / this.r);
    this.highlightImage.setScale(1 / this.r);
  }

  private paintBase(): void {
    const key = this.specs.map(mapKey).join(';');
    if (key === this.painted.map) return;
    this.painted.map = key;
    const looks = new Map<string, CountryLook>(this.specs.map((s) => [s.id, s] as const));
    paintMap(this.base.context, this.map, looks, this.hatch, this.r);
    this.base.refresh();
  }

  private paintTargets(): void {
    const targets = this.specs.filter((s) => s.highlighted);
    const key = targets.map((s) => s.id).join(',');
    if (key === this.painted.highlight) return;
    this.painted.highlight = key;
    this.highlightImage.setVisible(targets.length > 0);
    if (targets.length === 0) return;
    const countries = targets.map((s) => this.map.byId.get(s.id)).filter((c): c is MapCountry => c !== undefined);
    paintHighlights(this.highlightTexture.context, countries, this.hatch, this.r);
    this.highlightTexture.refresh();
  }

  /** Selection and hover outlines, and the leader lines (bold for the selected or hovered country). */
  private drawOutlines(): void {
    const g = this.outline.clear();
    const lines = this.leaders.clear();
    for (const s of this.specs) {
      const focus = s.selected || s.id === this.hovered;
      if (focus) {
        for (const ring of this.outlines.get(s.id) ?? []) {
          g.lineStyle(s.selected ? 2.6 : 1.8, s.selected ? BOARD_COLORS.selected : BOARD_COLORS.inkMuted, 1);
          g.strokePoints(ring, true, true);
        }
      }
      const anchor = this.map.byId.get(s.id)?.anchor;
      const line = anchor ? leaderLine(s.id, anchor) : null;
      if (!line) continue;
      const color = s.highlighted ? BOARD_COLORS.ink : BOARD_COLORS.inkMuted;
      lines.lineStyle(focus ? 2 : s.highlighted ? 1.4 : 0.9, color, focus || s.highlighted ? 1 : 0.8);
      lines.lineBetween(line[0], line[1], line[2], line[3]);
      lines.fillStyle(color, 1);
      lines.fillCircle(line[2], line[3], focus ? 2.4 : 1.7);
    }
  }
}

function mustCanvas(scene: Phaser.Scene, key: string, w: number, h: number): Phaser.Textures.CanvasTexture {
  const texture = scene.textures.createCanvas(key, w, h);
  if (!texture) throw new Error(`could not create the canvas texture ${key}`);
  return texture;
}

function toVectors(ring: Ring): Phaser.Math.Vector2[] {
  const out: Phaser.Math.Vector2[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) out.push(new Phaser.Math.Vector2(ring[i] ?? 0, ring[i + 1] ?? 0));
  return out;
}
