import { describe, expect, it } from 'vitest';
import { quizForm, type QuizForm } from './quiz';
import { answersProblem, pairedEffect, type QuizAnswers, type QuizSitting, sampleSd, scoreSitting, summarizeClass } from './quiz-stats';

/** A sitting with the form's first `right` items answered right and the rest wrong. */
function sitting(form: QuizForm, right: number): QuizSitting {
  const answers: Record<string, number> = {};
  quizForm(form).forEach((item, i) => {
    answers[item.id] = i < right ? item.answer : (item.answer + 1) % item.choices.length;
  });
  return { form, answers };
}

describe('answersProblem', () => {
  it('accepts a complete, valid sitting', () => {
    expect(answersProblem('A', sitting('A', 5).answers)).toBeNull();
  });

  it('names the first unanswered item', () => {
    const { A02: _dropped, ...rest } = sitting('A', 0).answers;
    expect(answersProblem('A', rest)).toBe('Item A02 is not answered.');
  });

  it('refuses items of the other form, choices out of range and non-integers', () => {
    const answers = sitting('A', 0).answers;
    expect(answersProblem('B', answers)).toBe('Item A01 is not in form B.');
    expect(answersProblem('A', { ...answers, A01: 4 })).toBe('Item A01 has no choice 4 (it has 4).');
    expect(answersProblem('A', { ...answers, A17: 2 })).toBe('Item A17 has no choice 2 (it has 2).');
    expect(answersProblem('A', { ...answers, A01: 1.5 })).toMatch(/A01 has no choice 1.5/);
    expect(answersProblem('A', { ...answers, A01: -1 })).toMatch(/A01 has no choice -1/);
  });
});

describe('scoreSitting', () => {
  it('counts right answers in total and per concept', () => {
    // Right on pairs 1–2 (cooperation, alliance), wrong on the rest; alliance has pairs 2, 21 and 22.
    const score = scoreSitting(sitting('A', 2));
    expect(score.correct).toBe(2);
    expect(score.total).toBe(24);
    expect(score.byConcept.cooperation).toEqual({ correct: 1, total: 1 });
    expect(score.byConcept.alliance).toEqual({ correct: 1, total: 3 });
    expect(score.byConcept['mutual-interest']).toEqual({ correct: 0, total: 3 });
    expect(score.byConcept.trust).toEqual({ correct: 0, total: 1 });
  });

  it('throws on invalid answers', () => {
    const answers: QuizAnswers = { ...sitting('B', 3).answers, B05: 9 };
    expect(() => scoreSitting({ form: 'B', answers })).toThrow('Item B05 has no choice 9 (it has 4).');
  });
});

describe('pairedEffect', () => {
  // Worked by hand: pre 0.5, 0.25, 0.75, 0.5 (mean 0.5, SS 0.125, SD √(0.125/3) = 0.204124);
  // post 1, 0.5, 0.75, 1 (mean 0.8125, SS 0.171875, SD √(0.171875/3) = 0.239357);
  // gains 0.5, 0.25, 0, 0.5 (mean 0.3125, SD 0.239357).
  // d_av = 0.3125 / ((0.204124 + 0.239357) / 2) = 1.409305; J = 1 − 3/(4·3 − 1) = 8/11;
  // g_av = 1.409305 × 8/11 = 1.024949; d_z = 0.3125 / 0.239357 = 1.305582.
  const pre = [0.5, 0.25, 0.75, 0.5];
  const post = [1, 0.5, 0.75, 1];

  it('computes the mean gain, d_av, Hedges\' g_av and d_z', () => {
    const e = pairedEffect(pre, post);
    expect(e.n).toBe(4);
    expect(e.meanGain).toBeCloseTo(0.3125, 10);
    expect(e.dAv).toBeCloseTo(1.409305, 5);
    expect(e.hedgesG).toBeCloseTo(1.024949, 5);
    expect(e.dZ).toBeCloseTo(1.305582, 5);
  });

  it('computes the sample SD with n − 1', () => {
    expect(sampleSd(pre)).toBeCloseTo(0.204124, 6);
    expect(sampleSd([1])).toBeNull();
  });

  it('gives no effect size for fewer than two students or no spread', () => {
    expect(pairedEffect([0.5], [1])).toEqual({ n: 1, meanGain: 0.5, dAv: null, hedgesG: null, dZ: null });
    expect(pairedEffect([], [])).toEqual({ n: 0, meanGain: 0, dAv: null, hedgesG: null, dZ: null });
    // Everyone gains exactly 0.25 from the same score: no spread anywhere.
    expect(pairedEffect([0.5, 0.5], [0.75, 0.75])).toMatchObject({ meanGain: 0.25, dAv: null, dZ: null });
  });

  it('refuses unpaired lists', () => {
    expect(() => pairedEffect([0.5], [0.5, 1])).toThrow(/as many pre \(1\) as post \(2\)/);
  });
});

describe('summarizeClass', () => {
  // The same four students as above: right on their first 12, 6, 18, 12 items of form A before,
  // 24, 12, 18, 24 of form B after; a fifth took only the pre form, a sixth only the post form.
  const students = [
    { pre: sitting('A', 12), post: sitting('B', 24) },
    { pre: sitting('A', 6), post: sitting('B', 12) },
    { pre: sitting('A', 18), post: sitting('B', 18) },
    { pre: sitting('A', 12), post: sitting('B', 24) },
  ];

  it('matches the hand-worked paired effect and per-concept rates', () => {
    const s = summarizeClass(students);
    expect(s.preCount).toBe(4);
    expect(s.postCount).toBe(4);
    expect(s.preMean).toBeCloseTo(0.5, 10);
    expect(s.postMean).toBeCloseTo(0.8125, 10);
    expect(s.paired.dAv).toBeCloseTo(1.409305, 5);
    expect(s.paired.hedgesG).toBeCloseTo(1.024949, 5);
    const rate = (id: string) => s.concepts.find((c) => c.concept === id);
    // Pair 1: everyone right both times.
    expect(rate('cooperation')).toEqual({ concept: 'cooperation', pre: 1, post: 1 });
    // Pair 16: right before only for the student with 18; after for those with 18 or 24.
    expect(rate('coerced-bloc-collapse')).toEqual({ concept: 'coerced-bloc-collapse', pre: 0.25, post: 0.75 });
    // Pairs 2, 21, 22: before 4 of 12 (pair 2 only); after 4 + 2 × 2 = 8 of 12.
    expect(rate('alliance')?.pre).toBeCloseTo(1 / 3, 10);
    expect(rate('alliance')?.post).toBeCloseTo(2 / 3, 10);
  });

  it('counts one-sitting students in their sitting\'s rates but not in the paired effect', () => {
    const s = summarizeClass([...students, { pre: sitting('A', 0), post: null }, { pre: null, post: sitting('B', 24) }]);
    expect(s.preCount).toBe(5);
    expect(s.postCount).toBe(5);
    expect(s.preMean).toBeCloseTo(2 / 5, 10);
    expect(s.postMean).toBeCloseTo((0.8125 * 4 + 1) / 5, 10);
    expect(s.paired.n).toBe(4);
    expect(s.paired.dAv).toBeCloseTo(1.409305, 5);
  });

  it('has no rates and no effect for an empty class', () => {
    const s = summarizeClass([]);
    expect(s.preMean).toBeNull();
    expect(s.concepts.every((c) => c.pre === null && c.post === null)).toBe(true);
    expect(s.paired.dAv).toBeNull();
  });

  it('throws on a student\'s invalid answers', () => {
    expect(() => summarizeClass([{ pre: { form: 'A', answers: {} }, post: null }])).toThrow('Item A01 is not answered.');
  });
});
