/** Runs the real server entry (`src/server/main.ts`) as a child process, as `npm run serve` does. */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach } from 'vitest';

export interface ChildServer {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL (a crash) or SIGTERM (a clean stop); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const running = new Set<ChildServer>();
afterEach(async () => {
  for (const server of Array.from(running)) await server.stop('SIGKILL');
});

/** Starts the server with `env` on an ephemeral port and waits until it listens. */
export async function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    // Test bots move at machine speed: no per-socket rate limit unless `env` sets one.
    env: { ...process.env, PORT: '0', SOCKET_RATE_PER_SECOND: '10000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const server: ChildServer = {
    url,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      running.delete(server);
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  running.add(server);
  return server;
}
