/**
 * Colours of the board. State colours come from the Okabe-Ito palette (safe for the common forms
 * of colour blindness); every state a colour shows is also shown by a symbol or a pattern.
 * Pure data: no Phaser.
 */
import type { AutTie, DemTie, Regime, RegionId, Side } from '../game/types';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

export const BOARD_COLORS = {
  ocean: 0xd3e2eb,
  graticule: 0xb7cbd8,
  backdropLand: 0xeae6dd,
  backdropBorder: 0xc4bcac,
  gameBorder: 0x5b6470,
  ink: 0x1c2430,
  inkMuted: 0x55606e,
  paper: 0xfcfbf8,
  paperEdge: 0x7a8493,
  /** Legal targets: yellow with a black dashed ring and stripes, never colour alone. */
  highlight: OKABE_ITO.yellow,
  selected: OKABE_ITO.black,
} as const;

/** Map fill by Democratic tie: deeper blue for deeper ties. */
export const DEM_TIE_FILL: Readonly<Record<DemTie, number>> = {
  none: 0xd8cfbd,
  partner: 0xa8d5f2,
  ally: OKABE_ITO.skyBlue,
  member: OKABE_ITO.blue,
};

/** Hatching colour by Autocratic tie (a deal hatches one way, a framework both ways). */
export const AUT_TIE_HATCH: Readonly<Record<Exclude<AutTie, 'none'>, number>> = {
  deal: OKABE_ITO.orange,
  framework: OKABE_ITO.vermillion,
};

export const HOME_FILL: Readonly<Record<Side, number>> = { dem: 0x004f7c, aut: 0xa94600 };

/** Track colours: trust is the Democratic side's, leverage the Autocratic side's. */
export const TRACK_COLOR = {
  trust: OKABE_ITO.blue,
  leverage: OKABE_ITO.orange,
  polarization: OKABE_ITO.reddishPurple,
  resentment: OKABE_ITO.vermillion,
} as const;

export const REGIME_COLOR: Readonly<Record<Regime, number>> = {
  democracy: OKABE_ITO.blue,
  hybrid: OKABE_ITO.reddishPurple,
  autocracy: OKABE_ITO.vermillion,
};

/**
 * Regions: a pale tint on each badge's paper and a deeper ink for the region's caption. Region is
 * never a state, and the caption and tooltip name it too.
 */
export const REGION_TINT: Readonly<Record<RegionId, number>> = {
  europe: 0xe4ecf8,
  eurasia: 0xeee4f6,
  'indo-pacific': 0xe0f1e6,
  'middle-east': 0xf6edd5,
  africa: 0xf8e6da,
  americas: 0xeaeed9,
};

export const REGION_INK: Readonly<Record<RegionId, number>> = {
  europe: 0x34527f,
  eurasia: 0x654585,
  'indo-pacific': 0x2a6e4c,
  'middle-east': 0x7d6219,
  africa: 0x8f4a2a,
  americas: 0x56632a,
};

/** Named board events: each has a colour and, on the board, a word and a ripple. */
export const EVENT_COLOR = {
  veto: OKABE_ITO.vermillion,
  defection: OKABE_ITO.bluishGreen,
  integration: OKABE_ITO.blue,
  populist: OKABE_ITO.reddishPurple,
} as const;

/** `#rrggbb` for a 0xRRGGBB number (Phaser Text wants CSS colours). */
export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** Linear blend of two 0xRRGGBB colours, t in [0, 1]. */
export function mixColor(from: number, to: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const ch = (shift: number): number => {
    const a = (from >> shift) & 0xff;
    const b = (to >> shift) & 0xff;
    return Math.round(a + (b - a) * k) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** Black or white, whichever reads better on the background (WCAG relative luminance). */
export function inkOn(background: number): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((background >> 16) & 0xff) + 0.7152 * lin((background >> 8) & 0xff) + 0.0722 * lin(background & 0xff);
  return l > 0.36 ? BOARD_COLORS.ink : 0xffffff;
}
