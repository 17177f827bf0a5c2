/**
 * The map: sea and graticule, muted backdrop countries, the 34 game countries filled from their
 * specs, Autocratic-tie hatching, legal-target stripes and outlines, leader lines to badges.
 */
import Phaser from 'phaser';
import type { CountryId } from '../../game/types';
import { leaderLine } from '../layout';
import type { BoardMap, MapCountry } from '../map/board-map';
import { hatchSegments, type Ring } from '../map/geometry';
import { BOARD_COLORS } from '../palette';
import type { CountrySpec, FillPattern } from '../view-model';

/** Draw order of the board's layers. */
export const DEPTH = { graticule: 0, gameFill: 1, backdrop: 2, pattern: 3, highlight: 4, outline: 5, leader: 6, badge: 10, fx: 20 } as const;

const HATCH: Readonly<Record<Exclude<FillPattern, 'none'>, readonly number[]>> = {
  'deal-hatch': [-1],
  'framework-crosshatch': [-1, 1],
};

export class MapLayer {
  private readonly fills = new Map<CountryId, Phaser.GameObjects.Polygon[]>();
  private readonly outlines = new Map<CountryId, Phaser.Math.Vector2[][]>();
  private readonly hatchCache = new Map<string, number[]>();
  private readonly pattern: Phaser.GameObjects.Graphics;
  private readonly highlight: Phaser.GameObjects.Graphics;
  private readonly outline: Phaser.GameObjects.Graphics;
  private readonly leaders: Phaser.GameObjects.Graphics;
  private specs: readonly CountrySpec[] = [];
  private hovered: CountryId | null = null;

  constructor(private readonly scene: Phaser.Scene, private readonly map: BoardMap) {
    this.drawGraticule();
    for (const country of map.countries) this.addCountry(country);
    this.pattern = scene.add.graphics().setDepth(DEPTH.pattern);
    this.highlight = scene.add.graphics().setDepth(DEPTH.highlight);
    this.outline = scene.add.graphics().setDepth(DEPTH.outline);
    this.leaders = scene.add.graphics().setDepth(DEPTH.leader);
    // Legal targets pulse gently, so they read as "act here" and not as a state colour.
    scene.tweens.add({ targets: this.highlight, alpha: { from: 1, to: 0.55 }, duration: 900, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  /** Redraws every game country from its spec. */
  draw(specs: readonly CountrySpec[]): void {
    this.specs = specs;
    for (const s of specs) this.setFill(s.id, s.fill);
    this.drawPatterns();
    this.drawHighlights();
    this.drawOutlines();
  }

  /** Sets one country's fill (animations tween through this). */
  setFill(id: CountryId, color: number): void {
    for (const poly of this.fills.get(id) ?? []) poly.setFillStyle(color, 1);
  }

  setHovered(id: CountryId | null): void {
    if (id === this.hovered) return;
    this.hovered = id;
    this.drawOutlines();
  }

  private addCountry(country: MapCountry): void {
    const game = country.id !== null;
    const polys = country.polygons.map((p) => {
      const shape = this.scene.add.polygon(0, 0, [...p.outer], game ? 0xffffff : BOARD_COLORS.backdropLand, 1).setOrigin(0, 0);
      shape.setStrokeStyle(game ? 0.7 : 0.45, game ? BOARD_COLORS.gameBorder : BOARD_COLORS.backdropBorder, 1);
      return shape.setDepth(game ? DEPTH.gameFill : DEPTH.backdrop);
    });
    if (!country.id) return;
    this.fills.set(country.id, polys);
    this.outlines.set(country.id, country.polygons.map((p) => toVectors(p.outer)));
  }

  private drawGraticule(): void {
    const g = this.scene.add.graphics().setDepth(DEPTH.graticule);
    g.lineStyle(0.6, BOARD_COLORS.graticule, 1);
    for (const line of this.map.graticule) g.strokePoints(toVectors(line), false, false);
  }

  private hatch(id: CountryId, slope: number, spacing: number): number[] {
    const key = `${id}:${slope}:${spacing}`;
    let segs = this.hatchCache.get(key);
    if (!segs) {
      const country = this.map.byId.get(id);
      segs = country ? hatchSegments(country.rings as Ring[], spacing, slope) : [];
      this.hatchCache.set(key, segs);
    }
    return segs;
  }

  private drawPatterns(): void {
    const g = this.pattern.clear();
    for (const s of this.specs) {
      if (s.pattern === 'none') continue;
      g.lineStyle(1.1, s.patternColor, 0.95);
      for (const slope of HATCH[s.pattern]) strokeSegments(g, this.hatch(s.id, slope, 3.4));
    }
  }

  /** Legal targets: horizontal yellow stripes edged in black, and a thick yellow outline. */
  private drawHighlights(): void {
    const g = this.highlight.clear();
    for (const s of this.specs) {
      if (!s.highlighted) continue;
      const stripes = this.hatch(s.id, 0, 4.2);
      g.lineStyle(2.4, BOARD_COLORS.ink, 0.55);
      strokeSegments(g, stripes);
      g.lineStyle(1.4, BOARD_COLORS.highlight, 1);
      strokeSegments(g, stripes);
      for (const ring of this.outlines.get(s.id) ?? []) {
        g.lineStyle(3.2, BOARD_COLORS.ink, 1);
        g.strokePoints(ring, true, true);
        g.lineStyle(1.8, BOARD_COLORS.highlight, 1);
        g.strokePoints(ring, true, true);
      }
    }
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

function toVectors(ring: Ring): Phaser.Math.Vector2[] {
  const out: Phaser.Math.Vector2[] = [];
  for (let i = 0; i + 1 < ring.length; i += 2) out.push(new Phaser.Math.Vector2(ring[i] ?? 0, ring[i + 1] ?? 0));
  return out;
}

function strokeSegments(g: Phaser.GameObjects.Graphics, segs: readonly number[]): void {
  for (let i = 0; i + 3 < segs.length; i += 4) g.lineBetween(segs[i] ?? 0, segs[i + 1] ?? 0, segs[i + 2] ?? 0, segs[i + 3] ?? 0);
}
