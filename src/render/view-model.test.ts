import { describe, expect, it } from 'vitest';
import { COUNTRIES, type CountryId, type CountryState, createAlea, createGame, type GameState, viewFor } from '../game';
import { CONCEPTS } from '../game/types';
import { AUT_TIE_HATCH, DEM_TIE_FILL, HOME_FILL, OKABE_ITO, inkOn, mixColor } from './palette';
import { buildBoardSpec, type CountrySpec, type UiMarks } from './view-model';

const NO_MARKS: UiMarks = { highlighted: [], selected: null };

/** A fresh game with the positions these tests read set explicitly (scenarios get retuned). */
function game(): GameState {
  const G = createGame(undefined, createAlea('view-model'));
  const set = (id: CountryId, patch: Partial<CountryState>): void => {
    G.countries[id] = { ...G.countries[id], ...patch };
  };
  const none = { demTie: 'none', autTie: 'none', framework: null, polarization: 0, resentment: 0 } as const;
  // Greece and Hungary are cheerleaders: leverage 4 above their trust of 3.
  set('GRC', { ...none, demTie: 'member', autTie: 'framework', framework: 'cee', trust: 3, leverage: 4 });
  set('HUN', { ...none, demTie: 'member', autTie: 'framework', framework: 'cee', trust: 3, leverage: 4, polarization: 2, regime: 'hybrid' });
  set('POL', { ...none, demTie: 'member', autTie: 'framework', framework: 'cee', leverage: 1 });
  set('DEU', { ...none, demTie: 'member', leverage: 2 });
  set('EGY', { ...none, autTie: 'deal', leverage: 1 });
  set('ETH', { ...none, autTie: 'deal', leverage: 3 });
  set('GBR', { ...none, demTie: 'ally', trust: 4 });
  set('MEX', { ...none, demTie: 'partner', trust: 2 });
  set('IND', { ...none, demTie: 'partner', autTie: 'framework', framework: 'sco', regime: 'democracy' });
  set('SAU', { ...none, leverage: 1 });
  set('RUS', { ...none, autTie: 'framework', framework: 'sco', leverage: 3, regime: 'autocracy' });
  set('PAK', { ...none, trust: 0, leverage: 4 });
  G.sides.dem.decisionRule = 'unanimity';
  G.sides.dem.dependency = 3;
  return G;
}

function spec(G: GameState, marks: UiMarks = NO_MARKS) {
  return buildBoardSpec(viewFor(G, 'dem'), marks);
}

const byId = (list: readonly CountrySpec[], id: string): CountrySpec => {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error(`no spec for ${id}`);
  return found;
};

describe('buildBoardSpec: countries', () => {
  it('gives every one of the 34 countries a spec, in board order', () => {
    const s = spec(game());
    expect(s.countries.map((c) => c.id)).toEqual(COUNTRIES.map((c) => c.id));
    expect(s.countries).toHaveLength(34);
  });

  it('fills by Democratic tie and hatches by Autocratic tie', () => {
    const s = spec(game());
    const grc = byId(s.countries, 'GRC'); // member, in the 16+1-like framework
    expect(grc.fill).toBe(DEM_TIE_FILL.member);
    expect(grc.pattern).toBe('framework-crosshatch');
    expect(grc.patternColor).toBe(AUT_TIE_HATCH.framework);
    const egy = byId(s.countries, 'EGY'); // no Democratic tie, a deal
    expect(egy.fill).toBe(DEM_TIE_FILL.none);
    expect(egy.pattern).toBe('deal-hatch');
    expect(byId(s.countries, 'GBR').fill).toBe(DEM_TIE_FILL.ally);
    expect(byId(s.countries, 'MEX').fill).toBe(DEM_TIE_FILL.partner);
    expect(byId(s.countries, 'SAU').pattern).toBe('none');
  });

  it('uses Okabe-Ito colours for the tie states', () => {
    const palette = new Set<number>(Object.values(OKABE_ITO));
    expect(palette.has(DEM_TIE_FILL.ally)).toBe(true);
    expect(palette.has(DEM_TIE_FILL.member)).toBe(true);
    expect(palette.has(AUT_TIE_HATCH.deal)).toBe(true);
    expect(palette.has(AUT_TIE_HATCH.framework)).toBe(true);
  });

  it('backs every coloured state with a symbol: tie chips with words, regime letters, marks', () => {
    const s = spec(game());
    for (const c of s.countries) {
      const demChip = c.chips.find((x) => x.kind === 'dem-tie');
      const autChip = c.chips.find((x) => x.kind === 'aut-tie');
      expect(Boolean(demChip)).toBe(c.demTie !== 'none');
      expect(Boolean(autChip)).toBe(c.autTie !== 'none');
      for (const chip of c.chips) expect(chip.text.length).toBeGreaterThan(0);
      expect(c.regimeLetter).toBe({ democracy: 'D', hybrid: 'H', autocracy: 'A' }[c.regime]);
    }
    expect(byId(s.countries, 'POL').chips.map((x) => x.text)).toEqual(['Member', '16+1']);
    expect(byId(s.countries, 'IND').chips.map((x) => x.text)).toEqual(['Partner', 'SCO']);
    expect(byId(s.countries, 'HUN').polarization).toBe(2);
  });

  it('flags members that can veto under unanimity, with a chip and a concept', () => {
    const s = spec(game());
    const grc = byId(s.countries, 'GRC');
    expect(grc.vetoRisk).toBe(true);
    expect(grc.chips.some((x) => x.kind === 'veto' && x.text === 'Veto')).toBe(true);
    expect(grc.tooltip.concepts[0]?.id).toBe('unanimity-veto');
    expect(byId(s.countries, 'DEU').vetoRisk).toBe(false);
    expect(byId(s.countries, 'RUS').vetoRisk).toBe(false); // not a member
    // A member that trusts the bloc as much as it depends on the rival stays with it.
    const G = game();
    G.countries.GRC.leverage = 3;
    expect(byId(spec(G).countries, 'GRC').vetoRisk).toBe(false);
  });

  it('says "votes no" instead of veto under majority voting', () => {
    const G = game();
    G.sides.dem.decisionRule = 'majority';
    const grc = byId(spec(G).countries, 'GRC');
    expect(grc.chips.find((x) => x.kind === 'veto')?.text).toBe('Votes no');
    expect(grc.tooltip.concepts[0]?.id).toBe('qualified-majority');
  });

  it('marks homes and gives them their own fill', () => {
    const s = spec(game());
    const usa = byId(s.countries, 'USA');
    const chn = byId(s.countries, 'CHN');
    expect(usa.home).toBe('dem');
    expect(usa.fill).toBe(HOME_FILL.dem);
    expect(chn.fill).toBe(HOME_FILL.aut);
    expect(chn.chips[0]?.kind).toBe('home');
    expect(usa.tooltip.lines.join(' ')).toMatch(/never a target/);
  });

  it('carries trust and leverage as numbers out of 5', () => {
    const s = spec(game());
    const pak = byId(s.countries, 'PAK');
    expect(pak.leverage).toMatchObject({ value: 4, max: 5, letter: 'L' });
    expect(pak.trust).toMatchObject({ value: 0, max: 5, letter: 'T' });
    expect(pak.tooltip.lines).toContain('Trust 0/5 · Leverage 4/5');
  });

  it('hides polarization for autocracies', () => {
    const G = game();
    G.countries.RUS.polarization = 2;
    expect(byId(spec(G).countries, 'RUS').polarization).toBe(0);
  });

  it('applies highlight and selection from the UI state only', () => {
    const s = spec(game(), { highlighted: ['GRC', 'HUN'], selected: 'HUN' });
    expect(s.countries.filter((c) => c.highlighted).map((c) => c.id)).toEqual(['GRC', 'HUN']);
    expect(s.countries.filter((c) => c.selected).map((c) => c.id)).toEqual(['HUN']);
  });

  it('tags each tooltip with 1 to 3 known concept ids, and warns of a coming defection', () => {
    const G = game();
    G.countries.ETH.resentment = 3;
    G.countries.ETH.leverage = 2;
    const s = spec(G);
    for (const c of s.countries) {
      expect(c.tooltip.concepts.length).toBeGreaterThan(0);
      expect(c.tooltip.concepts.length).toBeLessThanOrEqual(3);
      for (const tag of c.tooltip.concepts) expect(CONCEPTS).toContain(tag.id);
    }
    const eth = byId(s.countries, 'ETH');
    expect(eth.tooltip.concepts[0]?.id).toBe('coerced-bloc-collapse');
    expect(eth.tooltip.lines.join(' ')).toMatch(/Resentment exceeds leverage: will break away/);
  });

  // Regression: the tooltip showed resentment out of 3 (its maximum is 5) and said nothing of a
  // country coerced to the limit, which breaks away even with leverage above its resentment.
  it('shows resentment out of its maximum and names the limit as a reason to break away', () => {
    const G = game();
    G.countries.ETH.resentment = 5;
    G.countries.ETH.leverage = 5;
    const eth = byId(spec(G).countries, 'ETH');
    expect(eth.tooltip.lines.join(' ')).toMatch(/Resentment 5\/5/);
    expect(eth.tooltip.lines).toContain('Coerced to the limit: will break away at resolution');
    G.countries.ETH.resentment = 4;
    expect(byId(spec(G).countries, 'ETH').tooltip.lines.join(' ')).not.toMatch(/break away/);
  });

  it('says why a cheerleader votes against: its leverage above its trust', () => {
    expect(byId(spec(game()).countries, 'GRC').tooltip.lines).toContain("Leverage 4 above trust 3: can veto the bloc's line");
  });
});

describe('palette helpers', () => {
  it('mixes colours and picks readable ink', () => {
    expect(mixColor(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mixColor(0x123456, 0x654321, 0)).toBe(0x123456);
    expect(inkOn(OKABE_ITO.blue)).toBe(0xffffff);
    expect(inkOn(OKABE_ITO.yellow)).not.toBe(0xffffff);
  });
});
