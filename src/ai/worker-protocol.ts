/** Messages between the page and the AI's Web Worker (see worker.ts and src/client/ai-runner.ts). */
import type { PlayerView } from '../game/view';
import type { AiDecision, AiLevel } from './types';

/** Choose a move for this view. Only the AI seat's own view is ever sent. */
export interface AiWorkerRequest {
  readonly id: number;
  readonly view: PlayerView;
  readonly level: AiLevel;
  readonly seed: string;
  readonly budgetMs?: number;
}

export type AiWorkerReply =
  | { readonly id: number; readonly ok: true; readonly decision: AiDecision }
  | { readonly id: number; readonly ok: false; readonly error: string };
