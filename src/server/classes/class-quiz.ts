/**
 * The class's quiz: which form a student takes before and after (counterbalanced: every other
 * student starts with form B, so a difference between the forms does not pass for learning),
 * checking a sitting before it is stored, and the class summary (src/content/quiz-stats.ts).
 */
import { otherForm, type QuizForm } from '../../content/quiz';
import { answersProblem, type ClassQuizSummary, summarizeClass } from '../../content/quiz-stats';
import { HttpError } from '../lobby-http';
import { onlyKeys } from '../lobby-validate';
import { QUIZ_PHASES, type ClassRecord, type QuizPhase } from './class-types';

/** The forms of the student who joined n-th (0-based). */
export function formsOf(index: number): Record<QuizPhase, QuizForm> {
  const pre: QuizForm = index % 2 === 0 ? 'A' : 'B';
  return { pre, post: otherForm(pre) };
}

/** The body of `POST /classes/:code/quiz`, checked: the seat's proof, the sitting and its answers. */
export function quizBodyOf(body: Record<string, unknown>): { matchID: string; playerID: string; credentials: string; phase: QuizPhase; answers: Record<string, number> } {
  onlyKeys(body, ['matchID', 'playerID', 'credentials', 'phase', 'answers']);
  const { matchID, playerID, credentials, phase, answers } = body;
  if (typeof matchID !== 'string' || typeof playerID !== 'string') throw new HttpError(400, 'matchID and playerID of your seat are required');
  if (typeof credentials !== 'string' || credentials.length === 0 || credentials.length > 256) throw new HttpError(403, 'credentials are required');
  if (typeof phase !== 'string' || !(QUIZ_PHASES as readonly string[]).includes(phase)) throw new HttpError(400, `phase must be one of ${QUIZ_PHASES.join(', ')}`);
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) throw new HttpError(400, 'answers must be an object: item id → choice index');
  return { matchID, playerID, credentials, phase: phase as QuizPhase, answers: answers as Record<string, number> };
}

/** Throws a 400 unless `answers` are a complete, valid sitting of `form`. */
export function checkSitting(form: QuizForm, answers: Record<string, number>): void {
  const problem = answersProblem(form, answers);
  if (problem !== null) throw new HttpError(400, problem);
}

/** The class's quiz summary (per-concept rates before and after, gain, effect sizes). */
export function classQuizSummary(record: ClassRecord): ClassQuizSummary {
  return summarizeClass(record.students.map((s) => {
    const sheets = record.quiz[s.id] ?? {};
    return {
      pre: sheets.pre ? { form: sheets.pre.form, answers: sheets.pre.answers } : null,
      post: sheets.post ? { form: sheets.post.form, answers: sheets.post.answers } : null,
    };
  }));
}
