/**
 * What a country's badge shows and where its chips go, in badge units (world units, origin at the
 * badge's centre). Pure: the scene paints these onto a canvas; tests run them in Node with a fake
 * text measure.
 */
import { BADGE } from './layout';
import { TRACK_LETTER } from '../content/words';
import { BOARD_COLORS, inkOn, mixColor, TRACK_COLOR } from './palette';
import type { BadgeSymbol, CountrySpec } from './view-model';

export const BADGE_LEFT = -BADGE.w / 2;
export const BADGE_TOP = -BADGE.h / 2;
/** Inner padding on the right. */
export const BADGE_PAD = 3;
/** Row pitch: the name row, then two rows of chips. */
const BADGE_ROW = 14;
export const CHIP_H = 11;
/** Font sizes (world units) of the badge's texts. */
export const BADGE_FONT = { name: 10, chip: 8, regime: 7.5 } as const;
/** Widest the name may be before it shrinks: after the glyph, before the weight pips. */
export const NAME_MAX_W = BADGE.w - 16 - BADGE_PAD - 3 * 5;

export interface Chip {
  readonly text: string;
  readonly fill: number;
  /** Outlined chips (partner, deal, resentment) read as lighter than filled ones. */
  readonly outline?: boolean;
  /** A zero value: drawn pale so the numbers that matter stand out. */
  readonly faint?: boolean;
}

/** A chip placed on the badge: its box (x, y, w, h), text scale, and colours. */
export interface PlacedChip extends Chip {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly scale: number;
  /** The chip's fill (pale for a zero value). */
  readonly paint: number;
  readonly ink: number;
}

/** Row 2 (tracks, plus the veto mark) and row 3 (ties and home) of a badge. */
export function badgeChips(spec: CountrySpec): { readonly row2: Chip[]; readonly row3: Chip[] } {
  const row2: Chip[] = [
    { text: `${spec.trust.letter}${spec.trust.value}`, fill: TRACK_COLOR.trust, faint: spec.trust.value === 0 },
    { text: `${spec.leverage.letter}${spec.leverage.value}`, fill: TRACK_COLOR.leverage, faint: spec.leverage.value === 0 },
  ];
  if (spec.polarization > 0) row2.push({ text: `${TRACK_LETTER.polarization}${spec.polarization}`, fill: TRACK_COLOR.polarization });
  if (spec.resentment > 0) row2.push({ text: `${TRACK_LETTER.resentment}${spec.resentment}`, fill: TRACK_COLOR.resentment, outline: true });
  const chip = (c: BadgeSymbol): Chip => ({
    text: c.text,
    fill: c.color,
    outline: (c.kind === 'dem-tie' && c.tie === 'partner') || (c.kind === 'aut-tie' && c.tie === 'deal'),
  });
  // The veto mark sits with the tracks (it is about leverage), the ties and home below.
  row2.push(...spec.chips.filter((c) => c.kind === 'veto').map(chip));
  const row3 = spec.chips.filter((c) => c.kind !== 'veto').map(chip);
  return { row2, row3 };
}

/**
 * Lays chips left to right from the badge's left edge, squeezing (down to 70 %) a chip that
 * would overflow the right edge. `measure` gives a text's width at the chip font size.
 */
export function layoutChipRow(chips: readonly Chip[], y: number, measure: (text: string) => number): PlacedChip[] {
  let x = BADGE_LEFT + 6;
  const maxRight = BADGE_LEFT + BADGE.w - BADGE_PAD;
  return chips.map((chip) => {
    const w = Math.max(CHIP_H + 4, measure(chip.text) + 6);
    const room = maxRight - x;
    const scale = w > room ? Math.max(0.7, room / w) : 1;
    const paint = chip.faint ? mixColor(chip.fill, BOARD_COLORS.paper, 0.72) : chip.fill;
    const ink = chip.faint ? BOARD_COLORS.inkMuted : inkOn(chip.outline ? BOARD_COLORS.paper : paint);
    const placed: PlacedChip = { ...chip, x, y, w: w * scale, h: CHIP_H, scale, paint, ink };
    x += w * scale + 2.5;
    return placed;
  });
}

/** Both chip rows of a badge, placed. */
export function layoutBadge(spec: CountrySpec, measure: (text: string) => number): PlacedChip[] {
  const { row2, row3 } = badgeChips(spec);
  return [
    ...layoutChipRow(row2, BADGE_TOP + BADGE_ROW + 1.5, measure),
    ...layoutChipRow(row3, BADGE_TOP + 2 * BADGE_ROW + 1, measure),
  ];
}

/**
 * Everything a badge's picture depends on, as a string: a badge is repainted only when this
 * changes (the tooltip and the map fill strip aside, nothing else is drawn on it).
 */
export function badgeKey(spec: CountrySpec): string {
  const chips = spec.chips.map((c) => `${c.kind}:${c.text}:${c.color}`).join(',');
  return [
    spec.shortName, spec.regionTint, spec.fill, spec.regime, spec.regimeColor, spec.weight, spec.trust.value, spec.leverage.value,
    spec.polarization, spec.resentment, chips, spec.highlighted ? 'h' : '', spec.selected ? 's' : '',
  ].join('|');
}

/** What the base map layer shows of a country: its fill and its Autocratic-tie hatching. */
export function mapKey(spec: CountrySpec): string {
  return `${spec.fill}|${spec.pattern}|${spec.patternColor}`;
}
