/**
 * Trust and leverage by round: a grid of the countries in play (grouped by region), each cell shaded by
 * the chosen track at the end of the chosen round, with its number and tie written in it (colour
 * is never the only carrier). A range input scrubs the rounds; two toggle buttons pick the track.
 */
import type { RoundMap } from '../content/debrief-maps';
import { AUT_TIE_NAME, DEM_TIE_NAME, REGION_NAME } from '../content/words';
import { COUNTRIES, COUNTRY } from '../game/data/countries';
import type { CountryId } from '../game/types';
import { REGIONS } from '../game/types';
import { button, h } from './dom';

type MapTrack = 'trust' | 'leverage';

const roundLabel = (round: number): string => (round === 0 ? 'the start' : `the end of round ${round}`);

function cell(map: RoundMap, id: CountryId, track: MapTrack): HTMLElement {
  const c = map.countries[id];
  const value = c[track];
  const tie = track === 'trust' ? (c.demTie === 'none' ? '' : DEM_TIE_NAME[c.demTie]) : (c.autTie === 'none' ? '' : AUT_TIE_NAME[c.autTie]);
  return h('li', { class: `map-cell map-cell--${track} level-${value}` },
    h('span', { class: 'map-name' }, COUNTRY[id].name),
    h('span', { class: 'map-value' }, `${track === 'trust' ? 'Trust' : 'Leverage'} ${value}`),
    tie ? h('span', { class: 'map-tie' }, tie) : null);
}

function grid(map: RoundMap, track: MapTrack): HTMLElement {
  return h('div', { class: 'map-grid' }, ...REGIONS.map((region) => {
    // The countries the maps hold: those in play in the game's scenario.
    const ids = COUNTRIES.map((c) => c.id).filter((id) => map.countries[id] !== undefined && COUNTRY[id].region === region);
    return ids.length === 0 ? null : h('section', { class: 'map-region', attrs: { 'aria-label': REGION_NAME[region] } },
      h('h4', {}, REGION_NAME[region]),
      h('ul', {}, ...ids.map((id) => cell(map, id, track))));
  }));
}

/** The maps with their scrubber; starts on the last round. */
export function renderRoundMaps(maps: readonly RoundMap[]): HTMLElement {
  let index = maps.length - 1;
  let track: MapTrack = 'trust';
  const caption = h('p', { class: 'map-caption', attrs: { 'aria-live': 'polite' } });
  const body = h('div', {});
  const scrubber = h('input', { id: 'debrief-round', attrs: { type: 'range', min: 0, max: maps.length - 1, step: 1, value: index } });
  const toggles = h('div', { class: 'map-toggles', attrs: { role: 'group', 'aria-label': 'Track shown' } });
  const draw = (): void => {
    const map = maps[index] as RoundMap;
    caption.textContent = `${track === 'trust' ? 'Democratic trust' : 'Autocratic leverage'} at ${roundLabel(map.round)}.`;
    scrubber.setAttribute('aria-valuetext', roundLabel(map.round));
    toggles.replaceChildren(
      button('Trust', () => { track = 'trust'; draw(); }, { pressed: track === 'trust', key: 'map-trust' }),
      button('Leverage', () => { track = 'leverage'; draw(); }, { pressed: track === 'leverage', key: 'map-leverage' }));
    body.replaceChildren(grid(map, track));
  };
  scrubber.addEventListener('input', () => {
    index = Number(scrubber.value);
    draw();
  });
  draw();
  return h('div', { class: 'debrief-maps' },
    h('div', { class: 'map-controls' },
      h('label', { attrs: { for: 'debrief-round' } }, 'Round'), scrubber, toggles),
    caption, body);
}
