/**
 * "What if": the same deal played out by the AI (Normal against Normal) under a given decision
 * rule, through the pure rules. The page runs it in a Web Worker (`whatIfInWorker`): most Normal
 * moves take a few milliseconds, but the first of a turn, which weighs every card on every
 * target, can take a few hundred, too long a task for the page's thread. Where no worker can
 * start, it runs on the page in slices that yield between moves. `signal` stops it.
 */
import { chooseMove } from '../ai';
import { applyMove, createAlea, createGame, type DecisionRule, type ScenarioId, viewFor } from '../game';
import { gameFigures, type GameFigures } from '../content/debrief';

export interface WhatIfSetup {
  readonly scenario: ScenarioId;
  readonly dependency: number;
  readonly decisionRule: DecisionRule;
  /** The deal's seed: the same seed deals the same cards and world events to start with. */
  readonly seed: string;
}

/** Safety net: a whole game is about 120 moves. */
const MAX_MOVES = 2000;
/** Moves per slice before the page gets its thread back. */
const MOVES_PER_SLICE = 2;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Plays the whole game; rejects with an AbortError when `signal` aborts. */
export async function playWhatIf(setup: WhatIfSetup, signal?: AbortSignal, sliced = true): Promise<GameFigures> {
  const rng = createAlea(setup.seed);
  const G = createGame({ scenario: setup.scenario, dependency: setup.dependency, decisionRule: setup.decisionRule }, rng);
  for (let n = 0; G.result === null; n++) {
    if (n >= MAX_MOVES) throw new Error(`the what-if game did not end within ${MAX_MOVES} moves`);
    if (sliced && n % MOVES_PER_SLICE === 0) {
      await nextTask();
      signal?.throwIfAborted();
    }
    const { move } = chooseMove({ view: viewFor(G, G.active), level: 'normal', seed: `what-if:${setup.seed}:${n}` });
    applyMove(G, G.active, move, rng);
  }
  return gameFigures(setup.decisionRule, G.log, G.history, G.result);
}

/** The worker's answer. */
export type WhatIfReply = { readonly ok: true; readonly figures: GameFigures } | { readonly ok: false; readonly error: string };

/** Plays the game in a Web Worker (one per game, ended when done or aborted). */
export function whatIfInWorker(setup: WhatIfSetup, signal: AbortSignal): Promise<GameFigures> {
  if (typeof Worker === 'undefined') return playWhatIf(setup, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./what-if-worker.ts', import.meta.url), { type: 'module', name: 'trust-and-leverage-what-if' });
    const done = (): void => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      done();
      reject(signal.reason instanceof Error ? signal.reason : new Error('the what-if was stopped'));
    };
    signal.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<WhatIfReply>) => {
      done();
      if (event.data.ok) resolve(event.data.figures);
      else reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => {
      done();
      reject(new Error(`the what-if worker failed: ${event.message}`));
    });
    worker.postMessage(setup);
  });
}
