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
}

/** The words of the leave control (online, the seat is kept: the player can come back). */
export interface LeaveWords {
  readonly label: string;
  readonly question: string;
  readonly confirm: string;
}

const LEAVE_GAME: LeaveWords = { label: 'Leave game', question: 'Leave this game?', confirm: 'Leave' };

function leaveControl(onLeave: () => void, words: LeaveWords): HTMLElement {
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
  const body = h('div', { class: 'game-body' }, hud, board, turn, hand, countries, logSlot);
  const overlay = h('div', { class: 'overlay' });
  const online = h('div', { class: 'slot-online' });
  const top = h('header', { class: 'game-top' }, screenHeading('h1', title, 'game-title'),
    // The glossary opens in a dialog over the game (glossary-links.ts): the game is not left.
    glossaryDialogLink('Glossary', 'game-glossary'), leaveControl(onLeave, leave));
  const root = h('div', { class: 'game-screen' }, top, online, status, overlay, body);
  return { root, body, status, online, hud, board, turn, hand, countries, logSlot, overlay };
}
