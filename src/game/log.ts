import type { CardId } from './data/cards';
import type { ScoreLine } from './scoring';
import type { GameState } from './state';
import type {
  ActionId, AutTie, BlocDecisionId, ConceptId, CountryId, DecisionRule, DemTie, FrameworkId, Regime, Side,
  StandingId, Track,
} from './types';

/** Why a change happened: the action, card or rules step that caused it. */
export type LogCause =
  | { readonly kind: 'action'; readonly side: Side; readonly action: ActionId }
  | { readonly kind: 'card'; readonly side: Side | 'world'; readonly card: CardId }
  | { readonly kind: 'rules'; readonly step: RulesStep };

/** Steps of the round that change state without a player choosing them. */
export type RulesStep =
  | 'setup' | 'round-start' | 'income' | 'draw' | 'turn' | 'common-position' | 'upkeep' | 'coercion-check' | 'election'
  | 'scoring' | 'end-check' | 'standing';

/** A finer reason for a change, when the cause alone does not explain it. */
export type LogReason =
  | 'common-values'          // a democracy gained extra trust
  | 'polarization-blocks'    // polarization 3 stopped a trust gain
  | 'polarization-peaks'     // reaching polarization 3 cost trust
  | 'trust-too-low'          // upkeep demoted a tie
  | 'resentment-exceeds'     // coercion check: a coerced partner defects
  | 'coerced-to-the-limit'   // coercion check: resentment at its maximum, whatever the leverage
  | 'populist-result'
  | 'mainstream-result'
  | 'exposed'                // a covert operation was exposed
  | 'retaliation'            // a risky move drew a response
  | 'resilience'             // pushing democracy in an autocracy backfired
  | 'veto'
  | 'outvoted'               // under majority voting, most members voted against
  | 'no-members'             // the bloc has no members left to decide
  | 'sovereignty'            // an autocracy will not pool sovereignty
  | 'no-target';             // a world event found nothing to act on

/** What happened, as typed data. */
export type LogEvent =
  | { readonly type: 'setup'; readonly scenario: string; readonly lastRound: number }
  | { readonly type: 'round-start'; readonly round: number }
  | { readonly type: 'world-event'; readonly card: CardId; readonly next: CardId | null }
  | { readonly type: 'income'; readonly side: Side; readonly amount: number }
  | { readonly type: 'draw'; readonly side: Side; readonly count: number }
  | { readonly type: 'reshuffle'; readonly pile: Side | 'world'; readonly count: number }
  | { readonly type: 'card-played'; readonly side: Side; readonly card: CardId; readonly mode: 'event' | 'ops'; readonly target?: CountryId }
  | { readonly type: 'action'; readonly side: Side; readonly action: ActionId; readonly target?: CountryId; readonly ops: number }
  | { readonly type: 'pass'; readonly side: Side; readonly opsLost: number }
  | { readonly type: 'track'; readonly country: CountryId; readonly track: Track; readonly from: number; readonly to: number }
  | { readonly type: 'dem-tie'; readonly country: CountryId; readonly from: DemTie; readonly to: DemTie }
  | { readonly type: 'aut-tie'; readonly country: CountryId; readonly from: AutTie; readonly to: AutTie; readonly framework: FrameworkId | null }
  | { readonly type: 'regime'; readonly country: CountryId; readonly from: Regime; readonly to: Regime }
  | { readonly type: 'capital'; readonly side: Side; readonly from: number; readonly to: number }
  | { readonly type: 'dependency'; readonly from: number; readonly to: number }
  | { readonly type: 'decision-rule'; readonly from: DecisionRule; readonly to: DecisionRule }
  | { readonly type: 'standing'; readonly id: StandingId; readonly on: boolean }
  | {
      readonly type: 'bloc-decision';
      readonly decision: BlocDecisionId;
      readonly rule: DecisionRule;
      readonly passed: boolean;
      /** Members voting no (leverage at or above the veto threshold). */
      readonly against: readonly CountryId[];
      readonly members: number;
    }
  | { readonly type: 'election'; readonly country: CountryId; readonly populist: boolean }
  | { readonly type: 'defection'; readonly country: CountryId }
  | { readonly type: 'no-effect'; readonly country?: CountryId }
  /** A chance effect resolved: `hit` means its `ifTrue` branch happened. */
  | { readonly type: 'chance'; readonly hit: boolean }
  | {
      readonly type: 'score';
      readonly dem: number;
      readonly aut: number;
      readonly shift: number;
      readonly worldOrder: number;
      readonly unitedFront: boolean;
      /** Where the points came from (the rules' own breakdown, `scoreDetail`): they sum to `dem` and `aut`. */
      readonly lines: readonly ScoreLine[];
    }
  | { readonly type: 'game-over'; readonly winner: Side | null; readonly worldOrder: number; readonly reason: 'world-order-limit' | 'final-round' };

/** One line of the game log: what happened, why, and which concept it illustrates. */
export interface LogEntry {
  readonly round: number;
  readonly concept: ConceptId;
  readonly cause: LogCause;
  readonly event: LogEvent;
  readonly reason?: LogReason;
}

/** Appends one entry to the log. The only way anything is logged. */
export function addLog(
  G: GameState,
  cause: LogCause,
  concept: ConceptId,
  event: LogEvent,
  reason?: LogReason,
): void {
  const entry: LogEntry = reason
    ? { round: G.round, concept, cause, event, reason }
    : { round: G.round, concept, cause, event };
  G.log.push(entry);
}

export const RULES_CAUSE = {
  setup: { kind: 'rules', step: 'setup' },
  roundStart: { kind: 'rules', step: 'round-start' },
  income: { kind: 'rules', step: 'income' },
  draw: { kind: 'rules', step: 'draw' },
  turn: { kind: 'rules', step: 'turn' },
  commonPosition: { kind: 'rules', step: 'common-position' },
  upkeep: { kind: 'rules', step: 'upkeep' },
  coercionCheck: { kind: 'rules', step: 'coercion-check' },
  election: { kind: 'rules', step: 'election' },
  scoring: { kind: 'rules', step: 'scoring' },
  endCheck: { kind: 'rules', step: 'end-check' },
  standing: { kind: 'rules', step: 'standing' },
} as const satisfies Record<string, LogCause>;
