import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../game/data/countries';
import { LISTED_SCENARIOS, type ScenarioId } from '../game/data/scenarios';
import type { ScenarioDef } from '../game/data/scenario-types';
import { RULES } from '../game/rules-config';
import { homeOf, turnsPerRound } from '../game/scenario-rules';
import { type Block, RULES_FOR_PLAYERS } from './rules-content';

const text = (b: Block): string => ('p' in b ? b.p : 'list' in b ? b.list.join('\n') : b.table.rows.map((r) => r.join(' | ')).join('\n'));
/** The rules every scenario shares: every section but the scenarios' own. */
const GENERAL = RULES_FOR_PLAYERS.filter((s) => !s.title.startsWith('Scenario: ')).flatMap((s) => s.blocks.map(text));
const SENTENCE = (start: string): string => {
  const found = GENERAL.flatMap((t) => t.split('\n')).find((t) => t.includes(start));
  if (!found) throw new Error(`no rule says "${start}"`);
  return found;
};
const shortTitle = (def: ScenarioDef): string => def.title.replace(/\s*\(.*\)$/, '').replace(/:.*$/, '');
/** The part of a per-scenario list ("A and B, x; C, y") that names this scenario. */
function partFor(sentence: string, def: ScenarioDef): string {
  const inner = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
  const parts = [...sentence.matchAll(inner)].flatMap((m) => (m[1] ?? '').split('; '));
  const part = parts.find((p) => p.includes(shortTitle(def)) || p.endsWith(' in every scenario'));
  if (!part) throw new Error(`"${sentence}" does not name ${def.title}`);
  return part;
}
const home = (def: ScenarioDef, side: 'dem' | 'aut'): string => COUNTRIES.find((c) => homeOf({ scenario: def.id as ScenarioId }, c.id) === side)?.name ?? '';

describe('the general rules page', () => {
  it('names each scenario\'s own homes, not the present-day ones for all (the Cold War\'s Autocratic home is Russia)', () => {
    const goal = SENTENCE('home country');
    for (const def of LISTED_SCENARIOS) expect(partFor(goal, def)).toContain(`${home(def, 'dem')} and ${home(def, 'aut')}`);
    expect(partFor(goal, LISTED_SCENARIOS.find((d) => d.id === 'cold-war') as ScenarioDef)).toContain('Russia');
    expect(GENERAL.join('\n')).not.toMatch(/home: China|\(home: /);
  });

  it('gives each scenario its own turns a round and largest World Order move', () => {
    for (const def of LISTED_SCENARIOS) {
      expect(partFor(SENTENCE('Turns: alternating'), def)).toMatch(new RegExp(`\\b${turnsPerRound({ scenario: def.id as ScenarioId })}$`));
      expect(partFor(SENTENCE('The World Order track'), def)).toMatch(new RegExp(`\\b${def.maxShiftPerRound ?? RULES.maxShiftPerRound}$`));
    }
    // Not every scenario has the default four turns, nor the default largest move: a single number would be wrong.
    expect(LISTED_SCENARIOS.some((def) => turnsPerRound({ scenario: def.id as ScenarioId }) !== RULES.turnsPerRound)).toBe(true);
    expect(LISTED_SCENARIOS.some((def) => (def.maxShiftPerRound ?? RULES.maxShiftPerRound) !== RULES.maxShiftPerRound)).toBe(true);
  });

  it('names the frameworks each scenario lets a country join', () => {
    const tie = SENTENCE('Autocratic tie');
    const coldWar = partFor(tie, LISTED_SCENARIOS.find((d) => d.id === 'cold-war') as ScenarioDef);
    expect(coldWar).toContain('Warsaw Pact');
    expect(coldWar).not.toContain('SCO');
  });
});
