import type { CardId } from './data/cards';
import type { LogEntry } from './log';
import type { ScenarioId } from './data/scenarios';
import type {
  AutTie, CountryId, DecisionRule, DemTie, FrameworkId, Regime, Seat, Side, StandingId,
} from './types';

/** Per-country state (GAME.md section 2). */
export interface CountryState {
  /** 0–5: the Democratic side's trust with this country. */
  trust: number;
  /** 0–5: the Autocratic side's economic and political leverage over it. */
  leverage: number;
  demTie: DemTie;
  autTie: AutTie;
  /** Which framework, when `autTie` is `framework`; otherwise null. */
  framework: FrameworkId | null;
  /** 0–3: only democracies and hybrids polarize. */
  polarization: number;
  /** 0–3: left behind by coercion. */
  resentment: number;
  regime: Regime;
}

/** What each side holds. Hands and decks are secret; discards and removed cards are public. */
export interface SideState {
  capital: number;
  hand: CardId[];
  /** Draw pile, top first. Its order is secret even from its owner. */
  deck: CardId[];
  discard: CardId[];
  /** Cards whose one-time event took them out of the game. */
  removed: CardId[];
}

export interface DemSideState extends SideState {
  /** 0–5: dependence of the Democratic economy on the Autocratic one. */
  dependency: number;
  decisionRule: DecisionRule;
}

/** A card played for its ops whose ops are still being spent. */
export interface PendingOps {
  side: Side;
  card: CardId;
  opsLeft: number;
}

/** What happened this round that scoring needs. Reset at the start of every round. */
export interface RoundTally {
  /** Bloc decisions blocked by a veto. */
  vetoes: number;
  /** Weight of members and allies lost (each demotion counts its country's weight). */
  lostWeight: number;
  /** Members lost this round (breaks the united front). */
  membersLost: number;
}

/** One round's scoring, kept for the debrief. */
export interface RoundRecord {
  round: number;
  dem: number;
  aut: number;
  shift: number;
  worldOrder: number;
}

export interface GameResult {
  winner: Side | null;
  reason: 'world-order-limit' | 'final-round';
  worldOrder: number;
}

/** Rule options chosen at setup (resolved, never undefined). */
export interface RuleOptions {
  decisionRule: DecisionRule;
  dependency: number;
}

/** The whole game state: plain JSON, no functions, no classes. */
export interface GameState {
  scenario: ScenarioId;
  options: RuleOptions;
  seats: Record<Side, Seat>;
  round: number;
  lastRound: number;
  /** The side whose turn it is. */
  active: Side;
  /** Action turns each side has taken this round. */
  turns: Record<Side, number>;
  pending: PendingOps | null;
  countries: Record<CountryId, CountryState>;
  sides: { dem: DemSideState; aut: SideState };
  world: {
    /** Secret order. */
    deck: CardId[];
    /** The face-up event that the next round starts with. */
    upcoming: CardId | null;
    discard: CardId[];
  };
  standing: StandingId[];
  tally: RoundTally;
  /** −20…+20; positive favours the Democratic side. */
  worldOrder: number;
  history: RoundRecord[];
  log: LogEntry[];
  result: GameResult | null;
}
