/** Self-play worker thread: plays the games it is given and posts each outcome back. */
import { parentPort, workerData } from 'node:worker_threads';
import { type GameSpec, playBgioGame, playPureGame } from './match';

const specs = workerData as GameSpec[];

for (const spec of specs) {
  const outcome = spec.a === 'bgio-mcts' || spec.b === 'bgio-mcts' ? await playBgioGame(spec) : playPureGame(spec);
  parentPort?.postMessage(outcome);
}
