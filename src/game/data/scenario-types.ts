import type { CardId } from './cards';
import type { CountryState } from '../state';
import type { ConceptId, CountryId, DecisionRule, FrameworkId, RegionId, Side } from '../types';

/** A starting position as data: later scenarios add a file like this, not code. */
export interface ScenarioDef {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly summary: string;
  /** Rounds before the final-round end check. */
  readonly rounds: number;
  readonly worldOrder: number;
  readonly capital: Readonly<Record<Side, number>>;
  /** Defaults of the rule options; setupData may override them. */
  readonly decisionRule: DecisionRule;
  readonly dependency: number;
  /**
   * Where the bloc's union can integrate: countries of these regions (a European-style union takes
   * no Japan or India), except those listed as staying outside it (the UK after Brexit).
   */
  readonly integration: { readonly regions: readonly RegionId[]; readonly outside: readonly CountryId[] };
  /** Per-country starting state. Unlisted fields take the neutral value; regime defaults to the country table. */
  readonly countries: Readonly<Partial<Record<CountryId, Readonly<Partial<CountryState>>>>>;
  /** The concepts this scenario sets out to teach (the story tool checks each one shows up in play). */
  readonly teaches: readonly ConceptId[];
  /** Card lists; default: the full decks. */
  readonly decks?: Readonly<{ dem?: readonly CardId[]; aut?: readonly CardId[]; world?: readonly CardId[] }>;
  /**
   * The countries in play; default: every country but the homes. The others are out of play: no
   * card or action can target them, no effect reaches them, they never score, vote or pay income,
   * and the map draws them greyed. They start neutral (the scenario lists no state for them).
   */
  readonly inPlay?: readonly CountryId[];
  /** Largest move of the World Order in one round's scoring; default RULES.maxShiftPerRound. */
  readonly maxShiftPerRound?: number;
  /** Democratic points for each region held at scoring; default RULES.scoring.regionMajority. */
  readonly regionMajority?: number;
  /** Action turns per side per round; default RULES.turnsPerRound. */
  readonly turnsPerRound?: number;
  /**
   * World events in the order of the record instead of a shuffled world deck (`decks.world` is
   * then unused): one entry a round, a card or the cards that share that round (resolved in their
   * order at its start). The schedule is public: the AI sees it as the players do.
   */
  readonly worldSchedule?: readonly ScheduledRound[];
  /**
   * Each side's home on the board; default: the country table's (the United States and China).
   * A home is never in play. (The Cold War puts the Autocratic side in Moscow.)
   */
  readonly homes?: Readonly<Record<Side, CountryId>>;
  /**
   * The frameworks a country can join during play (the Framework action); default: the SCO and the
   * 16+1. The Cold War has only Moscow's camp: neither forum existed.
   */
  readonly joinableFrameworks?: readonly FrameworkId[];
  /** The Autocratic side leads a coerced bloc of its own (see AutBlocRules). */
  readonly autBloc?: AutBlocRules;
  /**
   * Who acts first in a round; default 'autocratic-first' (every round). Under 'alternate' the
   * Autocratic side opens the odd rounds and the Democratic side the even ones, so the last word
   * before the round's resolution (the common position's vote, the coercion check, scoring) does
   * not always fall to the same side.
   */
  readonly initiative?: Initiative;
}

export type Initiative = 'autocratic-first' | 'alternate';

/** One round of a world schedule: its world event, or the events that share the round, in order. */
export type ScheduledRound = CardId | readonly CardId[];

/**
 * A bloc held by coercion (the Warsaw Pact): its members are the countries the scenario puts in
 * `framework` (only as the framework's reach allows). Each keeps the common rule that a country whose
 * resentment exceeds the leverage over it breaks away at resolution; the Autocratic side can crush
 * a member's revolt (the Crush action, RULES.crush), as Moscow did in Hungary (1956) and
 * Czechoslovakia (1968), at a price.
 */
export interface AutBlocRules {
  readonly framework: FrameworkId;
  /**
   * The bloc breaks only from within: the Sanction action and the sanction cards (coercion that
   * cuts the leverage over its target) cannot target the bloc's members (`sanctionShieldRefusal`).
   * The Cold War's Warsaw Pact "fell apart as soon as the Soviet Union could not maintain its
   * coercion" (the article), not under the West's embargo.
   */
  readonly shieldedFromSanctions?: boolean;
}
