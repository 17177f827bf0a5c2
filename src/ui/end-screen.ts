/** The end of the game: who won, the final World Order, and the World Order round by round. */
import type { PlayerView, Side } from '../game';
import { button, h, screenHeading } from './dom';
import { SIDE_NAME, SIDE_SHORT, signed } from '../content/words';

function headline(view: PlayerView, me: Side | null): string {
  const result = view.result;
  if (!result) return 'Game over';
  if (result.winner === null) return 'A draw';
  if (me === null) return `The ${SIDE_NAME[result.winner]} wins`;
  return result.winner === me ? `You win: the ${SIDE_NAME[me]} prevails` : `You lose: the ${SIDE_NAME[result.winner]} wins`;
}

function history(view: PlayerView): HTMLElement {
  const rows = view.history.map((r) => h('tr', {},
    h('th', { attrs: { scope: 'row' } }, r.round),
    h('td', { class: 'num' }, r.dem),
    h('td', { class: 'num' }, r.aut),
    h('td', { class: 'num' }, signed(r.shift)),
    h('td', { class: 'num' }, signed(r.worldOrder))));
  const table = h('table', { class: 'history' },
    h('caption', {}, 'Points, round by round'),
    h('thead', {}, h('tr', {}, ...['Round', SIDE_SHORT.dem, SIDE_SHORT.aut, 'Shift', 'World Order'].map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
    h('tbody', {}, ...rows));
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Points, round by round' } }, table);
}

export interface EndExtras {
  /** The main button's label (default "New game"). */
  readonly newGameLabel?: string;
  /** More content above the main button (online: the rematch, which is then the primary action). */
  readonly extra?: HTMLElement;
  /** Shown with a debrief: the button that brings it into view. */
  readonly onDebrief?: () => void;
  /** A local game: watch its replay, download its record. */
  readonly replay?: HTMLElement;
}

/** `me`: the player's side in solo and online; null in hot-seat and for spectators (everyone reads it). */
export function renderEndScreen(view: PlayerView, me: Side | null, onNewGame: () => void, extras: EndExtras = {}): HTMLElement {
  const result = view.result;
  const reason = result?.reason === 'world-order-limit'
    ? 'The World Order reached its limit.'
    : `After the last round (round ${view.lastRound}) the sign of the World Order decides.`;
  const winnerClass = result?.winner ? ` end--${result.winner}` : '';
  return h('section', { class: `end${winnerClass}`, attrs: { 'aria-labelledby': 'end-title' } },
    screenHeading('h2', headline(view, me), 'end-title'),
    h('p', { class: 'end-score' }, `Final World Order: ${signed(result?.worldOrder ?? view.worldOrder)}`),
    h('p', {}, reason),
    history(view),
    extras.onDebrief ? button('Read the debrief', extras.onDebrief, { key: 'read-debrief', class: 'end-secondary' }) : null,
    extras.replay ?? null,
    extras.extra ?? null,
    button(extras.newGameLabel ?? 'New game', onNewGame, { key: 'new-game', class: extras.extra ? 'end-secondary' : 'primary' }));
}
