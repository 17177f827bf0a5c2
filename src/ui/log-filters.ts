/**
 * The log's filters: a round, a side (or the round's own steps) and a concept, as three labelled
 * selects (keyboard and screen-reader friendly). Changing one calls `onChange`.
 */
import { CONCEPT_LABEL } from '../content/concept-labels';
import { SIDE_NAME } from '../content/words';
import { CONCEPTS, type ConceptId, type Side } from '../game';
import { h } from './dom';

export interface LogFilter {
  readonly round: number | null;
  /** A side's turns, the round's own steps (setup, round start, resolution), or everything. */
  readonly side: Side | 'rules' | 'all';
  readonly concept: ConceptId | null;
}

export interface LogFilters {
  readonly el: HTMLElement;
  value(): LogFilter;
  /** Offers rounds 1 to `last` (as far as the game has gone). */
  setRounds(last: number): void;
}

function field(id: string, label: string, select: HTMLSelectElement): HTMLElement {
  select.id = id;
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), select);
}

const option = (value: string, text: string): HTMLOptionElement => h('option', { attrs: { value } }, text);

export function createLogFilters(onChange: () => void): LogFilters {
  const round = h('select', { attrs: { 'data-key': 'log-round' } }, option('', 'All'));
  const side = h('select', { attrs: { 'data-key': 'log-side' } },
    option('all', 'All'), option('dem', SIDE_NAME.dem), option('aut', SIDE_NAME.aut), option('rules', 'The round\'s steps'));
  const concept = h('select', { attrs: { 'data-key': 'log-concept' } },
    option('', 'All'), ...CONCEPTS.map((id) => option(id, CONCEPT_LABEL[id])));
  for (const select of [round, side, concept]) select.addEventListener('change', onChange);
  const el = h('div', { class: 'log-filters', attrs: { role: 'group', 'aria-label': 'Filter the log' } },
    field('log-filter-round', 'Round', round), field('log-filter-side', 'Side', side), field('log-filter-concept', 'Concept', concept));
  let rounds = 0;
  return {
    el,
    value: () => ({
      round: round.value === '' ? null : Number(round.value),
      side: side.value as LogFilter['side'],
      concept: concept.value === '' ? null : (concept.value as ConceptId),
    }),
    setRounds(last) {
      for (; rounds < last; rounds++) round.append(option(String(rounds + 1), `Round ${rounds + 1}`));
    },
  };
}
