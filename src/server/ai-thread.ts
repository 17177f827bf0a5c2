/**
 * The server AI's worker thread: answers each request with `chooseMove`, off the event loop
 * that serves every match (a Hard move searches for a whole second).
 */
import { parentPort } from 'node:worker_threads';
import { answer } from '../ai/worker';
import type { AiWorkerRequest } from '../ai/worker-protocol';

if (!parentPort) throw new Error('ai-thread.ts runs as a worker thread only');
const port = parentPort;
port.on('message', (request: AiWorkerRequest) => port.postMessage(answer(request)));
