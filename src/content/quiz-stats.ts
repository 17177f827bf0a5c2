/**
 * Scoring the quiz and summarising a class before and after: per-concept correct rates, the mean
 * gain and its effect sizes. Pure, no DOM: the quiz page, the instructor room and the server share it.
 *
 * Effect sizes for paired pre/post scores (each student's share of items right, 0–1), n students
 * who took both forms (Lakens 2013, "Calculating and reporting effect sizes", Frontiers in Psychology 4:863):
 * - Cohen's d_av = mean gain / ((SD_pre + SD_post) / 2), the gain in units of the average of the
 *   two standard deviations. It ignores the pre/post correlation, so it is
 *   comparable with the between-group d of published studies (Bad News d ≈ 0.3–0.5).
 * - Hedges' g_av = d_av × J, J = 1 − 3 / (4(n − 1) − 1) (Hedges' small-sample correction with
 *   n − 1 degrees of freedom), for comparison with g (Mission US g = 0.15).
 * - Cohen's d_z = mean gain / SD of the gains, the paired t statistic divided by √n, also reported:
 *   it grows with the pre/post correlation and is not comparable across designs.
 * SDs are sample SDs (n − 1). With fewer than 2 paired students, or a zero denominator, an effect
 * size is null rather than infinite or NaN.
 */
import { CONCEPTS, type ConceptId } from '../game/types';
import { quizForm, type QuizForm, type QuizItem } from './quiz';

/** A student's answers to one form: item id → index of the chosen answer. */
export type QuizAnswers = Readonly<Record<string, number>>;

/** One sitting: which form, and the answers. */
export interface QuizSitting {
  readonly form: QuizForm;
  readonly answers: QuizAnswers;
}

export interface Tally {
  readonly correct: number;
  readonly total: number;
}

export interface QuizScore extends Tally {
  readonly byConcept: Readonly<Record<ConceptId, Tally>>;
}

/**
 * Why these answers cannot be scored, or null when every item of the form is answered with a
 * valid choice and nothing else is given.
 */
export function answersProblem(form: QuizForm, answers: QuizAnswers): string | null {
  const items = quizForm(form);
  const known = new Set(items.map((i) => i.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) return `Item ${id} is not in form ${form}.`;
  for (const item of items) {
    const choice = answers[item.id];
    if (choice === undefined) return `Item ${item.id} is not answered.`;
    if (!Number.isInteger(choice) || choice < 0 || choice >= item.choices.length) {
      return `Item ${item.id} has no choice ${String(choice)} (it has ${item.choices.length}).`;
    }
  }
  return null;
}

const isRight = (item: QuizItem, answers: QuizAnswers): boolean => answers[item.id] === item.answer;

/** Scores one sitting, in total and per concept. Throws on answers that `answersProblem` refuses. */
export function scoreSitting({ form, answers }: QuizSitting): QuizScore {
  const problem = answersProblem(form, answers);
  if (problem !== null) throw new Error(problem);
  const byConcept = Object.fromEntries(CONCEPTS.map((c) => [c, { correct: 0, total: 0 }])) as Record<ConceptId, { correct: number; total: number }>;
  let correct = 0;
  for (const item of quizForm(form)) {
    const tally = byConcept[item.concept];
    tally.total += 1;
    if (isRight(item, answers)) {
      tally.correct += 1;
      correct += 1;
    }
  }
  return { correct, total: quizForm(form).length, byConcept };
}

const share = (t: Tally): number => t.correct / t.total;

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Sample standard deviation (n − 1); null under 2 values. */
export function sampleSd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

export interface PairedEffect {
  readonly n: number;
  /** Mean of post − pre, in share of items (0.1 = ten percentage points). */
  readonly meanGain: number;
  readonly dAv: number | null;
  readonly hedgesG: number | null;
  readonly dZ: number | null;
}

const ratio = (num: number, den: number | null): number | null => (den === null || den === 0 ? null : num / den);

/** Effect sizes of paired scores (pre[i] and post[i] are one student's); see the file's comment. */
export function pairedEffect(pre: readonly number[], post: readonly number[]): PairedEffect {
  if (pre.length !== post.length) throw new Error(`Paired scores need as many pre (${pre.length}) as post (${post.length}) values.`);
  const n = pre.length;
  if (n === 0) return { n, meanGain: 0, dAv: null, hedgesG: null, dZ: null };
  const gains = post.map((p, i) => p - (pre[i] as number));
  const meanGain = mean(gains);
  const sdPre = sampleSd(pre);
  const sdPost = sampleSd(post);
  const dAv = ratio(meanGain, sdPre === null || sdPost === null ? null : (sdPre + sdPost) / 2);
  // J needs 4(n − 1) − 1 > 0, true for n ≥ 2, where d_av exists at all.
  const hedgesG = dAv === null ? null : dAv * (1 - 3 / (4 * (n - 1) - 1));
  return { n, meanGain, dAv, hedgesG, dZ: ratio(meanGain, sampleSd(gains)) };
}

/** One student's sittings; either may be missing (absent, or joined late). */
export interface StudentQuiz {
  readonly pre: QuizSitting | null;
  readonly post: QuizSitting | null;
}

export interface ConceptRates {
  readonly concept: ConceptId;
  /** Share of the concept's items answered right, over every student who took that sitting; null if nobody did. */
  readonly pre: number | null;
  readonly post: number | null;
}

export interface ClassQuizSummary {
  /** Students who took the pre sitting, the post sitting, and both (the paired effect's n). */
  readonly preCount: number;
  readonly postCount: number;
  readonly preMean: number | null;
  readonly postMean: number | null;
  readonly concepts: readonly ConceptRates[];
  readonly paired: PairedEffect;
}

function conceptRate(scores: readonly QuizScore[], concept: ConceptId): number | null {
  if (scores.length === 0) return null;
  const correct = scores.reduce((a, s) => a + s.byConcept[concept].correct, 0);
  const total = scores.reduce((a, s) => a + s.byConcept[concept].total, 0);
  return total === 0 ? null : correct / total;
}

/** The class's results before and after: throws if any sitting's answers are invalid. */
export function summarizeClass(students: readonly StudentQuiz[]): ClassQuizSummary {
  const scored = students.map((s) => ({ pre: s.pre && scoreSitting(s.pre), post: s.post && scoreSitting(s.post) }));
  const pres = scored.flatMap((s) => (s.pre ? [s.pre] : []));
  const posts = scored.flatMap((s) => (s.post ? [s.post] : []));
  const both = scored.flatMap((s) => (s.pre && s.post ? [{ pre: share(s.pre), post: share(s.post) }] : []));
  return {
    preCount: pres.length,
    postCount: posts.length,
    preMean: pres.length === 0 ? null : mean(pres.map(share)),
    postMean: posts.length === 0 ? null : mean(posts.map(share)),
    concepts: CONCEPTS.map((concept) => ({ concept, pre: conceptRate(pres, concept), post: conceptRate(posts, concept) })),
    paired: pairedEffect(both.map((b) => b.pre), both.map((b) => b.post)),
  };
}
