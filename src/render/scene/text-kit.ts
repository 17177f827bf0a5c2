/**
 * Text helpers for the scenes: one font stack, and a registry that keeps every text sharp at
 * the current zoom and devicePixelRatio (Text resolution must follow camera zoom × DPR).
 */
import Phaser from 'phaser';
import { css } from '../palette';

export const FONT_FAMILY = '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';

export interface TextOptions {
  readonly size: number;
  readonly color: number;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly wrap?: number;
  readonly spacing?: number;
}

/** Creates texts at one resolution and re-renders them all when that resolution changes. */
export class TextKit {
  private readonly texts = new Set<Phaser.GameObjects.Text>();

  constructor(private readonly scene: Phaser.Scene, private resolution: number) {}

  make(x: number, y: number, text: string, o: TextOptions): Phaser.GameObjects.Text {
    const t = this.scene.add.text(x, y, text, {
      fontFamily: FONT_FAMILY,
      fontSize: `${o.size}px`,
      fontStyle: o.bold ? 'bold' : 'normal',
      color: css(o.color),
      align: o.align ?? 'left',
      resolution: this.resolution,
      ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
    });
    if (o.spacing) t.setLetterSpacing(o.spacing);
    this.texts.add(t);
    t.once(Phaser.GameObjects.Events.DESTROY, () => this.texts.delete(t));
    return t;
  }

  setResolution(resolution: number): void {
    if (resolution === this.resolution) return;
    this.resolution = resolution;
    for (const t of this.texts) t.setResolution(resolution);
  }
}
