/**
 * The board's DOM layer over the canvas: the country tooltip, the event toasts and the map key.
 * Text in the DOM stays sharp and readable at any zoom, costs the canvas nothing to draw, and the
 * toasts fade by CSS (no board frames). The key is a disclosure: its button sits in a corner
 * with no country under it; it starts open only where it fits over the open Pacific (see
 * key-placement.ts), so it never hides a country unless the player opens it.
 */
import { conceptLink } from '../../ui/glossary-links';
import { type Corner, KEY_GAP, KEY_MARGIN, type KeyPlacement } from '../key-placement';
import { BOARD_COLORS, css } from '../palette';
import type { TooltipSpec } from '../view-model';
import { keyList } from './map-key';
import { FONT_FAMILY } from './text-kit';

const TOAST_MS = 2800;
/**
 * How near the tooltip (CSS px) the pointer may come before the tooltip stops following it, so
 * that the pointer can reach its concept links (it sits 16–18 px from the pointer).
 */
const TIP_REACH = 24;
const MAX_TOASTS = 3;
/** Font sizes (CSS px) the key tries, largest first, to fit its room. */
const KEY_FONTS = [12, 11, 10] as const;
/** The key's font size (CSS px) when it does not fit and the player opens it anyway. */
const KEY_FONT_BY_HAND = 11;

const STYLE_ID = 'tl-board-style';
const STYLE = `
.tl-ov { position: absolute; inset: 0; pointer-events: none; font-family: ${FONT_FAMILY}; color: ${css(BOARD_COLORS.ink)}; }
.tl-tip { box-sizing: border-box; position: absolute; left: 0; top: 0; max-width: 290px; padding: 8px 10px; border-radius: 8px; pointer-events: none;
  background: rgba(252, 251, 248, 0.98); border: 1px solid ${css(BOARD_COLORS.paperEdge)}; box-shadow: 2px 3px 0 rgba(28, 36, 48, 0.25); }
.tl-tip[hidden] { display: none; }
.tl-tip b { display: block; font-size: 14px; margin-bottom: 3px; }
.tl-tip p { margin: 0; font-size: 12px; line-height: 1.35; }
.tl-tip .tl-concepts { margin-top: 5px; font-size: 11.5px; font-weight: bold; color: ${css(0x0072b2)}; }
.tl-tip .tl-concepts a { pointer-events: auto; color: inherit; text-decoration: underline; text-underline-offset: 2px; }
.tl-tip .tl-concepts a:hover { color: ${css(BOARD_COLORS.ink)}; }
.tl-toasts { position: absolute; left: 0; right: 0; bottom: 10px; display: flex; flex-direction: column; align-items: center; gap: 6px; }
.tl-toast { box-sizing: border-box; max-width: min(520px, calc(100% - 24px)); padding: 6px 12px 6px 14px; border-radius: 8px; font-size: 13px; font-weight: bold;
  line-height: 1.3; color: #fff; background: rgba(28, 36, 48, 0.92); border-left: 6px solid; opacity: 0; transition: opacity 180ms ease-out; }
.tl-toast.tl-in { opacity: 1; }
.tl-toast.tl-out { opacity: 0; transition-duration: 400ms; }
.tl-key { position: absolute; display: flex; gap: ${KEY_GAP}px; pointer-events: none; max-height: calc(100% - ${2 * KEY_MARGIN}px); max-width: calc(100% - ${2 * KEY_MARGIN}px); }
.tl-key--bottom-left { left: ${KEY_MARGIN}px; bottom: ${KEY_MARGIN}px; flex-direction: column-reverse; align-items: flex-start; }
.tl-key--bottom-right { right: ${KEY_MARGIN}px; bottom: ${KEY_MARGIN}px; flex-direction: column-reverse; align-items: flex-end; }
.tl-key--top-left { left: ${KEY_MARGIN}px; top: ${KEY_MARGIN}px; flex-direction: column; align-items: flex-start; }
.tl-key--top-right { right: ${KEY_MARGIN}px; top: ${KEY_MARGIN}px; flex-direction: column; align-items: flex-end; }
.tl-key button { pointer-events: auto; font: bold 12px ${FONT_FAMILY}; min-height: 28px; padding: 3px 10px; border-radius: 6px; cursor: pointer;
  color: ${css(BOARD_COLORS.ink)}; background: rgba(252, 251, 248, 0.95); border: 1px solid ${css(BOARD_COLORS.paperEdge)}; }
.tl-key button:focus-visible { outline: 3px solid #f0a500; outline-offset: 1px; }
.tl-key ul { pointer-events: auto; list-style: none; margin: 0; padding: 5px 8px 6px; overflow-y: auto; min-height: 0;
  background: rgba(252, 251, 248, 0.93); border: 1px solid ${css(BOARD_COLORS.paperEdge)}; border-radius: 6px; }
.tl-key ul[hidden] { display: none; }
.tl-key li { display: flex; align-items: center; gap: 0.5em; white-space: nowrap; line-height: 1.25; }
.tl-key svg { flex: none; width: 2.4em; height: 1em; }
@media (prefers-reduced-motion: reduce) { .tl-toast, .tl-toast.tl-out { transition: none; } }
`;

export class BoardOverlay {
  readonly el: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly toasts: HTMLElement;
  private readonly key: HTMLElement;
  private readonly keyButton: HTMLButtonElement;
  private readonly keyList: HTMLUListElement;
  private readonly timers = new Set<number>();
  /** Set once the player opens or closes the key: then it stays as they left it. */
  private keyChosen = false;
  private keyOpen = false;
  private keyCorner: Corner = 'bottom-left';
  private size = { w: 0, h: 0 };
  private tipSpec: TooltipSpec | null = null;
  private tipSize = { w: 0, h: 0 };
  /** Where the tooltip sits (CSS px in the board). */
  private tipAt = { x: 0, y: 0 };
  /** The pointer's last place over the board (CSS px), read before the map's own handlers run. */
  private pointer = { x: -1e4, y: -1e4 };

  constructor(host: HTMLElement) {
    injectStyle();
    this.el = div('tl-ov');
    this.tip = div('tl-tip');
    this.tip.hidden = true;
    // The country table says the same for every country; the tooltip is a visual aid only.
    this.tip.setAttribute('aria-hidden', 'true');
    // A concept link opens the glossary dialog (ui/glossary-links.ts); the tooltip steps aside.
    this.tip.addEventListener('click', () => this.hideTooltip(true));
    // Pointer events come before the mouse events the map listens to: the place is fresh when
    // the map asks to hide the tooltip.
    host.addEventListener('pointermove', (e) => {
      const r = host.getBoundingClientRect();
      this.pointer = { x: e.clientX - r.left, y: e.clientY - r.top };
    });
    host.addEventListener('pointerleave', () => this.hideTooltip(true));
    this.toasts = div('tl-toasts');
    // The game log carries every event these toasts echo.
    this.toasts.setAttribute('aria-hidden', 'true');
    const key = div('tl-key tl-key--bottom-left');
    this.key = key;
    this.keyList = keyList();
    this.keyList.id = `tl-key-${Math.random().toString(36).slice(2, 8)}`;
    this.keyButton = document.createElement('button');
    this.keyButton.type = 'button';
    this.keyButton.textContent = 'Key';
    this.keyButton.setAttribute('aria-label', 'Map key');
    this.keyButton.setAttribute('aria-controls', this.keyList.id);
    this.keyButton.addEventListener('click', () => {
      this.keyChosen = true;
      this.setKeyOpen(!this.keyOpen);
      this.placeToasts();
    });
    // Keep the board's pan and tap logic away from the key.
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'touchstart', 'mousedown']) {
      key.addEventListener(type, (e) => e.stopPropagation());
    }
    key.append(this.keyButton, this.keyList);
    this.el.append(key, this.toasts, this.tip);
    host.append(this.el);
    this.setKeyOpen(false);
  }

  /** The board's size in CSS px. */
  layout(w: number, h: number): void {
    this.size = { w, h };
  }

  /** The key button's size (CSS px), for placing it. */
  keyButtonSize(): { w: number; h: number } {
    const { offsetWidth: w, offsetHeight: h } = this.keyButton;
    return w > 0 && h > 0 ? { w, h } : { w: 46, h: 28 };
  }

  /**
   * Puts the key in its corner. Until the player opens or closes it, it is open only when it
   * fits the room given (over open sea), at the largest font that fits.
   */
  placeKey(place: KeyPlacement): void {
    this.keyCorner = place.corner;
    for (const corner of CORNERS) this.key.classList.toggle(`tl-key--${corner}`, corner === place.corner);
    if (!this.keyChosen) this.autoOpen(place.room);
    this.placeToasts();
  }

  private autoOpen(room: KeyPlacement['room']): void {
    if (room) {
      this.setKeyOpen(true);
      for (const size of KEY_FONTS) {
        this.keyList.style.fontSize = `${size}px`;
        if (this.keyList.offsetWidth <= room.w && this.keyList.offsetHeight <= room.h) return;
      }
    }
    // Opened by hand, it takes the map's room at a compact, still readable size.
    this.keyList.style.fontSize = `${KEY_FONT_BY_HAND}px`;
    this.setKeyOpen(false);
  }

  /** Toasts keep clear of a key in a bottom corner: they centre in the rest of the width. */
  private placeToasts(): void {
    const side = this.keyCorner.startsWith('bottom') ? this.key.offsetWidth + KEY_MARGIN + 6 : 0;
    this.toasts.style.left = this.keyCorner === 'bottom-left' ? `${side}px` : '0';
    this.toasts.style.right = this.keyCorner === 'bottom-right' ? `${side}px` : '0';
  }

  /** Shows the tooltip near (x, y) (CSS px in the board), kept inside the board. */
  showTooltip(spec: TooltipSpec, x: number, y: number): void {
    const tip = this.tip;
    // A pointer over the tooltip (on its way to a concept link) changes nothing.
    if (!tip.hidden && this.tipNear(x, y, 0)) return;
    // Pointer moves over the same country only move the tooltip: no rebuild, no layout.
    if (spec !== this.tipSpec || tip.hidden) {
      this.tipSpec = spec;
      tip.replaceChildren(text('b', spec.title), ...spec.lines.map((line) => text('p', line)));
      if (spec.concepts.length > 0) tip.append(conceptLine(spec));
      tip.hidden = false;
      this.tipSize = { w: tip.offsetWidth, h: tip.offsetHeight };
    } else if (this.tipNear(x, y, TIP_REACH)) {
      // Within reach of the tooltip, it holds still so that the pointer can get to it.
      return;
    }
    const { w, h } = this.size;
    const { w: width, h: height } = this.tipSize;
    // Prefer below-right of the pointer; flip when it would leave the board.
    let tx = x + 16;
    let ty = y + 18;
    if (tx + width > w - 4) tx = Math.max(4, x - 16 - width);
    if (ty + height > h - 4) ty = Math.max(4, y - 18 - height);
    tip.style.transform = `translate(${Math.round(tx)}px, ${Math.round(ty)}px)`;
    this.tipAt = { x: tx, y: ty };
  }

  /** Is (x, y) over the tooltip, or within `margin` px of it? */
  private tipNear(x: number, y: number, margin: number): boolean {
    const { x: tx, y: ty } = this.tipAt;
    const { w, h } = this.tipSize;
    return x >= tx - margin && x <= tx + w + margin && y >= ty - margin && y <= ty + h + margin;
  }

  /**
   * Hides the tooltip, unless the pointer is on its way to it or on one of its links (leaving a
   * country, or the canvas, for a concept link must not take the link away); `force`: even then.
   */
  hideTooltip(force = false): void {
    if (!force && (this.tip.matches(':hover') || (!this.tip.hidden && this.tipNear(this.pointer.x, this.pointer.y, TIP_REACH)))) return;
    this.tip.hidden = true;
  }

  /** A short line at the foot of the board, in the event's colour; fades out by itself. */
  toast(message: string, color: number): void {
    const el = div('tl-toast');
    el.textContent = message;
    el.style.borderLeftColor = css(color);
    this.toasts.append(el);
    while (this.toasts.childElementCount > MAX_TOASTS) this.toasts.firstElementChild?.remove();
    this.later(20, () => el.classList.add('tl-in'));
    this.later(TOAST_MS, () => el.classList.add('tl-out'));
    this.later(TOAST_MS + 450, () => el.remove());
  }

  destroy(): void {
    for (const t of this.timers) window.clearTimeout(t);
    this.el.remove();
  }

  private setKeyOpen(open: boolean): void {
    this.keyOpen = open;
    this.keyList.hidden = !open;
    this.keyButton.setAttribute('aria-expanded', String(open));
  }

  private later(ms: number, run: () => void): void {
    const id = window.setTimeout(() => {
      this.timers.delete(id);
      run();
    }, ms);
    this.timers.add(id);
  }
}

const CORNERS: readonly Corner[] = ['bottom-left', 'top-left', 'bottom-right', 'top-right'];

function injectStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  document.head.append(style);
}

/**
 * "Concepts: Alliance · Bloc": each a link to its glossary entry. The tooltip is a visual aid
 * hidden from assistive technology, so its links stay out of the tab order too.
 */
function conceptLine(spec: TooltipSpec): HTMLElement {
  const line = text('p', 'Concepts: ', 'tl-concepts');
  spec.concepts.forEach((concept, i) => {
    const link = conceptLink(concept.id, 'tl-concept');
    link.tabIndex = -1;
    line.append(...(i > 0 ? [' · '] : []), link);
  });
  return line;
}

function div(className: string): HTMLElement {
  const el = document.createElement('div');
  el.className = className;
  return el;
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}
