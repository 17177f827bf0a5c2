/**
 * The glossary in a modal dialog over the current screen: a concept link opens it at its entry,
 * so a game in progress stays where it was (local games are not kept across navigation). It
 * holds the whole searchable glossary and a link that opens the full page in a new tab. Escape,
 * the Close button or a click on the backdrop closes it, and focus goes back to the link that
 * opened it.
 */
import type { ConceptId } from '../game/types';
import { button, h } from './dom';
import { glossaryHash } from './glossary-links';
import { renderGlossaryBody } from './glossary-page';

const TITLE_ID = 'glossary-dialog-title';

/** Opens the dialog (or moves the open one) at `entry`, or at its search box. */
export function openGlossaryDialog(entry: ConceptId | null, opener: HTMLElement | null): void {
  document.querySelector('dialog.glossary-dialog')?.remove();
  const body = renderGlossaryBody({ level: 'h3', idPrefix: 'glossary-dialog-', contents: false });
  const dialog = h('dialog', { class: 'glossary-dialog', attrs: { 'aria-labelledby': TITLE_ID } });
  const close = (): void => dialog.close();
  // All content sits in an inner box: a click on the dialog element itself is on its backdrop.
  dialog.append(h('div', { class: 'glossary-dialog-inner' },
    h('div', { class: 'glossary-dialog-head' },
      h('h2', { id: TITLE_ID }, 'Glossary'),
      h('a', { class: 'glossary-full-link', attrs: { href: glossaryHash(entry), target: '_blank', rel: 'noopener' } },
        'Open the full glossary', h('span', { class: 'glossary-new-tab' }, ' (new tab)')),
      button('Close', close, { key: 'glossary-close', class: 'small' })),
    body.el));
  // The game screen listens for Escape too (it cancels a choice): here Escape only closes the dialog.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') event.stopPropagation();
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  if (entry) body.focusEntry(entry, { scroller: dialog, top: (dialog.querySelector('.glossary-dialog-head') as HTMLElement).offsetHeight + 8 });
  else body.search.focus();
}
