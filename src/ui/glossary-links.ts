/**
 * Links to the glossary from every screen: a concept's chip (its label, linking to
 * `#/glossary/ID`), the glossary's addresses, and the click handler that opens such links in an
 * in-page dialog instead of leaving the screen, so that a game in progress is never lost. The
 * dialog and the glossary's texts load on first use: this module stays small.
 */
import { CONCEPT_LABEL } from '../content/concept-labels';
import { CONCEPTS, type ConceptId } from '../game/types';
import { h } from './dom';

const GLOSSARY_PATH = '#/glossary';

/** The address of the glossary, or of one of its entries. */
export function glossaryHash(id: ConceptId | null = null): string {
  return id ? `${GLOSSARY_PATH}/${id}` : GLOSSARY_PATH;
}

/** What a `#/glossary…` address asks for; `unknown` keeps an entry name that is not a concept. */
export interface GlossaryRoute {
  readonly entry: ConceptId | null;
  readonly unknown: string | null;
}

/** Reads `#/glossary` and `#/glossary/ID`; null for any other address. */
export function parseGlossaryHash(hash: string): GlossaryRoute | null {
  const match = /^#\/glossary(?:\/([^/?#]*))?\/?$/.exec(hash);
  if (!match) return null;
  let name = match[1] ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // A malformed escape is just an unknown name.
  }
  if (name === '') return { entry: null, unknown: null };
  return isConceptId(name) ? { entry: name, unknown: null } : { entry: null, unknown: name };
}

function isConceptId(value: string): value is ConceptId {
  return (CONCEPTS as readonly string[]).includes(value);
}

/**
 * A concept's chip: its label, linking to its glossary entry. Clicked, it opens the entry in the
 * glossary dialog (see `installGlossaryLinks`); opened in a new tab, it shows the glossary page.
 */
export function conceptLink(id: ConceptId, className = ''): HTMLAnchorElement {
  return h('a', {
    class: `concept-link ${className}`.trim(),
    attrs: { href: glossaryHash(id), 'data-glossary': id, title: `${CONCEPT_LABEL[id]}: read its glossary entry` },
  }, CONCEPT_LABEL[id]);
}

/** A link that opens the whole glossary in the dialog (for screens that must not be left). */
export function glossaryDialogLink(text: string, className = ''): HTMLAnchorElement {
  return h('a', { class: className, attrs: { href: glossaryHash(), 'data-glossary': '' } }, text);
}

/**
 * Makes every glossary link under `doc` (chips, the game screen's link) open the glossary
 * dialog in place. Clicks with a modifier key or another button keep the browser's own meaning
 * (a new tab, a new window). Returns the function that removes the handler.
 */
export function installGlossaryLinks(doc: Document): () => void {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-glossary]') : null;
    if (!link) return;
    event.preventDefault();
    const name = link.dataset['glossary'] ?? '';
    const entry = isConceptId(name) ? name : null;
    import('./glossary-dialog')
      .then(({ openGlossaryDialog }) => openGlossaryDialog(entry, link))
      // Without the dialog's code (offline), the page opens in a new tab: this one keeps its game.
      .catch(() => window.open(link.href, '_blank', 'noopener'));
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
