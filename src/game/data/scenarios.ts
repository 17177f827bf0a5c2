import type { ScenarioDef } from './scenario-types';
import { COMPETING_VISIONS } from './scenarios/competing-visions';

/** Every playable scenario, by id. Adding a scenario means adding a data file and a line here. */
export const SCENARIOS = {
  [COMPETING_VISIONS.id]: COMPETING_VISIONS,
} as const satisfies Record<string, ScenarioDef>;

export type ScenarioId = keyof typeof SCENARIOS;
export const DEFAULT_SCENARIO: ScenarioId = 'competing-visions';

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCENARIOS, value);
}

export function scenario(id: ScenarioId): ScenarioDef {
  return SCENARIOS[id];
}
