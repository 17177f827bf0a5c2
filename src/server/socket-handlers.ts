/**
 * What the transport does with each validated socket message: `sync` seats a socket (or a
 * spectator) after checking its credentials, `update` checks a move against the stored match
 * before the master runs it, and a disconnect tells the match when a seat's last socket left.
 * Each runs in the match's queue; refusals go back to the sender.
 */
import type { Server } from 'boardgame.io';
import type { Socket } from 'socket.io';
import type { Seat } from '../game';
import { type MatchBus, matchChannel, type MatchPayload } from './match-bus';
import type { MatchQueues } from './match-queue';
import type { GameEntry, MoveRunner } from './move-runner';
import type { SeatRegistry } from './seat-registry';
import { secretsEqual } from './secrets';
import { refuse } from './socket-events';
import { parseSync, parseUpdate, type SyncMessage, type UpdateMessage } from './socket-messages';
import { type CachedMatch, StaleStateError, type Storage } from './storage-api';

export interface SocketHandlerDeps {
  db: Storage;
  bus: MatchBus<MatchPayload>;
  queues: MatchQueues;
  seats: SeatRegistry;
  runner: MoveRunner;
  log: (message: string) => void;
}

const credentialsOf = (metadata: Server.MatchData, playerID: Seat) => metadata.players[Number(playerID)]?.credentials;

/** The storage's copy of a match, if it is of the state the move was made on and knows the mover's credentials. */
function usableCopy(copy: CachedMatch | undefined, { stateID, playerID, action }: UpdateMessage): CachedMatch | undefined {
  if (!copy || copy.state._stateID !== stateID) return undefined;
  return secretsEqual(action.payload.credentials, credentialsOf(copy.metadata, playerID)) ? copy : undefined;
}

export class SocketHandlers {
  constructor(private readonly deps: SocketHandlerDeps) {}

  async sync(socket: Socket, entry: GameEntry, args: readonly unknown[]): Promise<void> {
    const message = parseSync(args);
    if (typeof message === 'string') return refuse(socket, 'sync', args, message);
    await this.deps.queues.run(message.matchID, () => this.syncNow(socket, entry, message), (error) => {
      this.deps.log(`sync failed: ${String(error)}`);
      refuse(socket, 'sync', args, 'the server could not sync this match');
    });
  }

  async update(socket: Socket, entry: GameEntry, args: readonly unknown[]): Promise<void> {
    const message = parseUpdate(args, entry.moveNames);
    if (typeof message === 'string') return refuse(socket, 'update', args, message);
    const seated = this.deps.seats.of(socket.id);
    if (!seated || seated.matchID !== message.matchID || seated.playerID !== message.playerID) {
      return refuse(socket, 'update', args, 'sync to this match and seat first');
    }
    await this.deps.queues.run(message.matchID, () => this.updateNow(socket, entry, message), (error) => {
      this.deps.log(`update failed: ${String(error)}`);
      refuse(socket, 'update', args, 'the server could not process this move');
    });
  }

  async disconnect(socket: Socket, entry: GameEntry): Promise<void> {
    const { seats, queues, runner } = this.deps;
    const seated = seats.of(socket.id);
    seats.unseat(socket.id);
    if (!seated || seated.playerID === null) return;
    const { matchID, playerID, credentials } = seated;
    if (seats.isHeld(matchID, playerID)) return;
    await queues.run(matchID, async () => {
      const outbox: MatchPayload[] = [];
      await runner.master(entry, socket, outbox).onConnectionChange(matchID, playerID, credentials, false);
      await runner.publish(matchID, outbox);
    }, (error) => this.deps.log(`disconnect failed: ${String(error)}`));
  }

  private async syncNow(socket: Socket, entry: GameEntry, message: SyncMessage): Promise<void> {
    const { matchID, playerID, credentials } = message;
    const { db, seats, bus, runner } = this.deps;
    const { metadata } = await db.fetch(matchID, { metadata: true });
    const refuseSync = (reason: string) => refuse(socket, 'sync', [matchID], reason);
    if (!metadata || metadata.gameName !== entry.game.name) return refuseSync('there is no match with this code');
    if (playerID !== null && !secretsEqual(credentials, credentialsOf(metadata, playerID))) {
      return refuseSync('wrong credentials for this seat');
    }
    seats.seat({ socket, matchID, playerID, credentials }, entry.filter);
    // With Redis, wait for the match's subscription: a move made elsewhere must not be missed.
    await bus.subscribed(matchChannel(matchID));
    const outbox: MatchPayload[] = [];
    const master = runner.master(entry, socket, outbox);
    const result = await master.onSync(matchID, playerID, credentials, 2);
    if (result && 'error' in result) return refuseSync(result.error);
    if (playerID !== null) await master.onConnectionChange(matchID, playerID, credentials, true);
    await runner.publish(matchID, outbox);
  }

  /**
   * A move checked against the storage's copy of the match when it has one for this state id and
   * seat (no read: PostgreSQL's move is then one round trip); if that copy was stale the write is
   * refused, having changed nothing, and the move is checked again against a fresh read.
   */
  private async updateNow(socket: Socket, entry: GameEntry, message: UpdateMessage, fresh = false): Promise<void> {
    const { action, stateID, matchID, playerID } = message;
    const { db, runner } = this.deps;
    const refuseUpdate = (reason: string) => refuse(socket, 'update', [null, null, matchID], reason);
    const cached = fresh ? undefined : usableCopy(db.fetchCached?.(matchID), message);
    const { state, metadata } = cached ?? await db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return refuseUpdate('there is no match with this code');
    // A copy is used only if these credentials matched it (`usableCopy`).
    if (!cached && !secretsEqual(action.payload.credentials, credentialsOf(metadata, playerID))) return refuseUpdate('wrong credentials');
    // The metadata's gameover also covers a match ended by abandonment or closed (clock/).
    if (state.ctx.gameover !== undefined || (metadata.gameover ?? null) !== null) return refuseUpdate('the game is over');
    if (stateID !== state._stateID) {
      refuseUpdate('your state is out of date: the current state follows');
      return void (await runner.master(entry, socket, []).onSync(matchID, playerID, action.payload.credentials, 2));
    }
    if (state.ctx.currentPlayer !== playerID) return refuseUpdate('it is not your turn');
    let refusal: string | null;
    try {
      refusal = await runner.run(entry, socket, message, state, metadata);
    } catch (error) {
      if (cached && error instanceof StaleStateError) return this.updateNow(socket, entry, message, true);
      throw error;
    }
    if (refusal !== null) return refuseUpdate(refusal);
  }
}
