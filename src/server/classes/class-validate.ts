/** Validation of class request bodies: each returns clean values or throws a 400 with the reason. */
import { AI_LEVELS, type AiLevel } from '../../ai';
import { DEFAULT_SCENARIO, isScenarioId, SCENARIOS } from '../../game/data/scenarios';
import { DECISION_RULES, type DecisionRule } from '../../game/types';
import { parsePace } from '../clock/pace';
import { HttpError } from '../lobby-http';
import { onlyKeys } from '../lobby-validate';
import type { ClassOptions, Pairing } from './class-types';

/** Longest class title, in characters. */
export const MAX_TITLE_LENGTH = 80;

/** A title: 1–80 characters of text once trimmed, as strict as a display name (lobby-validate.ts). */
export function titleOf(value: unknown): string {
  const field = 'title';
  if (typeof value !== 'string') throw new HttpError(400, `${field} must be a string of 1 to ${MAX_TITLE_LENGTH} characters`);
  if (/\p{Surrogate}/u.test(value)) throw new HttpError(400, `${field} must be well-formed Unicode text (no lone surrogates)`);
  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const length = [...text].length;
  if (length < 1 || length > MAX_TITLE_LENGTH) throw new HttpError(400, `${field} must be 1 to ${MAX_TITLE_LENGTH} characters`);
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(text)) throw new HttpError(400, `${field} may not contain control or invisible characters`);
  return text;
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new HttpError(400, `${field} must be one of ${allowed.join(', ')}`);
}

/** The options of `POST /classes` (everything but the title optional; `pace` as `options.pace` of an online match). */
export function classOptionsOf(body: Record<string, unknown>): { title: string; options: ClassOptions } {
  onlyKeys(body, ['title', 'scenario', 'decisionRule', 'dependency', 'pairing', 'aiLevel', 'split', 'pace']);
  const title = titleOf(body.title);
  const { scenario: rawScenario, dependency: rawDependency, split } = body;
  if (rawScenario !== undefined && !isScenarioId(rawScenario)) {
    throw new HttpError(400, `unknown scenario (known: ${Object.keys(SCENARIOS).join(', ')})`);
  }
  const scenario = rawScenario ?? DEFAULT_SCENARIO;
  const decisionRule: DecisionRule = oneOf(body.decisionRule, 'decisionRule', DECISION_RULES, SCENARIOS[scenario].decisionRule);
  const dependency = rawDependency ?? SCENARIOS[scenario].dependency;
  if (typeof dependency !== 'number' || !Number.isInteger(dependency) || dependency < 0 || dependency > 5) {
    throw new HttpError(400, 'dependency must be a whole number from 0 to 5');
  }
  const pairing: Pairing = oneOf(body.pairing, 'pairing', ['students', 'ai'] as const, 'students');
  const aiLevel: AiLevel = oneOf(body.aiLevel, 'aiLevel', AI_LEVELS, 'normal');
  if (split !== undefined && typeof split !== 'boolean') throw new HttpError(400, 'split must be true or false');
  // The same paces as online matches (absent: Live with its defaults).
  const pace = parsePace(body.pace ?? undefined);
  if (typeof pace === 'string') throw new HttpError(400, pace);
  return { title, options: { scenario, decisionRule, dependency, pairing, aiLevel, split: split ?? false, pace } };
}

/** The decision rule of the class's n-th table (0-based): split classes alternate, starting with the class's rule. */
export function tableRule(options: ClassOptions, index: number): DecisionRule {
  if (!options.split || index % 2 === 0) return options.decisionRule;
  return options.decisionRule === 'unanimity' ? 'majority' : 'unanimity';
}
