/** The game's status as text: World Order, round, turn, capital, dependency, rule, next event. */
import { CARD, type PlayerView, type Side } from '../game';
import { RULES } from '../game/rules-config';
import { turnsPerRound } from '../game/scenario-rules';
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

/** The next event's title, with its explanation folded away on small or short screens. */
function upcoming(view: PlayerView): HTMLElement {
  if (view.world.upcoming === null) return item('Next world event', 'none');
  const card = CARD[view.world.upcoming];
  const details = h('details', { class: 'hud-event' }, h('summary', {}, card.title), h('p', {}, card.explanation));
  // Open where there is room for it without pushing the board below the fold.
  details.open = window.matchMedia('(min-width: 700px) and (min-height: 880px)').matches;
  return item('Next world event', details);
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
