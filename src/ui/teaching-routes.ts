/**
 * The teacher's pages' addresses: `#/teachers` (what there is for teachers), `#/guide` (the
 * teacher's guide), `#/handout/glossary` and `#/handout/rules` (printable student handouts) and
 * `#/quiz` (practice quiz; `#/quiz/A`, `#/quiz/B` open a form). Tiny and pure: the menu's bundle
 * reads it, the pages themselves load when opened. `#/teach` (the instructor room) is not here.
 */

export type HandoutId = 'glossary' | 'rules';

export type TeachingRoute =
  | { readonly kind: 'teachers' }
  | { readonly kind: 'guide' }
  | { readonly kind: 'handout'; readonly handout: HandoutId }
  | { readonly kind: 'quiz'; readonly form: 'A' | 'B' | null };

/** The route a hash names, or null when it is not one of the teacher's pages. */
export function parseTeachingHash(hash: string): TeachingRoute | null {
  if (hash === '#/teachers') return { kind: 'teachers' };
  if (hash === '#/guide') return { kind: 'guide' };
  if (hash === '#/handout/glossary') return { kind: 'handout', handout: 'glossary' };
  if (hash === '#/handout/rules') return { kind: 'handout', handout: 'rules' };
  if (hash === '#/quiz') return { kind: 'quiz', form: null };
  if (hash === '#/quiz/A' || hash === '#/quiz/B') return { kind: 'quiz', form: hash.endsWith('A') ? 'A' : 'B' };
  return null;
}

export function teachingHash(route: TeachingRoute): string {
  switch (route.kind) {
    case 'teachers': return '#/teachers';
    case 'guide': return '#/guide';
    case 'handout': return `#/handout/${route.handout}`;
    case 'quiz': return route.form === null ? '#/quiz' : `#/quiz/${route.form}`;
  }
}
