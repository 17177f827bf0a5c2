/**
 * From one PlayerView to the next: the typed animation events the board plays. State changes
 * (tracks, ties, regimes, the World Order) come from comparing the two views; named moments
 * (veto, defection, integration, populist election) come from the log entries appended since
 * the old view. Pure.
 */
import { COUNTRIES } from '../game/data/countries';
import type { LogEntry } from '../game/log';
import type { CountryState } from '../game/state';
import type { AutTie, BlocDecisionId, CountryId, DecisionRule, DemTie, FrameworkId, Regime, Track } from '../game/types';
import type { PlayerView } from '../game/view';

export type BoardEvent =
  | { readonly kind: 'track'; readonly country: CountryId; readonly track: Track; readonly from: number; readonly to: number }
  | { readonly kind: 'dem-tie'; readonly country: CountryId; readonly from: DemTie; readonly to: DemTie }
  | { readonly kind: 'aut-tie'; readonly country: CountryId; readonly from: AutTie; readonly to: AutTie; readonly framework: FrameworkId | null }
  | { readonly kind: 'regime'; readonly country: CountryId; readonly from: Regime; readonly to: Regime }
  | {
      readonly kind: 'veto';
      readonly decision: BlocDecisionId;
      readonly rule: DecisionRule;
      /** Members that voted against. */
      readonly against: readonly CountryId[];
      /** The country the failed decision was about, when the log names one. */
      readonly target: CountryId | null;
    }
  | { readonly kind: 'defection'; readonly country: CountryId }
  | { readonly kind: 'integration'; readonly country: CountryId }
  | { readonly kind: 'populist-election'; readonly country: CountryId }
  | { readonly kind: 'world-order'; readonly from: number; readonly to: number };

export type BoardEventKind = BoardEvent['kind'];

/** Named moments are the ones the board labels on a country (veto, defection, integration, populist election). */
export const NAMED_EVENTS: readonly BoardEventKind[] = ['veto', 'defection', 'integration', 'populist-election'];

const TRACKS: readonly Track[] = ['trust', 'leverage', 'polarization', 'resentment'];

/**
 * Events that turn `before` into `after`, named moments first (in log order), then state changes
 * in board order, then the World Order. Returns [] for the first view, and when the log did not
 * grow by appending (a new game, a replaced match): the board then simply redraws.
 */
export function diff(before: PlayerView | null, after: PlayerView): BoardEvent[] {
  if (!before || !isContinuation(before, after)) return [];
  const fresh = after.log.slice(before.log.length);
  const named = namedEvents(fresh, before.log);
  const changes = COUNTRIES.flatMap(({ id }) => countryEvents(id, before.countries[id], after.countries[id]));
  // Every new member is an integration moment, even one whose log line is missing (defensive).
  const unlogged = changes.flatMap((e): BoardEvent[] =>
    e.kind === 'dem-tie' && e.to === 'member' && !named.some((n) => n.kind === 'integration' && n.country === e.country)
      ? [{ kind: 'integration', country: e.country }]
      : [],
  );
  const events: BoardEvent[] = [...named, ...unlogged, ...changes];
  if (before.worldOrder !== after.worldOrder) events.push({ kind: 'world-order', from: before.worldOrder, to: after.worldOrder });
  return events;
}

/** The new view extends the old one: same match, log only appended to. */
function isContinuation(before: PlayerView, after: PlayerView): boolean {
  if (after.log.length < before.log.length) return false;
  if (before.log.length === 0) return true;
  const i = before.log.length - 1;
  return JSON.stringify(before.log[i]) === JSON.stringify(after.log[i]);
}

function countryEvents(id: CountryId, a: CountryState, b: CountryState): BoardEvent[] {
  const out: BoardEvent[] = [];
  if (a.demTie !== b.demTie) out.push({ kind: 'dem-tie', country: id, from: a.demTie, to: b.demTie });
  if (a.autTie !== b.autTie || a.framework !== b.framework) {
    out.push({ kind: 'aut-tie', country: id, from: a.autTie, to: b.autTie, framework: b.framework });
  }
  if (a.regime !== b.regime) out.push({ kind: 'regime', country: id, from: a.regime, to: b.regime });
  for (const track of TRACKS) if (a[track] !== b[track]) out.push({ kind: 'track', country: id, track, from: a[track], to: b[track] });
  return out;
}

/** Veto, defection, integration and populist election, from the appended log entries. */
function namedEvents(fresh: readonly LogEntry[], earlier: readonly LogEntry[]): BoardEvent[] {
  const out: BoardEvent[] = [];
  fresh.forEach((entry, i) => {
    const e = entry.event;
    switch (e.type) {
      case 'bloc-decision':
        // A failed decision with nobody against means the bloc had no members: no veto.
        if (!e.passed && e.against.length > 0) {
          out.push({ kind: 'veto', decision: e.decision, rule: e.rule, against: [...e.against], target: decisionTarget(fresh, i, earlier) });
        }
        break;
      case 'defection':
        out.push({ kind: 'defection', country: e.country });
        break;
      case 'dem-tie':
        if (e.to === 'member' && e.from !== 'member') out.push({ kind: 'integration', country: e.country });
        break;
      case 'election':
        if (e.populist) out.push({ kind: 'populist-election', country: e.country });
        break;
      default:
        break;
    }
  });
  return out;
}

/** The target of the action or card that put a decision to the vote: the nearest earlier targeted entry. */
function decisionTarget(fresh: readonly LogEntry[], index: number, earlier: readonly LogEntry[]): CountryId | null {
  const history = [...earlier, ...fresh.slice(0, index)];
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]?.event;
    if (!e) break;
    if (e.type === 'action' || e.type === 'card-played') return e.target ?? null;
    if (e.type === 'round-start') break;
  }
  return null;
}
