/**
 * What the board draws, derived from a PlayerView and the UI's highlight/selection: one spec per
 * country (fill, pattern, symbols, numbers, tooltip). Pure: no Phaser, no DOM, so it runs in node
 * tests; the scenes only turn these specs into sprites.
 */
import { COUNTRIES, type CountryInfo } from '../game/data/countries';
import { breaksAway, votesAgainst } from '../game/queries';
import { homeOf, isInPlay } from '../game/scenario-rules';
import { TRACK_MAX, type AutTie, type CountryId, type DecisionRule, type DemTie, type FrameworkId, type Regime, type RegionId, type Side } from '../game/types';
import type { CountryState } from '../game/state';
import type { PlayerView } from '../game/view';
import { DEM_TIE_NAME, FRAMEWORK_NAME, FRAMEWORK_SHORT, REGION_NAME, SIDE_NAME, TRACK_LETTER } from '../content/words';
import { countryConcepts, type ConceptTag } from './country-notes';
import { AUT_TIE_HATCH, BOARD_COLORS, DEM_TIE_FILL, HOME_FILL, REGIME_COLOR, REGION_TINT, TRACK_COLOR } from './palette';

/** The UI's part of what the board shows (mirrors BoardUiState in board-types.ts). */
export interface UiMarks {
  readonly highlighted: readonly CountryId[];
  readonly selected: CountryId | null;
}

/** The Autocratic tie as a pattern over the fill: a deal hatches one way, a framework both ways. */
export type FillPattern = 'none' | 'deal-hatch' | 'framework-crosshatch';

/** A badge symbol: each state shown by colour on the map also has one of these (shape + text). */
export type BadgeSymbol =
  | { readonly kind: 'dem-tie'; readonly tie: Exclude<DemTie, 'none'>; readonly text: string; readonly color: number }
  | { readonly kind: 'aut-tie'; readonly tie: Exclude<AutTie, 'none'>; readonly framework: FrameworkId | null; readonly text: string; readonly color: number }
  | { readonly kind: 'home'; readonly side: Side; readonly text: string; readonly color: number }
  | { readonly kind: 'veto'; readonly rule: DecisionRule; readonly text: string; readonly color: number };

/** A 0..max track shown as a number and pips. */
export interface TrackSpec {
  readonly value: number;
  readonly max: number;
  readonly color: number;
  /** One or two letters shown before the number (T, L). */
  readonly letter: string;
}

export interface CountrySpec {
  readonly id: CountryId;
  readonly name: string;
  /** Fits on a badge. */
  readonly shortName: string;
  readonly region: RegionId;
  /** The badge's paper: a pale tint per region. */
  readonly regionTint: number;
  readonly weight: number;
  readonly home: Side | null;
  readonly regime: Regime;
  /** D, H or A on a regime-coloured disc (democracy, hybrid, autocracy). */
  readonly regimeLetter: 'D' | 'H' | 'A';
  readonly regimeColor: number;
  readonly trust: TrackSpec;
  readonly leverage: TrackSpec;
  /** 0..3, drawn as that many marks (empty for autocracies, which do not polarize). */
  readonly polarization: number;
  readonly resentment: number;
  readonly demTie: DemTie;
  readonly autTie: AutTie;
  readonly framework: FrameworkId | null;
  /** Map fill. */
  readonly fill: number;
  readonly pattern: FillPattern;
  /** Colour of the pattern's lines. */
  readonly patternColor: number;
  /** Tie, home and veto chips, in badge order. */
  readonly chips: readonly BadgeSymbol[];
  /** A member that would vote against a bloc decision (leverage at the veto threshold). */
  readonly vetoRisk: boolean;
  /** False for a country out of play in this scenario: drawn greyed as backdrop, with no badge. */
  readonly inPlay: boolean;
  readonly highlighted: boolean;
  readonly selected: boolean;
  readonly tooltip: TooltipSpec;
}

export interface TooltipSpec {
  readonly title: string;
  readonly lines: readonly string[];
  readonly concepts: readonly ConceptTag[];
}

export interface BoardSpec {
  readonly countries: readonly CountrySpec[];
}

const SHORT_NAME: Partial<Record<CountryId, string>> = {
  GBR: 'UK', USA: 'USA', KOR: 'S. Korea', ZAF: 'S. Africa', SAU: 'Saudi Arabia',
};

const REGIME_LETTER: Readonly<Record<Regime, 'D' | 'H' | 'A'>> = { democracy: 'D', hybrid: 'H', autocracy: 'A' };

/** Everything the board draws for this view and these UI marks. */
export function buildBoardSpec(view: PlayerView, ui: UiMarks): BoardSpec {
  const highlighted = new Set(ui.highlighted);
  const rule = view.sides.dem.decisionRule;
  const countries = COUNTRIES.map((info) => {
    const placed = placedInfo(info, homeOf(view, info.id));
    return countrySpec(placed, view.countries[info.id], rule, highlighted.has(info.id), ui.selected === info.id, placed.home !== undefined || isInPlay(view, info.id));
  });
  return { countries };
}

/** The country's facts with the scenario's home (the Cold War puts the Autocratic side in Moscow). */
function placedInfo(info: CountryInfo, home: Side | null): CountryInfo {
  if ((info.home ?? null) === home) return info;
  const { home: _tableHome, ...rest } = info;
  return home ? { ...rest, home } : rest;
}

/** One country's spec. */
export function countrySpec(
  info: CountryInfo, cs: CountryState, rule: DecisionRule, highlighted: boolean, selected: boolean, inPlay = true,
): CountrySpec {
  if (!inPlay) return outOfPlaySpec(info, cs, rule);
  const home = info.home ?? null;
  const vetoRisk = votesAgainst(cs);
  const pattern: FillPattern = cs.autTie === 'deal' ? 'deal-hatch' : cs.autTie === 'framework' ? 'framework-crosshatch' : 'none';
  return {
    id: info.id,
    name: info.name,
    shortName: SHORT_NAME[info.id] ?? info.name,
    region: info.region,
    regionTint: REGION_TINT[info.region],
    weight: info.weight,
    home,
    regime: cs.regime,
    regimeLetter: REGIME_LETTER[cs.regime],
    regimeColor: REGIME_COLOR[cs.regime],
    trust: { value: cs.trust, max: 5, color: TRACK_COLOR.trust, letter: TRACK_LETTER.trust },
    leverage: { value: cs.leverage, max: 5, color: TRACK_COLOR.leverage, letter: TRACK_LETTER.leverage },
    polarization: cs.regime === 'autocracy' ? 0 : cs.polarization,
    resentment: cs.resentment,
    demTie: cs.demTie,
    autTie: cs.autTie,
    framework: cs.framework,
    fill: home ? HOME_FILL[home] : DEM_TIE_FILL[cs.demTie],
    pattern,
    patternColor: cs.autTie === 'none' ? 0 : AUT_TIE_HATCH[cs.autTie],
    chips: chipsOf(home, cs, vetoRisk, rule),
    vetoRisk,
    inPlay: true,
    highlighted,
    selected,
    tooltip: tooltipOf(info, cs, vetoRisk, rule),
  };
}

/** A country out of play: the backdrop's land colour, no pattern, no chips, a tooltip that says so. */
function outOfPlaySpec(info: CountryInfo, cs: CountryState, rule: DecisionRule): CountrySpec {
  const spec = countrySpec(info, cs, rule, false, false);
  return {
    ...spec,
    inPlay: false,
    fill: BOARD_COLORS.backdropLand,
    pattern: 'none',
    patternColor: 0,
    chips: [],
    vetoRisk: false,
    tooltip: { title: info.name, lines: ['Out of play in this scenario: never a target, never scores'], concepts: [] },
  };
}

function chipsOf(home: Side | null, cs: CountryState, vetoRisk: boolean, rule: DecisionRule): BadgeSymbol[] {
  const chips: BadgeSymbol[] = [];
  if (home) chips.push({ kind: 'home', side: home, text: home === 'dem' ? 'Dem. home' : 'Aut. home', color: HOME_FILL[home] });
  if (cs.demTie !== 'none') chips.push({ kind: 'dem-tie', tie: cs.demTie, text: DEM_TIE_NAME[cs.demTie], color: DEM_TIE_FILL[cs.demTie] });
  if (cs.autTie !== 'none') {
    const text = cs.autTie === 'deal' ? 'Deal' : cs.framework ? FRAMEWORK_SHORT[cs.framework] : 'Frame';
    chips.push({ kind: 'aut-tie', tie: cs.autTie, framework: cs.framework, text, color: AUT_TIE_HATCH[cs.autTie] });
  }
  if (vetoRisk) chips.push({ kind: 'veto', rule, text: rule === 'unanimity' ? 'Veto' : 'Votes no', color: AUT_TIE_HATCH.framework });
  return chips;
}

function tooltipOf(info: CountryInfo, cs: CountryState, vetoRisk: boolean, rule: DecisionRule): TooltipSpec {
  const lines = [
    `${REGION_NAME[info.region]} · weight ${info.weight} · ${cs.regime}`,
    `Trust ${cs.trust}/${TRACK_MAX.trust} · Leverage ${cs.leverage}/${TRACK_MAX.leverage}`,
  ];
  if (info.home) lines.push(`Home of the ${SIDE_NAME[info.home]}: never a target, never scores`);
  if (cs.demTie !== 'none') lines.push(`Democratic tie: ${cs.demTie === 'member' ? 'member (integrated)' : cs.demTie}`);
  if (cs.autTie !== 'none') lines.push(`Autocratic tie: ${cs.autTie === 'deal' ? 'bilateral deal' : cs.framework ? `${FRAMEWORK_NAME[cs.framework]} framework` : 'framework'}`);
  const resentment = `Resentment ${cs.resentment}/${TRACK_MAX.resentment}`;
  if (cs.regime !== 'autocracy' || cs.polarization > 0) lines.push(`Polarization ${cs.polarization}/${TRACK_MAX.polarization} · ${resentment}`);
  else lines.push(`${resentment} (autocracies do not polarize)`);
  // The rule itself is votesAgainst (leverage at the threshold and above trust); this says it in words.
  const cheerleader = `Leverage ${cs.leverage} above trust ${cs.trust}`;
  if (vetoRisk) lines.push(rule === 'unanimity' ? `${cheerleader}: can veto the bloc's line` : `${cheerleader}: votes against the bloc's line`);
  if (breaksAway(cs)) {
    lines.push(cs.resentment > cs.leverage ? 'Resentment exceeds leverage: will break away at resolution' : 'Coerced to the limit: will break away at resolution');
  }
  return { title: info.name, lines, concepts: countryConcepts(info, cs, vetoRisk, rule) };
}
