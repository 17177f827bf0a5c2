/**
 * The glossary: every concept the game teaches, searchable as you type, each entry an `article`
 * with its definition, the article's passage, real examples, what is contested, how the game
 * shows it (the cards and actions, from the rules' data) and its sources. The same body serves
 * the glossary page (`#/glossary`, `#/glossary/ID`) and the in-game dialog.
 */
import { ACTION_NAME } from '../content/action-words';
import { entrySources, GLOSSARY, type GlossaryEntry, searchGlossary } from '../content/glossary';
import { citation, SOURCES, type SourceId } from '../content/glossary-sources';
import { SIDE_SHORT } from '../content/words';
import { ACTIONS } from '../game/actions';
import { CARD } from '../game/data/cards';
import { CONCEPTS, type ConceptId } from '../game/types';
import { button, h, screenHeading } from './dom';
import { glossaryHash } from './glossary-links';

export interface GlossaryBodyOptions {
  /** Heading level of each entry's title (the page's entries sit under its h1, the dialog's under its h2). */
  readonly level: 'h2' | 'h3';
  /** Prefix of every id in the body, so that two bodies never share one. */
  readonly idPrefix: string;
  /** A list of every concept, linking to its entry (the page has one; the dialog has the search only). */
  readonly contents: boolean;
}

export interface GlossaryBody {
  readonly el: HTMLElement;
  readonly search: HTMLInputElement;
  /**
   * Shows the entry (clearing a search that hides it), scrolls to it and focuses its title.
   * `within`: scroll only this box (a dialog), leaving `top` px for its sticky head; by default
   * the page scrolls.
   */
  focusEntry(id: ConceptId, within?: { readonly scroller: HTMLElement; readonly top: number }): void;
}

const SIDE_OF_CARD = { dem: SIDE_SHORT.dem, aut: SIDE_SHORT.aut, world: 'World' } as const;

function cardsAndActions(entry: GlossaryEntry): string {
  const cards = entry.cards.map((id) => `${CARD[id].title} (${SIDE_OF_CARD[CARD[id].side]} card)`);
  const actions = entry.actions.map((id) => `${ACTION_NAME[id]} (${SIDE_SHORT[ACTIONS[id].side]} action)`);
  const all = [...cards, ...actions];
  return all.length > 0 ? all.join(' · ') : 'No card or action of its own: the round\'s resolution shows it.';
}

/** A passage cut from a longer sentence shows where it was cut. */
function quoted(text: string): string {
  return `${/^\p{Ll}/u.test(text) ? '…' : ''}${text}${/[.!?]$/.test(text) ? '' : '…'}`;
}

function detail(term: string, ...content: Array<Node | string>): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...content)];
}

function entryArticle(entry: GlossaryEntry, opts: GlossaryBodyOptions): HTMLElement {
  const id = `${opts.idPrefix}${entry.id}`;
  const examples = h('ul', {}, ...entry.examples.map((x) => h('li', {}, h('strong', {}, x.name), `: ${x.note}`)));
  const sources = entrySources(entry).map(citation).join('; ');
  return h('article', { id, class: 'glossary-entry', attrs: { 'aria-labelledby': `${id}-title`, 'data-concept': entry.id } },
    h(opts.level, { id: `${id}-title`, attrs: { tabindex: -1 } }, entry.label),
    h('p', { class: 'glossary-definition' }, entry.definition),
    h('figure', { class: 'glossary-quote' },
      h('blockquote', {}, h('p', {}, `“${quoted(entry.quote.text)}”`)),
      h('figcaption', {}, `${citation('lukian-2021')}, section “${entry.quote.section}”`)),
    h('dl', { class: 'glossary-details' },
      ...detail('Real examples', examples),
      ...(entry.contested ? detail('Contested', entry.contested.note) : []),
      ...detail('In the game', h('p', {}, entry.inTheGame), h('p', { class: 'glossary-shown' }, cardsAndActions(entry))),
      ...detail('Sources', sources)));
}

function contentsNav(opts: GlossaryBodyOptions, onPick: (id: ConceptId) => void): HTMLElement {
  const items = CONCEPTS.map((id) => h('li', { attrs: { 'data-concept': id } },
    h('a', {
      attrs: { href: glossaryHash(id) },
      onClick: (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        // The address names the entry (replaced, not pushed: Back leaves the glossary as elsewhere).
        history.replaceState(null, '', `${location.pathname}${location.search}${glossaryHash(id)}`);
        onPick(id);
      },
    }, GLOSSARY[id].label)));
  return h('nav', { class: 'glossary-contents', attrs: { 'aria-labelledby': `${opts.idPrefix}contents-title` } },
    h('h2', { id: `${opts.idPrefix}contents-title`, class: 'glossary-contents-title' }, 'Concepts'),
    h('ul', {}, ...items));
}

/** Shows the entries (and contents lines) a search finds; returns what the count line says. */
function applySearch(root: HTMLElement, query: string): string {
  const found = new Set(searchGlossary(query));
  for (const el of root.querySelectorAll<HTMLElement>('[data-concept]')) el.hidden = !found.has(el.dataset['concept'] as ConceptId);
  if (query.trim() === '') return `${CONCEPTS.length} concepts`;
  if (found.size === 0) return `No concept matches “${query.trim()}”.`;
  return `${found.size} of ${CONCEPTS.length} concepts match “${query.trim()}”.`;
}

export function renderGlossaryBody(opts: GlossaryBodyOptions): GlossaryBody {
  const searchId = `${opts.idPrefix}search`;
  const countId = `${opts.idPrefix}count`;
  const search = h('input', { id: searchId, attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': countId } });
  const count = h('p', { id: countId, class: 'glossary-count', attrs: { role: 'status' } }, `${CONCEPTS.length} concepts`);
  const entries = h('div', { class: 'glossary-entries' }, ...CONCEPTS.map((id) => entryArticle(GLOSSARY[id], opts)));
  const el = h('div', { class: 'glossary-body' });
  const focusEntry = (id: ConceptId, within?: { readonly scroller: HTMLElement; readonly top: number }): void => {
    const article = el.querySelector<HTMLElement>(`#${CSS.escape(`${opts.idPrefix}${id}`)}`);
    if (!article) return;
    if (article.hidden) {
      search.value = '';
      count.textContent = applySearch(el, '');
    }
    article.querySelector<HTMLElement>(`#${CSS.escape(`${opts.idPrefix}${id}-title`)}`)?.focus({ preventScroll: true });
    if (!within) return article.scrollIntoView({ block: 'start' });
    // Only the dialog scrolls: the screen under it (a game) stays where the player left it.
    within.scroller.scrollTop += article.getBoundingClientRect().top - within.scroller.getBoundingClientRect().top - within.top;
  };
  search.addEventListener('input', () => {
    count.textContent = applySearch(el, search.value);
  });
  el.append(
    h('div', { class: 'glossary-search', attrs: { role: 'search' } },
      h('label', { attrs: { for: searchId } }, 'Search the glossary'), search, count),
    ...(opts.contents ? [contentsNav(opts, (id) => focusEntry(id))] : []),
    entries);
  return { el, search, focusEntry };
}

function sourcesSection(): HTMLElement {
  const ids = Object.keys(SOURCES) as SourceId[];
  const item = (id: SourceId): HTMLElement => h('li', {}, SOURCES[id].full);
  return h('section', { class: 'glossary-sources', attrs: { 'aria-labelledby': 'glossary-sources-title' } },
    h('h2', { id: 'glossary-sources-title' }, 'Sources'),
    h('p', {}, 'The article and the works it cites:'),
    h('ul', {}, ...ids.filter((id) => SOURCES[id].inArticle).map(item)),
    h('p', {}, 'Works outside the article, cited only where scholars disagree:'),
    h('ul', {}, ...ids.filter((id) => !SOURCES[id].inArticle).map(item)));
}

export interface GlossaryPageOptions {
  /** The entry the address names, to show first. */
  readonly entry: ConceptId | null;
  /** An entry name in the address that is not a concept (said, then the whole glossary shows). */
  readonly unknown: string | null;
  readonly onBack: () => void;
}

export interface GlossaryPage {
  readonly el: HTMLElement;
  /** Puts focus where the address points: the named entry, else the page's title. */
  focus(): void;
}

export function renderGlossaryPage(opts: GlossaryPageOptions): GlossaryPage {
  const body = renderGlossaryBody({ level: 'h2', idPrefix: 'glossary-', contents: true });
  const el = h('div', { class: 'glossary-page' },
    h('div', { class: 'row glossary-tools' },
      button('Back to the menu', opts.onBack, { key: 'back' }),
      button('Print', () => window.print(), { key: 'print' })),
    screenHeading('h1', 'Glossary', 'glossary-page-title'),
    h('p', { class: 'glossary-intro' },
      'The International Relations concepts the game teaches, in our own words, each with the passage of Lukian\'s article ',
      h('cite', {}, 'China, International Cooperation, and Alliance-building'),
      ' (European Guanxi, 2021) it comes from, real examples, what scholars dispute, and the cards and actions that show it.'),
    opts.unknown === null ? null : h('p', { class: 'glossary-notice', attrs: { role: 'alert' } },
      `There is no glossary entry called “${opts.unknown}”: here is the whole glossary.`),
    body.el,
    sourcesSection());
  return {
    el,
    focus: () => {
      if (opts.entry) body.focusEntry(opts.entry);
      else (el.querySelector('#glossary-page-title') as HTMLElement).focus();
    },
  };
}
