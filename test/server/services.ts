/** PostgreSQL and Redis for the scale-out suites: where they are, and whether they answer. */
import { Socket } from 'node:net';

export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

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
export const services = {
  postgres: await reachable(DATABASE_URL, 5432),
  redis: await reachable(REDIS_URL, 6379),
};
