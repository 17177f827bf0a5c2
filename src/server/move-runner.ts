/**
 * Runs boardgame.io's master for one message and publishes what it produced: the part of a move
 * shared by clients' moves and the server's AI seats. The master reads through `masterStorage`
 * (no initial state, no implicit matches), and its broadcasts wait until its writes are durable,
 * so a client never hears of a move a crash could lose.
 */
import type { Game, Server, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import type { Socket } from 'socket.io';
import type { ActionCheck } from './game-rules';
import { type MatchBus, matchChannel, type MatchPayload } from './match-bus';
import type { PlayerViewFilter } from './seat-registry';
import { forgetStateMemo } from './shared-json';
import type { UpdateMessage } from './socket-messages';
import type { Storage } from './storage-api';
import { type MoveFields, masterStorage, type Preloaded } from './storage-view';
import { compactUndo, neverUndoneMoves } from './stored-state';

type MasterAuth = ConstructorParameters<typeof Master>[3];

/** A game the transport serves, with what each message needs of it. */
export interface GameEntry {
  game: Game;
  filter: PlayerViewFilter;
  moveNames: ReadonlySet<string>;
  /** Moves boardgame.io never undoes (what a stored state's undo stack keeps depends on them). */
  neverUndone: ReadonlySet<string>;
}

/**
 * A game's entry. `sharingView`, when given, cuts the views the server sends instead of the
 * game's `playerView`: the same JSON, sharing the state's objects where the views agree (see
 * `sharedViewFor` in src/game/view.ts), so that a broadcast encodes those parts once.
 */
export function gameEntry(game: Game, sharingView?: Game['playerView']): GameEntry {
  const viewing = sharingView ? { ...game, playerView: sharingView } : game;
  return { game, filter: getFilterPlayerView(viewing), moveNames: new Set(Object.keys(game.moves ?? {})), neverUndone: neverUndoneMoves(game) };
}

export interface MoveRunnerOptions {
  db: Storage;
  bus: MatchBus<MatchPayload>;
  auth: MasterAuth;
  checkAction: ActionCheck;
  /** Called after a move was published (the server AI looks whose turn it is). */
  onMoved?: (matchID: string) => void;
  /** Metadata fields each move writes with its own write (the turn clock's advance). */
  moveFields?: MoveFields;
  /**
   * Once a move is durable: what its update carries besides the state (the clock of the turn it
   * started, see `announcementForMove` in clock/clock-service.ts), or null.
   */
  moveClock?: (matchID: string) => Promise<unknown>;
}

export class MoveRunner {
  constructor(private readonly options: MoveRunnerOptions) {}

  /** A master whose own replies go to `socket` (if any) and whose broadcasts wait in `outbox`. */
  master(entry: GameEntry, socket: Socket | null, outbox: MatchPayload[], preloaded?: Preloaded): Master {
    const transport: ConstructorParameters<typeof Master>[2] = {
      send: ({ playerID, ...data }) => {
        const { type, args } = entry.filter(playerID, data);
        socket?.emit(type, ...args);
      },
      sendAll: (payload) => void outbox.push(payload),
    };
    return new Master(entry.game, masterStorage(this.options.db, preloaded), transport, this.options.auth);
  }

  /** Publishes what a master produced, once its writes are durable. */
  async publish(matchID: string, outbox: readonly MatchPayload[]): Promise<void> {
    if (outbox.length === 0) return;
    await this.options.db.flushed();
    for (const payload of outbox) {
      this.options.bus.publish(matchChannel(matchID), payload);
      // Sent: this process's sockets had it at once (the bus hands a process its own payloads), and
      // other processes encode their own decoded copies. The state's memo of encodings is not
      // needed any more (the broadcast drops it too, but no socket here may watch the match).
      if (payload.type === 'update') forgetStateMemo(payload.args[1].G as object);
    }
  }

  /**
   * The rules' check, boardgame.io's master, then the broadcast (`before` goes out first) and the
   * AI's look at the new state. `state` and `metadata` are the match as just read for this message.
   * Returns why the move was refused, or null once it is played and published.
   */
  async run(
    entry: GameEntry, socket: Socket | null, message: UpdateMessage, state: State, metadata: Server.MatchData, before: MatchPayload[] = [],
  ): Promise<string | null> {
    const { action, stateID, matchID, playerID } = message;
    const reason = this.options.checkAction(state, message, socket === null);
    if (reason !== null) return reason;
    const outbox: MatchPayload[] = [];
    // The canonical action of socket-messages.ts is one of boardgame.io's credentialed action shapes.
    const credentialed = action as unknown as Parameters<Master['onUpdate']>[0];
    const guard = { seat: playerID, credentials: action.payload.credentials };
    const { moveFields } = this.options;
    const preloaded = { matchID, state, metadata, guard, neverUndone: entry.neverUndone, ...(moveFields ? { moveFields } : {}) };
    const master = this.master(entry, socket, outbox, preloaded);
    const result = await master.onUpdate(credentialed, stateID, matchID, playerID);
    if (result && 'error' in result) return result.error;
    const played = outbox.some((p) => (p.type === 'update' || p.type === 'patch') && stateIdOf(p) !== state._stateID);
    if (!played) return 'the move was not accepted';
    await this.options.db.flushed();
    const clock = await this.clockForUpdate(matchID);
    await this.publish(matchID, [...before, ...outbox.map((payload) => withClock(compacted(payload, entry.neverUndone), clock))]);
    this.options.onMoved?.(matchID);
    return null;
  }

  /** The clock the move's update carries (null if none, or if it could not be read: the refresh announces it then). */
  private async clockForUpdate(matchID: string): Promise<unknown> {
    const { moveClock } = this.options;
    if (!moveClock) return null;
    return moveClock(matchID).catch(() => null);
  }
}

/**
 * An update with the clock of the turn its move started (when there is one) as its third
 * argument: [matchID, state, clock]. Each socket gets it after its view and log, as the update's
 * fourth argument (seat-registry.ts); boardgame.io's client reads the first three.
 */
function withClock(payload: MatchPayload, clock: unknown): MatchPayload {
  if (payload.type !== 'update' || clock === null || clock === undefined) return payload;
  return { ...payload, args: [...payload.args, clock] } as unknown as MatchPayload;
}

/**
 * An update as published: its state without the undo entries no undo can reach, as it was
 * stored (views never show the undo stack; other processes keep this state to check moves).
 */
function compacted(payload: MatchPayload, neverUndone: ReadonlySet<string>): MatchPayload {
  return payload.type === 'update' ? { ...payload, args: [payload.args[0], compactUndo(payload.args[1], neverUndone)] } : payload;
}

/** The state id an update or patch carries (-1 for other payloads). */
function stateIdOf(payload: MatchPayload): number {
  if (payload.type === 'update') return payload.args[1]._stateID;
  if (payload.type === 'patch') return payload.args[3]._stateID;
  return -1;
}
