/** The player's hand: each card with its ops, concept and effect, and a button per way to play it. */
import { CARD, type CardId, type Move, type PlayerView } from '../game';
import type { Draft } from './choice';
import { button, h } from './dom';
import { conceptLink } from './glossary-links';
import { opsWord } from '../content/words';

export interface HandProps {
  readonly view: PlayerView;
  readonly moves: readonly Move[];
  readonly draft: Draft;
  /** Playing a card is possible now (own turn, no ops pending). */
  readonly canPlay: boolean;
  readonly onPick: (card: CardId, mode: 'event' | 'ops') => void;
}

function cardItem(card: CardId, props: HandProps): HTMLElement {
  const def = CARD[card];
  const hasEvent = props.moves.some((m) => m.kind === 'play-event' && m.card === card);
  const picked = (mode: 'event' | 'ops') => props.draft.card === card && props.draft.mode === mode;
  const event = button('Play event', () => props.onPick(card, 'event'), {
    key: `event:${card}`,
    ariaLabel: `Play ${def.title} for its event`,
    disabled: !props.canPlay || !hasEvent,
    pressed: picked('event'),
  });
  const ops = button(`Play for ${opsWord(def.ops)}`, () => props.onPick(card, 'ops'), {
    key: `ops:${card}`,
    ariaLabel: `Play ${def.title} for ${opsWord(def.ops)}`,
    disabled: !props.canPlay,
    pressed: picked('ops'),
  });
  const selected = props.draft.card === card;
  return h('li', { class: `card card--${def.side}${selected ? ' card--selected' : ''}` },
    h('h3', { class: 'card-title' }, def.title),
    h('p', { class: 'card-meta' }, `${opsWord(def.ops)} · `, conceptLink(def.concept), `${def.target ? ' · needs a target' : ''}${def.once ? ' · once' : ''}`),
    h('p', { class: 'card-text' }, def.explanation),
    props.canPlay && !hasEvent ? h('p', { class: 'card-note' }, 'Its event has no valid target now.') : null,
    h('details', { class: 'card-ref' }, h('summary', {}, 'Reference'), h('p', {}, def.reference)),
    h('div', { class: 'card-actions' }, event, ops));
}

export function renderHand(props: HandProps): HTMLElement {
  const hand = props.view.sides[props.view.viewer ?? 'dem'].hand ?? [];
  const list = hand.length > 0
    ? h('ul', { class: 'hand-list', attrs: { 'aria-labelledby': 'hand-title' } }, ...hand.map((card) => cardItem(card, props)))
    : h('p', {}, 'Your hand is empty.');
  return h('section', { class: 'hand', attrs: { 'aria-labelledby': 'hand-title' } },
    h('h2', { id: 'hand-title' }, `Your hand (${hand.length})`), list);
}
