/**
 * The teacher's guide in the app (`#/guide`): docs/teaching/guide.md is its one source, bundled
 * as text (Vite's `?raw`) and turned into HTML by marked when the page opens. The markdown is
 * this repository's own file, fixed at build time (no user text reaches it), so its HTML can be
 * set directly.
 */
import { marked } from 'marked';
import guideMarkdown from '../../docs/teaching/guide.md?raw';
import { h } from './dom';

/** The text of the nearest heading before `el` among its siblings: the name of its table. */
function headingBefore(el: Element): string {
  for (let at = el.previousElementSibling; at; at = at.previousElementSibling) {
    if (/^H[1-6]$/.test(at.tagName)) return at.textContent ?? 'Table';
  }
  return 'Table';
}

export function renderGuidePage(): { el: HTMLElement; focus: () => void } {
  const body = h('div', { class: 'guide-body' });
  body.innerHTML = marked.parse(guideMarkdown, { async: false, gfm: true });
  // Wide tables scroll inside their own box on a phone instead of widening the page.
  for (const table of body.querySelectorAll('table')) {
    const box = h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': headingBefore(table) } });
    table.replaceWith(box);
    box.append(table);
  }
  const title = body.querySelector('h1');
  title?.setAttribute('tabindex', '-1');
  title?.setAttribute('id', 'guide-title');
  const el = h('article', { class: 'teaching-page guide-page' }, body);
  return { el, focus: () => title?.focus() };
}
