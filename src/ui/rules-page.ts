/** The rules page, built from rules-content.ts. */
import { button, h, screenHeading } from './dom';
import { type Block, RULES_FOR_PLAYERS } from './rules-content';

/** One block of rules text (a paragraph, a list or a table); the rules handout shows the same blocks. */
export function block(b: Block): HTMLElement {
  if ('p' in b) return h('p', {}, b.p);
  if ('list' in b) return h('ul', {}, ...b.list.map((item) => h('li', {}, item)));
  const { caption, head, rows } = b.table;
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': caption } },
    h('table', { class: 'rules-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, first ?? ''), ...rest.map((c) => h('td', {}, c)))))));
}

export function renderRulesPage(onBack: () => void): HTMLElement {
  const sections = RULES_FOR_PLAYERS.map((s, i) => h('section', { attrs: { 'aria-labelledby': `rules-${i}` } },
    h('h2', { id: `rules-${i}` }, s.title), ...s.blocks.map(block)));
  return h('article', { class: 'rules-page' },
    h('div', { class: 'row' }, button('Back to the menu', onBack, { key: 'back' })),
    screenHeading('h1', 'How to play Trust & Leverage', 'rules-page-title'),
    h('p', { class: 'rules-glossary' }, 'Every concept these rules name is explained in ', h('a', { attrs: { href: '#/glossary' } }, 'the glossary'), '.'),
    ...sections,
    h('div', { class: 'row' }, button('Back to the menu', onBack, { key: 'back-bottom' })));
}
