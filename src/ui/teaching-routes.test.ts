import { describe, expect, it } from 'vitest';
import { parseTeachingHash, type TeachingRoute, teachingHash } from './teaching-routes';

const ROUTES: TeachingRoute[] = [
  { kind: 'teachers' }, { kind: 'guide' }, { kind: 'handout', handout: 'glossary' }, { kind: 'handout', handout: 'rules' },
  { kind: 'quiz', form: null }, { kind: 'quiz', form: 'A' }, { kind: 'quiz', form: 'B' },
];

describe('the teacher\'s pages\' addresses', () => {
  it.each(ROUTES.map((r) => [teachingHash(r), r] as const))('%s reads back as its route', (hash, route) => {
    expect(parseTeachingHash(hash)).toEqual(route);
  });

  it('leaves every other address to the rest of the app, the instructor room included', () => {
    for (const hash of ['', '#/', '#/teach', '#/teach/ABCD', '#/quiz/C', '#/quiz/a', '#/handout/x', '#/glossary', '#/guide/1']) {
      expect(parseTeachingHash(hash), hash).toBeNull();
    }
  });
});
