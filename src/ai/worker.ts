/**
 * The Web Worker entry of the AI: it answers each request with `chooseMove`, off the page's main
 * thread. It compiles without the DOM lib, so it reaches its worker scope through `globalThis`.
 */
import { chooseMove } from './index';
import type { AiWorkerReply, AiWorkerRequest } from './worker-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: AiWorkerRequest }) => void): void;
  postMessage(message: AiWorkerReply): void;
}

/** The reply to one request; never throws. */
export function answer(request: AiWorkerRequest): AiWorkerReply {
  try {
    const { view, level, seed, budgetMs } = request;
    const decision = chooseMove(budgetMs === undefined ? { view, level, seed } : { view, level, seed, budgetMs });
    return { id: request.id, ok: true, decision };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const scope = globalThis as unknown as Partial<WorkerScope>;
// Guarded so that tests can import `answer` in Node, which has no worker scope.
if (typeof scope.addEventListener === 'function' && typeof scope.postMessage === 'function') {
  const post = scope.postMessage.bind(scope);
  scope.addEventListener('message', (event) => post(answer(event.data)));
}
