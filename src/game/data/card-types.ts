import type { LogReason } from '../log';
import type {
  AutTie, BlocDecisionId, ConceptId, CountryId, DecisionRule, DemTie, FrameworkId, Regime, RegionId, Side,
  StandingId, Track,
} from '../types';

/** Selects countries by their current state. Every listed field must match (fields are ANDed, list values ORed). */
export interface CountryFilter {
  readonly ids?: readonly CountryId[];
  readonly regions?: readonly RegionId[];
  readonly regimes?: readonly Regime[];
  readonly demTies?: readonly DemTie[];
  readonly autTies?: readonly AutTie[];
  readonly framework?: FrameworkId;
  /** Each listed track must be at least this. */
  readonly min?: Readonly<Partial<Record<Track, number>>>;
  /** Each listed track must be at most this. */
  readonly max?: Readonly<Partial<Record<Track, number>>>;
}

/** Which countries an effect acts on. */
export type Scope =
  | { readonly kind: 'target' }
  | { readonly kind: 'country'; readonly id: CountryId }
  | { readonly kind: 'each'; readonly filter: CountryFilter }
  /** One country drawn at random among those matching (world events). */
  | { readonly kind: 'random'; readonly filter: CountryFilter };

/** A test evaluated when the effect resolves. */
export type Condition =
  | { readonly test: 'target'; readonly filter: CountryFilter }
  | { readonly test: 'country'; readonly id: CountryId; readonly filter: CountryFilter }
  | { readonly test: 'standing'; readonly id: StandingId }
  | { readonly test: 'decision-rule'; readonly rule: DecisionRule };

/** Card effects as data, interpreted by `applyEffects` (effects.ts). */
export type Effect =
  | { readonly op: 'track'; readonly track: Track; readonly delta: number; readonly scope: Scope }
  | { readonly op: 'dem-tie'; readonly to: DemTie; readonly scope: Scope }
  | { readonly op: 'aut-tie'; readonly to: AutTie; readonly framework?: FrameworkId; readonly scope: Scope }
  | { readonly op: 'regime'; readonly to: Regime; readonly scope: Scope }
  | { readonly op: 'capital'; readonly side: Side; readonly delta: number }
  | { readonly op: 'dependency'; readonly delta: number }
  /** The Democratic side pays capital equal to its dependency (the price of principled moves). */
  | { readonly op: 'principled-cost' }
  | { readonly op: 'decision-rule'; readonly rule: DecisionRule }
  | { readonly op: 'standing'; readonly id: StandingId; readonly on: boolean }
  /** Put to the bloc's vote; `ifTrue` resolves only if it passes. */
  | { readonly op: 'bloc-decision'; readonly decision: BlocDecisionId; readonly ifTrue: readonly Effect[] }
  /** A random outcome; `note` names what the `ifTrue` branch means (for example `exposed`) in the log. */
  | {
      readonly op: 'chance';
      readonly chance: number;
      readonly ifTrue: readonly Effect[];
      readonly ifFalse: readonly Effect[];
      readonly note?: LogReason;
    }
  | { readonly op: 'when'; readonly cond: Condition; readonly ifTrue: readonly Effect[]; readonly ifFalse?: readonly Effect[] };

/** A card as data. */
export interface CardDef {
  readonly id: string;
  readonly side: Side | 'world';
  readonly title: string;
  /** Ops value 1–4 (world cards have 0: they are never played for ops). */
  readonly ops: number;
  /** The real-world example the card stands for, and where the article (or its references) discusses it. */
  readonly reference: string;
  readonly concept: ConceptId;
  /** When present, the event needs a target country that matches. */
  readonly target?: CountryFilter;
  readonly effects: readonly Effect[];
  /** A one-time event: the card leaves the game after its event is played. */
  readonly once?: boolean;
  /**
   * A pivotal card carries a moment of the record (in the spirit of Twilight Struggle's scoring
   * cards): it must be played for its event whenever the event can be played; only when it has no
   * legal target may it be played for its ops.
   */
  readonly pivotal?: boolean;
  /** One sentence: what the card does and why, in the game's terms. */
  readonly explanation: string;
}

/** Identity helper that keeps literal ids for the CardId union. */
export function defineCards<const T extends readonly CardDef[]>(cards: T): T {
  return cards;
}

// Small builders that keep card tables short and readable.
export const target: Scope = { kind: 'target' };
export const country = (id: CountryId): Scope => ({ kind: 'country', id });
export const each = (filter: CountryFilter): Scope => ({ kind: 'each', filter });
export const track = (t: Track, delta: number, scope: Scope): Effect => ({ op: 'track', track: t, delta, scope });
