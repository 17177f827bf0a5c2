import { describe, expect, it } from 'vitest';
import { playerView } from '../game';
import { position } from '../../test/support/position';
import { countryOption } from './move-text';

describe('a target country in words', () => {
  const G = position({ countries: { IRN: { regime: 'autocracy', polarization: 0 }, POL: { regime: 'democracy', polarization: 2 } } });
  const view = playerView(G, G.seats.dem);

  it('leaves polarization out for an autocracy, which does not polarize', () => {
    expect(countryOption(view, 'IRN')).not.toMatch(/polarization/);
    expect(countryOption(view, 'IRN')).toMatch(/^Iran — trust \d+, leverage \d+/);
  });

  it('gives polarization for a democracy', () => {
    expect(countryOption(view, 'POL')).toMatch(/^Poland — trust \d+, leverage \d+, polarization 2/);
  });
});
