// Worker threads start without the TypeScript loader the server runs under: register tsx, then load the thread.
import { register } from 'tsx/esm/api';

register();
await import('./ai-thread.ts');
