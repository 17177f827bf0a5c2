/** Hot-seat: the screen between two players' turns. The hand is not in the page while it shows. */
import type { Side } from '../game';
import { button, h, screenHeading } from './dom';
import { SIDE_NAME } from '../content/words';

/** `leave` is the game's leave control: this screen covers the header that holds the other one. */
export function renderPassDevice(next: Side, first: boolean, onReady: () => void, leave?: HTMLElement): HTMLElement {
  const other: Side = next === 'dem' ? 'aut' : 'dem';
  const text = first
    ? `The ${SIDE_NAME[next]} moves first. Give the device to that player; the ${SIDE_NAME[other]} player looks away.`
    : `It is the ${SIDE_NAME[next]}'s turn. Give the device to that player; the ${SIDE_NAME[other]} player looks away.`;
  return h('section', { class: `pass-device pass-device--${next}`, attrs: { 'aria-labelledby': 'pass-title' } },
    screenHeading('h2', 'Pass the device', 'pass-title'),
    h('p', {}, text),
    h('p', {}, 'Your hand stays hidden until you press the button.'),
    button(`I am the ${SIDE_NAME[next]}: show my hand`, onReady, { key: 'ready', class: 'primary' }),
    ...(leave ? [leave] : []));
}
