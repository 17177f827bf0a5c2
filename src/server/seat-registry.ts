/**
 * Who is in which match on this process: each socket's seat (or spectator place), and the bus
 * subscription of every match that has a socket here. A match's broadcasts reach its sockets,
 * each cut to what that seat may see.
 */
import type { getFilterPlayerView } from 'boardgame.io/internal';
import type { Socket } from 'socket.io';
import type { Seat } from '../game';
import { type MatchBus, matchChannel, type MatchPayload } from './match-bus';
import { EncodedJson, forgetStateMemo, sharedJson, stateMemo } from './shared-json';

/** boardgame.io's per-seat filter of a match payload (the game's `playerView`, secrets stripped). */
export type PlayerViewFilter = ReturnType<typeof getFilterPlayerView>;

/** A socket that synced to a match: as a seat with its credentials, or as a spectator (null). */
export interface SeatedSocket {
  socket: Socket;
  matchID: string;
  playerID: Seat | null;
  credentials: string | undefined;
}

export class SeatRegistry {
  private readonly sockets = new Map<string, SeatedSocket>();
  private readonly matchSockets = new Map<string, Set<string>>();
  /** Per match with sockets here: the newest state id broadcast to them. */
  private readonly newestSent = new Map<string, number>();

  constructor(private readonly bus: MatchBus<MatchPayload>) {}

  /** Where a socket sits, if it synced. */
  of(socketID: string): SeatedSocket | undefined {
    return this.sockets.get(socketID);
  }

  /** Seats a socket (leaving its earlier place); the match's first socket here subscribes to its channel. */
  seat(seated: SeatedSocket, filter: PlayerViewFilter): void {
    this.unseat(seated.socket.id);
    this.sockets.set(seated.socket.id, seated);
    let sockets = this.matchSockets.get(seated.matchID);
    if (!sockets) {
      this.matchSockets.set(seated.matchID, (sockets = new Set()));
      this.bus.subscribe(matchChannel(seated.matchID), (payload) => this.broadcast(filter, seated.matchID, payload));
    }
    sockets.add(seated.socket.id);
  }

  /** Forgets a socket; the match's last socket here unsubscribes from its channel. */
  unseat(socketID: string): void {
    const seated = this.sockets.get(socketID);
    if (!seated) return;
    this.sockets.delete(socketID);
    const sockets = this.matchSockets.get(seated.matchID);
    sockets?.delete(socketID);
    if (sockets && sockets.size === 0) {
      this.matchSockets.delete(seated.matchID);
      this.newestSent.delete(seated.matchID);
      this.bus.unsubscribeAll(matchChannel(seated.matchID));
    }
  }

  /** Whether a socket here still holds this seat (the same player in another tab). */
  isHeld(matchID: string, playerID: Seat): boolean {
    return [...(this.matchSockets.get(matchID) ?? [])].some((id) => this.sockets.get(id)?.playerID === playerID);
  }

  /**
   * Whether a move's update or patch is newer than every one sent to the match's sockets here (and
   * notes it): a process's own updates reach its sockets at once, another's through Redis, so an
   * older state made elsewhere (two processes moving one match, as at a failover) may come after
   * a newer one made here, and a player must never see a move undone. Other payloads always pass.
   */
  private isNewest(matchID: string, payload: MatchPayload): boolean {
    const stateID = payload.type === 'update' ? payload.args[1]._stateID : payload.type === 'patch' ? payload.args[3]._stateID : undefined;
    if (stateID === undefined) return true;
    if (stateID <= (this.newestSent.get(matchID) ?? -1)) return false;
    this.newestSent.set(matchID, stateID);
    return true;
  }

  /**
   * Each distinct view (seat 0, seat 1, spectators) is cut once per payload, and sent to all the
   * sockets that see it as one packet, encoded once (socket.io's broadcast to their socket ids):
   * a class's projector and a dozen spectators cost one view and one encoding, not thirteen.
   * An update's views are encoded with one memo (shared-json.ts): what they share (the countries,
   * the history, the log lines, ctx) is encoded for the first view only.
   */
  private broadcast(filter: PlayerViewFilter, matchID: string, payload: MatchPayload): void {
    if (!this.isNewest(matchID, payload)) return;
    const byView = new Map<Seat | null, Socket[]>();
    for (const socketID of this.matchSockets.get(matchID) ?? []) {
      const seated = this.sockets.get(socketID);
      if (!seated) continue;
      const group = byView.get(seated.playerID);
      if (group) group.push(seated.socket);
      else byView.set(seated.playerID, [seated.socket]);
    }
    // The state's memo: the storage encoded the state and the log lines with it already.
    const G = payload.type === 'update' ? (payload.args[1] as { G?: unknown }).G : undefined;
    const memo = G !== null && typeof G === 'object' ? stateMemo(G) : new Map<object, string>();
    for (const [playerID, sockets] of byView) {
      const filtered = filter(playerID, payload);
      const { type } = filtered;
      const args = type === 'update' ? encodedOnce([...filtered.args, ...updateExtras(payload)], memo) : filtered.args;
      const [first] = sockets;
      if (sockets.length === 1 && first) first.emit(type, ...args);
      else if (first) first.nsp.to(sockets.map((socket) => socket.id)).emit(type, ...args);
    }
    if (G !== null && typeof G === 'object') forgetStateMemo(G);
  }
}

/**
 * What an update carries after its state (the clock of the turn its move started: move-runner.ts),
 * sent to every view after its view and log (boardgame.io's filter keeps only those).
 */
const updateExtras = (payload: MatchPayload): unknown[] => (payload.type === 'update' ? (payload.args as unknown[]).slice(2) : []);

/**
 * Levels of an update's arguments whose objects are looked up in the broadcast's memo: the view
 * state, its G and G's fields (the countries, the history...); the log and its entries.
 */
const SHARED_LEVELS = 2;

/** An update's arguments with its objects (the view state, the log) encoded, sharing `memo`. */
function encodedOnce(args: readonly unknown[], memo: Map<object, string>): unknown[] {
  return args.map((arg) => (arg !== null && typeof arg === 'object' ? new EncodedJson(sharedJson(arg, memo, SHARED_LEVELS) ?? 'null') : arg));
}
