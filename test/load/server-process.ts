/** Starts `src/server/main.ts` in a child process on an ephemeral port (for tools, not tests). */
import { spawn } from 'node:child_process';

export interface ServerProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Spawns the server with `env` and resolves once it listens. */
export function spawnServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(process.env.TL_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.TL_SERVER_PROF] : []), '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (!found) return;
      clearTimeout(timer);
      resolve({
        url: found[1]!,
        pid: child.pid ?? 0,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => {
      read(chunk);
      if (output.length < 100_000) process.stderr.write(chunk);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}
