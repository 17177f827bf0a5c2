/**
 * The map key's list: what each fill, hatch, glyph and chip of the board means, with small SVG
 * swatches in the board's own colours. Built once per board by board-overlay.ts.
 */
import { CONCEPT_LABEL } from '../../content/concept-labels';
import {
  AUT_TIE_NAME, DEM_TIE_NAME, FRAMEWORK_SHORT, REGIME_NAME, SIDE_SHORT, TRACK_LETTER, TRACK_NAME,
} from '../../content/words';
import { REGIMES, REGIONS, type Track, TRACK_MAX } from '../../game/types';
import { hatchSegments } from '../map/geometry';
import {
  AUT_TIE_HATCH, BOARD_COLORS, css, DEM_TIE_FILL, REGIME_COLOR, REGION_INK, REGION_TINT, TRACK_COLOR,
} from '../palette';
import { FONT_FAMILY } from './text-kit';

/** The key: what each fill, hatch, glyph and chip means. Swatches are small SVGs in the board's colours. */
export function keyList(): HTMLUListElement {
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Map key');
  const c = (n: number): string => css(n);
  const rect = (fill: number): string => `<rect x="0.5" y="0.5" width="25" height="10" fill="${c(fill)}" stroke="${c(BOARD_COLORS.gameBorder)}" stroke-width="0.8"/>`;
  const hatch = (color: number, cross: boolean): string => {
    const box = [0, 0, 26, 0, 26, 11, 0, 11];
    let d = '';
    for (const slope of cross ? [-1, 1] : [-1]) {
      const s = hatchSegments([box], 3.4, slope);
      for (let i = 0; i + 3 < s.length; i += 4) d += `M${s[i]?.toFixed(2)} ${s[i + 1]?.toFixed(2)}L${s[i + 2]?.toFixed(2)} ${s[i + 3]?.toFixed(2)}`;
    }
    return `${rect(DEM_TIE_FILL.none)}<path d="${d}" stroke="${c(color)}" stroke-width="1.1"/>`;
  };
  const chip = (color: number, label: string, outline = false): string =>
    (outline
      ? `<rect x="0.7" y="0.7" width="24.6" height="9.6" rx="3" fill="none" stroke="${c(color)}" stroke-width="1.4"/>`
      : `<rect x="0" y="0" width="26" height="11" rx="3" fill="${c(color)}"/>`)
    + `<text x="13" y="8.3" text-anchor="middle" font-size="7.5" font-weight="bold" font-family="${FONT_FAMILY.replace(/"/g, '&quot;')}" fill="${outline ? c(BOARD_COLORS.ink) : '#fff'}">${label}</text>`;
  const regimes = `<circle cx="4.5" cy="5.5" r="4.5" fill="${c(REGIME_COLOR.democracy)}"/>`
    + `<path d="M13 0L18.5 5.5L13 11L7.5 5.5Z" fill="${c(REGIME_COLOR.hybrid)}"/>`
    + `<rect x="19.5" y="1.5" width="6.5" height="8" fill="${c(REGIME_COLOR.autocracy)}"/>`;
  const pips = [0, 1, 2].map((i) => `<path d="M${4 + i * 6} 2.5L${6.5 + i * 6} 5.5L${4 + i * 6} 8.5L${1.5 + i * 6} 5.5Z" fill="${c(BOARD_COLORS.inkMuted)}"/>`).join('');
  const target = `<rect x="0" y="0" width="26" height="11" fill="${c(BOARD_COLORS.highlight)}"/>`
    + `<path d="M0 0.6H26M0 10.4H26" stroke="${c(BOARD_COLORS.ink)}" stroke-width="1.2" stroke-dasharray="3 3"/>`
    + `<path d="M0 5.5H26" stroke="${c(BOARD_COLORS.ink)}" stroke-opacity="0.6"/>`;
  const selected = `<rect x="1.2" y="1.2" width="23.6" height="8.6" rx="3" fill="none" stroke="${c(BOARD_COLORS.selected)}" stroke-width="2.4"/>`;
  const tints = REGIONS.map((region, i) =>
    `<rect x="${0.3 + i * 4.3}" y="0.3" width="3.8" height="10.4" fill="${c(REGION_TINT[region])}" stroke="${c(REGION_INK[region])}" stroke-width="0.6"/>`).join('');
  const tie = (name: string, concept: string): string => `${name} (${concept.toLowerCase()})`;
  const track = (t: Track, example: number, outline = false): [string, string] =>
    [chip(TRACK_COLOR[t], `${TRACK_LETTER[t]}${example}`, outline), `${TRACK_NAME[t]} (0–${TRACK_MAX[t]})`];
  const rows: Array<[string, string]> = [
    [rect(DEM_TIE_FILL.none), `No ${SIDE_SHORT.dem} tie`],
    [rect(DEM_TIE_FILL.partner), tie(DEM_TIE_NAME.partner, CONCEPT_LABEL.cooperation)],
    [rect(DEM_TIE_FILL.ally), tie(DEM_TIE_NAME.ally, CONCEPT_LABEL.alliance)],
    [rect(DEM_TIE_FILL.member), tie(DEM_TIE_NAME.member, CONCEPT_LABEL.integration)],
    [hatch(AUT_TIE_HATCH.deal, false), `${SIDE_SHORT.aut} ${AUT_TIE_NAME.deal.toLowerCase()}`],
    [hatch(AUT_TIE_HATCH.framework, true), `${AUT_TIE_NAME.framework} (${FRAMEWORK_SHORT.sco}, ${FRAMEWORK_SHORT.cee})`],
    [regimes, REGIMES.map((r) => REGIME_NAME[r]).join(' · ')],
    track('trust', 3),
    track('leverage', 2),
    track('polarization', 2),
    track('resentment', 1, true),
    [chip(AUT_TIE_HATCH.framework, 'Veto'), 'Member that can veto'],
    [pips, 'Weight (scoring ×1–3)'],
    [target, 'Legal target (striped)'],
    [selected, 'Selected'],
    [tints, 'Badge tint: region'],
  ];
  for (const [swatch, label] of rows) {
    const li = document.createElement('li');
    li.innerHTML = `<svg viewBox="0 0 26 11" aria-hidden="true" focusable="false">${swatch}</svg>`;
    li.append(label);
    list.append(li);
  }
  return list;
}
