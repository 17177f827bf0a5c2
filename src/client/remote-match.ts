/**
 * A boardgame.io client connected to our game server over socket.io: as a seat (with the ticket
 * from the Lobby) or as a spectator. Reports its connection status, including the server's
 * refusals; after a disconnect, socket.io reconnects and boardgame.io asks for a full sync.
 */
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { type GameState, TrustAndLeverage } from '../game';
import type { SeatTicket } from './lobby-client';

/** What the connection is doing, for a visible status line. */
export type ConnectionStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'disconnected' }
  | { kind: 'refused'; reason: string };

export type RemoteClient = ReturnType<typeof Client<GameState>>;

type Enhancer = NonNullable<Parameters<typeof Client>[0]['enhancer']>;
type Reducer = (state: unknown, action: { readonly type: string }) => unknown;

/**
 * Undo and redo run on the server only: the client holds no undo stack (the server strips it), so
 * its own reducer would only log "No moves to undo". The client still forwards the action and the
 * server answers with the new state. (The same as the local seat clients do.)
 */
const undoOnServer = ((createStore: (reducer: Reducer, ...rest: unknown[]) => unknown) =>
  (reducer: Reducer, ...rest: unknown[]) =>
    createStore((state, action) => (action.type === 'UNDO' || action.type === 'REDO' ? { ...(state as object), deltalog: [] } : reducer(state, action)), ...rest)
) as unknown as Enhancer;

/** A running remote client and its status. */
export interface RemoteMatch {
  client: RemoteClient;
  status(): ConnectionStatus;
  /** Called on every status change (and once now); returns an unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Called when the server refuses one of this client's moves, with its reason. */
  onRefused(listener: (reason: string) => void): () => void;
  /** Called when the server's AI explains the move it is about to play (just before its update). */
  onAiNote(listener: (note: ServerAiNote) => void): () => void;
  /** Called when the server announces the match's clock (socket event `clock`, see src/server/clock). */
  onClock(listener: (news: unknown) => void): () => void;
  /** Called with each new chat line of the match (socket event `chat-line`, see src/server/chat-routes.ts). */
  onChatLine(listener: (line: unknown) => void): () => void;
  stop(): void;
}

/** An AI seat's reason for its next move, as the server sends it (`ai-note`, see src/server/ai-seats.ts). */
export interface ServerAiNote {
  readonly stateID: number;
  readonly side: 'dem' | 'aut';
  readonly level: string;
  readonly reason: string;
  /** The AI stood in for a player whose time ran out. */
  readonly standIn: boolean;
}

/** A well-formed note, or null (a note is shown as text, and only when it has this shape). */
function parseAiNote(value: unknown): ServerAiNote | null {
  const note = value as Partial<ServerAiNote> | null;
  if (!note || typeof note !== 'object' || typeof note.stateID !== 'number' || typeof note.reason !== 'string') return null;
  if (note.side !== 'dem' && note.side !== 'aut') return null;
  return { stateID: note.stateID, side: note.side, level: String(note.level ?? ''), reason: note.reason.slice(0, 300), standIn: note.standIn === true };
}

interface RefusedEvent {
  event: string;
  reason: string;
}

interface SocketLike {
  on(event: string, listener: (...args: unknown[]) => void): void;
}

/** Connects to `matchID` on `server` ("" or undefined: the page's origin) as `ticket`'s seat, or as a spectator. */
export function connectRemote(opts: { server?: string; matchID: string; ticket?: SeatTicket }): RemoteMatch {
  const client = Client<GameState>({
    game: TrustAndLeverage,
    numPlayers: 2,
    // WebSocket only: behind a proxy (deploy/nginx.conf) any server process can take the socket,
    // with no long-polling session to pin to one process. The match code on the URL is for logs.
    multiplayer: SocketIO({
      ...(opts.server ? { server: opts.server } : {}),
      socketOpts: { query: { matchID: opts.matchID }, transports: ['websocket'] },
    }),
    matchID: opts.matchID,
    ...(opts.ticket ? { playerID: opts.ticket.playerID, credentials: opts.ticket.credentials } : {}),
    debug: false,
    enhancer: undoOnServer,
  });
  let status: ConnectionStatus = { kind: 'connecting' };
  const listeners = new Set<(s: ConnectionStatus) => void>();
  const refusals = new Set<(reason: string) => void>();
  const aiNotes = new Set<(note: ServerAiNote) => void>();
  const clocks = new Set<(news: unknown) => void>();
  const chatLines = new Set<(line: unknown) => void>();
  const set = (next: ConnectionStatus) => {
    status = next;
    for (const listener of Array.from(listeners)) listener(status);
  };
  client.start();
  const socket = (client as unknown as { transport: { socket?: SocketLike } }).transport.socket;
  // Connected once the server has answered the sync (the client sends it on every connect): a move
  // sent before that would be refused ("sync to this match and seat first"), e.g. right after a reconnect.
  socket?.on('connect', () => set({ kind: 'connecting' }));
  socket?.on('sync', (...args: unknown[]) => {
    if (args[0] === opts.matchID) set({ kind: 'connected' });
  });
  socket?.on('disconnect', () => set({ kind: 'disconnected' }));
  socket?.on('connect_error', () => set({ kind: 'disconnected' }));
  socket?.on('ai-note', (...args: unknown[]) => {
    const note = args[0] === opts.matchID ? parseAiNote(args[1]) : null;
    if (note) for (const listener of Array.from(aiNotes)) listener(note);
  });
  socket?.on('clock', (...args: unknown[]) => {
    if (args[0] === opts.matchID) for (const listener of Array.from(clocks)) listener(args[1]);
  });
  // A move that starts a turn brings that turn's clock in its update, after the view and the log
  // (boardgame.io's own listener, added first, has applied the state by then).
  socket?.on('update', (...args: unknown[]) => {
    if (args[0] === opts.matchID && args[3] !== undefined) for (const listener of Array.from(clocks)) listener(args[3]);
  });
  socket?.on('chat-line', (...args: unknown[]) => {
    if (args[0] === opts.matchID) for (const listener of Array.from(chatLines)) listener(args[1]);
  });
  socket?.on('refused', (...args: unknown[]) => {
    const refused = args[0] as RefusedEvent | undefined;
    if (refused?.event === 'sync') set({ kind: 'refused', reason: refused.reason });
    else if (refused) for (const listener of Array.from(refusals)) listener(refused.reason);
  });
  return {
    client,
    status: () => status,
    onStatus: (listener) => {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    onRefused: (listener) => {
      refusals.add(listener);
      return () => refusals.delete(listener);
    },
    onAiNote: (listener) => {
      aiNotes.add(listener);
      return () => aiNotes.delete(listener);
    },
    onClock: (listener) => {
      clocks.add(listener);
      return () => clocks.delete(listener);
    },
    onChatLine: (listener) => {
      chatLines.add(listener);
      return () => chatLines.delete(listener);
    },
    stop: () => {
      listeners.clear();
      clocks.clear();
      chatLines.clear();
      refusals.clear();
      aiNotes.clear();
      client.stop();
    },
  };
}
