/**
 * HTTP guards for the Lobby API: errors as JSON, real CORS (refusing foreign origins instead of
 * merely omitting a header), a rate limit per client address, and a bounded JSON body reader.
 */
import type { Context, Middleware, Next } from 'koa';
import { LOBBY_BODY_LIMITS, shapeProblem } from './input-bounds';
import { KeyedRateLimit } from './rate-limit';

/** An error with an HTTP status and a message safe to show the client. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Turns thrown errors into `{ error }` JSON; hides the details of unexpected ones. */
export function jsonErrors(log: (message: string) => void): Middleware {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error: unknown) {
      const status = error instanceof HttpError ? error.status : statusOf(error);
      if (status >= 500) log(`lobby error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      ctx.status = status;
      ctx.body = { error: status >= 500 ? 'internal server error' : error instanceof Error ? error.message : 'bad request' };
    }
  };
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** True for Lobby API paths. */
export const isLobbyPath = (path: string): boolean => path === '/games' || path.startsWith('/games/');

/** The CORS answer for one API's paths: allowed origins get the headers, others are refused with 403. */
export function pathCors(
  isPath: (path: string) => boolean, allowedOrigins: readonly string[], methods: string, headers: string,
): Middleware {
  const allowed = new Set(allowedOrigins);
  return async (ctx: Context, next: Next) => {
    if (!isPath(ctx.path)) return next();
    const origin = ctx.get('Origin');
    if (origin) {
      if (!allowed.has(origin)) throw new HttpError(403, 'origin not allowed');
      ctx.set('Access-Control-Allow-Origin', origin);
      ctx.vary('Origin');
    }
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', methods);
      ctx.set('Access-Control-Allow-Headers', headers);
      ctx.set('Access-Control-Max-Age', '600');
      ctx.status = 204;
      return;
    }
    return next();
  };
}

/** At most `perMinute` requests to one API's paths per client address (a burst of a minute's worth). */
export function pathRateLimit(isPath: (path: string) => boolean, perMinute: number): Middleware {
  const limit = new KeyedRateLimit(perMinute);
  return async (ctx: Context, next: Next) => {
    if (!isPath(ctx.path)) return next();
    const wait = limit.hit(ctx.ip || 'unknown');
    if (wait > 0) {
      ctx.set('Retry-After', String(wait));
      throw new HttpError(429, `too many requests: try again in ${wait} s`);
    }
    return next();
  };
}

/** CORS for the Lobby. */
export const lobbyCors = (allowedOrigins: readonly string[]): Middleware => pathCors(isLobbyPath, allowedOrigins, 'GET, POST', 'Content-Type');

/** At most `perMinute` Lobby requests per client address. */
export const lobbyRateLimit = (perMinute: number): Middleware => pathRateLimit(isLobbyPath, perMinute);

/** Reads a JSON object body of at most `limit` bytes, and of bounded depth and size (LOBBY_BODY_LIMITS). */
export async function readJsonObject(ctx: Context, limit: number): Promise<Record<string, unknown>> {
  const declared = Number(ctx.get('Content-Length') || '0');
  if (declared > limit) throw new HttpError(413, `request body too large (limit ${limit} bytes)`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `request body too large (limit ${limit} bytes)`);
    chunks.push(chunk);
  }
  if (size === 0) return {};
  if (!ctx.is('application/json')) throw new HttpError(415, 'send JSON (Content-Type: application/json)');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'the body must be a JSON object');
  // Before any route looks at a field: Number(), createMatch and JSON.stringify all recurse.
  const shape = shapeProblem(body, LOBBY_BODY_LIMITS);
  if (shape !== null) throw new HttpError(400, `the body is ${shape}`);
  return body as Record<string, unknown>;
}
