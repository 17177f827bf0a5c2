/**
 * Worker threads that run the AI for the server's AI seats. Requests queue and go to the first
 * idle thread; a thread that dies fails its request and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { AiDecision, AiLevel } from '../ai';
import type { AiWorkerReply, AiWorkerRequest } from '../ai/worker-protocol';
import type { PlayerView } from '../game';

/** Chooses a move for one AI seat, from that seat's view only. */
export interface AiChooser {
  choose(request: { view: PlayerView; level: AiLevel; seed: string; budgetMs?: number }): Promise<AiDecision>;
  close(): Promise<void>;
}

interface Job {
  request: AiWorkerRequest;
  resolve: (decision: AiDecision) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

const ENTRY = new URL('./ai-thread-bootstrap.mjs', import.meta.url);

export class AiPool implements AiChooser {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {}

  choose(request: { view: PlayerView; level: AiLevel; seed: string; budgetMs?: number }): Promise<AiDecision> {
    if (this.closed) return Promise.reject(new Error('the AI pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, ...request }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the AI pool is closed'));
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((t) => t.job === null) ?? (this.threads.length < this.size ? this.spawn() : null);
      if (!thread) return;
      const job = this.queue.shift() as Job;
      thread.job = job;
      thread.worker.postMessage(job.request);
    }
  }

  private spawn(): Thread {
    const thread: Thread = { worker: new Worker(ENTRY), job: null };
    thread.worker.on('message', (reply: AiWorkerReply) => {
      const job = thread.job;
      thread.job = null;
      if (job && reply.id === job.request.id) {
        if (reply.ok) job.resolve(reply.decision);
        else job.reject(new Error(reply.error));
      }
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      thread.job?.reject(error);
      thread.job = null;
      if (!this.closed) this.dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`AI thread exited with code ${code}`)));
    thread.worker.unref();
    this.threads.push(thread);
    return thread;
  }
}
