/**
 * Test support for the server suites: a real server on 127.0.0.1 with an ephemeral port, the
 * Lobby over HTTP, and raw socket.io clients that record every message they receive.
 */
import { io, type Socket } from 'socket.io-client';
import { afterEach } from 'vitest';
import { chooseMove } from '../../src/ai';
import { type PlayerView, type Seat, toBgioMove } from '../../src/game';
import { type ServerConfig, testConfig } from '../../src/server/config';
import { createGameServer, type GameServer } from '../../src/server/create-server';

export const GAME = 'trust-and-leverage';
const TIMEOUT_MS = 15_000;

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

/**
 * Starts a server closed automatically after the test. Test bots move as fast as the round trips
 * allow, so the per-socket rate limit is lifted unless a test sets it (bad-input tests the limit).
 */
export async function startServer(overrides: Partial<ServerConfig> = {}): Promise<GameServer> {
  const server = await createGameServer(testConfig({ socketRatePerSecond: 10_000, ...overrides }), { log: () => {} });
  open.push(server);
  return server;
}

/** A JSON request to the Lobby. */
export async function lobby(server: Pick<GameServer, 'url'>, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = body === undefined
    ? { headers }
    : { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as Record<string, unknown> };
}

/** A seat a test player joined: the seat and its credentials. */
export interface JoinedSeat {
  playerID: Seat;
  credentials: string;
}

/** Creates a match and seats two players; returns the match code and both seats. */
export async function createTable(server: Pick<GameServer, 'url'>, setupData?: object): Promise<{ matchID: string; seats: [JoinedSeat, JoinedSeat] }> {
  const created = await lobby(server, `/games/${GAME}/create`, { numPlayers: 2, ...(setupData ? { setupData } : {}) });
  if (created.status !== 200) throw new Error(`create failed: ${JSON.stringify(created.json)}`);
  const matchID = String(created.json.matchID);
  const seats: JoinedSeat[] = [];
  for (const [playerID, name] of [['0', 'Ada'], ['1', 'Bo']] as const) {
    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID, playerName: name });
    if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.json)}`);
    seats.push({ playerID, credentials: String(joined.json.playerCredentials) });
  }
  return { matchID, seats: seats as [JoinedSeat, JoinedSeat] };
}

/** One received socket message. */
export interface Received {
  event: string;
  args: unknown[];
}

/** A raw socket.io client recording everything it receives. */
export interface Peer {
  socket: Socket;
  received: Received[];
  /** Resolves with the first message of one of `events` (received after index `from`) matching. */
  next(events: string | readonly string[], match?: (args: unknown[]) => boolean, from?: number): Promise<Received>;
  close(): void;
}

/** Connects a raw client to the game's namespace. */
export async function connect(server: Pick<GameServer, 'url'>, options: { origin?: string } = {}): Promise<Peer> {
  const socket = io(`${server.url}/${GAME}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: TIMEOUT_MS,
    ...(options.origin ? { extraHeaders: { origin: options.origin } } : {}),
  });
  const received: Received[] = [];
  const waiters = new Set<() => void>();
  socket.onAny((event: string, ...args: unknown[]) => {
    received.push({ event, args });
    for (const wake of Array.from(waiters)) wake();
  });
  const peer: Peer = {
    socket,
    received,
    next: (events, match = () => true, from = received.length) =>
      new Promise((resolve, reject) => {
        const wanted = typeof events === 'string' ? [events] : events;
        const check = () => {
          const hit = received.slice(from).find((r) => wanted.includes(r.event) && match(r.args));
          if (!hit) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${wanted.join('/')}; got: ${received.slice(from).map((r) => r.event).join(', ')}`));
        }, TIMEOUT_MS);
        if (!check()) waiters.add(check);
      }),
    close: () => void socket.close(),
  };
  open.push(peer);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return peer;
}

/** A synced state as the client sees it. */
export interface SyncedState {
  G: Record<string, unknown>;
  ctx: { currentPlayer: string; gameover?: unknown };
  _stateID: number;
}

/** Syncs a peer to a match (as a seat or, with no seat, a spectator) and returns the state it got. */
export async function sync(peer: Peer, matchID: string, seat?: JoinedSeat): Promise<SyncedState> {
  const from = peer.received.length;
  peer.socket.emit('sync', matchID, seat?.playerID ?? null, seat?.credentials, 2);
  const reply = await peer.next(['sync', 'refused'], ([id]) => id === matchID || (id as { matchID?: string })?.matchID === matchID, from);
  if (reply.event === 'refused') throw new Error(`sync refused: ${(reply.args[0] as { reason: string }).reason}`);
  return (reply.args[1] as { state: SyncedState }).state;
}

/** Sends a move as boardgame.io's client does and waits for the resulting update (or refusal). */
export async function move(peer: Peer, matchID: string, seat: JoinedSeat, stateID: number, name: string, args: unknown[]): Promise<Received> {
  const from = peer.received.length;
  const action = { type: 'MAKE_MOVE', payload: { type: name, args, playerID: seat.playerID, credentials: seat.credentials } };
  peer.socket.emit('update', action, stateID, matchID, seat.playerID);
  return peer.next(['update', 'refused'], () => true, from);
}

/** The state carried by an `update` message. */
export function stateOf(reply: Received): SyncedState {
  if (reply.event !== 'update') throw new Error(`expected an update, got ${reply.event}: ${JSON.stringify(reply.args[0])}`);
  return reply.args[1] as SyncedState;
}

/** The legal move an Easy AI would make for this view, as a boardgame.io move. */
export function someLegalMove(state: SyncedState, seed = 'test'): { move: string; args: unknown[] } {
  const { move: chosen } = chooseMove({ view: state.G as unknown as PlayerView, level: 'easy', seed });
  return toBgioMove(chosen);
}

/** The last refusal a peer received, as its reason. */
export function lastRefusal(peer: Peer): string | null {
  const refusal = [...peer.received].reverse().find((r) => r.event === 'refused');
  return refusal ? String((refusal.args[0] as { reason: string }).reason) : null;
}

/** Two seated peers, their latest states, and a way to play legal moves between them. */
export interface Game2 {
  peers: [Peer, Peer];
  states: [SyncedState, SyncedState];
  /** Plays one legal move (the side on move) and waits until both players have the update. */
  step(seed: string): Promise<void>;
}

/** Syncs two peers to their seats and returns a driver for legal play. */
export async function seatBoth(peers: [Peer, Peer], matchID: string, seats: [JoinedSeat, JoinedSeat]): Promise<Game2> {
  const states: [SyncedState, SyncedState] = [await sync(peers[0], matchID, seats[0]), await sync(peers[1], matchID, seats[1])];
  return {
    peers,
    states,
    step: async (seed) => {
      const mover = Number(states[0].ctx.currentPlayer) as 0 | 1;
      const other = (1 - mover) as 0 | 1;
      const { move: name, args } = someLegalMove(states[mover], seed);
      const from = peers[other].received.length;
      states[mover] = stateOf(await move(peers[mover], matchID, seats[mover], states[mover]._stateID, name, args));
      states[other] = stateOf(await peers[other].next('update', () => true, from));
    },
  };
}
