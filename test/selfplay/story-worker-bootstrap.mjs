// Worker threads start without the TypeScript loader the main thread runs under: register tsx, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./story-worker.ts');
