/**
 * Every country and its state as a table: the accessible twin of the map. While a choice needs
 * a target, the legal targets are marked and each has a button that selects it.
 */
import { COUNTRIES, type CountryId, type PlayerView } from '../game';
import { homeOf, isInPlay } from '../game/scenario-rules';
import { button, h } from './dom';
import { AUT_TIE_NAME, DEM_TIE_NAME, FRAMEWORK_NAME, REGIME_NAME, REGION_NAME, SIDE_SHORT, TRACK_NAME } from '../content/words';

export interface TableProps {
  readonly view: PlayerView;
  readonly highlighted: readonly CountryId[];
  readonly selected: CountryId | null;
  readonly onSelect: (id: CountryId) => void;
}

const T = TRACK_NAME;
const HEADERS = ['Country', 'Regime', 'Weight', T.trust, T.leverage, `${SIDE_SHORT.dem} tie`, `${SIDE_SHORT.aut} tie`, T.polarization, T.resentment];

/** The Target column is there only while a choice needs a target. */
function headers(targeting: boolean): string[] {
  return targeting ? ['Country', 'Target', ...HEADERS.slice(1)] : [...HEADERS];
}

function autTie(view: PlayerView, id: CountryId): string {
  const cs = view.countries[id];
  return cs.autTie === 'framework' && cs.framework ? `${AUT_TIE_NAME.framework} (${FRAMEWORK_NAME[cs.framework]})` : AUT_TIE_NAME[cs.autTie];
}

function targetCell(props: TableProps, id: CountryId, name: string): HTMLElement {
  if (props.selected === id) return h('td', { class: 'target-cell' }, h('span', { class: 'tag tag--selected' }, 'Selected'));
  if (!props.highlighted.includes(id)) return h('td', { class: 'target-cell' });
  return h('td', { class: 'target-cell' }, button('Choose', () => props.onSelect(id), { key: `target:${id}`, class: 'small', ariaLabel: `Choose ${name} as the target` }));
}

function row(props: TableProps, info: (typeof COUNTRIES)[number]): HTMLElement {
  const { view } = props;
  const cs = view.countries[info.id];
  const side = homeOf(view, info.id);
  const home = side ? ` (${SIDE_SHORT[side]} home)` : '';
  const cls = [props.highlighted.includes(info.id) ? 'is-target' : '', props.selected === info.id ? 'is-selected' : ''].join(' ').trim();
  return h('tr', { class: cls, attrs: { 'data-country': info.id } },
    h('th', { attrs: { scope: 'row' } }, `${info.name}${home}`, h('span', { class: 'visually-hidden' }, ', '), h('span', { class: 'region' }, REGION_NAME[info.region])),
    props.highlighted.length > 0 ? targetCell(props, info.id, info.name) : null,
    h('td', {}, REGIME_NAME[cs.regime]),
    h('td', { class: 'num' }, info.weight),
    h('td', { class: 'num' }, cs.trust),
    h('td', { class: 'num' }, cs.leverage),
    h('td', {}, DEM_TIE_NAME[cs.demTie]),
    h('td', { class: 'wrap' }, autTie(view, info.id)),
    h('td', { class: 'num' }, cs.regime === 'autocracy' ? '—' : cs.polarization),
    h('td', { class: 'num' }, cs.resentment));
}

export function renderCountryTable(props: TableProps): HTMLElement {
  const targeting = props.highlighted.length > 0;
  const caption = targeting ? `${props.highlighted.length} possible targets are marked: choose one in the Target column.` : 'Every country and its state';
  const table = h('table', { class: 'countries' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, ...headers(targeting).map((text) => h('th', { attrs: { scope: 'col' } }, text)))),
    // Only the homes and the countries in play of this scenario.
    h('tbody', {}, ...COUNTRIES.filter((info) => homeOf(props.view, info.id) !== null || isInPlay(props.view, info.id)).map((info) => row(props, info))));
  return h('section', { class: 'countries-section', attrs: { 'aria-labelledby': 'countries-title' } },
    h('h2', { id: 'countries-title' }, 'Countries'),
    targeting ? h('p', { class: 'targets-note', attrs: { 'aria-hidden': 'true' } }, caption) : null,
    h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Country table (scrolls sideways)' } }, table));
}
