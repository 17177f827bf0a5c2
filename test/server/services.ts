/**
 * PostgreSQL and Redis for the suites that need them: where they are, whether they answer, and
 * `describeWithServices`, which runs such a suite, skips it visibly on a developer's machine
 * without the service, or (under CI) fails it: CI must never pass without having tested them.
 */
import { Socket } from 'node:net';
import pg from 'pg';
import { describe, it } from 'vitest';

export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Service = 'postgres' | 'redis';

function reachable(url: string, fallbackPort: number): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || fallbackPort), hostname, () => done(true));
  });
}

/** Whether PostgreSQL and Redis accept connections. */
export const services: Readonly<Record<Service, boolean>> = {
  postgres: await reachable(DATABASE_URL, 5432),
  redis: await reachable(REDIS_URL, 6379),
};

/** Whether the environment says this is a CI run (`CI` set to anything but empty, `0` or `false`). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

/** What to do with a suite whose `missing` services do not answer. */
export function serviceVerdict(missing: readonly Service[], ci: boolean): 'run' | 'skip' | 'fail' {
  if (missing.length === 0) return 'run';
  return ci ? 'fail' : 'skip';
}

const WHERE: Readonly<Record<Service, string>> = {
  postgres: `PostgreSQL (${new URL(DATABASE_URL).host}, TEST_DATABASE_URL)`,
  redis: `Redis (${new URL(REDIS_URL).host}, TEST_REDIS_URL)`,
};

/** `describe` for a suite that needs `needs`: run, skipped with the reason in its name, or failed under CI. */
export function describeWithServices(name: string, needs: readonly Service[], body: () => void): void {
  const missing = needs.filter((service) => !services[service]);
  const what = missing.map((service) => WHERE[service]).join(' and ');
  const verdict = serviceVerdict(missing, isCi(process.env));
  if (verdict === 'run') describe(name, body);
  else if (verdict === 'skip') describe.skip(`${name} (SKIPPED: ${what} not reachable)`, body);
  else {
    describe(name, () => {
      it('has the services it tests', () => {
        throw new Error(`${what} not reachable, and CI is set: under CI these tests must run, not skip (.ci/run starts both services)`);
      });
    });
  }
}

/** A PostgreSQL schema of a test's own: its admin connection, a URL whose connections find their tables there (`search_path`), and `drop`. */
export async function scratchSchema(prefix: string): Promise<{ schema: string; admin: pg.Client; url: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}_${(scratchSchemas += 1)}`;
  const admin = new pg.Client(DATABASE_URL);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const drop = async (): Promise<void> => {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  };
  return { schema, admin, url, drop };
}
let scratchSchemas = 0;
