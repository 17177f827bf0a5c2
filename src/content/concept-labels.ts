/**
 * The International Relations concepts' names, as every screen shows them: on the board's
 * tooltips, the cards in hand and the game log. Pure data.
 */
import type { ConceptId } from '../game/types';

export const CONCEPT_LABEL: Readonly<Record<ConceptId, string>> = {
  cooperation: 'Cooperation',
  alliance: 'Alliance',
  bloc: 'Bloc',
  integration: 'Integration',
  'mutual-interest': 'Mutual interest',
  coercion: 'Coercion',
  'common-values': 'Common values',
  trust: 'Trust',
  sovereignty: 'Sovereignty',
  'unanimity-veto': 'Unanimity & veto',
  'qualified-majority': 'Qualified majority',
  dependency: 'Dependency',
  'bilateral-deals': 'Bilateral deals',
  frameworks: 'Frameworks',
  'bloc-disruption': 'Bloc disruption',
  disinformation: 'Disinformation',
  'coerced-bloc-collapse': 'Coerced-bloc collapse',
  'interest-not-ideology': 'Interest, not ideology',
  'united-front': 'United front',
  'autocratic-resilience': 'Autocratic resilience',
};
