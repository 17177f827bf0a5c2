/**
 * Server configuration: environment variables in, a typed and validated config out. Anything
 * invalid stops start-up with a message that names the variable and what it accepts.
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { PushConfig } from './push/push';
import { pushConfigFromEnv } from './push/push-config';

/** Where matches are kept. */
/** `poolSize`: PostgreSQL connections per process (concurrent moves share them and their statements). */
export type StorageConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number };

/** Everything the game server needs to start. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to bind, 127.0.0.1 unless told otherwise. */
  host: string;
  storage: StorageConfig;
  /** Redis URL for pub/sub between processes, or null for one process. */
  redisUrl: string | null;
  /** Origins (scheme://host[:port]) allowed to call the Lobby and open sockets. */
  allowedOrigins: string[];
  /** Directory of the built client to serve on the same origin, or null (dev: Vite serves it). */
  staticDir: string | null;
  /** Lobby requests allowed per client address per minute (40 students waiting for a partner each ask every 4 s: 600). */
  lobbyRatePerMinute: number;
  /** Largest Lobby request body, in bytes. */
  maxBodyBytes: number;
  /** Trust X-Forwarded-For (behind a reverse proxy) for client addresses. */
  trustProxy: boolean;
  /** Socket messages allowed per socket per second (a burst of twice this is tolerated). */
  socketRatePerSecond: number;
  /** Largest socket message, in bytes; bigger frames close the socket. */
  maxSocketMessageBytes: number;
  /** Worker threads for the server's AI seats. */
  aiThreads: number;
  /** The Hard AI's time per move on the server (ms). */
  aiBudgetMs: number;
  /** Least time an AI seat takes per move, so that people can follow (ms). */
  aiPaceMs: number;
  /** Class API (`/classes…`) requests per client address per minute: a class of 40 behind one school address. */
  classRatePerMinute: number;
  /** Days a class (and its matches) is kept after its creation. */
  classTtlDays: number;
  /** An hour of the Daily pace on the match clocks (ms): 3,600,000; tests shorten it. */
  dailyHourMs: number;
  /** How often every unfinished match's clock is looked at (ms), besides the timers. */
  clockSweepMs: number;
  /** A match nobody touched for this long is closed (hours). */
  staleMatchHours: number;
  /** Web Push for Daily matches (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT), or null: off. */
  push: PushConfig | null;
}

/** A configuration mistake, with a message fit to print before exiting. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${key} must be a whole number from ${min} to ${max} (got "${raw}")`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${key} must be from ${min} to ${max} (got ${value})`);
  return value;
}

function host(env: Env): string {
  const raw = env.HOST?.trim() || '127.0.0.1';
  if (raw === 'localhost' || isIP(raw) !== 0) return raw;
  throw new ConfigError(`HOST must be an IP address or "localhost" (got "${raw}")`);
}

function url(env: Env, key: string, protocols: readonly string[]): string | null {
  const raw = env[key]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${key} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${key} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${parsed.protocol}//)`);
  }
  return raw;
}

/** Parses one origin; throws on anything that is not scheme://host[:port]. */
export function parseOrigin(raw: string): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`ALLOWED_ORIGINS: "${raw}" is not an origin like https://game.example.org`);
  }
  const bare = parsed.pathname === '/' && !parsed.search && !parsed.hash && !parsed.username && !parsed.password;
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !bare) {
    throw new ConfigError(`ALLOWED_ORIGINS: "${raw}" must be scheme://host[:port] with http or https and no path`);
  }
  return parsed.origin;
}

function origins(env: Env, bindHost: string, port: number): string[] {
  const listed = (env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean).map(parseOrigin);
  // The server's own origin is always allowed: `npm run serve` serves the client itself.
  const own = port === 0 ? [] : [`http://${bindHost}:${port}`];
  if (port !== 0 && (bindHost === '127.0.0.1' || bindHost === 'localhost')) own.push(`http://localhost:${port}`, `http://127.0.0.1:${port}`);
  return [...new Set([...listed, ...own])];
}

function push(env: Env): PushConfig | null {
  const config = pushConfigFromEnv(env);
  if (typeof config === 'string') throw new ConfigError(config);
  return config;
}

/** Reads the configuration from environment variables (PORT, HOST, DATABASE_URL, REDIS_URL, ...). */
export function configFromEnv(env: Env = process.env, cwd = process.cwd()): ServerConfig {
  const port = integer(env, 'PORT', 8080, 0, 65535);
  const bindHost = host(env);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const sqliteFile = env.SQLITE_FILE?.trim() || resolve(cwd, 'data', 'matches.sqlite');
  const staticDir = env.STATIC_DIR?.trim() ? resolve(cwd, env.STATIC_DIR.trim()) : null;
  return {
    port,
    host: bindHost,
    storage: databaseUrl
      ? { kind: 'postgres', url: databaseUrl, poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000) }
      : { kind: 'sqlite', file: sqliteFile },
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    allowedOrigins: origins(env, bindHost, port),
    staticDir,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    lobbyRatePerMinute: integer(env, 'LOBBY_RATE_PER_MINUTE', 900, 1, 1_000_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16 * 1024, 256, 1024 * 1024),
    socketRatePerSecond: integer(env, 'SOCKET_RATE_PER_SECOND', 20, 1, 100_000),
    maxSocketMessageBytes: integer(env, 'MAX_SOCKET_MESSAGE_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    aiThreads: integer(env, 'AI_THREADS', 1, 1, 64),
    aiBudgetMs: integer(env, 'AI_BUDGET_MS', 1000, 50, 30_000),
    aiPaceMs: integer(env, 'AI_PACE_MS', 600, 0, 10_000),
    classRatePerMinute: integer(env, 'CLASS_RATE_PER_MINUTE', 600, 1, 1_000_000),
    classTtlDays: integer(env, 'CLASS_TTL_DAYS', 30, 1, 3650),
    dailyHourMs: integer(env, 'DAILY_HOUR_MS', 3_600_000, 100, 3_600_000),
    clockSweepMs: integer(env, 'CLOCK_SWEEP_MS', 30_000, 100, 3_600_000),
    staleMatchHours: integer(env, 'STALE_MATCH_HOURS', 72, 1, 24 * 365),
    push: push(env),
  };
}

/** A config for tests and tools: defaults, with the given fields replaced. */
export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...configFromEnv({ PORT: '0' }), storage: { kind: 'sqlite', file: ':memory:' }, ...overrides };
}
