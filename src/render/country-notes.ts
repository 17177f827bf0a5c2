/**
 * Which concepts a country illustrates right now, for its tooltip, where each links to its
 * glossary entry (src/content/glossary.ts explains them). Pure.
 */
import type { CountryInfo } from '../game/data/countries';
import { breaksAway } from '../game/queries';
import type { CountryState } from '../game/state';
import type { ConceptId, DecisionRule } from '../game/types';
import { CONCEPT_LABEL } from '../content/concept-labels';

export interface ConceptTag {
  readonly id: ConceptId;
  readonly label: string;
}

/** At most this many concepts per tooltip. */
const MAX_CONCEPTS = 3;

/** The concepts this country's current state illustrates, most specific first. */
export function countryConcepts(info: CountryInfo, cs: CountryState, vetoRisk: boolean, rule: DecisionRule): ConceptTag[] {
  const ids: ConceptId[] = [];
  const add = (id: ConceptId, when: boolean): void => {
    if (when && !ids.includes(id)) ids.push(id);
  };
  add('bloc', info.home === 'dem');
  add('sovereignty', info.home === 'aut');
  add(rule === 'unanimity' ? 'unanimity-veto' : 'qualified-majority', vetoRisk);
  add('coerced-bloc-collapse', breaksAway(cs));
  add('integration', cs.demTie === 'member');
  add('alliance', cs.demTie === 'ally');
  add('cooperation', cs.demTie === 'partner');
  add('frameworks', cs.autTie === 'framework');
  add('bilateral-deals', cs.autTie === 'deal');
  add('interest-not-ideology', info.id === 'RUS');
  add('coercion', cs.resentment > 0);
  add('disinformation', cs.polarization >= 2);
  add('bloc-disruption', cs.leverage >= 3 && cs.demTie !== 'none');
  add('autocratic-resilience', cs.regime === 'autocracy' && !info.home);
  add('common-values', cs.regime === 'democracy');
  add('mutual-interest', true);
  return ids.slice(0, MAX_CONCEPTS).map((id) => ({ id, label: CONCEPT_LABEL[id] }));
}
