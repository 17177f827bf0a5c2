import type { ScenarioDef } from './scenario-types';
import { CLASSROOM_QUICK } from './scenarios/classroom-quick';
import { COLD_WAR } from './scenarios/cold-war';
import { COMPETING_VISIONS } from './scenarios/competing-visions';
import { TUTORIAL } from './scenarios/tutorial';

/** Every playable scenario. Adding a scenario means adding a data file and an entry here. */
const SCENARIO_LIST = [COMPETING_VISIONS, CLASSROOM_QUICK, COLD_WAR, TUTORIAL] as const;

export type ScenarioId = (typeof SCENARIO_LIST)[number]['id'];

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDef>> = Object.fromEntries(
  SCENARIO_LIST.map((def) => [def.id, def]),
) as Record<ScenarioId, ScenarioDef>;

export const DEFAULT_SCENARIO: ScenarioId = 'competing-visions';

/** The tutorial's position: played from its own screen, so the menu and the lobby do not offer it. */
export const TUTORIAL_SCENARIO: ScenarioId = 'tutorial';

/** The scenarios a player chooses from (the menu, the lobby). */
export const LISTED_SCENARIOS: readonly ScenarioDef[] = SCENARIO_LIST.filter((def) => def.id !== TUTORIAL_SCENARIO);

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCENARIOS, value);
}

export function scenario(id: ScenarioId): ScenarioDef {
  return SCENARIOS[id];
}
