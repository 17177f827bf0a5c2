/**
 * The pre/post quiz's item type and the helpers its two forms are written with. Pure data, no
 * DOM. Each item rests on a passage of the article (verbatim, checked by a test) or on a work
 * the glossary cites; where scholars disagree the explanation says "contested".
 */
import type { ConceptId } from '../game/types';
import type { ArticleSection } from './glossary-entries';
import type { SourceId } from './glossary-sources';

export const QUIZ_FORMS = ['A', 'B'] as const;
export type QuizForm = (typeof QUIZ_FORMS)[number];

/**
 * `choice`: four options, one right. `yes-no`: Yes or No. `alliance-or-deal`: is the tie
 * described a values-based alliance or a mutual-interest deal? The two binary kinds have their
 * answers balanced in each form, so a class answering "No" (or the same letter) to everything
 * gains nothing.
 */
export type QuizKind = 'choice' | 'yes-no' | 'alliance-or-deal';

/** What an item rests on: a verbatim passage of the article, or a work the glossary cites. */
export type QuizBasis =
  | { readonly kind: 'article'; readonly section: ArticleSection; readonly passage: string }
  | { readonly kind: 'source'; readonly source: SourceId; readonly note: string };

export interface QuizItem {
  /** "A01" … : the form's letter and the pair number. */
  readonly id: string;
  readonly form: QuizForm;
  /** The item in the other form with the same pair number tests the same concept the same way. */
  readonly pair: number;
  readonly concept: ConceptId;
  readonly kind: QuizKind;
  readonly prompt: string;
  readonly choices: readonly string[];
  /** Index of the right choice. */
  readonly answer: number;
  /** One line: why the right answer is right. */
  readonly explanation: string;
  readonly basis: QuizBasis;
}

export const YES_NO: readonly string[] = ['Yes', 'No'];
export const ALLIANCE_OR_DEAL: readonly string[] = ['A values-based alliance', 'A mutual-interest deal'];

/** The article's sections as the items cite them. */
export const BLOCS: ArticleSection = 'Blocs, alliances, cooperation, and integration';
export const CHINA: ArticleSection = 'Implications for Chinese foreign policy';
export const EU: ArticleSection = 'What can the EU and its member-states do?';

export const article = (section: ArticleSection, passage: string): QuizBasis => ({ kind: 'article', section, passage });
export const cited = (source: SourceId, note: string): QuizBasis => ({ kind: 'source', source, note });

interface ItemSpec {
  readonly concept: ConceptId;
  readonly prompt: string;
  readonly answer: number;
  readonly explanation: string;
  readonly basis: QuizBasis;
}

/** Builds one form's items, numbering the pairs from 1 in the order given. */
export function formItems(form: QuizForm, specs: readonly (ItemSpec & { kind: QuizKind; choices?: readonly string[] })[]): QuizItem[] {
  return specs.map((spec, i) => {
    const pair = i + 1;
    const choices = spec.kind === 'yes-no' ? YES_NO : spec.kind === 'alliance-or-deal' ? ALLIANCE_OR_DEAL : (spec.choices ?? []);
    return {
      id: `${form}${String(pair).padStart(2, '0')}`,
      form, pair, concept: spec.concept, kind: spec.kind, prompt: spec.prompt, choices,
      answer: spec.answer, explanation: spec.explanation, basis: spec.basis,
    };
  });
}
