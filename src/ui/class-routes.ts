/**
 * The instructor room's and the class join screen's addresses: `#/teach` (the teacher's classes
 * and a new one), `#/teach/CODE` (one class: the live grid), `#/class` and `#/class/CODE` (a
 * student joins with the code and a display name). Tiny and pure: the app reads it at start.
 */

export type ClassRoute =
  | { readonly kind: 'teach'; readonly code: string | null }
  | { readonly kind: 'join'; readonly code: string | null };

const CODE = /^[A-Za-z0-9-]{1,12}$/;

export function parseClassHash(hash: string): ClassRoute | null {
  const match = /^#\/(teach|class)(?:\/([^/]*))?$/.exec(hash);
  if (!match) return null;
  const raw = match[2] ?? '';
  const code = CODE.test(raw) ? raw.toUpperCase().replace(/-/g, '') : null;
  return { kind: match[1] === 'teach' ? 'teach' : 'join', code };
}

export function classHash(route: ClassRoute): string {
  const base = route.kind === 'teach' ? '#/teach' : '#/class';
  return route.code ? `${base}/${route.code}` : base;
}
