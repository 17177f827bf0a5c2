/**
 * The load test reports, never crashes: a tiny run whose server is SIGKILLed midway still ends
 * with its JSON line, every dropped connection and failed request counted in `errors` with a
 * breakdown by kind (at 2,000 matches it used to die on socket.io-client's `Error: timeout`).
 */
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

function runLoadtest(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/load/loadtest.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.resume();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the load test did not end within ${timeoutMs} ms:\n${stdout}`));
    }, timeoutMs);
    // 'close', not 'exit': the process may exit before its last output has been read.
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout });
    });
  });
}

it('a load test whose server dies midway counts the dropped connections in errors and still prints its JSON', { timeout: 90_000 }, async () => {
  const { code, stdout } = await runLoadtest(
    ['--matches', '4', '--think-ms', '300', '--ramp-ms', '3000', '--kill-server-after-ms', '2000', '--update-timeout-ms', '5000'], 80_000);
  expect(code).toBe(0);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
    matches: number; finished: number; errors: number; error_kinds: Record<string, number>; server_cpu_ms_per_move: number | null;
    generator_cpu_ms_per_move: number; generator_loop_delay_p99_ms: number;
    moves: number; p95_ms: number; p95_by_window_ms: number[]; window_ms: number; duration_s: number;
    postgres_cpu_ms_per_move: number | null; nginx_cpu_ms_per_move: number | null; redis_cpu_ms_per_move: number | null;
    machine_busy_by_window: number[]; server_main_thread_busy_by_window: (number | null)[]; server_main_thread_waiting_by_window: (number | null)[];
    machine_cores: number;
  };
  expect(summary.matches).toBe(4);
  expect(summary.finished).toBeLessThan(4);
  expect(summary.errors).toBe(4 - summary.finished + (summary.error_kinds.refused ?? 0));
  expect(Object.values(summary.error_kinds).reduce((a, b) => a + b, 0)).toBe(summary.errors);
  // Matches under way lose their sockets; those arriving later find no Lobby or no socket server.
  expect((summary.error_kinds.disconnected ?? 0) + (summary.error_kinds.lobby ?? 0) + (summary.error_kinds.connect_error ?? 0)).toBeGreaterThan(0);
  expect(summary.server_cpu_ms_per_move).toBeNull();
  // The generator's own figures are read in its own process, so a dead server does not hide them.
  expect(summary.generator_cpu_ms_per_move).toBeGreaterThan(0);
  expect(summary.generator_loop_delay_p99_ms).toBeGreaterThanOrEqual(0);
  // One process on SQLite uses none of the services, so none of their CPU is reported.
  expect([summary.postgres_cpu_ms_per_move, summary.nginx_cpu_ms_per_move, summary.redis_cpu_ms_per_move]).toEqual([null, null, null]);
  // The run is shorter than one window: its one window holds every move, so its p95 is the run's.
  expect(summary.window_ms).toBe(30_000);
  expect(summary.duration_s * 1000).toBeLessThan(summary.window_ms);
  expect(summary.p95_by_window_ms).toEqual(summary.moves > 0 ? [summary.p95_ms] : []);
  // The same one window for the CPU: a share of the machine, and no main thread once the server is gone.
  expect(summary.machine_cores).toBeGreaterThan(0);
  expect(summary.machine_busy_by_window).toHaveLength(1);
  expect(summary.machine_busy_by_window[0]).toBeGreaterThanOrEqual(0);
  expect(summary.machine_busy_by_window[0]).toBeLessThanOrEqual(1);
  expect(summary.server_main_thread_busy_by_window).toEqual([null]);
  expect(summary.server_main_thread_waiting_by_window).toEqual([null]);
});

it('bots played from two generator processes are all counted: every match, every move, both processes\' CPU', { timeout: 90_000 }, async () => {
  const { code, stdout } = await runLoadtest(['--matches', '4', '--generators', '2', '--think-ms', '100', '--ramp-ms', '500', '--max-moves', '6'], 80_000);
  expect(code).toBe(0);
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
    matches: number; finished: number; moves: number; errors: number; generators: number; generator_cpu_ms_per_move: number;
    p95_by_window_ms: number[]; p95_ms: number; duration_s: number;
  };
  expect(summary.generators).toBe(2);
  expect(summary.errors).toBe(0);
  // Each process plays two of the four matches, six moves each (the cap: no game ends that soon).
  expect(summary.moves).toBe(24);
  expect(summary.finished).toBe(0);
  expect(summary.generator_cpu_ms_per_move).toBeGreaterThan(0);
  // The run's time starts when the processes start playing, so its moves fall in its first window.
  expect(summary.p95_by_window_ms).toEqual([summary.p95_ms]);
  expect(summary.duration_s).toBeLessThan(30);
});
