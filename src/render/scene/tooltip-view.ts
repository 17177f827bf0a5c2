/**
 * The country tooltip (hover, or long-press on touch): name, state lines and the concepts the
 * country illustrates, in a panel kept inside the screen.
 */
import Phaser from 'phaser';
import { BOARD_COLORS, OKABE_ITO } from '../palette';
import type { TooltipSpec } from '../view-model';
import type { TextKit } from './text-kit';

const MAX_W = 290;
const PAD = 10;

export class TooltipView {
  private readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly concepts: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, kit: TextKit) {
    this.bg = scene.add.graphics();
    this.title = kit.make(PAD, PAD, '', { size: 14, color: BOARD_COLORS.ink, bold: true });
    this.body = kit.make(PAD, 0, '', { size: 12, color: BOARD_COLORS.ink, wrap: MAX_W - 2 * PAD });
    this.body.setLineSpacing(3);
    this.concepts = kit.make(PAD, 0, '', { size: 11.5, color: OKABE_ITO.blue, bold: true, wrap: MAX_W - 2 * PAD });
    this.container = scene.add.container(0, 0, [this.bg, this.title, this.body, this.concepts]).setDepth(100).setVisible(false);
  }

  /** Shows the tooltip near (x, y), inside a screen of w × h (all CSS px). */
  show(spec: TooltipSpec, x: number, y: number, w: number, h: number): void {
    this.title.setText(spec.title);
    this.body.setText(spec.lines.join('\n')).setY(this.title.y + this.title.height + 4);
    this.concepts.setText(`Concepts: ${spec.concepts.map((c) => c.label).join(' · ')}`);
    this.concepts.setY(this.body.y + this.body.height + 6);
    const width = Math.min(MAX_W, Math.max(this.title.width, this.body.width, this.concepts.width) + 2 * PAD);
    const height = this.concepts.y + this.concepts.height + PAD;
    this.bg.clear();
    this.bg.fillStyle(BOARD_COLORS.ink, 0.25).fillRoundedRect(2, 3, width, height, 8);
    this.bg.fillStyle(BOARD_COLORS.paper, 0.98).fillRoundedRect(0, 0, width, height, 8);
    this.bg.lineStyle(1, BOARD_COLORS.paperEdge, 1).strokeRoundedRect(0, 0, width, height, 8);
    // Prefer below-right of the pointer; flip when it would leave the screen.
    let tx = x + 16;
    let ty = y + 18;
    if (tx + width > w - 4) tx = Math.max(4, x - 16 - width);
    if (ty + height > h - 4) ty = Math.max(4, y - 18 - height);
    this.container.setPosition(Math.round(tx), Math.round(ty)).setVisible(true);
  }

  hide(): void {
    this.container.setVisible(false);
  }
}
