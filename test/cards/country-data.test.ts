/**
 * Country facts the cards and actions rely on: coasts (a strategic port needs one), the reach of
 * each framework, regimes and the Competing Visions starting frameworks (2021).
 */
import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRY, SCENARIOS, TARGETABLE } from '../../src/game';
import { coastalIn, FRAMEWORK_REACH } from '../../src/game/data/countries';
import type { CountryId } from '../../src/game/types';

describe('coasts', () => {
  it('the landlocked countries of the board are Hungary, Serbia, Kazakhstan (the Caspian is a lake) and Ethiopia', () => {
    expect(COUNTRIES.filter((c) => !c.coastal).map((c) => c.id)).toEqual(['HUN', 'SRB', 'KAZ', 'ETH']);
  });

  it('the strategic ports of Europe and Eurasia: Greece and Turkey have one, Serbia and Hungary none', () => {
    const ports = coastalIn(['europe', 'eurasia']);
    expect(ports).toEqual(['GBR', 'DEU', 'FRA', 'ITA', 'POL', 'LTU', 'GRC', 'RUS', 'TUR']);
    expect(ports).not.toContain('SRB');
    expect(coastalIn(['americas'])).not.toContain('USA'); // homes are never targets
  });
});

describe('framework reach', () => {
  it('the SCO reaches Eurasia and South Asia (its members, Iran, and Turkey as a dialogue partner), never Japan, Taiwan or Ethiopia', () => {
    expect(FRAMEWORK_REACH.sco).toEqual(['RUS', 'TUR', 'KAZ', 'IND', 'PAK', 'IRN']);
    for (const id of ['JPN', 'TWN', 'ETH', 'SRB'] as const) expect(FRAMEWORK_REACH.sco).not.toContain(id);
  });

  it('the 16+1 reaches the Central and Eastern European countries of the board only', () => {
    expect(FRAMEWORK_REACH.cee).toEqual(['POL', 'LTU', 'GRC', 'HUN', 'SRB']);
  });

  it('every reachable country is targetable, and no country is in both frameworks\' reach by accident', () => {
    for (const id of [...FRAMEWORK_REACH.sco, ...FRAMEWORK_REACH.cee]) expect(TARGETABLE).toContain(id);
    expect(FRAMEWORK_REACH.sco.filter((id) => FRAMEWORK_REACH.cee.includes(id))).toEqual([]);
  });
});

describe('Competing Visions (2021) starting frameworks and regimes', () => {
  const start = SCENARIOS['competing-visions'].countries as Partial<Record<CountryId, { autTie?: string; framework?: string }>>;
  const inFramework = (framework: string) =>
    (Object.keys(start) as CountryId[]).filter((id) => start[id]?.autTie === 'framework' && start[id]?.framework === framework);

  it('the SCO of 2021: Russia, Kazakhstan, India and Pakistan; Iran (a member only in 2023) starts with a deal', () => {
    expect(inFramework('sco')).toEqual(['RUS', 'KAZ', 'IND', 'PAK']);
    expect(start.IRN).toEqual({ leverage: 2, autTie: 'deal' });
  });

  it('every starting framework member lies in that framework\'s reach', () => {
    for (const id of inFramework('sco')) expect(FRAMEWORK_REACH.sco).toContain(id);
    for (const id of inFramework('cee')) expect(FRAMEWORK_REACH.cee).toContain(id);
  });

  it('regimes follow the stated sources, with India and Turkey the two noted exceptions', () => {
    const byRegime = (regime: string) => COUNTRIES.filter((c) => !c.home && c.regime === regime).map((c) => c.id);
    expect(byRegime('hybrid')).toEqual(['HUN', 'TUR', 'SRB', 'PHL', 'PAK', 'NGA', 'KEN']);
    expect(byRegime('autocracy')).toEqual(['RUS', 'KAZ', 'VNM', 'SAU', 'IRN', 'EGY', 'ETH', 'VEN']);
    expect(COUNTRY.IND.regime).toBe('democracy');
  });
});
