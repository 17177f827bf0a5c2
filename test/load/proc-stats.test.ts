/** The load test's readings of the machine's CPU (/proc/stat) and how they become shares per window. */
import { expect, it } from 'vitest';
import { busyByWindow, machineCpu, mainThreadWaitMs, parseProcStat } from './proc-stats';

const STAT = (user: number, idle: number, iowait = 0, steal = 0) => [
  `cpu  ${user} 0 ${user / 2} ${idle} ${iowait} 0 ${user / 10} ${steal} 0 0`,
  'cpu0 1 0 1 1 0 0 0 0 0 0',
  'cpu1 1 0 1 1 0 0 0 0 0 0',
  'intr 12345',
].join('\n');

it('reads busy time as user, nice, system, irq, softirq and steal; idle and iowait count only in all', () => {
  expect(parseProcStat(STAT(100, 400, 20, 5))).toEqual({ busy: 100 + 50 + 10 + 5, all: 165 + 400 + 20, cores: 2 });
});

it('refuses a /proc/stat without its cpu line', () => {
  expect(() => parseProcStat('intr 1\nctxt 2')).toThrow(/no cpu line/);
});

it('reads this machine: busy never exceeds all, and at least one core', () => {
  const now = machineCpu();
  expect(now.cores).toBeGreaterThan(0);
  expect(now.busy).toBeLessThanOrEqual(now.all);
});

it('gives each window the machine busy share and the main threads share of one core', () => {
  const sample = (at: number, busy: number, all: number, mainThreadMs: number | null, mainThreadWaitMs: number | null) =>
    ({ at, machine: { busy, all, cores: 2 }, mainThreadMs, mainThreadWaitMs });
  const { machine, mainThread, mainThreadWaiting } = busyByWindow([
    sample(0, 1000, 4000, 500, 100),
    sample(30_000, 4000, 10_000, 15_500, 3100), // half the machine busy; the loop busy half of the wall time, waiting a tenth
    sample(45_000, 7000, 13_000, 30_500, 9100), // the whole machine busy; the loop never idle, and waiting 40% more
    sample(60_000, 7000, 16_000, null, null), // idle machine; a server gone
  ]);
  expect(machine).toEqual([0.5, 1, 0]);
  expect(mainThread).toEqual([0.5, 1, null]);
  expect(mainThreadWaiting).toEqual([0.1, 0.4, null]);
});

it('gives no window for fewer than two readings', () => {
  expect(busyByWindow([])).toEqual({ machine: [], mainThread: [], mainThreadWaiting: [] });
});

it('reads a thread run-queue wait where the kernel keeps it, and none for a process that is gone', () => {
  const waited = mainThreadWaitMs(process.pid);
  if (waited !== null) expect(waited).toBeGreaterThanOrEqual(0);
  expect(mainThreadWaitMs(2 ** 22 + 1)).toBeNull();
});
