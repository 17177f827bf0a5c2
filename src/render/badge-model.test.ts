import { describe, expect, it } from 'vitest';
import { COUNTRY, type CountryId, type CountryState, createAlea, createGame, viewFor } from '../game';
import { BADGE_LEFT, badgeChips, badgeKey, CHIP_H, layoutBadge, layoutChipRow, mapKey } from './badge-model';
import { BADGE } from './layout';
import { BOARD_COLORS, TRACK_COLOR } from './palette';
import { buildBoardSpec, countrySpec, type CountrySpec } from './view-model';

/** A fixed-width font: 5 world units a character. */
const measure = (text: string): number => text.length * 5;

function specOf(id: CountryId, patch: Partial<CountryState>, marks: { highlighted?: boolean; selected?: boolean } = {}): CountrySpec {
  const G = createGame(undefined, createAlea('badge-model'));
  const state = { ...G.countries[id], ...patch };
  return countrySpec(COUNTRY[id], state, 'unanimity', marks.highlighted ?? false, marks.selected ?? false);
}

describe('badge chips', () => {
  it('shows trust and leverage always (pale at zero), polarization and resentment only when set', () => {
    const { row2 } = badgeChips(specOf('EGY', { trust: 0, leverage: 2, polarization: 0, resentment: 0 }));
    expect(row2.map((c) => c.text)).toEqual(['T0', 'L2']);
    expect(row2[0]?.faint).toBe(true);
    expect(row2[1]?.faint).toBe(false);
    const busy = badgeChips(specOf('ITA', { regime: 'democracy', trust: 3, leverage: 1, polarization: 2, resentment: 1 })).row2;
    expect(busy.map((c) => c.text)).toEqual(['T3', 'L1', 'P2', 'R1']);
    expect(busy[3]?.outline).toBe(true);
  });

  it('moves the veto mark up to the track row and keeps ties and home below', () => {
    const { row2, row3 } = badgeChips(specOf('HUN', { demTie: 'member', autTie: 'framework', framework: 'cee', trust: 3, leverage: 4 }));
    expect(row2.map((c) => c.text)).toContain('Veto');
    expect(row3.map((c) => c.text)).toEqual(['Member', '16+1']);
    const partner = badgeChips(specOf('MEX', { demTie: 'partner', autTie: 'deal', framework: null })).row3;
    expect(partner.map((c) => [c.text, c.outline])).toEqual([['Partner', true], ['Deal', true]]);
  });

  it('lays chips left to right inside the badge, squeezing one that would overflow', () => {
    const chips = layoutChipRow([
      { text: 'T3', fill: TRACK_COLOR.trust },
      { text: 'L0', fill: TRACK_COLOR.leverage, faint: true },
      { text: 'Very long chip text', fill: TRACK_COLOR.polarization },
    ], 0, measure);
    expect(chips[0]?.x).toBe(BADGE_LEFT + 6);
    expect(chips[0]?.w).toBe(Math.max(CHIP_H + 4, 2 * 5 + 6));
    expect(chips[1]?.x).toBeCloseTo((chips[0]?.x ?? 0) + (chips[0]?.w ?? 0) + 2.5);
    expect(chips[1]?.ink).toBe(BOARD_COLORS.inkMuted);
    expect(chips[1]?.paint).not.toBe(TRACK_COLOR.leverage);
    expect(chips[2]?.scale).toBeLessThan(1);
    expect(chips[2]?.scale).toBeGreaterThanOrEqual(0.7);
    expect(chips[0]?.ink).toBe(0xffffff);
  });

  it('places two rows of chips on every badge of a real game', () => {
    const spec = buildBoardSpec(viewFor(createGame(undefined, createAlea('rows')), 'dem'), { highlighted: [], selected: null });
    for (const c of spec.countries) {
      const placed = layoutBadge(c, measure);
      expect(placed.length).toBeGreaterThanOrEqual(2);
      for (const chip of placed) expect(chip.y + chip.h).toBeLessThanOrEqual(BADGE.h / 2);
    }
  });
});

describe('repaint keys', () => {
  it('change for what the badge shows, not for the tooltip alone', () => {
    const base = specOf('GRC', { trust: 2 });
    expect(badgeKey(specOf('GRC', { trust: 2 }))).toBe(badgeKey(base));
    expect(badgeKey(specOf('GRC', { trust: 3 }))).not.toBe(badgeKey(base));
    expect(badgeKey(specOf('GRC', { trust: 2 }, { highlighted: true }))).not.toBe(badgeKey(base));
    expect(badgeKey(specOf('GRC', { trust: 2 }, { selected: true }))).not.toBe(badgeKey(base));
    expect(badgeKey(specOf('GRC', { trust: 2, regime: 'hybrid' }))).not.toBe(badgeKey(base));
  });

  it('map key follows fill and hatching only', () => {
    const base = specOf('EGY', { demTie: 'none', autTie: 'none', framework: null, trust: 0 });
    expect(mapKey(specOf('EGY', { demTie: 'none', autTie: 'none', framework: null, trust: 4 }))).toBe(mapKey(base));
    expect(mapKey(specOf('EGY', { demTie: 'partner', autTie: 'none', framework: null }))).not.toBe(mapKey(base));
    expect(mapKey(specOf('EGY', { demTie: 'none', autTie: 'deal', framework: null }))).not.toBe(mapKey(base));
  });
});
