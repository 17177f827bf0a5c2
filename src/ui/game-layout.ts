/** The skeleton of the game screen: fixed slots that the game screen fills on every change. */
import { button, h, screenHeading } from './dom';
import { glossaryDialogLink } from './glossary-links';

export interface GameLayout {
  readonly root: HTMLElement;
  /** Everything private to the player on screen (hidden while the device is passed). */
  readonly body: HTMLElement;
  readonly status: HTMLElement;
  /** Online matches: the code, the connection and the table (empty otherwise). */
  readonly online: HTMLElement;
  readonly hud: HTMLElement;
  readonly board: HTMLElement;
  readonly turn: HTMLElement;
  readonly hand: HTMLElement;
  readonly countries: HTMLElement;
  readonly logSlot: HTMLElement;
  /** The pass-the-device and end screens. */
  readonly overlay: HTMLElement;
  /** Stops watching the layout (call when the screen goes). */
  readonly dispose: () => void;
}

/** The words of the leave control (online, the seat is kept: the player can come back). */
export interface LeaveWords {
  readonly label: string;
  readonly question: string;
  readonly confirm: string;
}

const LEAVE_GAME: LeaveWords = { label: 'Leave game', question: 'Leave this game?', confirm: 'Leave' };

/** A leave button that asks before leaving (the game's header has one; the pass-device screen, which covers it, another). */
export function leaveControl(onLeave: () => void, words: LeaveWords): HTMLElement {
  const wrap = h('div', { class: 'leave' });
  const ask = (): void => {
    wrap.replaceChildren(
      h('span', {}, words.question),
      button(words.confirm, onLeave, { key: 'leave-yes', class: 'small' }),
      button('Stay', () => {
        reset();
        (wrap.querySelector('button') as HTMLButtonElement).focus();
      }, { key: 'leave-no', class: 'small' }),
    );
    (wrap.querySelector('[data-key="leave-no"]') as HTMLButtonElement).focus();
  };
  const reset = (): void => wrap.replaceChildren(button(words.label, ask, { key: 'leave', class: 'small' }));
  reset();
  return wrap;
}

export function createGameLayout(title: string, onLeave: () => void, leave: LeaveWords = LEAVE_GAME): GameLayout {
  const status = h('div', { class: 'status', attrs: { role: 'status' } });
  const hud = h('div', { class: 'slot-hud' });
  const board = h('section', { class: 'board', attrs: { 'aria-label': 'Map' } });
  const turn = h('div', { class: 'slot-turn' });
  const hand = h('div', { class: 'slot-hand' });
  const countries = h('div', { class: 'slot-countries' });
  const logSlot = h('div', { class: 'slot-log' });
  // Wide screens show the status and the board on the left, the turn controls and the hand in
  // a column beside them that scrolls inside itself, all as tall as the window leaves below the
  // header (styles.css): the three are on screen together without scrolling.
  const main = h('div', { class: 'game-main' }, hud, board);
  const side = h('div', { class: 'game-side' }, h('div', { class: 'game-side-inner' }, turn, hand));
  const body = h('div', { class: 'game-body' }, main, side, countries, logSlot);
  const overlay = h('div', { class: 'overlay' });
  const online = h('div', { class: 'slot-online' });
  const top = h('header', { class: 'game-top' }, screenHeading('h1', title, 'game-title'),
    // The glossary opens in a dialog over the game (glossary-links.ts): the game is not left.
    glossaryDialogLink('Glossary', 'game-glossary'), leaveControl(onLeave, leave));
  const root = h('div', { class: 'game-screen' }, top, online, status, overlay, body);
  const stopWatching = watchLayout(root, body, [top, online, status, overlay], turn);
  return { root, body, status, online, hud, board, turn, hand, countries, logSlot, overlay, dispose: stopWatching };
}

/**
 * Keeps two measures for the stylesheet, as the game goes on:
 * - `--game-body-top` on `root`: the page offset where the game's body starts, so that the body
 *   can take the rest of the window's height (what sits above it, the header, the online panel,
 *   the status line, an overlay, changes height);
 * - `--turn-slot-height` on the document: on narrow screens the turn controls stick to the bottom
 *   edge, and the page's scroll padding keeps whatever is scrolled into view (a focused control,
 *   a target's Choose button) clear of them.
 */
function watchLayout(root: HTMLElement, body: HTMLElement, above: readonly HTMLElement[], turn: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const page = document.documentElement;
  const update = (): void => {
    const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
    root.style.setProperty('--game-body-top', `${top}px`);
    page.style.setProperty('--turn-slot-height', `${Math.round(turn.getBoundingClientRect().height)}px`);
  };
  const observer = new ResizeObserver(update);
  for (const el of [...above, turn]) observer.observe(el);
  return () => {
    observer.disconnect();
    page.style.removeProperty('--turn-slot-height');
  };
}
