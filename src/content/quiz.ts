/**
 * The pre/post quiz that measures what a class learned: two parallel forms (A and B) of 24 items
 * each, every concept of the game in both, pair by pair. A class takes one form before playing
 * and the other after the debrief (either order; the instructor room chooses). Pure data.
 */
import { FORM_A } from './quiz-form-a';
import { FORM_B } from './quiz-form-b';
import type { QuizForm, QuizItem } from './quiz-types';

export type { QuizBasis, QuizForm, QuizItem } from './quiz-types';
export { QUIZ_FORMS } from './quiz-types';

/** Every item of both forms: form A's, then form B's. */
export const QUIZ: readonly QuizItem[] = [...FORM_A, ...FORM_B];

/** One form's items, in the order students see them. */
export function quizForm(form: QuizForm): readonly QuizItem[] {
  return form === 'A' ? FORM_A : FORM_B;
}

/** The other form: a class that took A before takes B after, and the reverse. */
export function otherForm(form: QuizForm): QuizForm {
  return form === 'A' ? 'B' : 'A';
}
