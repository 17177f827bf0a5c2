import { describe, expect, it } from 'vitest';
import { gameFigures } from '../content/debrief';
import { chooseMove } from '../ai';
import { applyMove, createAlea, createGame, viewFor } from '../game';
import { playWhatIf } from './what-if';

describe('what if', () => {
  const setup = { scenario: 'competing-visions', dependency: 3, seed: 'what-if-test' } as const;

  it('plays the same deal to the end, the same way every time, under the rule asked for', async () => {
    const a = await playWhatIf({ ...setup, decisionRule: 'majority' });
    const b = await playWhatIf({ ...setup, decisionRule: 'majority' });
    expect(a).toEqual(b);
    expect(a.rule).toBe('majority');
    expect(a.curve.length).toBeGreaterThan(0);
    expect(a.worldOrder).toBe(a.curve[a.curve.length - 1]);
    // The same game played directly through the pure rules gives the same figures.
    const rng = createAlea(setup.seed);
    const G = createGame({ scenario: setup.scenario, dependency: setup.dependency, decisionRule: 'majority' }, rng);
    for (let n = 0; G.result === null; n++) {
      applyMove(G, G.active, chooseMove({ view: viewFor(G, G.active), level: 'normal', seed: `what-if:${setup.seed}:${n}` }).move, rng);
    }
    expect(gameFigures('majority', G.log, G.history, G.result)).toEqual(a);
  });

  it('stops when its signal aborts', async () => {
    const stop = new AbortController();
    const run = playWhatIf({ ...setup, decisionRule: 'unanimity' }, stop.signal);
    stop.abort();
    await expect(run).rejects.toThrow();
  });
});

describe('the what-if worker', () => {
  it('answers with the same figures as the game played on the page, and an error as a reply', async () => {
    const { answerWhatIf } = await import('./what-if-worker');
    const setup = { scenario: 'competing-visions', dependency: 3, seed: 'worker-test', decisionRule: 'unanimity' } as const;
    expect(await answerWhatIf(setup)).toEqual({ ok: true, figures: await playWhatIf(setup) });
    const refused = await answerWhatIf({ ...setup, dependency: 9 });
    expect(refused).toEqual({ ok: false, error: 'dependency must be a whole number from 0 to 5' });
  });
});
