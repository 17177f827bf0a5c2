/** A boardgame.io client for one seat of a local match. */
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { type ActionLogEntry, type GameState, type PlayerView, rebuildLog, type Seat, TrustAndLeverage } from '../game';
import type { LocalMatchHost } from './local-master';

export type SeatClient = ReturnType<typeof Client<GameState>>;

type Enhancer = NonNullable<Parameters<typeof Client>[0]['enhancer']>;
type Reducer = (state: unknown, action: { readonly type: string }) => unknown;

const isUndo = (action: { readonly type: string }): boolean => action.type === 'UNDO' || action.type === 'REDO';

/** What one seat holds after the master filtered it: its own view of the game. */
export interface SeatState {
  readonly seat: Seat;
  readonly view: PlayerView;
  readonly ctx: Ctx;
  readonly stateID: number;
}

/**
 * The client's own reducer cannot undo (the master strips the undo stack from what it sends, so
 * boardgame.io would log "No moves to undo" on every undo). Undo and redo go to the master only:
 * the client's middleware still forwards them, and the master answers with the new state. (The
 * empty deltalog is what boardgame.io's log middleware expects after an undo.)
 */
const undoOnMaster = ((createStore: (reducer: Reducer, ...rest: unknown[]) => unknown) =>
  (reducer: Reducer, ...rest: unknown[]) =>
    createStore((state, action) => (isUndo(action) ? { ...(state as object), deltalog: [] } : reducer(state, action)), ...rest)
) as unknown as Enhancer;

/** Creates and starts the client of `seat` on `host`. */
export function createSeatClient(host: LocalMatchHost, seat: Seat): SeatClient {
  const client = Client<GameState>({
    game: TrustAndLeverage,
    numPlayers: 2,
    multiplayer: host.transport,
    matchID: host.matchID,
    playerID: seat,
    debug: false,
    enhancer: undoOnMaster,
  });
  client.start();
  return client;
}

/** The client state parts a view is made from (any boardgame.io client of this game). */
interface ClientLike {
  getState(): { G: unknown; ctx: Ctx; _stateID: number; log: readonly unknown[] } | null;
}

/** The last view built per client: the log is rebuilt only when the state or the log changed. */
const built = new WeakMap<ClientLike, { G: unknown; log: readonly unknown[]; view: PlayerView }>();

/**
 * The client's own view of the game with its full log. The master filters G through the game's
 * playerView, so what a client holds is a PlayerView; the log lines of past moves travel in
 * boardgame.io's action log (see log-book.ts) and are put back into the view here.
 */
export function viewOfClient(client: ClientLike): { view: PlayerView; ctx: Ctx; stateID: number } | null {
  const state = client.getState();
  if (state === null) return null;
  let cached = built.get(client);
  if (!cached || cached.G !== state.G || cached.log !== state.log) {
    const G = state.G as PlayerView;
    const view: PlayerView = { ...G, log: rebuildLog(state.log as readonly ActionLogEntry[], G.log) };
    cached = { G: state.G, log: state.log, view };
    built.set(client, cached);
  }
  return { view: cached.view, ctx: state.ctx, stateID: state._stateID };
}

/** The seat's current state, or null before the first sync. */
export function seatState(client: SeatClient, seat: Seat): SeatState | null {
  const state = viewOfClient(client as unknown as ClientLike);
  return state && { seat, ...state };
}
