/**
 * Printable student handouts (`#/handout/glossary`, `#/handout/rules`): plain pages with a print
 * stylesheet (teaching.css), built from the same data as the screens, so that a handout never
 * says something the game does not. The glossary handout is GLOSSARY (every concept: definition,
 * the article's words, examples, where scholars disagree); the rules handout is the rules page's
 * sections a player needs at the table, each scenario's own rules among them.
 */
import { GLOSSARY } from '../content/glossary';
import { citation } from '../content/glossary-sources';
import { CONCEPTS } from '../game/types';
import { h, screenHeading } from './dom';
import type { HandoutId } from './teaching-routes';
import { RULES_FOR_PLAYERS } from './rules-content';
import { block } from './rules-page';

/** The rules page's sections a handout leaves out (background a teacher can discuss, not needed to play). */
const NOT_ON_THE_HANDOUT: ReadonlySet<string> = new Set(['Where the regime labels come from', 'What each player sees', 'What this model leaves out']);

const SOURCE_LINE = `From Trust & Leverage, built on ${citation('lukian-2021')}, “China, International Cooperation, and Alliance-building”, European Guanxi, and the works it cites.`;

function glossaryHandout(): HTMLElement[] {
  return [
    h('p', { class: 'handout-intro' }, 'The concepts the game teaches, in the order of the game\'s concept model. Each entry: what it means, the article\'s own words, real examples, and where scholars disagree.'),
    ...CONCEPTS.map((id) => {
      const e = GLOSSARY[id];
      return h('section', { class: 'handout-entry', attrs: { 'aria-labelledby': `handout-${id}` } },
        h('h2', { id: `handout-${id}` }, e.label),
        h('p', {}, e.definition),
        h('p', { class: 'handout-quote' }, `The article: “${e.quote.text}”`),
        h('p', { class: 'handout-examples' }, h('strong', {}, 'Examples: '), e.examples.map((x) => `${x.name} (${x.note.replace(/\.$/, '')})`).join('; '), '.'),
        e.contested ? h('p', { class: 'handout-contested' }, h('strong', {}, 'Contested: '), e.contested.note) : null);
    }),
  ];
}

function rulesHandout(): HTMLElement[] {
  // The rules page's sections in its order, each scenario's own rules included (its length, the
  // countries in play, its world events and its own rules), so a class has the scenario it plays.
  const sections = RULES_FOR_PLAYERS.filter((s) => !NOT_ON_THE_HANDOUT.has(s.title));
  return sections.map((s, i) => h('section', { class: 'handout-section', attrs: { 'aria-labelledby': `handout-rules-${i}` } },
    h('h2', { id: `handout-rules-${i}` }, s.title), ...s.blocks.map(block)));
}

export const HANDOUT_TITLE: Readonly<Record<HandoutId, string>> = {
  glossary: 'Glossary: the concepts of Trust & Leverage',
  rules: 'Rules summary: how to play Trust & Leverage',
};

export function renderHandout(id: HandoutId): { el: HTMLElement; focus: () => void } {
  const title = screenHeading('h1', HANDOUT_TITLE[id], 'handout-title');
  const el = h('article', { class: `teaching-page handout handout--${id}` },
    title,
    h('p', { class: 'handout-source' }, SOURCE_LINE),
    ...(id === 'glossary' ? glossaryHandout() : rulesHandout()));
  return { el, focus: () => title.focus() };
}
