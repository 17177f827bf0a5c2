/**
 * The Web Worker entry of the debrief's "what if": plays one AI game (what-if.ts) off the page's
 * thread and posts its figures back. Reaches its worker scope through `globalThis`, as the AI's
 * worker does, so that tests can import it in Node.
 */
import { playWhatIf, type WhatIfReply, type WhatIfSetup } from './what-if';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { readonly data: WhatIfSetup }) => void): void;
  postMessage(message: WhatIfReply): void;
}

/** The reply to one request; never throws. */
export async function answerWhatIf(setup: WhatIfSetup): Promise<WhatIfReply> {
  try {
    return { ok: true, figures: await playWhatIf(setup, undefined, false) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const scope = globalThis as unknown as Partial<WorkerScope>;
if (typeof scope.addEventListener === 'function' && typeof scope.postMessage === 'function' && typeof (globalThis as { document?: unknown }).document === 'undefined') {
  const post = scope.postMessage.bind(scope);
  scope.addEventListener('message', (event) => void answerWhatIf(event.data).then(post));
}
