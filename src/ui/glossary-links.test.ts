import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../game/types';
import { glossaryHash, parseGlossaryHash } from './glossary-links';

describe('glossary addresses', () => {
  it('reads the glossary and each of its entries', () => {
    expect(parseGlossaryHash('#/glossary')).toEqual({ entry: null, unknown: null });
    expect(parseGlossaryHash('#/glossary/')).toEqual({ entry: null, unknown: null });
    for (const id of CONCEPTS) expect(parseGlossaryHash(glossaryHash(id))).toEqual({ entry: id, unknown: null });
  });

  it('keeps an unknown or malformed entry name as unknown, never as a concept', () => {
    expect(parseGlossaryHash('#/glossary/Trust')).toEqual({ entry: null, unknown: 'Trust' });
    expect(parseGlossaryHash('#/glossary/%E0%A4%A')).toEqual({ entry: null, unknown: '%E0%A4%A' });
    expect(parseGlossaryHash('#/glossary/constructor')).toEqual({ entry: null, unknown: 'constructor' });
  });

  it('leaves every other address to the app', () => {
    for (const hash of ['', '#/online', '#/match/ABCDEFGH', '#/glossaryx', '#/glossary/trust/more', '#glossary']) {
      expect(parseGlossaryHash(hash)).toBeNull();
    }
  });

  it('writes the addresses it reads', () => {
    expect(glossaryHash()).toBe('#/glossary');
    expect(glossaryHash('unanimity-veto')).toBe('#/glossary/unanimity-veto');
  });
});
