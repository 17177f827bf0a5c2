/**
 * The rule options a new game may change, shared by the solo menu and the lobby's "Create a
 * match": the bloc's decision rule and the starting dependency, each "the scenario's own" by
 * default. The words for "the scenario's own" follow the scenario chosen in the same form.
 */
import type { RuleChoice } from '../client/online-rules';
import { DEFAULT_SCENARIO, isScenarioId, type ScenarioId, SCENARIOS } from '../game/data/scenarios';
import { DECISION_RULE_NAME, DECISION_RULE_WORD } from '../content/words';
import { h } from './dom';
import { checkedValue, radios, select } from './form';

const DEPENDENCIES = [0, 1, 2, 3, 4, 5] as const;

/** What the form asks for: null where the scenario's own value stays. */
export interface RuleOptionsChoice {
  readonly decisionRule: RuleChoice;
  readonly dependency: number | null;
}

const ruleName = (prefix: string) => `${prefix}-rule`;
const dependencyId = (prefix: string) => `${prefix}-dependency`;

function scenarioRuleText(id: ScenarioId): string {
  return `The scenario's (${DECISION_RULE_WORD[SCENARIOS[id].decisionRule]})`;
}

function scenarioDependencyText(id: ScenarioId): string {
  return `The scenario's (${SCENARIOS[id].dependency})`;
}

/**
 * A folded "Rule options" group. `scenario` is the form's scenario select: when it changes, the
 * "scenario's own" choices name that scenario's values.
 */
export function ruleOptions(prefix: string, scenario: HTMLSelectElement): HTMLElement {
  const current = (): ScenarioId => (isScenarioId(scenario.value) ? scenario.value : DEFAULT_SCENARIO);
  const deps: Array<[string, string]> = [['scenario', scenarioDependencyText(current())], ...DEPENDENCIES.map((n): [string, string] => [String(n), String(n)])];
  const group = h('details', { class: 'options' },
    h('summary', {}, 'Rule options'),
    radios<RuleChoice>(ruleName(prefix), 'Bloc decisions', [
      ['scenario', scenarioRuleText(current())],
      ['unanimity', DECISION_RULE_NAME.unanimity],
      ['majority', DECISION_RULE_NAME.majority],
    ], 'scenario'),
    select(dependencyId(prefix), `Starting dependency (${DEPENDENCIES[0]}–${DEPENDENCIES[DEPENDENCIES.length - 1]})`, deps, 'scenario'));
  scenario.addEventListener('change', () => {
    const label = group.querySelector(`label[for="${ruleName(prefix)}-scenario"]`);
    if (label) label.textContent = scenarioRuleText(current());
    const option = group.querySelector(`#${dependencyId(prefix)} option[value="scenario"]`);
    if (option) option.textContent = scenarioDependencyText(current());
  });
  return group;
}

/** The choices made in `root`'s rule options (built with the same `prefix`). */
export function readRuleOptions(root: HTMLElement, prefix: string): RuleOptionsChoice {
  const rule = checkedValue(root, ruleName(prefix));
  const dependency = (root.querySelector(`#${dependencyId(prefix)}`) as HTMLSelectElement | null)?.value ?? 'scenario';
  return {
    decisionRule: rule === 'unanimity' || rule === 'majority' ? rule : 'scenario',
    dependency: dependency === 'scenario' ? null : Number(dependency),
  };
}
