/**
 * boardgame.io's SocketIO transport, rebuilt with the checks it lacks. Every message is validated
 * (socket-messages.ts) and checked against the stored match before boardgame.io's master runs
 * it; refusals go back to the sender as a `refused` event; no handler can throw past its guard.
 * Game events are refused outright (this game has none for clients), matches are never created
 * by a sync, and the master persists a move before anyone hears of it.
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Game, Server, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import { type GenericPubSub, SocketIO } from 'boardgame.io/server';
import { Server as IOServer, type Socket } from 'socket.io';
import type { ActionCheck } from './game-rules';
import { MatchQueues } from './match-queue';
import { TokenBucket } from './rate-limit';
import { secretsEqual } from './secrets';
import { durable } from './storage-errors';
import { parseSync, parseUpdate, type SeatID, type SyncMessage, type UpdateMessage } from './socket-messages';
import { masterStorage, type Preloaded, type Storage } from './storage-view';

type MasterTransport = ConstructorParameters<typeof Master>[2];
/** What the master publishes for a whole match (before each client's view is cut). */
export type MatchPayload = Parameters<MasterTransport['sendAll']>[0];
type Filter = ReturnType<typeof getFilterPlayerView>;

/** The event that carries a refusal back to its sender: `{ event, matchID, reason }`. */
export const REFUSED_EVENT = 'refused';
const KNOWN_EVENTS = new Set(['sync', 'update', 'chat']);

export interface TransportOptions {
  allowedOrigins: readonly string[];
  maxMessageBytes: number;
  messagesPerSecond: number;
  checkAction: ActionCheck;
  pubSub?: GenericPubSub<MatchPayload>;
  log?: (message: string) => void;
  /** Called after a move made on this process was published (the server AI looks whose turn it is). */
  onMoved?: (matchID: string) => void;
}

/** The socket event that carries an AI seat's reason for its next move (sent just before the move). */
export const AI_NOTE_EVENT = 'ai-note';

interface Client {
  socket: Socket;
  matchID: string;
  playerID: SeatID | null;
  credentials: string | undefined;
}

interface GameEntry {
  game: Game;
  filter: Filter;
  moveNames: ReadonlySet<string>;
}

const channel = (matchID: string) => `MATCH-${matchID}`;

/** The hardened transport; pass it to boardgame.io's `Server`, then `attach` it to the HTTP server. */
export class HardenedTransport extends SocketIO {
  private readonly options: TransportOptions;
  private readonly bus: GenericPubSub<MatchPayload>;
  private readonly clients = new Map<string, Client>();
  private readonly matchSockets = new Map<string, Set<string>>();
  private readonly queues = new MatchQueues();
  private entries: GameEntry[] = [];
  private app: Server.App | null = null;
  private io: IOServer | null = null;

  constructor(options: TransportOptions) {
    super(options.pubSub ? { pubSub: options.pubSub } : {});
    this.options = options;
    this.bus = this.pubSub as GenericPubSub<MatchPayload>;
  }

  /** Called by boardgame.io's `Server`: remembers the app and games; sockets open at `attach`. */
  override init(app: Server.App, games: Game[]): void {
    this.app = app;
    this.entries = games.map((game) => ({ game, filter: getFilterPlayerView(game), moveNames: new Set(Object.keys(game.moves ?? {})) }));
  }

  /** Opens socket.io on `server`, one namespace per game. */
  attach(server: HttpServer): IOServer {
    const allowed = new Set(this.options.allowedOrigins);
    const io = new IOServer(server, {
      serveClient: false,
      pingTimeout: 20_000,
      pingInterval: 10_000,
      maxHttpBufferSize: this.options.maxMessageBytes,
      cors: { origin: [...allowed], methods: ['GET', 'POST'] },
      // CORS headers alone do not stop a WebSocket from another site: check the Origin itself.
      allowRequest: (req: IncomingMessage, callback) => {
        const origin = req.headers.origin;
        const ok = origin === undefined || allowed.has(origin);
        callback(ok ? null : 'origin not allowed', ok);
      },
    });
    for (const entry of this.entries) io.of(entry.game.name ?? 'default').on('connection', (socket) => this.connect(socket, entry));
    this.io = io;
    return io;
  }

  /** Runs `task` in the match's queue (shared with moves); rethrows what it throws. */
  async exclusive(matchID: string, task: () => Promise<void>): Promise<void> {
    let failure: { error: unknown } | null = null;
    await this.queues.run(matchID, task, (error) => void (failure = { error }));
    if (failure) throw (failure as { error: unknown }).error;
  }

  /** Closes every socket (the HTTP server is closed by its owner). */
  async close(): Promise<void> {
    const io = this.io;
    this.io = null;
    if (io) await new Promise<void>((resolve) => void io.close(() => resolve()));
  }

  private get db(): Storage {
    if (!this.app) throw new Error('transport used before init');
    return this.app.context.db;
  }

  private connect(socket: Socket, entry: GameEntry): void {
    const bucket = new TokenBucket(this.options.messagesPerSecond, this.options.messagesPerSecond * 2);
    const guard = (event: string, args: unknown[], handle: () => Promise<void>) => {
      if (!bucket.take()) return this.refuse(socket, event, args, 'too many messages: slow down');
      handle().catch((error: unknown) => {
        this.log(`socket ${event} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        this.refuse(socket, event, args, 'the server could not process this message');
      });
    };
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event !== 'string' || !KNOWN_EVENTS.has(event)) {
        guard('unknown', args, async () => this.refuse(socket, String(event).slice(0, 40), args, 'unknown message type'));
      }
    });
    socket.on('sync', (...args: unknown[]) => guard('sync', args, () => this.sync(socket, entry, args)));
    socket.on('update', (...args: unknown[]) => guard('update', args, () => this.update(socket, entry, args)));
    socket.on('chat', (...args: unknown[]) => guard('chat', args, async () => this.refuse(socket, 'chat', args, 'chat is not available')));
    socket.on('disconnect', () => guard('disconnect', [], () => this.disconnect(socket, entry)));
  }

  private refuse(socket: Socket, event: string, args: readonly unknown[], reason: string): void {
    const matchID = args.find((a): a is string => typeof a === 'string' && a.length <= 64) ?? null;
    socket.emit(REFUSED_EVENT, { event, matchID: event === 'update' ? (typeof args[2] === 'string' ? args[2] : null) : matchID, reason });
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(message);
  }

  /** A master whose broadcasts wait in `outbox` until its writes are done. */
  private master(entry: GameEntry, socket: Socket | null, outbox: MatchPayload[], preloaded?: Preloaded): Master {
    const transport: MasterTransport = {
      send: ({ playerID, ...data }) => {
        const { type, args } = entry.filter(playerID, data);
        socket?.emit(type, ...args);
      },
      sendAll: (payload) => void outbox.push(payload),
    };
    return new Master(entry.game, masterStorage(this.db, preloaded), transport, this.app?.context.auth);
  }

  /** Sends what the master produced, once its writes are durable: a client never hears of a move a crash could lose. */
  private async publish(matchID: string, outbox: readonly MatchPayload[]): Promise<void> {
    if (outbox.length === 0) return;
    await durable(this.db);
    for (const payload of outbox) this.bus.publish(channel(matchID), payload);
  }

  private async sync(socket: Socket, entry: GameEntry, args: readonly unknown[]): Promise<void> {
    const message = parseSync(args);
    if (typeof message === 'string') return this.refuse(socket, 'sync', args, message);
    await this.queues.run(message.matchID, () => this.syncNow(socket, entry, message), (error) => {
      this.log(`sync failed: ${String(error)}`);
      this.refuse(socket, 'sync', args, 'the server could not sync this match');
    });
  }

  private async syncNow(socket: Socket, entry: GameEntry, message: SyncMessage): Promise<void> {
    const { matchID, playerID, credentials } = message;
    const { metadata } = await this.db.fetch(matchID, { metadata: true });
    const refuse = (reason: string) => this.refuse(socket, 'sync', [matchID], reason);
    if (!metadata || metadata.gameName !== entry.game.name) return refuse('there is no match with this code');
    if (playerID !== null && !secretsEqual(credentials, metadata.players[Number(playerID)]?.credentials)) {
      return refuse('wrong credentials for this seat');
    }
    this.seat({ socket, matchID, playerID, credentials }, entry);
    // With Redis, wait for the match's subscription: a move made elsewhere must not be missed.
    await (this.bus as { subscribed?: (channel: string) => Promise<void> }).subscribed?.(channel(matchID));
    const outbox: MatchPayload[] = [];
    const master = this.master(entry, socket, outbox);
    const result = await master.onSync(matchID, playerID, credentials, 2);
    if (result && 'error' in result) return refuse(result.error);
    if (playerID !== null) await master.onConnectionChange(matchID, playerID, credentials, true);
    await this.publish(matchID, outbox);
  }

  private async update(socket: Socket, entry: GameEntry, args: readonly unknown[]): Promise<void> {
    const message = parseUpdate(args, entry.moveNames);
    if (typeof message === 'string') return this.refuse(socket, 'update', args, message);
    const client = this.clients.get(socket.id);
    if (!client || client.matchID !== message.matchID || client.playerID !== message.playerID) {
      return this.refuse(socket, 'update', args, 'sync to this match and seat first');
    }
    await this.queues.run(message.matchID, () => this.updateNow(socket, entry, message), (error) => {
      this.log(`update failed: ${String(error)}`);
      this.refuse(socket, 'update', args, 'the server could not process this move');
    });
  }

  private async updateNow(socket: Socket, entry: GameEntry, message: UpdateMessage): Promise<void> {
    const { action, stateID, matchID, playerID } = message;
    const refuse = (reason: string) => this.refuse(socket, 'update', [null, null, matchID], reason);
    const { state, metadata } = await this.db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return refuse('there is no match with this code');
    if (!secretsEqual(action.payload.credentials, metadata.players[Number(playerID)]?.credentials)) return refuse('wrong credentials');
    if (state.ctx.gameover !== undefined) return refuse('the game is over');
    if (stateID !== state._stateID) {
      refuse('your state is out of date: the current state follows');
      return void (await this.master(entry, socket, []).onSync(matchID, playerID, action.payload.credentials, 2));
    }
    if (state.ctx.currentPlayer !== playerID) return refuse('it is not your turn');
    const refusal = await this.runMove(entry, socket, message, state, metadata);
    if (refusal !== null) return refuse(refusal);
  }

  /**
   * The rules' check, boardgame.io's master, then the broadcast (`before` goes out first) and the
   * AI's look at the new state: the part of a move shared by clients and the server's AI seats.
   * Returns why the move was refused, or null once it is played and published.
   */
  private async runMove(
    entry: GameEntry, socket: Socket | null, message: UpdateMessage, state: State, metadata: Server.MatchData, before: MatchPayload[] = [],
  ): Promise<string | null> {
    const { action, stateID, matchID, playerID } = message;
    const reason = this.options.checkAction(state, message);
    if (reason !== null) return reason;
    const outbox: MatchPayload[] = [];
    // The canonical action of socket-messages.ts is one of boardgame.io's credentialed action shapes.
    const credentialed = action as unknown as Parameters<Master['onUpdate']>[0];
    const master = this.master(entry, socket, outbox, { matchID, state, metadata });
    const result = await master.onUpdate(credentialed, stateID, matchID, playerID);
    if (result && 'error' in result) return result.error;
    const played = outbox.some((p) => (p.type === 'update' || p.type === 'patch') && stateOf(p)._stateID !== state._stateID);
    if (!played) return 'the move was not accepted';
    await this.publish(matchID, [...before, ...outbox]);
    this.options.onMoved?.(matchID);
    return null;
  }

  /**
   * Plays a move as the server (for an AI seat), in the match's queue like any client's move and
   * through the same checks, with the seat's stored credentials. `note` (any JSON) goes out to the
   * match first as an `ai-note` event. Resolves false, changing nothing, when the match has moved on
   * from `stateID` or the move is refused.
   */
  async serverMove(move: { matchID: string; playerID: SeatID; stateID: number; type: string; args: unknown[]; note?: unknown }): Promise<boolean> {
    const { matchID, playerID, stateID } = move;
    const entry = this.entries[0];
    if (!entry) throw new Error('transport used before init');
    let played = false;
    await this.exclusive(matchID, async () => {
      const { state, metadata } = await this.db.fetch(matchID, { state: true, metadata: true });
      const credentials = metadata?.players[Number(playerID)]?.credentials;
      if (!state || !metadata || !credentials || state._stateID !== stateID || state.ctx.gameover !== undefined || state.ctx.currentPlayer !== playerID) return;
      const message: UpdateMessage = { action: { type: 'MAKE_MOVE', payload: { type: move.type, args: move.args, playerID, credentials } }, stateID, matchID, playerID };
      const note = move.note === undefined ? [] : [{ type: AI_NOTE_EVENT, args: [matchID, move.note] } as unknown as MatchPayload];
      const refusal = await this.runMove(entry, null, message, state, metadata, note);
      if (refusal !== null) return this.log(`server move in ${matchID} refused: ${refusal}`);
      played = true;
    });
    return played;
  }

  private async disconnect(socket: Socket, entry: GameEntry): Promise<void> {
    const client = this.clients.get(socket.id);
    this.unseat(socket.id);
    if (!client || client.playerID === null) return;
    const { matchID, playerID, credentials } = client;
    const stillHere = [...(this.matchSockets.get(matchID) ?? [])].some((id) => this.clients.get(id)?.playerID === playerID);
    if (stillHere) return;
    await this.queues.run(matchID, async () => {
      const outbox: MatchPayload[] = [];
      await this.master(entry, socket, outbox).onConnectionChange(matchID, playerID, credentials, false);
      await this.publish(matchID, outbox);
    }, (error) => this.log(`disconnect failed: ${String(error)}`));
  }

  private seat(client: Client, entry: GameEntry): void {
    this.unseat(client.socket.id);
    this.clients.set(client.socket.id, client);
    let sockets = this.matchSockets.get(client.matchID);
    if (!sockets) {
      this.matchSockets.set(client.matchID, (sockets = new Set()));
      this.bus.subscribe(channel(client.matchID), (payload) => this.broadcast(entry, client.matchID, payload));
    }
    sockets.add(client.socket.id);
  }

  private unseat(socketID: string): void {
    const client = this.clients.get(socketID);
    if (!client) return;
    this.clients.delete(socketID);
    const sockets = this.matchSockets.get(client.matchID);
    sockets?.delete(socketID);
    if (sockets && sockets.size === 0) {
      this.matchSockets.delete(client.matchID);
      this.bus.unsubscribeAll(channel(client.matchID));
    }
  }

  private broadcast(entry: GameEntry, matchID: string, payload: MatchPayload): void {
    for (const socketID of this.matchSockets.get(matchID) ?? []) {
      const client = this.clients.get(socketID);
      if (!client) continue;
      const { type, args } = entry.filter(client.playerID, payload);
      client.socket.emit(type, ...args);
    }
  }
}

function stateOf(payload: MatchPayload): { _stateID: number } {
  if (payload.type === 'update') return payload.args[1];
  if (payload.type === 'patch') return payload.args[3];
  return { _stateID: -1 };
}
