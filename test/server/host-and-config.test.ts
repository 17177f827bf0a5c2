/**
 * Defect #8: boardgame.io listens on every interface. The server binds HOST (default 127.0.0.1),
 * and any invalid setting stops start-up with a message naming it.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv } from '../../src/server/config';
import { startServer } from './helpers';

describe('host binding and configuration (defect #8)', () => {
  it('binds to 127.0.0.1 unless told otherwise', async () => {
    expect(configFromEnv({}).host).toBe('127.0.0.1');
    const server = await startServer();
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('reads PORT, HOST, DATABASE_URL, REDIS_URL and ALLOWED_ORIGINS', () => {
    const config = configFromEnv({
      PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u@127.0.0.1:5432/test', REDIS_URL: 'redis://127.0.0.1:6379',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443',
    });
    expect(config).toMatchObject({ port: 9000, host: '0.0.0.0', storage: { kind: 'postgres' }, redisUrl: 'redis://127.0.0.1:6379' });
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example:8443', 'http://0.0.0.0:9000']);
    expect(configFromEnv({ PORT: '8080' }).allowedOrigins).toContain('http://localhost:8080');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ HOST: 'example.com' }, /HOST/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://127.0.0.1' }, /REDIS_URL/],
    [{ ALLOWED_ORIGINS: 'https://a.example/path' }, /ALLOWED_ORIGINS/],
    [{ ALLOWED_ORIGINS: '*' }, /ALLOWED_ORIGINS/],
    [{ LOBBY_RATE_PER_MINUTE: '0' }, /LOBBY_RATE_PER_MINUTE/],
  ])('refuses %j', (env, message) => {
    expect(() => configFromEnv(env)).toThrow(ConfigError);
    expect(() => configFromEnv(env)).toThrow(message);
  });

  it('stops start-up with a clear message and status 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'abc' }, encoding: 'utf8', timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Configuration error: PORT must be a whole number/);
  });
});
