/**
 * World events, applied through `applyEffects` on the round-1 position of Competing Visions
 * (Turkey became a democracy in round 1's event), with random picks scripted.
 */
import { describe, expect, it } from 'vitest';
import { CARD, type CardId, type GameState } from '../../src/game';
import { applyEffects } from '../../src/game/effects';
import type { Rng } from '../../src/game/rng';
import { noRng, type PositionOverrides, position, scriptedRng } from '../support/position';
import { cardLog, changes, cv, type Line, line, tr } from './card-harness';

/** Resolves a world card's effects on a position, as the round start does. */
function resolve(card: CardId, o: PositionOverrides = {}, rng: Rng = noRng): { G: GameState; before: GameState } {
  const G = position(o);
  const before = structuredClone(G);
  const origin = { cause: { kind: 'card', side: 'world', card }, concept: CARD[card].concept } as const;
  applyEffects(G, CARD[card].effects, { origin, target: null, rng });
  return { G, before };
}

const worldLog = (card: CardId, lines: Line[]) => cardLog('world', card, lines);

describe('world events', () => {
  it('pandemic: every democracy already divided polarizes further (hybrids do not count); the bloc pays 1', () => {
    const { G, before } = resolve('pandemic');
    expect(changes(before, G)).toEqual({ 'ITA.polarization': [1, 2], 'POL.polarization': [1, 2], 'dem.capital': [9, 8] });
    expect(G.log).toStrictEqual(worldLog('pandemic', [
      tr('disinformation', 'ITA', 'polarization', 1, 2),
      tr('disinformation', 'POL', 'polarization', 1, 2),
      line('disinformation', { type: 'capital', side: 'dem', from: 9, to: 8 }),
    ]));
  });

  it('financial-crisis: both budgets shrink; hybrids with an Autocratic tie gain leverage', () => {
    const { G, before } = resolve('financial-crisis');
    // Philippines and Nigeria (hybrids with no tie) are spared; Turkey is a democracy in this position.
    expect(changes(before, G)).toEqual({
      'dem.capital': [9, 7], 'aut.capital': [12, 11],
      'HUN.leverage': [4, 5], 'SRB.leverage': [3, 4], 'PAK.leverage': [4, 5], 'KEN.leverage': [1, 2],
    });
    expect(G.log).toStrictEqual(worldLog('financial-crisis', [
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 7 }),
      line('dependency', { type: 'capital', side: 'aut', from: 12, to: 11 }),
      tr('dependency', 'HUN', 'leverage', 4, 5),
      tr('dependency', 'SRB', 'leverage', 3, 4),
      tr('dependency', 'PAK', 'leverage', 4, 5),
      tr('dependency', 'KEN', 'leverage', 1, 2),
    ]));
  });

  it('energy-shock: the bloc pays capital equal to its dependency (3) and Russia gains leverage', () => {
    const { G, before } = resolve('energy-shock');
    expect(changes(before, G)).toEqual({ 'dem.capital': [9, 6], 'RUS.leverage': [3, 4] });
    expect(G.log).toStrictEqual(worldLog('energy-shock', [
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 6 }),
      tr('dependency', 'RUS', 'leverage', 3, 4),
    ]));
  });

  it('election-wave: divided states of Europe and the Americas polarize; Hungary peaks (no trust lost at the peak)', () => {
    const { G, before } = resolve('election-wave', { countries: { MEX: { polarization: 1 }, JPN: { polarization: 1 } } });
    expect(changes(before, G)).toEqual({
      'ITA.polarization': [1, 2], 'POL.polarization': [1, 2], 'HUN.polarization': [2, 3],
      'MEX.polarization': [1, 2],
    }); // Japan is not in Europe or the Americas
    expect(G.log).toStrictEqual(worldLog('election-wave', [
      tr('disinformation', 'ITA', 'polarization', 1, 2),
      tr('disinformation', 'POL', 'polarization', 1, 2),
      tr('disinformation', 'HUN', 'polarization', 2, 3),
      tr('disinformation', 'MEX', 'polarization', 1, 2),
    ]));
  });

  it('refugee-crisis: the same in Europe only', () => {
    const { G, before } = resolve('refugee-crisis', { countries: { MEX: { polarization: 1 } } });
    expect(changes(before, G)).toEqual({
      'ITA.polarization': [1, 2], 'POL.polarization': [1, 2], 'HUN.polarization': [2, 3],
    });
    expect(G.log).toStrictEqual(worldLog('refugee-crisis', [
      tr('disinformation', 'ITA', 'polarization', 1, 2),
      tr('disinformation', 'POL', 'polarization', 1, 2),
      tr('disinformation', 'HUN', 'polarization', 2, 3),
    ]));
  });

  it('coup: one hybrid outside the bloc with leverage 2+ (Serbia, Pakistan) becomes an autocracy and stops polarizing', () => {
    const polarized = { countries: { SRB: { polarization: 2 } } } as const;
    const { G, before } = resolve('coup', polarized, scriptedRng([0.1]));
    expect(changes(before, G)).toEqual({ 'SRB.regime': ['hybrid', 'autocracy'], 'SRB.polarization': [2, 0] });
    expect(G.log).toStrictEqual(worldLog('coup', [
      line('common-values', { type: 'regime', country: 'SRB', from: 'hybrid', to: 'autocracy' }),
      tr('common-values', 'SRB', 'polarization', 2, 0),
    ]));
    expect(changes(before, resolve('coup', polarized, scriptedRng([0.99])).G)).toEqual({ 'PAK.regime': ['hybrid', 'autocracy'] });
  });

  it('coup: never strikes a member (Hungary, a hybrid at leverage 4: the 2021 coups struck outside the EU); an ally hit by one stays an ally', () => {
    // With Serbia and Pakistan below leverage 2, only the member Hungary is a hybrid at leverage 2+: no eligible
    // hybrid, so nothing happens and the log says so (no random draw).
    const low = { leverage: 1 } as const;
    const spared = resolve('coup', { countries: { SRB: low, PAK: low } });
    expect(spared.before.countries.HUN).toMatchObject({ regime: 'hybrid', demTie: 'member', leverage: 4 });
    expect(changes(spared.before, spared.G)).toEqual({});
    expect(spared.G.log).toStrictEqual(worldLog('coup', [line('common-values', { type: 'no-effect' }, 'no-target')]));
    const ally = resolve('coup', { countries: { SRB: { demTie: 'ally', trust: 4 }, PAK: low } }, scriptedRng([0.5]));
    expect(changes(ally.before, ally.G)).toEqual({ 'SRB.regime': ['hybrid', 'autocracy'] });
    expect(ally.G.log).toStrictEqual(worldLog('coup', [
      line('common-values', { type: 'regime', country: 'SRB', from: 'hybrid', to: 'autocracy' }),
    ]));
  });

  it('a member that becomes an autocracy (the regime effect itself, which no card now aims at a member) drops to ally: sovereignty', () => {
    const G = position();
    const before = structuredClone(G);
    const origin = { cause: { kind: 'card', side: 'world', card: 'coup' }, concept: 'common-values' } as const;
    applyEffects(G, [{ op: 'regime', to: 'autocracy', scope: { kind: 'country', id: 'HUN' } }], { origin, target: null, rng: noRng });
    expect(changes(before, G)).toEqual({
      'HUN.regime': ['hybrid', 'autocracy'], 'HUN.polarization': [2, 0], 'HUN.demTie': ['member', 'ally'],
      tally: [{ vetoes: 0, lostWeight: 0, membersLost: 0 }, { vetoes: 0, lostWeight: 1, membersLost: 1 }],
    });
    expect(G.log).toStrictEqual(worldLog('coup', [
      line('common-values', { type: 'regime', country: 'HUN', from: 'hybrid', to: 'autocracy' }),
      tr('common-values', 'HUN', 'polarization', 2, 0),
      line('sovereignty', { type: 'dem-tie', country: 'HUN', from: 'member', to: 'ally' }, 'sovereignty'),
    ]));
  });

  it('democratic-opening: one hybrid with trust 2+ (Hungary, Philippines) becomes a democracy', () => {
    const { G, before } = resolve('democratic-opening', {}, scriptedRng([0.5]));
    expect(changes(before, G)).toEqual({ 'PHL.regime': ['hybrid', 'democracy'] });
    expect(G.log).toStrictEqual(worldLog('democratic-opening', [
      line('common-values', { type: 'regime', country: 'PHL', from: 'hybrid', to: 'democracy' }),
    ]));
    expect(changes(before, resolve('democratic-opening', {}, scriptedRng([0.49])).G)).toEqual({ 'HUN.regime': ['hybrid', 'democracy'] });
    const none = resolve('democratic-opening', { countries: { HUN: { trust: 1 }, PHL: { trust: 1 } } });
    expect(none.G.log).toStrictEqual(worldLog('democratic-opening', [line('common-values', { type: 'no-effect' }, 'no-target')]));
  });

  it('border-clash: India gains trust (democracy) and sheds leverage, and stays a partner', () => {
    const { G, before } = resolve('border-clash');
    expect(changes(before, G)).toEqual({ 'IND.trust': [2, 4], 'IND.leverage': [1, 0] });
    expect(G.log).toStrictEqual(worldLog('border-clash', [cv('IND', 2, 4), tr('trust', 'IND', 'leverage', 1, 0)]));
  });

  it('china-russia-treaty: the partnership proves durable: leverage over Russia rises, its framework tie untouched', () => {
    const { G, before } = resolve('china-russia-treaty');
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [3, 4] });
    expect(G.log).toStrictEqual(worldLog('china-russia-treaty', [tr('interest-not-ideology', 'RUS', 'leverage', 3, 4)]));
  });

  it('china-russia-treaty: a lapsed partnership with Russia is restored as a deal; it never breaks a tie', () => {
    const { G, before } = resolve('china-russia-treaty', { countries: { RUS: { leverage: 0, autTie: 'none', framework: null } } });
    expect(changes(before, G)).toEqual({ 'RUS.leverage': [0, 1], 'RUS.autTie': ['none', 'deal'] });
    expect(G.log).toStrictEqual(worldLog('china-russia-treaty', [
      tr('interest-not-ideology', 'RUS', 'leverage', 0, 1),
      line('interest-not-ideology', { type: 'aut-tie', country: 'RUS', from: 'none', to: 'deal', framework: null }),
    ]));
    const low = resolve('china-russia-treaty', { countries: { RUS: { leverage: 1 } } });
    expect(low.G.countries.RUS).toMatchObject({ leverage: 2, autTie: 'framework', framework: 'sco' });
  });

  it('trade-war: dependency falls; the bloc pays 1 and Beijing 2', () => {
    const { G, before } = resolve('trade-war');
    expect(changes(before, G)).toEqual({ 'dem.dependency': [3, 2], 'dem.capital': [9, 8], 'aut.capital': [12, 10] });
    expect(G.log).toStrictEqual(worldLog('trade-war', [
      line('dependency', { type: 'dependency', from: 3, to: 2 }),
      line('dependency', { type: 'capital', side: 'dem', from: 9, to: 8 }),
      line('dependency', { type: 'capital', side: 'aut', from: 12, to: 10 }),
    ]));
  });

  it('technology-decoupling: dependency falls and leverage drops over allies and members at 3 or more', () => {
    const { G, before } = resolve('technology-decoupling', { countries: { KOR: { leverage: 3 } } });
    // Serbia (leverage 3) is not an ally or member.
    expect(changes(before, G)).toEqual({
      'dem.dependency': [3, 2], 'GRC.leverage': [4, 3], 'HUN.leverage': [4, 3], 'KOR.leverage': [3, 2],
    });
    expect(G.log).toStrictEqual(worldLog('technology-decoupling', [
      line('dependency', { type: 'dependency', from: 3, to: 2 }),
      tr('dependency', 'GRC', 'leverage', 4, 3),
      tr('dependency', 'HUN', 'leverage', 4, 3),
      tr('dependency', 'KOR', 'leverage', 3, 2),
    ]));
  });

  it('climate-summit: every partner warms to the bloc (hybrids without the bonus) and Beijing gains 2', () => {
    const { G, before } = resolve('climate-summit');
    expect(changes(before, G)).toEqual({
      'IND.trust': [2, 4], 'TWN.trust': [2, 4], 'IDN.trust': [1, 3], 'PHL.trust': [2, 3], 'ZAF.trust': [1, 3],
      'KEN.trust': [1, 2], 'BRA.trust': [1, 3], 'MEX.trust': [2, 4], 'ARG.trust': [1, 3], 'aut.capital': [12, 14],
    });
    expect(G.log).toStrictEqual(worldLog('climate-summit', [
      cv('IND', 2, 4), cv('TWN', 2, 4), cv('IDN', 1, 3), tr('cooperation', 'PHL', 'trust', 2, 3), cv('ZAF', 1, 3),
      tr('cooperation', 'KEN', 'trust', 1, 2), cv('BRA', 1, 3), cv('MEX', 2, 4), cv('ARG', 1, 3),
      line('cooperation', { type: 'capital', side: 'aut', from: 12, to: 14 }),
    ]));
  });
});
