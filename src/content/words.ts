/**
 * The player-facing names of the rules' ids, in one place: every screen (the DOM pages in src/ui,
 * the board in src/render) takes its words from here, so a side, a tie or a framework is called
 * the same everywhere. Pure data, no DOM.
 */
import type { AiLevel } from '../ai/types';
import type { AutTie, DecisionRule, DemTie, FrameworkId, Regime, RegionId, Side, StandingId, Track } from '../game/types';

export const SIDE_NAME: Readonly<Record<Side, string>> = { dem: 'Democratic bloc', aut: 'Autocratic power' };
/** The side as an adjective ("Democratic home", "Autocratic tie"). */
export const SIDE_SHORT: Readonly<Record<Side, string>> = { dem: 'Democratic', aut: 'Autocratic' };

export const REGIME_NAME: Readonly<Record<Regime, string>> = { democracy: 'Democracy', hybrid: 'Hybrid', autocracy: 'Autocracy' };

export const REGION_NAME: Readonly<Record<RegionId, string>> = {
  europe: 'Europe', eurasia: 'Eurasia', 'indo-pacific': 'Indo-Pacific', 'middle-east': 'Middle East', africa: 'Africa', americas: 'Americas',
};

export const DEM_TIE_NAME: Readonly<Record<DemTie, string>> = { none: '—', partner: 'Partner', ally: 'Ally', member: 'Member' };
export const AUT_TIE_NAME: Readonly<Record<AutTie, string>> = { none: '—', deal: 'Deal', framework: 'Framework' };

/** The frameworks' names: "the SCO-like framework". */
export const FRAMEWORK_NAME: Readonly<Record<FrameworkId, string>> = { sco: 'SCO-like', cee: '16+1-like', pact: 'Warsaw Pact-like' };
/** The frameworks' names where room is short (a chip on a badge). */
export const FRAMEWORK_SHORT: Readonly<Record<FrameworkId, string>> = { sco: 'SCO', cee: '16+1', pact: 'Pact' };

/** A decision rule as a label ("Decision rule: Unanimity (veto)"). */
export const DECISION_RULE_NAME: Readonly<Record<DecisionRule, string>> = { unanimity: 'Unanimity (veto)', majority: 'Majority voting' };
/** A decision rule inside a sentence ("blocked under unanimity"). */
export const DECISION_RULE_WORD: Readonly<Record<DecisionRule, string>> = { unanimity: 'unanimity', majority: 'majority voting' };

export const TRACK_NAME: Readonly<Record<Track, string>> = {
  trust: 'Trust', leverage: 'Leverage', polarization: 'Polarization', resentment: 'Resentment',
};
/** A track's letter on the board's chips and floating deltas ("T3", "L −1"); the map key explains them. */
export const TRACK_LETTER: Readonly<Record<Track, string>> = { trust: 'T', leverage: 'L', polarization: 'P', resentment: 'R' };

export const AI_LEVEL_NAME: Readonly<Record<AiLevel, string>> = { easy: 'Easy', normal: 'Normal', hard: 'Hard' };

/** Lasting card effects: their names, and what each does while it stands (the status panel shows both). */
export const STANDING_NAME: Readonly<Record<StandingId, string>> = {
  'platform-regulation': 'Platform regulation',
  'task-force': 'Counter-disinformation task force',
  'cai-ratified': 'Investment agreement ratified',
  'coercion-ended': 'Coercion abandoned',
};
export const STANDING_EFFECT: Readonly<Record<StandingId, string>> = {
  'platform-regulation': 'Disinform costs 1 more op in members',
  'task-force': 'the next hybrid operation is exposed',
  'cai-ratified': '+1 Autocratic income each round',
  'coercion-ended': 'no revolt can be crushed any more',
};

/** A signed number with a true minus sign (U+2212), which reads better than a hyphen: "+3", "0", "−2". */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  return n < 0 ? `\u2212${-n}` : '0';
}

/** "1 op", "3 ops". */
export function opsWord(n: number): string {
  return `${n} op${n === 1 ? '' : 's'}`;
}
