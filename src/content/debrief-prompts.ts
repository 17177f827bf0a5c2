/**
 * Reflection prompts for the debrief, built from one game's own facts: its countries, rounds and
 * decisions. Questions, not verdicts: the article's concepts are the lens, the game the case.
 * Pure.
 */
import type { RoundRecord } from '../game/state';
import type { DecisionRule } from '../game/types';
import { CONCEPT_LABEL } from './concept-labels';
import { type ConceptCoverage, countryName, type KeyMoment, listNames } from './debrief';
import { DECISION_RULE_WORD, signed } from './words';

export interface PromptFacts {
  readonly moments: readonly KeyMoment[];
  readonly coverage: ConceptCoverage;
  readonly history: readonly RoundRecord[];
  /** The decision rule the bloc started the game under. */
  readonly rule: DecisionRule;
}

const first = <T>(items: readonly T[], test: (item: T) => boolean): T | undefined => items.find(test);

function blockedPrompt(f: PromptFacts): string | null {
  const m = first(f.moments, (x) => x.kind === 'veto' || x.kind === 'outvote' || (x.kind === 'reform' && x.countries.length > 0));
  if (!m) return null;
  const who = m.countries.length > 0 ? listNames(m.countries) : 'its members';
  const them = m.countries.length === 1 ? 'that country' : 'them';
  // The rules' reasons to vote against differ by decision (src/game/bloc.ts).
  if (m.decision === 'integration') {
    return `In round ${m.round}, ${who} voted against taking in a new member: ${them} had lost trust in the bloc itself. What wore that trust down, and could the bloc have rebuilt it first?`;
  }
  if (m.decision === 'investment-agreement') {
    return `In round ${m.round}, ${who} voted against the Autocratic power's investment agreement, having no economic stake in it. Who gained from turning it down?`;
  }
  return `In round ${m.round}, ${who} voted against the bloc under the Autocratic power's leverage. What had the Autocratic power built with ${them} before the vote, and what could the bloc have done earlier to keep ${them} on its side?`;
}

function integrationPrompt(f: PromptFacts): string | null {
  const joined = f.moments.filter((m) => m.kind === 'integration');
  if (joined.length === 0) return null;
  const at = joined[0] as KeyMoment;
  const names = listNames(joined.flatMap((m) => m.countries).slice(0, 3));
  return `${names} joined the bloc (the first in round ${at.round}). Every new member is one more vote that can block a decision under unanimity: did the bloc grow stronger or easier to divide?`;
}

function breakawayPrompt(f: PromptFacts): string | null {
  const m = first(f.moments, (x) => x.kind === 'breakaway' || x.kind === 'lure');
  if (!m) return null;
  const name = countryName(m.countries[0] as KeyMoment['countries'][number]);
  return m.kind === 'breakaway'
    ? `In round ${m.round}, ${name} broke with the Autocratic power after coercion. A bloc held by coercion alone falls apart when the coercion fails, as the Warsaw Pact did: what pushed ${name} past its limit?`
    : `In round ${m.round}, the Autocratic power lured ${name} away from the bloc's alliance. What made leverage count for more than trust there?`;
}

function populistPrompt(f: PromptFacts): string | null {
  const m = first(f.moments, (x) => x.kind === 'populist' || x.kind === 'slide');
  if (!m) return null;
  const name = countryName(m.countries[0] as KeyMoment['countries'][number]);
  return m.kind === 'slide'
    ? `${name} stopped being a democracy in round ${m.round}. Which pressures (polarization, disinformation, populist results) came before it?`
    : `A populist won in ${name} in round ${m.round}. How had polarization there risen, and who gained from it?`;
}

function turningPointPrompt(f: PromptFacts): string | null {
  if (f.history.length === 0) return null;
  const biggest = f.history.reduce((best, r) => (Math.abs(r.shift) > Math.abs(best.shift) ? r : best));
  if (biggest.shift === 0) return null;
  return `The World Order moved most in round ${biggest.round} (${signed(biggest.shift)}, to ${signed(biggest.worldOrder)}). Which decisions of that round explain it?`;
}

function rulePrompt(f: PromptFacts): string {
  const other: DecisionRule = f.rule === 'unanimity' ? 'majority' : 'unanimity';
  return `The bloc started under ${DECISION_RULE_WORD[f.rule]}. Would ${DECISION_RULE_WORD[other]} have changed this game? Compare your guess with the "what if" below.`;
}

function missingPrompt(f: PromptFacts): string | null {
  const concept = f.coverage.missing[0];
  return concept ? `This game never showed ${CONCEPT_LABEL[concept].toLowerCase()}. Which card or action would have brought it in, and why did neither side use it?` : null;
}

/** Three to five prompts, the game's own events first. */
export function reflectionPrompts(facts: PromptFacts): string[] {
  const candidates = [
    blockedPrompt(facts), integrationPrompt(facts), breakawayPrompt(facts), populistPrompt(facts), turningPointPrompt(facts),
    rulePrompt(facts), missingPrompt(facts),
  ];
  const prompts = candidates.filter((p): p is string => p !== null);
  // The rule prompt is always there, so at least three need one of the others: a game always has
  // a round with a shift or a concept it did not show; the fallback below is for a degenerate log.
  const fallbacks = ['Which single move would you play differently, and what would it have changed?', 'Which country mattered most in this game, and why?'];
  while (prompts.length < 3) prompts.push(fallbacks.shift() ?? '');
  return prompts.slice(0, 5);
}
