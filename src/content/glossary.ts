/**
 * The glossary: one entry per concept of the concept model (`CONCEPTS`), for the glossary page,
 * the in-game glossary dialog and every concept link. The texts are in glossary-entries.ts and
 * the bibliography in glossary-sources.ts; which cards and actions show a concept is computed
 * here from the card and action data, so it can never drift from the rules. Pure.
 */
import { ACTIONS } from '../game/actions';
import type { Effect } from '../game/data/card-types';
import { ALL_CARDS, type CardId } from '../game/data/cards';
import { type ActionId, AUT_ACTIONS, CONCEPTS, type ConceptId, DEM_ACTIONS } from '../game/types';
import { ACTION_NAME } from './action-words';
import { CONCEPT_LABEL } from './concept-labels';
import { ENTRY_TEXT, type EntryText } from './glossary-entries';
import type { SourceId } from './glossary-sources';

export interface GlossaryEntry extends EntryText {
  readonly id: ConceptId;
  /** The concept's name, as every screen shows it. */
  readonly label: string;
  /** Cards that show the concept, in deck order (Democratic, Autocratic, world). */
  readonly cards: readonly CardId[];
  /** Basic actions that show the concept. */
  readonly actions: readonly ActionId[];
}

/** Does this effect list put a question to the bloc's vote, at any depth? */
function holdsVote(effects: readonly Effect[]): boolean {
  return effects.some((e) => {
    if (e.op === 'bloc-decision') return true;
    if (e.op === 'chance') return holdsVote(e.ifTrue) || holdsVote(e.ifFalse);
    if (e.op === 'when') return holdsVote(e.ifTrue) || holdsVote(e.ifFalse ?? []);
    return false;
  });
}

/**
 * The decision rules are felt in every vote: a card that puts a question to the bloc shows
 * them, whatever concept it teaches itself.
 */
const SHOWN_BY_VOTES: ReadonlySet<ConceptId> = new Set<ConceptId>(['unanimity-veto', 'qualified-majority']);

function cardsShowing(id: ConceptId): CardId[] {
  return ALL_CARDS
    .filter((card) => card.concept === id || (SHOWN_BY_VOTES.has(id) && holdsVote(card.effects)))
    .map((card) => card.id as CardId);
}

function actionsShowing(id: ConceptId): ActionId[] {
  return [...DEM_ACTIONS, ...AUT_ACTIONS].filter((action) => ACTIONS[action].concept === id);
}

function entryOf(id: ConceptId): GlossaryEntry {
  return { id, label: CONCEPT_LABEL[id], ...ENTRY_TEXT[id], cards: cardsShowing(id), actions: actionsShowing(id) };
}

export const GLOSSARY: Readonly<Record<ConceptId, GlossaryEntry>> = Object.fromEntries(CONCEPTS.map((id) => [id, entryOf(id)])) as Record<ConceptId, GlossaryEntry>;

/** Every work an entry cites (its references, then its contested note's), each once. */
export function entrySources(entry: GlossaryEntry): SourceId[] {
  return [...new Set([...entry.references, ...(entry.contested?.sources ?? [])])];
}

/** Lower case, without accents, single spaces: how the search compares text. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const CARD_TITLE: ReadonlyMap<string, string> = new Map(ALL_CARDS.map((card) => [card.id, card.title]));

/** All the words an entry can be found by. */
const HAYSTACK: Readonly<Record<ConceptId, string>> = Object.fromEntries(CONCEPTS.map((id) => {
  const e = GLOSSARY[id];
  const parts = [
    e.label, e.id, e.definition, e.quote.text, e.inTheGame, e.contested?.note ?? '',
    ...e.examples.flatMap((x) => [x.name, x.note]),
    ...e.cards.map((card) => CARD_TITLE.get(card) ?? ''),
    ...e.actions.map((action) => ACTION_NAME[action]),
  ];
  return [id, fold(parts.join(' '))];
})) as Record<ConceptId, string>;

/**
 * The concepts whose entry holds every word of the query (in any order, case and accents
 * ignored), in glossary order. An empty query finds them all.
 */
export function searchGlossary(query: string): ConceptId[] {
  const words = fold(query).split(' ').filter((w) => w.length > 0);
  return CONCEPTS.filter((id) => words.every((w) => HAYSTACK[id].includes(w)));
}
