/**
 * The "What this model leaves out" items: well formed, and the same in the game (this data) and in
 * docs/model-limits.md for teachers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_LIMITS } from './model-limits';

const doc = readFileSync(new URL('../../docs/model-limits.md', import.meta.url), 'utf8');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('what this model leaves out', () => {
  it('lists the simplifications a teacher should discuss, each with a unique title and a few sentences', () => {
    expect(MODEL_LIMITS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(MODEL_LIMITS.map((item) => item.title)).size).toBe(MODEL_LIMITS.length);
    for (const item of MODEL_LIMITS) {
      expect(item.title).toMatch(/^[A-Z]/);
      expect(item.text).toMatch(/^[A-Z][^]*\.$/);
    }
    const titles = MODEL_LIMITS.map((item) => item.title.toLowerCase()).join(' | ');
    for (const topic of ['two players', 'russia', 'weights', 'regimes', 'military']) expect(titles).toContain(topic);
  });

  it('docs/model-limits.md holds the same items, in the same order', () => {
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((h) => h !== 'Sources');
    expect(headings).toEqual(MODEL_LIMITS.map((item) => item.title));
    for (const item of MODEL_LIMITS) expect(words(doc)).toContain(words(item.text));
  });
});
