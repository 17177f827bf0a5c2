/**
 * The game server: boardgame.io's `Server` (Koa app, auth, router) with our storage, our hardened
 * socket transport and our Lobby routes, bound to the configured host. `createGameServer` returns
 * once it listens; `close()` stops it and releases the storage.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Server } from 'boardgame.io/server';
import { type GameState, sharedPlayerView, TrustAndLeverage } from '../game';
import { AiPool } from './ai-pool';
import { AiSeats } from './ai-seats';
import { type MatchClocks, systemTime, type TimeSource } from './clock/clock-service';
import { registerChatRoutes, CHAT_LINE_EVENT } from './chat-routes';
import { registerClockRoutes } from './clock/clock-routes';
import { wireClocks } from './clock/wire-clocks';
import { PushSender } from './push/push';
import { registerPushRoutes } from './push/push-routes';
import { registerTransferRoutes } from './transfer';
import { wireClasses } from './classes/wire-classes';
import { ConfigError, type ServerConfig } from './config';
import { checkTrustAndLeverageAction } from './game-rules';
import { jsonErrors, lobbyCors, lobbyRateLimit } from './lobby-http';
import { registerLobbyRoutes } from './lobby-routes';
import { registerSeatRoutes } from './lobby-seat-routes';
import { registerRecordRoute } from './record-route';
import { LocalBus, type MatchBus, matchChannel, type MatchPayload, matchPayloadText } from './match-bus';
import { RedisPubSub } from './redis-pub-sub';
import { authenticateCredentials, newCredentials } from './secrets';
import { staticFiles } from './static-files';
import type { Storage } from './storage-api';
import { openStorage } from './storage';
import { HardenedTransport } from './transport';

/** A running game server. */
export interface GameServer {
  /** Base URL, e.g. http://127.0.0.1:8080. */
  url: string;
  host: string;
  port: number;
  /** Stops accepting connections, closes sockets and the storage. */
  close(): Promise<void>;
}

/** Extra wiring for tests. */
export interface ServerExtras {
  log?: (message: string) => void;
  /** The match clocks' time and timers (tests step it by hand). */
  time?: TimeSource;
  /** The HTTPS agent Web Push uses (a test trusts its local push service's certificate). */
  pushAgent?: HttpsAgent;
}

/** The match bus: Redis between processes when REDIS_URL is set, else in process. */
async function openBus(url: string | null, log: (message: string) => void, storage: Storage): Promise<MatchBus<MatchPayload>> {
  if (url === null) return new LocalBus<MatchPayload>();
  const redis = new RedisPubSub<MatchPayload>(url, log, matchPayloadText);
  try {
    await redis.ready();
  } catch (error) {
    await redis.close();
    await storage.close();
    throw new ConfigError(`REDIS_URL: cannot reach Redis (${error instanceof Error ? error.message : String(error)})`);
  }
  return redis;
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
  const bus = await openBus(config.redisUrl, log, storage);
  const aiPool = new AiPool(config.aiThreads);
  let aiSeats: AiSeats | null = null;
  let clocks: MatchClocks | null = null;
  const transport = new HardenedTransport({
    db: storage,
    bus,
    onMoved: (matchID) => {
      aiSeats?.consider(matchID);
      clocks?.refresh(matchID);
    },
    // A move that starts a turn stores that turn's clock in its own write (one statement on PostgreSQL).
    moveFields: (matchID, state, metadata) => clocks?.fieldsForMove(matchID, state, metadata) ?? null,
    // ...and its update carries that clock to the players (one message a socket instead of two).
    moveClock: async (matchID) => (clocks ? clocks.announcementForMove(matchID) : null),
    allowedOrigins: config.allowedOrigins,
    maxMessageBytes: config.maxSocketMessageBytes,
    messagesPerSecond: config.socketRatePerSecond,
    checkAction: checkTrustAndLeverageAction,
    sharingViews: { [TrustAndLeverage.name ?? '']: ({ G, playerID }) => sharedPlayerView(G as GameState, playerID) },
    log,
  });
  const games = [TrustAndLeverage];
  const { app, router } = Server({
    games,
    db: storage,
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
    db: storage,
    chooser: aiPool,
    play: (move) => transport.serverMove(move),
    budgetMs: config.aiBudgetMs,
    paceMs: config.aiPaceMs,
    log,
  });
  const lobby = {
    games,
    db: storage,
    maxBodyBytes: config.maxBodyBytes,
    exclusive: (matchID: string, task: () => Promise<void>) => transport.exclusive(matchID, task),
    onSeatsChanged: (matchID: string) => {
      aiSeats?.consider(matchID);
      clocks?.refresh(matchID);
    },
  };
  const push = config.push ? new PushSender(config.push, storage, log, extras.pushAgent) : null;
  clocks = wireClocks({
    db: storage, bus, chooser: aiPool, play: (move) => transport.serverMove(move), exclusive: lobby.exclusive,
    ...(extras.time ? { time: extras.time } : {}),
    hourMs: config.dailyHourMs, keptTurnMs: config.aiPaceMs, sweepMs: config.clockSweepMs, staleMs: config.staleMatchHours * 3_600_000,
    budgetMs: config.aiBudgetMs, push, log,
  });
  // Before the Lobby's `GET /games/:name`, which would take /games/push-key for a game's name.
  registerPushRoutes(router, lobby, push);
  registerLobbyRoutes(router, lobby);
  registerSeatRoutes(router, lobby);
  registerClockRoutes(router, lobby, clocks);
  registerTransferRoutes(router, lobby, () => (extras.time ?? systemTime).now());
  registerChatRoutes(router, lobby, {
    announce: (matchID, line) => bus.publish(matchChannel(matchID), { type: CHAT_LINE_EVENT, args: [matchID, line] } as unknown as MatchPayload),
    now: () => (extras.time ?? systemTime).now(),
    log,
  });
  registerRecordRoute(router, lobby);
  const classes = await wireClasses({
    config, app, router, db: storage, game: TrustAndLeverage, exclusive: lobby.exclusive,
    serverMove: (move) => transport.serverMove(move), onSeatsChanged: (matchID) => lobby.onSeatsChanged(matchID), log,
  });
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
    await bus.close();
    await classes.close();
    await storage.close();
    throw error;
  }
  // Matches whose AI seat was on move when the server stopped get their move now.
  void aiSeats.resumeAll(TrustAndLeverage.name ?? '').catch((error: unknown) => log(`AI resume failed: ${String(error)}`));
  // Every clock stored with an unfinished match (a restart, another process's) gets its timer.
  clocks.start(TrustAndLeverage.name ?? '');
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    host: address.address,
    port: address.port,
    close: () =>
      (closing ??= (async () => {
        aiSeats?.close();
        clocks?.close();
        await transport.close(); // socket.io closes the HTTP server too
        await aiPool.close();
        if (http.listening) await new Promise<void>((resolve) => http.close(() => resolve()));
        await bus.close();
        await classes.close();
        await storage.close();
      })()),
  };
}
