/**
 * Runs the AI in a Web Worker, so that even the Hard level's search never blocks the page. The
 * worker is given one seat's view and nothing else.
 */
import type { AiDecision, AiLevel } from '../ai';
import type { AiWorkerReply, AiWorkerRequest } from '../ai/worker-protocol';
import type { PlayerView } from '../game';

export interface AiRunner {
  /** The AI's move for `view` (which must be the AI seat's own view, on its turn). */
  choose(view: PlayerView, seed: string): Promise<AiDecision>;
  /** Stops the worker; pending choices are rejected. */
  destroy(): void;
}

interface Waiting {
  resolve(decision: AiDecision): void;
  reject(error: Error): void;
}

export function createAiRunner(level: AiLevel, budgetMs?: number): AiRunner {
  const worker = new Worker(new URL('../ai/worker.ts', import.meta.url), { type: 'module', name: 'trust-and-leverage-ai' });
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  const failAll = (error: Error): void => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<AiWorkerReply>) => {
    const reply = event.data;
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.decision);
    else w.reject(new Error(reply.error));
  });
  worker.addEventListener('error', (event) => failAll(new Error(`the AI worker failed: ${event.message}`)));
  return {
    choose(view, seed) {
      const id = nextId++;
      const request: AiWorkerRequest = budgetMs === undefined ? { id, view, level, seed } : { id, view, level, seed, budgetMs };
      return new Promise<AiDecision>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    },
    destroy() {
      worker.terminate();
      failAll(new Error('the AI was stopped'));
    },
  };
}
