/**
 * The debrief's reading of a finished game, from the game's own log: its key moments, the
 * concepts it showed, and a game's headline figures (for the "what if" comparison). Pure and
 * DOM-free: the debrief screen, the what-if runner and the tests share it.
 *
 * The counts follow the self-play story report's definitions (test/selfplay/story-summary.ts), so
 * a veto here is a veto there: a failed bloc decision with members present, under unanimity (an
 * outvote under majority voting); a slide is a democracy that stops being one; an integration a
 * country becoming a member; a breakaway a coerced partner breaking with the Autocratic power.
 */
import { COUNTRY } from '../game/data/countries';
import type { LogEntry, LogEvent } from '../game/log';
import { type BlocDecisionId, CONCEPTS, type ConceptId, type CountryId, type DecisionRule } from '../game/types';
import { DECISION_RULE_WORD } from './words';

/** Kinds of key moment, in the order the debrief explains them. */
export const MOMENT_KINDS = ['veto', 'outvote', 'reform', 'integration', 'lure', 'breakaway', 'populist', 'slide'] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export interface KeyMoment {
  readonly kind: MomentKind;
  readonly round: number;
  readonly countries: readonly CountryId[];
  /** The concept the log entry itself carries. */
  readonly concept: ConceptId;
  /** One sentence in the game's terms. */
  readonly text: string;
  /** The log entry's index (for a replay to jump to). */
  readonly index: number;
  /** Votes: which decision (members vote against each kind for their own reasons). */
  readonly decision?: BlocDecisionId;
}

export const MOMENT_TITLE: Readonly<Record<MomentKind, string>> = {
  veto: 'Veto', outvote: 'Outvoted', reform: 'Reform vote', integration: 'Integration', lure: 'Ally lured away',
  breakaway: 'Breakaway', populist: 'Populist win', slide: 'Democratic slide',
};

const DECISION_NAME: Readonly<Record<BlocDecisionId, string>> = {
  integration: 'integration', sanction: 'sanction', 'common-statement': 'common statement',
  reform: 'reform of the voting rule', 'investment-agreement': 'investment agreement',
};

export const countryName = (id: CountryId): string => COUNTRY[id].name;

/** "A", "A and B", "A, B and C". */
export function listNames(ids: readonly CountryId[]): string {
  const names = ids.map(countryName);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const isSetup = (entry: LogEntry): boolean => entry.cause.kind === 'rules' && entry.cause.step === 'setup';

type Moment = Omit<KeyMoment, 'round' | 'concept' | 'index'>;

function blocMoment(e: Extract<LogEvent, { type: 'bloc-decision' }>): Moment | null {
  if (e.members === 0) return null;
  const name = DECISION_NAME[e.decision];
  const who = e.against.length > 0 ? `${listNames(e.against)} voted against` : 'no member voted against';
  if (e.decision === 'reform') {
    const outcome = e.passed ? 'the bloc adopted majority voting' : `the reform failed under ${DECISION_RULE_WORD[e.rule]}`;
    return { kind: 'reform', countries: e.against, decision: e.decision, text: `Reform of the voting rule: ${who}; ${outcome}.` };
  }
  if (e.passed) return null;
  return e.rule === 'unanimity'
    ? { kind: 'veto', countries: e.against, decision: e.decision, text: `The ${name} was vetoed: ${who} under unanimity.` }
    : { kind: 'outvote', countries: e.against, decision: e.decision, text: `The ${name} failed under majority voting: ${who}, too many for a double majority.` };
}

function momentOf(e: LogEvent): Moment | null {
  switch (e.type) {
    case 'bloc-decision': return blocMoment(e);
    case 'dem-tie':
      return e.to === 'member' ? { kind: 'integration', countries: [e.country], text: `${countryName(e.country)} joined the bloc as a member.` } : null;
    case 'action':
      return e.action === 'lure' && e.target
        ? { kind: 'lure', countries: [e.target], text: `The Autocratic power lured ${countryName(e.target)} away from its alliance.` }
        : null;
    case 'defection':
      return { kind: 'breakaway', countries: [e.country], text: `${countryName(e.country)}, coerced too far, broke with the Autocratic power.` };
    case 'election':
      return e.populist ? { kind: 'populist', countries: [e.country], text: `A populist won the election in ${countryName(e.country)}.` } : null;
    case 'regime':
      return e.from === 'democracy' && e.to !== 'democracy'
        ? { kind: 'slide', countries: [e.country], text: `${countryName(e.country)} slid from democracy to a ${e.to} regime.` }
        : null;
    default: return null;
  }
}

/** The game's key moments, in the order they happened (setup left out). */
export function keyMoments(log: readonly LogEntry[]): KeyMoment[] {
  const out: KeyMoment[] = [];
  log.forEach((entry, index) => {
    if (isSetup(entry)) return;
    const moment = momentOf(entry.event);
    if (moment) out.push({ ...moment, round: entry.round, concept: entry.concept, index });
  });
  return out;
}

/**
 * Did this entry change the position a player sees? The story report's definition: tracks, ties,
 * regimes, dependency, the decision rule, standing effects, a failed bloc decision (its effect did
 * not happen, which is the lesson) and a united-front bonus.
 */
export function isStateChange(entry: LogEntry): boolean {
  const e = entry.event;
  switch (e.type) {
    case 'track': case 'dem-tie': case 'aut-tie': case 'regime': case 'dependency': case 'decision-rule': case 'standing':
      return true;
    case 'bloc-decision': return !e.passed && e.members > 0;
    case 'score': return e.unitedFront;
    default: return false;
  }
}

export interface ConceptCoverage {
  /** Concepts with at least one state change, most shown first, with their counts. */
  readonly shown: readonly { readonly concept: ConceptId; readonly count: number }[];
  /** Concepts this game never showed, in the concept model's order. */
  readonly missing: readonly ConceptId[];
}

/** Which concepts the game showed ("showed": a state-changing log entry carrying it). */
export function conceptCoverage(log: readonly LogEntry[]): ConceptCoverage {
  const counts = new Map<ConceptId, number>();
  for (const entry of log) {
    if (!isSetup(entry) && isStateChange(entry)) counts.set(entry.concept, (counts.get(entry.concept) ?? 0) + 1);
  }
  const shown = CONCEPTS.filter((c) => counts.has(c)).map((concept) => ({ concept, count: counts.get(concept) ?? 0 }));
  shown.sort((a, b) => b.count - a.count);
  return { shown, missing: CONCEPTS.filter((c) => !counts.has(c)) };
}

/** A game's headline figures, for the side-by-side "what if". */
export interface GameFigures {
  readonly rule: DecisionRule;
  readonly winner: 'dem' | 'aut' | null;
  readonly worldOrder: number;
  /** The World Order after each round (index 0: round 1). */
  readonly curve: readonly number[];
  readonly vetoes: number;
  readonly outvotes: number;
  readonly integrations: number;
  readonly breakaways: number;
}

export function gameFigures(
  rule: DecisionRule,
  log: readonly LogEntry[],
  history: readonly { readonly worldOrder: number }[],
  result: { readonly winner: 'dem' | 'aut' | null; readonly worldOrder: number } | null,
): GameFigures {
  const moments = keyMoments(log);
  const count = (kind: MomentKind): number => moments.filter((m) => m.kind === kind).length;
  // A reform vote that failed is a veto or an outvote too.
  const failedReforms = (r: DecisionRule): number => log.filter((e) => !isSetup(e) && e.event.type === 'bloc-decision'
    && e.event.decision === 'reform' && !e.event.passed && e.event.members > 0 && e.event.rule === r).length;
  const curve = history.map((h) => h.worldOrder);
  return {
    rule,
    winner: result?.winner ?? null,
    worldOrder: result?.worldOrder ?? curve[curve.length - 1] ?? 0,
    curve,
    vetoes: count('veto') + failedReforms('unanimity'),
    outvotes: count('outvote') + failedReforms('majority'),
    integrations: count('integration'),
    breakaways: count('breakaway'),
  };
}
