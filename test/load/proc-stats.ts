/** A process's figures from Linux's /proc, for the load tests and the server benchmark. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The fields of /proc/PID/stat (or of a thread's, /proc/PID/task/TID/stat) after the command name (which may hold spaces). */
const statFields = (pid: number, thread = ''): string[] => readFileSync(`/proc/${pid}${thread}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');

/**
 * User plus system time of a stat line's fields, in ms (clock ticks of 10 ms); with
 * `reapedChildren`, also that of the children the process has waited for (cutime, cstime).
 */
const cpuOf = (fields: string[], reapedChildren = false): number =>
  (Number(fields[11]) + Number(fields[12]) + (reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0)) * 10;

/** Whether the process is alive: a killed process not yet reaped is a zombie (state Z) whose figures are gone. */
export function alive(pid: number): boolean {
  if (!existsSync(`/proc/${pid}/stat`)) return false;
  const state = statFields(pid)[0];
  return state !== 'Z' && state !== 'X';
}

/** CPU time (user + system) the process has used so far, in ms; null once it is gone. */
export function cpuMs(pid: number): number | null {
  if (!alive(pid)) return null;
  return cpuOf(statFields(pid));
}

/**
 * CPU time the process's main thread (its event loop: the thread that saturates first) has used
 * so far, in ms; null once the process is gone.
 */
export function mainThreadCpuMs(pid: number): number | null {
  if (!alive(pid) || !existsSync(`/proc/${pid}/task/${pid}/stat`)) return null;
  return cpuOf(statFields(pid, `/task/${pid}`));
}

/**
 * How long the process's main thread has waited for a core while ready to run, in ms
 * (/proc/PID/task/PID/schedstat, its second field: the run queue's wait); null once the process
 * is gone or where the kernel keeps no scheduler statistics.
 */
export function mainThreadWaitMs(pid: number): number | null {
  const file = `/proc/${pid}/task/${pid}/schedstat`;
  if (!alive(pid) || !existsSync(file)) return null;
  const waited = Number(readFileSync(file, 'utf8').split(' ')[1]);
  return Number.isFinite(waited) ? waited / 1e6 : null;
}

/** The process's peak resident memory (VmHWM) in MB; null once it is gone. */
export function rssMb(pid: number): number | null {
  if (!alive(pid) || !existsSync(`/proc/${pid}/status`)) return null;
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}

/**
 * CPU time (user + system) of every process on this machine whose command is `command`
 * (`postgres`: the postmaster, its backends, WAL writer and checkpointer; `nginx`;
 * `redis-server`), in ms, with the children each has reaped: they share the cores with the
 * server. A backend that ended (a pool closes idle connections) is counted in its postmaster's
 * reaped children's time, so a difference over a run misses none of it.
 */
export function commandCpuMs(command: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== command) continue;
      total += cpuOf(statFields(Number(pid)), true);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * The machine's CPU time so far, in clock ticks summed over its cores (the first line of
 * /proc/stat): `busy` is user, nice, system, irq, softirq and steal; `all` adds idle and iowait.
 */
export interface MachineCpu {
  busy: number;
  all: number;
  cores: number;
}

/** Reads a /proc/stat text (throws on one without the summary `cpu` line). */
export function parseProcStat(text: string): MachineCpu {
  const lines = text.split('\n');
  const summary = lines.find((line) => /^cpu\s/.test(line));
  if (!summary) throw new Error('/proc/stat has no cpu line');
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = summary.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, all: busy + idle + iowait, cores: lines.filter((line) => /^cpu\d+\s/.test(line)).length };
}

/** This machine's CPU time so far. */
export function machineCpu(): MachineCpu {
  return parseProcStat(readFileSync('/proc/stat', 'utf8'));
}

/**
 * One reading for `busyByWindow`: when (ms), the machine's CPU, and the servers' main threads' CPU
 * and run-queue wait in ms (null once one is gone).
 */
export interface CpuSample {
  at: number;
  machine: MachineCpu;
  mainThreadMs: number | null;
  mainThreadWaitMs: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** What a count of ms grew by between two readings, as a share of the wall time between them (null if either is missing). */
function shareOfWall(before: number | null, after: number | null, wall: number): number | null {
  if (before === null || after === null || wall <= 0) return null;
  return round2((after - before) / wall);
}

/**
 * Between each two readings: the share of the whole machine that was busy (0–1, all cores); the
 * servers' main threads' CPU as a share of one core (summed over processes; 1 is one event loop
 * never idle); and how long they were ready to run but waited for a core, as a share of the wall
 * time (summed likewise). A loop near 1 is saturated; a loop that waits shares its cores with
 * other work (the generator, the database) and the machine is the limit, not the loop.
 */
export function busyByWindow(samples: readonly CpuSample[]): { machine: number[]; mainThread: (number | null)[]; mainThreadWaiting: (number | null)[] } {
  const machine: number[] = [];
  const mainThread: (number | null)[] = [];
  const mainThreadWaiting: (number | null)[] = [];
  for (let i = 1; i < samples.length; i += 1) {
    const [before, after] = [samples[i - 1]!, samples[i]!];
    const all = after.machine.all - before.machine.all;
    machine.push(all > 0 ? round2((after.machine.busy - before.machine.busy) / all) : 0);
    const wall = after.at - before.at;
    mainThread.push(shareOfWall(before.mainThreadMs, after.mainThreadMs, wall));
    mainThreadWaiting.push(shareOfWall(before.mainThreadWaitMs, after.mainThreadWaitMs, wall));
  }
  return { machine, mainThread, mainThreadWaiting };
}
