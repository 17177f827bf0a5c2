import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../game/actions';
import { CARD } from '../game/data/cards';
import { CONCEPTS, type ConceptId } from '../game/types';
import { CONCEPT_LABEL } from './concept-labels';
import { entrySources, GLOSSARY, searchGlossary } from './glossary';
import { ARTICLE_SECTIONS } from './glossary-entries';
import { SOURCES } from './glossary-sources';

/**
 * The article the game is built on, in shared/ beside the repository (CI lays it there). A clone
 * without it skips only the checks against the article's text, and says so in their names.
 */
const ARTICLE_FILE = join(process.cwd(), '..', 'shared', 'seed', '000_a04b534f6bd60f90.txt');
const ARTICLE = existsSync(ARTICLE_FILE) ? readFileSync(ARTICLE_FILE, 'utf8') : '';
const withArticle = ARTICLE === '' ? it.skip : it;
const NO_ARTICLE = ARTICLE === '' ? ` (skipped: ${ARTICLE_FILE} is missing)` : '';

const words = (text: string): number => text.trim().split(/\s+/).length;

/** The text of one section of the article: from its heading to the next one. */
function sectionText(section: (typeof ARTICLE_SECTIONS)[number]): string {
  const starts = ARTICLE_SECTIONS.map((s) => (s === 'Introduction' ? 0 : ARTICLE.indexOf(`\n${s}\n`)));
  const i = ARTICLE_SECTIONS.indexOf(section);
  const end = ARTICLE_SECTIONS.slice(i + 1).map((_, k) => starts[i + 1 + k] as number).find((n) => n > 0) ?? ARTICLE.length;
  return ARTICLE.slice(starts[i], end);
}

/** Concepts that the round's rules alone show (resolution steps), with no card or action of their own. */
const SHOWN_BY_RULES_ONLY: readonly ConceptId[] = ['coerced-bloc-collapse', 'united-front'];

describe('the glossary', () => {
  it('has an entry for every concept and nothing else', () => {
    expect(Object.keys(GLOSSARY).sort()).toEqual([...CONCEPTS].sort());
    for (const id of CONCEPTS) expect(GLOSSARY[id].id).toBe(id);
  });

  it.each(CONCEPTS)('%s: every field is filled', (id) => {
    const e = GLOSSARY[id];
    expect(e.label).toBe(CONCEPT_LABEL[id]);
    for (const text of [e.definition, e.quote.text, e.inTheGame]) expect(text.trim().length).toBeGreaterThan(20);
    expect(e.examples.length).toBeGreaterThan(0);
    for (const x of e.examples) expect(x.name.trim() && x.note.trim()).toBeTruthy();
    expect(e.references.length).toBeGreaterThan(0);
    if (e.contested) {
      expect(e.contested.note.trim().length).toBeGreaterThan(20);
      expect(e.contested.sources.length).toBeGreaterThan(0);
    }
    if (!SHOWN_BY_RULES_ONLY.includes(id)) expect(e.cards.length + e.actions.length).toBeGreaterThan(0);
  });

  it.each(CONCEPTS)('%s: the definition has at most 80 words and the quote at most 25', (id) => {
    expect(words(GLOSSARY[id].definition)).toBeLessThanOrEqual(80);
    expect(words(GLOSSARY[id].quote.text)).toBeLessThanOrEqual(25);
  });

  withArticle.each(CONCEPTS)(`%s: the quote is verbatim from the article, in the section it names${NO_ARTICLE}`, (id) => {
    const { text, section } = GLOSSARY[id].quote;
    expect(ARTICLE).toContain(text);
    expect(sectionText(section)).toContain(text);
  });

  withArticle(`finds every section heading it names in the article${NO_ARTICLE}`, () => {
    for (const s of ARTICLE_SECTIONS.filter((s) => s !== 'Introduction')) expect(ARTICLE).toContain(`\n${s}\n`);
  });

  withArticle(`cites only works it lists, and the article's own sources are in its reference list${NO_ARTICLE}`, () => {
    const references = ARTICLE.slice(ARTICLE.indexOf('Write for us.'));
    for (const e of Object.values(GLOSSARY)) {
      for (const id of entrySources(e)) {
        const source = SOURCES[id];
        expect(source, id).toBeDefined();
        if (source.inArticle && id !== 'lukian-2021') expect(references, id).toContain(source.author.split(' & ')[0]?.replace(/^von /, 'Von '));
      }
    }
  });

  it('keeps the scholarly disputes the issue names', () => {
    expect(entrySources(GLOSSARY.coercion)).toContain('brautigam-2020');
    expect(entrySources(GLOSSARY.disinformation)).toContain('eady-2023');
    expect(GLOSSARY['common-values'].contested?.note).toMatch(/India/);
  });

  it('lists only cards and actions that exist, each showing the concept in its data', () => {
    for (const e of Object.values(GLOSSARY)) {
      for (const card of e.cards) expect(CARD[card], card).toBeDefined();
      for (const action of e.actions) expect(ACTIONS[action].concept).toBe(e.id);
    }
    expect(GLOSSARY.trust.actions).toEqual(['engage']);
    expect(GLOSSARY.alliance.actions).toEqual(['ally']);
    // A card that puts a question to the vote shows the decision rules, whatever it teaches itself.
    expect(CARD['human-rights-sanctions'].concept).not.toBe('unanimity-veto');
    expect(GLOSSARY['unanimity-veto'].cards).toContain('human-rights-sanctions');
    expect(GLOSSARY['qualified-majority'].cards).toContain('human-rights-sanctions');
    expect(GLOSSARY.coercion.cards).not.toContain('summit-of-democracies');
  });

  it('gives each card to the concept it teaches', () => {
    for (const card of Object.values(CARD)) expect(GLOSSARY[card.concept].cards).toContain(card.id);
  });
});

describe('searchGlossary', () => {
  it('finds all entries for an empty query', () => {
    expect(searchGlossary('  ')).toEqual([...CONCEPTS]);
  });

  it('matches every word, ignoring case, accents and order', () => {
    expect(searchGlossary('warsaw')).toEqual(expect.arrayContaining(['coerced-bloc-collapse', 'coercion']));
    expect(searchGlossary('NATO warsaw')).toContain('coerced-bloc-collapse');
    expect(searchGlossary('sino-soviet')).toEqual(['interest-not-ideology']);
    expect(searchGlossary('Brautigam')).toEqual(expect.arrayContaining(['coercion', 'bilateral-deals']));
    expect(searchGlossary('Lithuanía')).toContain('frameworks');
  });

  it('finds entries by the cards and actions that show them', () => {
    expect(searchGlossary('engage')).toContain('trust');
    expect(searchGlossary('Five Eyes Intelligence Sharing')).toContain('trust');
  });

  it('finds nothing for words no entry holds', () => {
    expect(searchGlossary('zzzz')).toEqual([]);
  });
});
