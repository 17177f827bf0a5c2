/**
 * Plays the diff's events on the map, and nothing else moves the board: named moments get a
 * ripple, a stamp on the country and a toast; tie changes fade the fill; track changes float a
 * label off the badge. The final state is already drawn; these are overlays and tweens only (a
 * new Democratic tie fades a picture of the old fill off the country).
 */
import Phaser from 'phaser';
import type { CountryId } from '../../game/types';
import type { BoardEvent } from '../diff';
import { namedEventWords, trackDelta } from '../event-text';
import { BADGE, BADGE_AT } from '../layout';
import { BOARD_COLORS, EVENT_COLOR, OKABE_ITO, TRACK_COLOR } from '../palette';
import type { CountrySpec } from '../view-model';
import type { BadgeView } from './badge-view';
import { DEPTH, type MapLayer } from './map-layer';
import type { TextKit } from './text-kit';

export interface AnimatorDeps {
  readonly scene: Phaser.Scene;
  readonly layer: MapLayer;
  readonly kit: TextKit;
  readonly badges: ReadonlyMap<CountryId, BadgeView>;
  readonly anchor: (id: CountryId) => readonly [number, number];
  readonly toast: (text: string, color: number) => void;
}

/** Gap between successive named moments, so each one is seen. */
const NAMED_GAP = 650;
/** Named moments beyond this many in one update are only toasted (a whole round can resolve at once). */
const MAX_STAMPS = 8;

export class Animator {
  private readonly reduced: boolean;
  /** Fading pictures of countries' old fills, removed before the next redraw. */
  private readonly ghosts = new Set<Phaser.GameObjects.Image>();

  constructor(private readonly d: AnimatorDeps) {
    this.reduced = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  }

  /** Plays one update's events. `before` gives the old fills to tween from. */
  play(events: readonly BoardEvent[], before: ReadonlyMap<CountryId, CountrySpec>, after: ReadonlyMap<CountryId, CountrySpec>): void {
    let slot = 0;
    const deltas = new Map<CountryId, string[]>();
    for (const e of events) {
      const words = namedEventWords(e);
      if (words) {
        const color = namedColor(e);
        const delay = Math.min(slot, MAX_STAMPS) * NAMED_GAP;
        const places = e.kind === 'veto' ? e.against : 'country' in e ? [e.country] : [];
        if (slot < MAX_STAMPS) for (const id of places) this.stamp(id, words.stamp, color, delay);
        if (e.kind === 'veto' && e.target && slot < MAX_STAMPS) this.ripple(e.target, color, delay + 150);
        this.d.scene.time.delayedCall(delay, () => this.d.toast(words.toast, color));
        slot += 1;
      } else if (e.kind === 'dem-tie') {
        const from = before.get(e.country);
        if (from && from.fill !== after.get(e.country)?.fill) this.fadeFill(e.country, from);
        else this.pulse(e.country, 0);
      } else if (e.kind === 'aut-tie' || e.kind === 'regime') {
        this.pulse(e.country, 0);
        if (e.kind === 'regime') push(deltas, e.country, `→ ${e.to}`);
      } else if (e.kind === 'track') {
        push(deltas, e.country, trackDelta(e.track, e.from, e.to));
      }
    }
    let i = 0;
    for (const [id, parts] of deltas) this.floatLabel(id, parts.join('  '), events, (i++ % 12) * 60);
  }

  /** Stops fill fades still running (call before drawing a new spec). */
  settle(): void {
    for (const ghost of this.ghosts) {
      this.d.scene.tweens.killTweensOf(ghost);
      ghost.destroy();
    }
    this.ghosts.clear();
  }

  /**
   * A new Democratic tie: the map already shows the new fill; a picture of the country as it was
   * fades out over it.
   */
  private fadeFill(id: CountryId, from: CountrySpec): void {
    this.pulse(id, 0);
    if (this.reduced) return;
    const ghost = this.d.layer.ghost(id, from);
    if (!ghost) return;
    this.ghosts.add(ghost);
    this.d.scene.tweens.add({
      targets: ghost, alpha: { from: 1, to: 0 }, duration: 900, ease: 'Sine.easeInOut',
      onComplete: () => {
        this.ghosts.delete(ghost);
        ghost.destroy();
      },
    });
  }

  private pulse(id: CountryId, delay: number): void {
    const badge = this.d.badges.get(id);
    if (!badge || this.reduced) return;
    const base = badge.baseScale;
    this.d.scene.tweens.add({
      targets: badge.image, scale: { from: base, to: base * 1.12 }, duration: 160, delay, yoyo: true, ease: 'Quad.easeOut',
      onComplete: () => badge.image.setScale(badge.baseScale),
    });
  }

  /** Expanding rings at the country and at its badge. */
  private ripple(id: CountryId, color: number, delay: number): void {
    const points = [this.d.anchor(id), BADGE_AT[id]];
    for (const [x, y] of points) {
      for (const extra of this.reduced ? [0] : [0, 220]) {
        const ring = this.d.scene.add.graphics().setDepth(DEPTH.fx).setPosition(x, y).setAlpha(0);
        ring.lineStyle(3, color, 1).strokeCircle(0, 0, 10);
        ring.lineStyle(1.5, OKABE_ITO.black, 0.6).strokeCircle(0, 0, 13);
        this.d.scene.tweens.add({
          targets: ring, delay: delay + extra, duration: this.reduced ? 600 : 1000, ease: 'Cubic.easeOut',
          scale: { from: 0.6, to: this.reduced ? 1 : 4.5 }, alpha: { from: 1, to: 0 },
          onComplete: () => ring.destroy(),
        });
      }
    }
  }

  /** A labelled stamp over the badge (VETO, DEFECTS…), with a ripple. */
  private stamp(id: CountryId, word: string, color: number, delay: number): void {
    const [x, y] = BADGE_AT[id];
    this.ripple(id, color, delay);
    this.pulse(id, delay);
    const text = this.d.kit.make(0, 0, word, { size: 13, color: 0xffffff, bold: true, spacing: 1 }).setOrigin(0.5);
    const w = text.width + 16;
    const h = text.height + 8;
    const bg = this.d.scene.add.graphics();
    bg.fillStyle(OKABE_ITO.black, 1).fillRoundedRect(-w / 2 - 1.5, -h / 2 - 1.5, w + 3, h + 3, 6);
    bg.fillStyle(color, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 5);
    const top = y - BADGE.h / 2 - h / 2 - 2;
    const box = this.d.scene.add.container(x, top, [bg, text]).setDepth(DEPTH.fx + 1).setAlpha(0).setScale(0.6);
    const scene = this.d.scene;
    scene.tweens.add({
      targets: box, alpha: 1, scale: 1, delay, duration: 260, ease: 'Back.easeOut',
      onComplete: () => {
        scene.tweens.add({
          targets: box, alpha: 0, y: this.reduced ? top : top - 16, delay: 1700, duration: 500,
          onComplete: () => box.destroy(),
        });
      },
    });
  }

  /**
   * Shows "T +2  L −1" over the lower half of the country's own badge (its chips, the numbers that
   * changed), in the colour of the first track named. Badges sit edge to edge in Europe: a label
   * beside a badge, or one floating up, covered the neighbours' names; the lower half of its own
   * badge keeps every name readable (its own on the top row, the neighbours' rows above and below).
   */
  private floatLabel(id: CountryId, label: string, events: readonly BoardEvent[], delay: number): void {
    const [x, y] = BADGE_AT[id];
    const first = events.find((e) => e.kind === 'track' && e.country === id);
    const color = first && first.kind === 'track' ? TRACK_COLOR[first.track] : OKABE_ITO.black;
    const text = this.d.kit.make(0, 0, label, { size: 11, color: BOARD_COLORS.ink, bold: true }).setOrigin(0.5, 0.5);
    const w = text.width + 10;
    const h = text.height + 4;
    const bg = this.d.scene.add.graphics();
    bg.fillStyle(BOARD_COLORS.paper, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 4);
    bg.lineStyle(2, color, 1).strokeRoundedRect(-w / 2, -h / 2, w, h, 4);
    // Its top edge stays below the name row (the top third of the badge) while it rises a little.
    const rest = y + BADGE.h / 2 - h / 2 - 1;
    const box = this.d.scene.add.container(x, rest + 4, [bg, text]).setDepth(DEPTH.fx).setAlpha(0);
    const scene = this.d.scene;
    scene.tweens.add({ targets: box, alpha: 1, delay: delay + 150, duration: 150 });
    scene.tweens.add({ targets: box, y: this.reduced ? box.y : rest, delay: delay + 150, duration: 1500, ease: 'Cubic.easeOut' });
    scene.tweens.add({ targets: box, alpha: 0, delay: delay + 2100, duration: 500, onComplete: () => box.destroy() });
  }
}

function namedColor(e: BoardEvent): number {
  switch (e.kind) {
    case 'veto': return EVENT_COLOR.veto;
    case 'defection': return EVENT_COLOR.defection;
    case 'integration': return EVENT_COLOR.integration;
    default: return EVENT_COLOR.populist;
  }
}

function push(map: Map<CountryId, string[]>, id: CountryId, part: string): void {
  const list = map.get(id);
  if (list) list.push(part);
  else map.set(id, [part]);
}
