/** Player-facing words for the rules' ids. */
import type { ActionId, AutTie, ConceptId, DemTie, FrameworkId, Regime, RegionId, Side, StandingId } from '../game';

export const SIDE_NAME: Readonly<Record<Side, string>> = { dem: 'Democratic bloc', aut: 'Autocratic power' };
export const SIDE_SHORT: Readonly<Record<Side, string>> = { dem: 'Democratic', aut: 'Autocratic' };

export const REGIME_NAME: Readonly<Record<Regime, string>> = { democracy: 'Democracy', hybrid: 'Hybrid', autocracy: 'Autocracy' };

export const REGION_NAME: Readonly<Record<RegionId, string>> = {
  europe: 'Europe', eurasia: 'Eurasia', 'indo-pacific': 'Indo-Pacific', 'middle-east': 'Middle East', africa: 'Africa', americas: 'Americas',
};

export const DEM_TIE_NAME: Readonly<Record<DemTie, string>> = { none: '—', partner: 'Partner', ally: 'Ally', member: 'Member' };
export const AUT_TIE_NAME: Readonly<Record<AutTie, string>> = { none: '—', deal: 'Deal', framework: 'Framework' };
export const FRAMEWORK_NAME: Readonly<Record<FrameworkId, string>> = { sco: 'SCO-like', cee: '16+1-like' };

export interface ActionLabel {
  readonly name: string;
  /** Cost and effect in a few words. */
  readonly summary: string;
}

export const ACTION_LABEL: Readonly<Record<ActionId, ActionLabel>> = {
  engage: { name: 'Engage', summary: '1 op (2 where leverage ≥ 3): trust +1, +1 more in a democracy' },
  ally: { name: 'Ally', summary: '2 ops: a partner with trust ≥ 3 becomes an ally' },
  integrate: { name: 'Integrate', summary: '3 ops, bloc decision: an ally with trust 5 becomes a member' },
  'counter-disinformation': { name: 'Counter disinformation', summary: '1 op: polarization −1' },
  diversify: { name: 'Diversify', summary: '2 ops and 2 capital: dependency −1' },
  sanction: { name: 'Sanction', summary: '2 ops, bloc decision: leverage −2, costs capital = dependency' },
  invest: { name: 'Invest', summary: '1 op and 1 capital: leverage +1, a deal where there was no tie' },
  coerce: { name: 'Coerce', summary: '1 op, needs leverage ≥ 2: trust −1, resentment +1' },
  disinform: { name: 'Disinform', summary: '1 op: polarization +1 in a democracy or hybrid' },
  framework: { name: 'Framework', summary: '2 ops, needs leverage ≥ 2: joins a framework' },
  lure: { name: 'Lure', summary: '3 ops: an ally whose leverage exceeds its trust drops to partner' },
};

/** A concept id as words ("unanimity-veto" → "unanimity veto"). */
export function conceptName(id: ConceptId): string {
  return id.replace(/-/g, ' ');
}

/** A signed number: "+3", "0", "−2". */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  return n < 0 ? `−${Math.abs(n)}` : '0';
}

/** Lasting card effects, as the status panel names them. */
export const STANDING_NAME: Readonly<Record<StandingId, string>> = {
  'platform-regulation': 'Platform regulation (Disinform costs 1 more op in members)',
  'task-force': 'Counter-disinformation task force (the next hybrid operation is exposed)',
  'un-shield': 'UN shield (the next sanction is cancelled)',
  'cai-ratified': 'Investment agreement ratified (+1 Autocratic income each round)',
};
