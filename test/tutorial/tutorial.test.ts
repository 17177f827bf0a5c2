/**
 * The tutorial on the real rules: its script is playable end to end (every scripted reply and
 * every intended learner move legal), each step completes on its intended move and not before,
 * and not when the learner does something else; the scripted side always has a legal reply.
 */
import { describe, expect, it } from 'vitest';
import { advance, skipStep, TUTORIAL_START, type TutorialProgress } from '../../src/content/tutorial-progress';
import { tutorialReply } from '../../src/content/tutorial-script';
import { TUTORIAL_STEPS, taskCard } from '../../src/content/tutorial-steps';
import { LISTED_SCENARIOS, SCENARIOS } from '../../src/game/data/scenarios';
import { createAlea, type GameState, legalMoves, type Move, tryMove, viewFor } from '../../src/game';
import { INTENDED, learnerPlays, newTutorialGame, runScript } from './tutorial-path';

/** A tutorial game played along the intended path up to the start of step `k`, with its progress. */
function atStep(k: number): { G: GameState; rng: () => number; progress: TutorialProgress } {
  const { G, rng } = newTutorialGame();
  runScript(G, rng);
  let progress = TUTORIAL_START;
  for (const moves of INTENDED.slice(0, k)) {
    for (const move of moves) learnerPlays(G, rng, move);
    progress = advance(progress, G.log);
  }
  expect(progress.step).toBe(k);
  return { G, rng, progress };
}

describe('the tutorial script on the rules', () => {
  it('has one list of intended moves per step', () => {
    expect(INTENDED).toHaveLength(TUTORIAL_STEPS.length);
  });

  it('plays end to end: every scripted reply is the script\'s own, every step completes on its last intended move and not before', () => {
    const { G, rng } = newTutorialGame();
    runScript(G, rng);
    let progress = TUTORIAL_START;
    for (const [k, moves] of INTENDED.entries()) {
      for (const [i, move] of moves.entries()) {
        expect(progress.step, `step ${k + 1} before move ${i + 1}`).toBe(k);
        learnerPlays(G, rng, move);
        progress = advance(progress, G.log);
      }
      expect(progress.step, `step ${k + 1} (${TUTORIAL_STEPS[k]?.id}) after its moves`).toBe(k + 1);
    }
    expect(G.result).toEqual({ winner: 'dem', reason: 'final-round', worldOrder: 2 });
    // What the steps say happens, happens: the UK joins, Greece and Hungary veto, Nigeria signs a
    // deal, Iran joins the SCO, coerced Australia breaks away but stays an ally.
    const events = G.log.map((e) => e.event);
    expect(events).toContainEqual(expect.objectContaining({ type: 'dem-tie', country: 'GBR', to: 'member' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'bloc-decision', decision: 'sanction', passed: false, against: ['GRC', 'HUN'] }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'aut-tie', country: 'NGA', to: 'deal' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'aut-tie', country: 'IRN', to: 'framework', framework: 'sco' }));
    expect(events).toContainEqual({ type: 'defection', country: 'AUS' });
    expect(G.countries.AUS).toMatchObject({ demTie: 'ally', autTie: 'none', leverage: 0, resentment: 0 });
  });

  it('is the same game every time, whatever the seed deals: each side draws its whole one-hand deck', () => {
    const hands = (seed?: string) => {
      const { G } = newTutorialGame(seed);
      return [[...G.sides.dem.hand].sort(), [...G.sides.aut.hand].sort()];
    };
    expect(hands('another seed')).toEqual(hands());
    const play = () => {
      const { G, rng } = newTutorialGame();
      runScript(G, rng);
      for (const move of INTENDED.flat()) learnerPlays(G, rng, move);
      return G.log;
    };
    expect(play()).toEqual(play());
  });

  // Something else the learner might do at each step, which must not complete it.
  const OTHERWISE: ReadonlyArray<{ readonly step: number; readonly moves: readonly Move[]; readonly why: string }> = [
    { step: 0, moves: [{ kind: 'play-ops', card: 'trade-agreement' }], why: 'another card for its ops' },
    { step: 1, moves: [{ kind: 'action', action: 'engage', target: 'BRA' }, { kind: 'action', action: 'engage', target: 'MEX' }], why: 'Mexico instead of the Philippines' },
    {
      step: 2,
      moves: [{ kind: 'play-ops', card: 'trade-agreement' }, { kind: 'action', action: 'engage', target: 'BRA' }, { kind: 'action', action: 'engage', target: 'MEX' }],
      why: 'engaging Brazil instead of making it an ally',
    },
    {
      // The round's own common position is vetoed at resolution: that is not the learner's vote.
      step: 3,
      moves: [{ kind: 'play-ops', card: 'nato-consolidation' }, { kind: 'action', action: 'integrate', target: 'GBR' }, { kind: 'play-event', card: 'counter-disinformation-task-force' }],
      why: 'no sanction put to the vote',
    },
    { step: 4, moves: [{ kind: 'play-ops', card: 'five-eyes' }, { kind: 'action', action: 'engage', target: 'ZAF' }, { kind: 'action', action: 'engage', target: 'ZAF' }], why: 'South Africa instead of Nigeria' },
    { step: 5, moves: [{ kind: 'pass' }, { kind: 'play-ops', card: 'trade-agreement' }, { kind: 'action', action: 'engage', target: 'MEX' }, { kind: 'pass' }], why: 'Mexico instead of Australia' },
    {
      step: 6,
      moves: [{ kind: 'pass' }, { kind: 'play-ops', card: 'nato-consolidation' }, { kind: 'action', action: 'counter-disinformation', target: 'HUN' }, { kind: 'pass' }],
      why: 'countering in Hungary instead of Italy',
    },
  ];

  for (const { step, moves, why } of OTHERWISE) {
    it(`step ${step + 1} (${TUTORIAL_STEPS[step]?.id}) is not completed by ${why}`, () => {
      const { G, rng, progress } = atStep(step);
      const logBefore = G.log.length;
      for (const move of moves) learnerPlays(G, rng, move, false);
      expect(G.log.length).toBeGreaterThan(logBefore);
      expect(advance(progress, G.log).step).toBe(step);
      if (step === 3) expect(G.log.map((e) => e.event)).toContainEqual(expect.objectContaining({ type: 'bloc-decision', decision: 'common-statement', passed: false }));
    });
  }

  it('step 8 completes only when the game ends', () => {
    const { G, rng, progress } = atStep(7);
    const [first, ...rest] = INTENDED[7] ?? [];
    learnerPlays(G, rng, first as Move);
    expect(advance(progress, G.log).step).toBe(7);
    for (const move of rest) learnerPlays(G, rng, move);
    expect(advance(progress, G.log).step).toBe(8);
  });
});

describe('the steps', () => {
  it('are the eight mechanics in order, each short, with tasks and glossary links', () => {
    expect(TUTORIAL_STEPS.map((s) => s.id)).toStrictEqual([
      'board', 'engage', 'alliance', 'integration-veto', 'deals-frameworks', 'coercion', 'disinformation', 'scoring',
    ]);
    for (const step of TUTORIAL_STEPS) {
      const words = step.explain.join(' ').split(/\s+/).length;
      expect(words, step.id).toBeLessThanOrEqual(140);
      expect(step.tasks.length, step.id).toBeGreaterThan(0);
      expect(step.concepts.length, step.id).toBeGreaterThan(0);
    }
  });

  it('point out in the hand only a card that the step\'s intended moves play, and one for each task that names a card', () => {
    const pointed = TUTORIAL_STEPS.map((step) => step.tasks.map(taskCard));
    for (const [k, cards] of pointed.entries()) {
      const played = (INTENDED[k] ?? []).flatMap((m) => (m.kind === 'play-ops' || m.kind === 'play-event' ? [m.card] : []));
      for (const card of cards) if (card !== null) expect(played, `step ${k + 1}`).toContain(card);
    }
    expect(pointed.slice(0, 4)).toStrictEqual([['five-eyes'], [null, null], ['trade-agreement', null], ['nato-consolidation', 'human-rights-sanctions']]);
  });
});

describe('skipping', () => {
  it('moves to the next step, which counts only what happens after the skip', () => {
    const { G, rng, progress } = atStep(0);
    // Engage Brazil before skipping step 1: step 2 (engage Brazil, then the Philippines) does not count it.
    learnerPlays(G, rng, { kind: 'play-ops', card: 'five-eyes' });
    learnerPlays(G, rng, { kind: 'action', action: 'engage', target: 'BRA' });
    const skipped = skipStep(progress, G.log);
    expect(skipped).toEqual({ step: 1, since: G.log.length, skipped: [0] });
    learnerPlays(G, rng, { kind: 'action', action: 'engage', target: 'PHL' });
    expect(advance(skipped, G.log).step).toBe(1);
  });

  it('the next step completes when its own tasks are done after the skip', () => {
    const { G, rng, progress } = atStep(1);
    learnerPlays(G, rng, { kind: 'action', action: 'engage', target: 'BRA' });
    const skipped = skipStep(progress, G.log);
    expect(skipped.step).toBe(2);
    learnerPlays(G, rng, { kind: 'action', action: 'engage', target: 'MEX' });
    for (const move of INTENDED[2] ?? []) learnerPlays(G, rng, move);
    expect(advance(skipped, G.log).step).toBe(3);
  });

  it('past the last step, the tutorial is over and stays over', () => {
    const { G } = atStep(7);
    const done = skipStep({ step: 7, since: 0, skipped: [] }, G.log);
    expect(done.step).toBe(TUTORIAL_STEPS.length);
    expect(skipStep(done, G.log)).toBe(done);
  });
});

describe('the scripted side', () => {
  it('always has a legal reply, whatever the learner does (random learners to the end)', () => {
    for (let game = 0; game < 20; game++) {
      const { G, rng } = newTutorialGame();
      const pick = createAlea(`learner-${game}`);
      let fallbacks = 0;
      for (let moves = 0; G.result === null; moves++) {
        expect(moves).toBeLessThan(200);
        if (G.active === 'aut') {
          const reply = tutorialReply(viewFor(G, 'aut'));
          if (reply.fallback) fallbacks += 1;
          expect(tryMove(G, 'aut', reply.move, rng)).toBeNull();
        } else {
          const legal = legalMoves(G, 'dem');
          expect(tryMove(G, 'dem', legal[Math.floor(pick() * legal.length)] as Move, rng)).toBeNull();
        }
      }
      expect(fallbacks).toBeLessThan(40);
    }
  });

  it('is not offered among the scenarios a player chooses from', () => {
    expect(SCENARIOS.tutorial.rounds).toBe(2);
    expect(LISTED_SCENARIOS.map((s) => s.id)).not.toContain('tutorial');
    expect(LISTED_SCENARIOS.map((s) => s.id)).toContain('competing-visions');
  });
});
