/**
 * "What if": the same deal played out by the AI (Normal against Normal) under a given decision
 * rule, through the pure rules. It runs in small slices on the page's thread, yielding between
 * moves (a Normal move takes a few milliseconds), so the debrief stays responsive while it fills
 * in; `signal` stops it when the screen goes.
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
export async function playWhatIf(setup: WhatIfSetup, signal?: AbortSignal): Promise<GameFigures> {
  const rng = createAlea(setup.seed);
  const G = createGame({ scenario: setup.scenario, dependency: setup.dependency, decisionRule: setup.decisionRule }, rng);
  for (let n = 0; G.result === null; n++) {
    if (n >= MAX_MOVES) throw new Error(`the what-if game did not end within ${MAX_MOVES} moves`);
    if (n % MOVES_PER_SLICE === 0) {
      await nextTask();
      signal?.throwIfAborted();
    }
    const { move } = chooseMove({ view: viewFor(G, G.active), level: 'normal', seed: `what-if:${setup.seed}:${n}` });
    applyMove(G, G.active, move, rng);
  }
  return gameFigures(setup.decisionRule, G.log, G.history, G.result);
}
