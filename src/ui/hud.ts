/** The game's status as text: World Order, round, turn, capital, dependency, rule, next event. */
import { CARD, type CardId, type PlayerView, type Side } from '../game';
import { RULES } from '../game/rules-config';
import { scheduledEvents, turnsPerRound } from '../game/scenario-rules';
import { h } from './dom';
import { DECISION_RULE_NAME, SIDE_NAME, SIDE_SHORT, signed, STANDING_EFFECT, STANDING_NAME } from '../content/words';

export interface HudInfo {
  readonly view: PlayerView;
  /** Who the screen belongs to ("You play the Democratic bloc"). */
  readonly who: string;
}

function item(term: string, ...value: Array<Node | string>): HTMLElement {
  return h('div', { class: 'hud-item' }, h('dt', {}, term), h('dd', {}, ...value));
}

function worldOrder(value: number): HTMLElement {
  const leaning = value > 0 ? ` (favours the ${SIDE_NAME.dem})` : value < 0 ? ` (favours the ${SIDE_NAME.aut})` : ' (even)';
  const limit = RULES.worldOrderLimit;
  const percent = ((value + limit) / (2 * limit)) * 100;
  const marker = h('span', { class: 'track-marker', attrs: { style: `left: ${percent}%` } });
  return item('World Order', h('span', { class: 'wo-value' }, signed(value)), leaning, h('span', { class: 'track', attrs: { 'aria-hidden': 'true' } }, marker));
}

function turnText(view: PlayerView): string {
  if (view.result !== null) return 'Game over';
  const active: Side = view.active;
  const turns = turnsPerRound(view);
  const turn = Math.min(view.turns[active] + 1, turns);
  return `${SIDE_NAME[active]}, turn ${turn} of ${turns}`;
}

function cards(view: PlayerView): string {
  const dem = view.sides.dem;
  const aut = view.sides.aut;
  return `Hands: ${SIDE_SHORT.dem} ${dem.handCount}, ${SIDE_SHORT.aut} ${aut.handCount} · Decks: ${dem.deckCount}, ${aut.deckCount}`;
}

/**
 * The next round's world events: the face-up card, and the events a scenario's schedule puts in
 * the same round after it (public, like the schedule).
 */
export function nextWorldEvents(view: Pick<PlayerView, 'scenario' | 'round' | 'world'>): readonly CardId[] {
  const upcoming = view.world.upcoming;
  if (upcoming === null) return [];
  const next = scheduledEvents(view, view.round + 1);
  return next[0] === upcoming ? next : [upcoming];
}

/** The next event's title (or the next round's events'), with the explanation folded away on small or short screens. */
function upcoming(view: PlayerView): HTMLElement {
  const cards = nextWorldEvents(view);
  const term = cards.length > 1 ? 'Next world events' : 'Next world event';
  if (cards.length === 0) return item(term, 'none');
  // Open where there is room for it without pushing the board below the fold.
  const open = window.matchMedia('(min-width: 700px) and (min-height: 880px)').matches;
  return item(term, ...cards.map((id) => {
    const details = h('details', { class: 'hud-event' }, h('summary', {}, CARD[id].title), h('p', {}, CARD[id].explanation));
    details.open = open && cards.length === 1;
    return details;
  }));
}

/** Builds the status panel for one view. */
export function renderHud(info: HudInfo): HTMLElement {
  const { view } = info;
  const dem = view.sides.dem;
  const items = [
    worldOrder(view.worldOrder),
    item('Round', `${view.round} of ${view.lastRound}`),
    item('Turn', turnText(view)),
    item('Capital', `${SIDE_SHORT.dem} ${dem.capital} · ${SIDE_SHORT.aut} ${view.sides.aut.capital}`),
    item('Dependency', `${dem.dependency} of 5`),
    item('Decision rule', DECISION_RULE_NAME[dem.decisionRule]),
    item('Cards', cards(view)),
  ];
  if (view.pending) items.push(item('Ops left', `${view.pending.opsLeft} from ${CARD[view.pending.card].title}`));
  if (view.standing.length > 0) items.push(item('In effect', view.standing.map((s) => `${STANDING_NAME[s]} (${STANDING_EFFECT[s]})`).join('; ')));
  if (view.result === null) items.push(upcoming(view));
  return h('section', { class: 'hud', attrs: { 'aria-labelledby': 'hud-title' } },
    h('h2', { id: 'hud-title', class: 'visually-hidden' }, 'Game status'),
    h('p', { class: 'hud-who' }, info.who),
    h('dl', { class: 'hud-grid' }, ...items));
}
