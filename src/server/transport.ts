/**
 * boardgame.io's SocketIO transport, rebuilt with the checks it lacks. This file wires sockets:
 * CORS and the Origin check, a rate limit per socket, and a guard so no handler can throw past it.
 * What each message does is in socket-handlers.ts (validated by socket-messages.ts, checked
 * against the stored match, refusals sent back as a `refused` event), who sits where in
 * seat-registry.ts, the master and the broadcast in move-runner.ts, the AI seats' moves in
 * server-moves.ts. Game events are refused outright (this game has none for clients), matches
 * are never created by a sync, and a move is persisted before anyone hears of it.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Game, Server, State } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/server';
import { Server as IOServer, type Socket } from 'socket.io';
import type { ActionCheck } from './game-rules';
import type { MatchBus, MatchPayload } from './match-bus';
import { MatchQueues } from './match-queue';
import { type GameEntry, gameEntry, MoveRunner } from './move-runner';
import { TokenBucket } from './rate-limit';
import { textParser } from './text-parser';
import { SeatRegistry } from './seat-registry';
import { playServerMove, type ServerMoveRequest } from './server-moves';
import { refuse } from './socket-events';
import { SocketHandlers } from './socket-handlers';
import type { Storage } from './storage-api';
import type { MoveFields } from './storage-view';

const KNOWN_EVENTS = new Set(['sync', 'update', 'chat']);

/** The state a match payload carries, if it is a move's update or patch. */
function stateOf(payload: MatchPayload): State | undefined {
  if (payload.type === 'update') return payload.args[1];
  if (payload.type === 'patch') return payload.args[3];
  return undefined;
}

/**
 * The bus as the seat registry sees it: every move received for a match (from this process or
 * another) also refreshes the storage's copy of it, so the next move here needs no read.
 */
function notingStates(bus: MatchBus<MatchPayload>, db: Storage): MatchBus<MatchPayload> {
  const note = db.noteState?.bind(db);
  if (!note) return bus;
  return {
    publish: (channel, payload) => bus.publish(channel, payload),
    subscribe: (channel, callback) => bus.subscribe(channel, (payload) => {
      const state = stateOf(payload);
      if (state) note(payload.args[0] as string, state);
      callback(payload);
    }),
    subscribed: (channel) => bus.subscribed(channel),
    unsubscribeAll: (channel) => bus.unsubscribeAll(channel),
    close: () => bus.close(),
  };
}

export interface TransportOptions {
  /** The storage boardgame.io's `Server` was given. */
  db: Storage;
  /** Carries each match's updates to the sockets of every process (in process, or Redis). */
  bus: MatchBus<MatchPayload>;
  allowedOrigins: readonly string[];
  maxMessageBytes: number;
  messagesPerSecond: number;
  checkAction: ActionCheck;
  log?: (message: string) => void;
  /** Called after a move made on this process was published (the server AI looks whose turn it is). */
  onMoved?: (matchID: string) => void;
  /** Metadata fields each move writes with its own write (the turn clock's advance). */
  moveFields?: MoveFields;
  /** Once a move is durable: what its update carries besides the state (the new turn's clock), or null. */
  moveClock?: (matchID: string) => Promise<unknown>;
  /** Per game name: a `playerView` giving the game's views, sharing the state's objects (move-runner.ts, `gameEntry`). */
  sharingViews?: Record<string, Game['playerView']>;
}

/** What exists once boardgame.io's `Server` has called `init`. */
interface Wired {
  entries: GameEntry[];
  runner: MoveRunner;
  handlers: SocketHandlers;
}

/**
 * The hardened transport; pass it to boardgame.io's `Server`, then `attach` it to the HTTP
 * server. It extends `SocketIO` only because `Server` is typed to take one; none of the base
 * class's socket handling runs.
 */
export class HardenedTransport extends SocketIO {
  private readonly options: TransportOptions;
  private readonly queues = new MatchQueues();
  private wired: Wired | null = null;
  private io: IOServer | null = null;

  constructor(options: TransportOptions) {
    super({ pubSub: options.bus });
    this.options = options;
  }

  /** Called by boardgame.io's `Server`: builds the message handlers; sockets open at `attach`. */
  override init(app: Server.App, games: Game[]): void {
    const { db, bus, checkAction, onMoved, moveFields, moveClock } = this.options;
    const runner = new MoveRunner({
      db, bus, auth: app.context.auth, checkAction, ...(onMoved ? { onMoved } : {}), ...(moveFields ? { moveFields } : {}), ...(moveClock ? { moveClock } : {}),
    });
    const seats = new SeatRegistry(notingStates(bus, db));
    const handlers = new SocketHandlers({ db, bus, queues: this.queues, seats, runner, log: (message) => this.log(message) });
    this.wired = { entries: games.map((game) => gameEntry(game, this.options.sharingViews?.[game.name ?? ''])), runner, handlers };
  }

  /** Opens socket.io on `server`, one namespace per game. */
  attach(server: HttpServer): IOServer {
    const allowed = new Set(this.options.allowedOrigins);
    const io = new IOServer(server, {
      serveClient: false,
      // socket.io's own defaults. A ping is a write, a read and a timer per socket: at 10 s, 2,000
      // matches made 400 a second beside ~960 moves. 25 s still keeps a quiet socket under nginx's
      // 60 s proxy_read_timeout (deploy/nginx.conf); a connection that died silently is noticed
      // within 45 s (the turn clock, not the connection, decides when a seat's turn is lost).
      pingTimeout: 20_000,
      pingInterval: 25_000,
      maxHttpBufferSize: this.options.maxMessageBytes,
      parser: textParser,
      cors: { origin: [...allowed], methods: ['GET', 'POST'] },
      // CORS headers alone do not stop a WebSocket from another site: check the Origin itself.
      allowRequest: (req: IncomingMessage, callback) => {
        const origin = req.headers.origin;
        const ok = origin === undefined || allowed.has(origin);
        callback(ok ? null : 'origin not allowed', ok);
      },
    });
    for (const entry of this.ready().entries) io.of(entry.game.name ?? 'default').on('connection', (socket) => this.connect(socket, entry));
    this.io = io;
    return io;
  }

  /** Runs `task` in the match's queue (shared with moves); rethrows what it throws. */
  exclusive(matchID: string, task: () => Promise<void>): Promise<void> {
    return this.queues.exclusive(matchID, task);
  }

  /** Plays a move as the server (an AI seat); see server-moves.ts. */
  serverMove(move: ServerMoveRequest): Promise<boolean> {
    const { entries, runner } = this.ready();
    const entry = entries[0];
    if (!entry) throw new Error('transport has no game');
    return playServerMove({ db: this.options.db, queues: this.queues, runner, entry, log: (message) => this.log(message) }, move);
  }

  /** Closes every socket (the HTTP server is closed by its owner). */
  async close(): Promise<void> {
    const io = this.io;
    this.io = null;
    if (io) await new Promise<void>((resolve) => void io.close(() => resolve()));
  }

  private ready(): Wired {
    if (!this.wired) throw new Error('transport used before init');
    return this.wired;
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(message);
  }

  private connect(socket: Socket, entry: GameEntry): void {
    const { handlers } = this.ready();
    const bucket = new TokenBucket(this.options.messagesPerSecond, this.options.messagesPerSecond * 2);
    const guard = (event: string, args: unknown[], handle: () => Promise<void>) => {
      if (!bucket.take()) return refuse(socket, event, args, 'too many messages: slow down');
      handle().catch((error: unknown) => {
        this.log(`socket ${event} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        refuse(socket, event, args, 'the server could not process this message');
      });
    };
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) {
        guard('unknown', args, async () => refuse(socket, String(event).slice(0, 40), args, 'unknown message type'));
      }
    });
    socket.on('sync', (...args: unknown[]) => guard('sync', args, () => handlers.sync(socket, entry, args)));
    socket.on('update', (...args: unknown[]) => guard('update', args, () => handlers.update(socket, entry, args)));
    socket.on('chat', (...args: unknown[]) => guard('chat', args, async () => refuse(socket, 'chat', args, 'chat is not available')));
    socket.on('disconnect', () => guard('disconnect', [], () => handlers.disconnect(socket, entry)));
  }
}
