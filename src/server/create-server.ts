/**
 * The game server: boardgame.io's `Server` (Koa app, auth, router) with our storage, our hardened
 * socket transport and our Lobby routes, bound to the configured host. `createGameServer` returns
 * once it listens; `close()` stops it and releases the storage.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type GenericPubSub, Server } from 'boardgame.io/server';
import { TrustAndLeverage } from '../game';
import { AiPool } from './ai-pool';
import { AiSeats } from './ai-seats';
import { ConfigError, type ServerConfig } from './config';
import { checkTrustAndLeverageAction } from './game-rules';
import { jsonErrors, lobbyCors, lobbyRateLimit } from './lobby-http';
import { registerLobbyRoutes } from './lobby-routes';
import { registerSeatRoutes } from './lobby-seat-routes';
import { authenticateCredentials, newCredentials } from './secrets';
import { staticFiles } from './static-files';
import { RedisPubSub } from './redis-pub-sub';
import { openStorage } from './storage';
import { HardenedTransport, type MatchPayload } from './transport';

/** A running game server. */
export interface GameServer {
  /** Base URL, e.g. http://127.0.0.1:8080. */
  url: string;
  host: string;
  port: number;
  /** Stops accepting connections, closes sockets and the storage. */
  close(): Promise<void>;
}

/** Extra wiring, mostly for tests and multi-process runs. */
export interface ServerExtras {
  log?: (message: string) => void;
  pubSub?: GenericPubSub<MatchPayload>;
  /** Called when the server closes (e.g. to close a pub/sub connection). */
  onClose?: () => Promise<void> | void;
}

async function openRedis(url: string, log: (message: string) => void, release: () => Promise<void>): Promise<RedisPubSub<MatchPayload>> {
  const pubSub = new RedisPubSub<MatchPayload>(url, log);
  try {
    await pubSub.ready();
  } catch (error) {
    await pubSub.close();
    await release();
    throw new ConfigError(`REDIS_URL: cannot reach Redis (${error instanceof Error ? error.message : String(error)})`);
  }
  return pubSub;
}

function listen(http: HttpServer, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => {
      http.off('error', reject);
      resolve(http.address() as AddressInfo);
    });
  });
}

/** Starts a game server from a validated config. */
export async function createGameServer(config: ServerConfig, extras: ServerExtras = {}): Promise<GameServer> {
  const log = extras.log ?? ((message: string) => console.error(message));
  const storage = await openStorage(config.storage);
  const redis = !extras.pubSub && config.redisUrl ? await openRedis(config.redisUrl, log, storage.close) : null;
  const aiPool = new AiPool(config.aiThreads);
  let aiSeats: AiSeats | null = null;
  const transport = new HardenedTransport({
    onMoved: (matchID) => aiSeats?.consider(matchID),
    allowedOrigins: config.allowedOrigins,
    maxMessageBytes: config.maxSocketMessageBytes,
    messagesPerSecond: config.socketRatePerSecond,
    checkAction: checkTrustAndLeverageAction,
    log,
    ...(extras.pubSub ? { pubSub: extras.pubSub } : redis ? { pubSub: redis } : {}),
  });
  const games = [TrustAndLeverage];
  const { app, router } = Server({
    games,
    db: storage.db,
    transport,
    origins: config.allowedOrigins,
    authenticateCredentials,
    generateCredentials: newCredentials,
  });
  app.proxy = config.trustProxy;
  app.use(jsonErrors(log));
  app.use(lobbyCors(config.allowedOrigins));
  app.use(lobbyRateLimit(config.lobbyRatePerMinute));
  aiSeats = new AiSeats({
    db: storage.db,
    chooser: aiPool,
    play: (move) => transport.serverMove(move),
    budgetMs: config.aiBudgetMs,
    paceMs: config.aiPaceMs,
    log,
  });
  const lobby = {
    games,
    db: storage.db,
    maxBodyBytes: config.maxBodyBytes,
    exclusive: (matchID: string, task: () => Promise<void>) => transport.exclusive(matchID, task),
    onSeatsChanged: (matchID: string) => aiSeats?.consider(matchID),
  };
  registerLobbyRoutes(router, lobby);
  registerSeatRoutes(router, lobby);
  app.use(router.routes());
  app.use(router.allowedMethods());
  if (config.staticDir) app.use(staticFiles(config.staticDir));

  const http = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, app.callback());
  transport.attach(http);
  let address: AddressInfo;
  try {
    address = await listen(http, config.port, config.host);
  } catch (error) {
    await transport.close();
    await aiPool.close();
    await redis?.close();
    await storage.close();
    throw error;
  }
  // Matches whose AI seat was on move when the server stopped get their move now.
  void aiSeats.resumeAll(TrustAndLeverage.name ?? '').catch((error: unknown) => log(`AI resume failed: ${String(error)}`));
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    host: address.address,
    port: address.port,
    close: () =>
      (closing ??= (async () => {
        aiSeats?.close();
        await transport.close(); // socket.io closes the HTTP server too
        await aiPool.close();
        if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
        await extras.onClose?.();
        await redis?.close();
        await storage.close();
      })()),
  };
}
