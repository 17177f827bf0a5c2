/**
 * The tutorial (#/tutorial): a solo game on the real rules from the tutorial's position, the
 * learner on the Democratic side, the other side's moves scripted (content/tutorial-script.ts,
 * from that side's own view, like any AI seat), with the step panel above the board. It is not
 * kept as a saved game: leaving ends it, and the menu starts it afresh. Loaded with the game code.
 */
import type { AiDecision } from '../ai';
import { type MatchConfig, startMatch } from '../client/match';
import { TUTORIAL_SEED, tutorialReply } from '../content/tutorial-script';
import { DEFAULT_SCENARIO, TUTORIAL_SCENARIO } from '../game/data/scenarios';
import type { PlayerView } from '../game/view';
import { mountGameScreen } from './game-screen';
import { createTutorialPanel } from './tutorial-panel';
import './tutorial.css';

export interface TutorialLaunch {
  /** Least time per scripted move (ms), so the learner can follow it; default 700. */
  readonly paceMs?: number;
  /** Back to the menu. */
  readonly onExit: () => void;
  /** The tutorial again, from its first step. */
  readonly onRestart: () => void;
  /** After the tutorial: a real solo game (the debrief's Switch sides, against the Normal AI). */
  readonly onSoloGame: (config: MatchConfig) => void;
}

const TUTORIAL_PACE_MS = 700;
const LEAVE_TUTORIAL = { label: 'Leave tutorial', question: 'Leave the tutorial? It is not saved: the menu starts it again.', confirm: 'Leave' };

function scriptedDecision(view: PlayerView): AiDecision {
  const { move, reason } = tutorialReply(view);
  return { move, reason };
}

/** Starts the tutorial in `root`; returns the function that tears it down. */
export function launchTutorial(root: HTMLElement, opts: TutorialLaunch): () => void {
  const match = startMatch({
    mode: 'solo', scenario: TUTORIAL_SCENARIO, humanSide: 'dem', seed: TUTORIAL_SEED, scripted: scriptedDecision,
    aiPaceMs: opts.paceMs ?? TUTORIAL_PACE_MS,
  });
  let teardown = (): void => undefined;
  const leave = (then: () => void): void => {
    teardown();
    then();
  };
  const panel = createTutorialPanel({ onLeave: () => leave(opts.onExit), onRestart: () => leave(opts.onRestart) });
  teardown = mountGameScreen(root, {
    match, onExit: opts.onExit, companion: panel, leave: LEAVE_TUTORIAL,
    // A rematch is a real game: the full scenario against the Normal AI, not the script.
    onSwitchSides: ({ humanSide }) => opts.onSoloGame({ mode: 'solo', scenario: DEFAULT_SCENARIO, level: 'normal', ...(humanSide ? { humanSide } : {}) }),
  });
  return teardown;
}
