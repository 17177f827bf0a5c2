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
  /**
   * The tutorial: the card its step asks for, marked and shown first, so that it and its buttons
   * are in view where the hand scrolls inside its column.
   */
  readonly pointed?: CardId | null;
}

/** How a card may be played now, read from the legal moves only, and a note when a way is closed. */
export interface CardPlays {
  readonly event: boolean;
  readonly ops: boolean;
  readonly note: string | null;
}

/**
 * The rules decide, for the ops as for the event: a pivotal card whose event can be played has
 * no `play-ops` move, so its ops button is disabled and the note says why.
 */
export function cardPlays(card: CardId, moves: readonly Move[]): CardPlays {
  const event = moves.some((m) => m.kind === 'play-event' && m.card === card);
  const ops = moves.some((m) => m.kind === 'play-ops' && m.card === card);
  const note = !event ? 'Its event has no valid target now.' : !ops && CARD[card].pivotal ? 'Pivotal: play it for its event.' : null;
  return { event, ops, note };
}

function cardItem(card: CardId, props: HandProps): HTMLElement {
  const def = CARD[card];
  const plays = cardPlays(card, props.moves);
  const picked = (mode: 'event' | 'ops') => props.draft.card === card && props.draft.mode === mode;
  // The accessible name starts with the visible words (WCAG 2.5.3), then names the card.
  const event = button('Play event', () => props.onPick(card, 'event'), {
    key: `event:${card}`,
    ariaLabel: `Play event: ${def.title}`,
    disabled: !props.canPlay || !plays.event,
    pressed: picked('event'),
  });
  const ops = button(`Play for ${opsWord(def.ops)}`, () => props.onPick(card, 'ops'), {
    key: `ops:${card}`,
    ariaLabel: `Play for ${opsWord(def.ops)}: ${def.title}`,
    disabled: !props.canPlay || !plays.ops,
    pressed: picked('ops'),
  });
  const selected = props.draft.card === card;
  const pointed = props.pointed === card;
  return h('li', { class: `card card--${def.side}${selected ? ' card--selected' : ''}${pointed ? ' card--pointed' : ''}`, attrs: { 'data-card': card } },
    pointed ? h('p', { class: 'card-pointer' }, 'The tutorial\'s card for this step') : null,
    h('h3', { class: 'card-title' }, def.title),
    h('p', { class: 'card-meta' }, `${opsWord(def.ops)} · `, conceptLink(def.concept), `${def.target ? ' · needs a target' : ''}${def.once ? ' · once' : ''}${def.pivotal ? ' · Pivotal' : ''}`),
    h('p', { class: 'card-text' }, def.explanation),
    props.canPlay && plays.note ? h('p', { class: 'card-note' }, plays.note) : null,
    h('details', { class: 'card-ref' }, h('summary', {}, 'Reference'), h('p', {}, def.reference)),
    h('div', { class: 'card-actions' }, event, ops));
}

/** The hand as shown: the pointed-out card first (when the hand holds it), the others in the hand's order. */
export function handOrder(hand: readonly CardId[], pointed: CardId | null): readonly CardId[] {
  return pointed !== null && hand.includes(pointed) ? [pointed, ...hand.filter((card) => card !== pointed)] : hand;
}

/** The list may scroll inside the side column (wide screens): tabindex 0 lets the keyboard scroll it. */
export function renderHand(props: HandProps): HTMLElement {
  const hand = props.view.sides[props.view.viewer ?? 'dem'].hand ?? [];
  const shown = handOrder(hand, props.pointed ?? null);
  const list = hand.length > 0
    ? h('ul', { class: 'hand-list', attrs: { 'aria-labelledby': 'hand-title', tabindex: 0 } }, ...shown.map((card) => cardItem(card, props)))
    : h('p', {}, 'Your hand is empty.');
  return h('section', { class: 'hand', attrs: { 'aria-labelledby': 'hand-title' } },
    h('h2', { id: 'hand-title' }, `Your hand (${hand.length})`), list);
}
