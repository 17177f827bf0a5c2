/**
 * One country's badge (regime glyph, name, weight pips, trust and leverage, polarization and
 * resentment, ties, home and veto chips), painted into its own small canvas texture and shown as
 * one image. It is repainted only when what it shows changes (see `badgeKey`).
 */
import Phaser from 'phaser';
import type { CountryId } from '../../game/types';
import { badgeKey } from '../badge-model';
import type { CountrySpec } from '../view-model';
import { badgeCanvasSize, paintBadge } from './paint';

let serial = 0;

export class BadgeView {
  readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.CanvasTexture;
  private readonly key: string;
  private spec: CountrySpec | null = null;
  private painted = '';
  private r: number;

  constructor(private readonly scene: Phaser.Scene, id: CountryId, x: number, y: number, r: number) {
    serial += 1;
    this.key = `tl-badge-${id}-${serial}`;
    this.r = r;
    const [w, h] = badgeCanvasSize(r);
    const texture = scene.textures.createCanvas(this.key, w, h);
    if (!texture) throw new Error(`could not create the badge texture ${this.key}`);
    this.texture = texture;
    this.image = scene.add.image(x, y, this.key).setScale(1 / r).setVisible(false);
  }

  /** The image's resting scale (tweens scale relative to it). */
  get baseScale(): number {
    return 1 / this.r;
  }

  draw(spec: CountrySpec): void {
    this.spec = spec;
    // A country out of play in this scenario has no badge.
    if (!spec.inPlay) {
      this.image.setVisible(false);
      this.painted = '';
      return;
    }
    const key = badgeKey(spec);
    if (key === this.painted) return;
    this.painted = key;
    paintBadge(this.texture.context, spec, this.r);
    this.texture.refresh();
    this.image.setVisible(true);
  }

  /** Repaints at `r` pixels per world unit (after a zoom or a devicePixelRatio change). */
  setResolution(r: number): void {
    if (r === this.r) return;
    this.r = r;
    const [w, h] = badgeCanvasSize(r);
    this.texture.setSize(w, h);
    this.image.setTexture(this.key);
    this.scene.tweens.killTweensOf(this.image);
    this.image.setScale(1 / r);
    this.painted = '';
    if (this.spec) this.draw(this.spec);
  }
}
