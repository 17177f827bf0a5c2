/**
 * An in-page boardgame.io master for hot-seat and solo play, and the transport its clients use.
 *
 * Why not boardgame.io's `Local()`: its master sends every client the full, unfiltered
 * `initialState` at sync (hands, deck order, random seed), creates the match implicitly without
 * setup data, and lives in a global map keyed by the game object. This one creates its match up
 * front with our setup data, runs one master call at a time, and strips `initialState` from
 * everything it sends, so each client only ever holds its own filtered view.
 */
import type { Game, LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { createMatch, getFilterPlayerView, Sync, Transport } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import type { GameState, SetupData } from '../game';
import type { RecordedMove } from './game-record';
import { MovesInEffect } from './moves-in-effect';

type TransportOpts = ConstructorParameters<typeof Transport>[0];
type TransportData = Parameters<TransportOpts['transportDataCallback']>[0];
type OutgoingData = Parameters<ConstructorParameters<typeof Master>[2]['send']>[0];
type SendAction = Transport['sendAction'];

/** One match in memory. `fetch` never hands out `initialState`. */
class MemoryStorage extends Sync {
  private readonly states = new Map<string, State>();
  private readonly metadata = new Map<string, Server.MatchData>();
  private readonly logs = new Map<string, LogEntry[]>();

  /** `onActions` hears every action the master stored (moves, undos, redos). */
  constructor(private readonly onActions: (actions: readonly LogEntry[]) => void) {
    super();
  }

  override connect(): void {}

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): void {
    this.states.set(matchID, opts.initialState);
    this.metadata.set(matchID, opts.metadata);
  }

  setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    if (deltalog && deltalog.length > 0) {
      this.logs.set(matchID, [...(this.logs.get(matchID) ?? []), ...deltalog]);
      this.onActions(deltalog);
    }
    this.states.set(matchID, state);
  }

  setMetadata(matchID: string, metadata: Server.MatchData): void {
    this.metadata.set(matchID, metadata);
  }

  fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): StorageAPI.FetchResult<O> {
    const result: Partial<StorageAPI.FetchFields> = {};
    const state = this.states.get(matchID);
    const metadata = this.metadata.get(matchID);
    if (opts.state && state) result.state = state;
    if (opts.metadata && metadata) result.metadata = metadata;
    if (opts.log) result.log = this.logs.get(matchID) ?? [];
    return result as StorageAPI.FetchResult<O>;
  }

  wipe(matchID: string): void {
    this.states.delete(matchID);
    this.metadata.delete(matchID);
    this.logs.delete(matchID);
  }

  override listMatches(): string[] {
    return [...this.metadata.keys()];
  }
}

/** Removes the unfiltered start state that boardgame.io puts into every sync message. */
function withoutInitialState(data: TransportData): TransportData {
  if (data.type !== 'sync') return data;
  const [matchID, info] = data.args;
  const { initialState: _secret, ...rest } = info;
  return { type: 'sync', args: [matchID, rest as typeof info] };
}

/** The master of one match, with the callbacks of the clients connected to it. */
export class LocalMatchHost {
  readonly matchID = 'local';
  private readonly master: Master;
  private readonly listeners = new Map<string, (data: TransportData) => void>();
  /** Master calls run one after another, never re-entrantly (it broadcasts before it stores). */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly storage: MemoryStorage;
  /** The moves in effect (an undo takes its move back out, a redo puts it back): with the seed, the game. */
  private readonly effective = new MovesInEffect();
  /** Saved moves are being replayed: the clients hear nothing until their first sync. */
  private replaying = false;

  /** `game` carries the match's seed; `setupData` is validated by the game (throws when refused). */
  constructor(game: Game<GameState>, setupData: SetupData) {
    const storage = new MemoryStorage((actions) => this.effective.add(actions));
    this.storage = storage;
    const filter = getFilterPlayerView(game as Game);
    const send = ({ playerID, ...data }: OutgoingData): void => {
      const listener = this.replaying ? undefined : this.listeners.get(playerID);
      if (listener) listener(withoutInitialState(filter(playerID, data) as TransportData));
    };
    this.master = new Master(game as Game, storage, {
      send,
      sendAll: (data) => {
        for (const playerID of this.listeners.keys()) send({ playerID, ...data } as OutgoingData);
      },
    });
    const match = createMatch({ game: game as Game, numPlayers: 2, setupData, unlisted: true });
    if ('setupDataError' in match) throw new Error(`cannot start the match: ${match.setupDataError}`);
    storage.createMatch(this.matchID, match);
  }

  /** The transport factory to pass as a client's `multiplayer` option. */
  readonly transport = (opts: TransportOpts): Transport => new PageTransport(this, opts);

  /** The moves in effect so far, in order. */
  moves(): readonly RecordedMove[] {
    return this.effective.moves;
  }

  /**
   * Plays saved moves through the master, as if their seats had sent them, before anything queued
   * later (the clients' first sync). Settles when they are in; rejects at the first refused move.
   */
  replay(moves: readonly RecordedMove[]): Promise<void> {
    const run = async (): Promise<void> => {
      this.replaying = true;
      try {
        await this.replayEach(moves);
      } finally {
        this.replaying = false;
      }
    };
    const done = this.queue.then(run);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async replayEach(moves: readonly RecordedMove[]): Promise<void> {
    for (const [i, m] of moves.entries()) {
      const before = this.effective.moves.length;
      const { state } = this.storage.fetch(this.matchID, { state: true });
      const action = { type: 'MAKE_MOVE', payload: { type: m.move, args: [...m.args], playerID: m.seat } };
      await this.master.onUpdate(action as Parameters<Master['onUpdate']>[0], state?._stateID ?? 0, this.matchID, m.seat);
      if (this.effective.moves.length !== before + 1) throw new Error(`saved move ${i + 1} (${m.move}) was refused`);
    }
  }

  /** Settles when every master call queued so far has run. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  connect(playerID: string, listener: (data: TransportData) => void): void {
    this.listeners.set(playerID, listener);
  }

  disconnect(playerID: string): void {
    this.listeners.delete(playerID);
  }

  update(...args: Parameters<Master['onUpdate']>): void {
    this.enqueue(() => this.master.onUpdate(...args));
  }

  sync(playerID: string): void {
    this.enqueue(() => this.master.onSync(this.matchID, playerID, undefined, 2));
  }

  private enqueue(call: () => Promise<unknown>): void {
    this.queue = this.queue.then(call).catch((error: unknown) => console.error('match master failed:', error));
  }
}

/** Connects one client to a `LocalMatchHost`. Spectators (no player id) are not supported. */
class PageTransport extends Transport {
  constructor(
    private readonly host: LocalMatchHost,
    opts: TransportOpts,
  ) {
    super(opts);
  }

  connect(): void {
    const seat = this.seat();
    this.setConnectionStatus(true);
    this.host.connect(seat, (data) => this.notifyClient(data));
    this.host.sync(seat);
  }

  disconnect(): void {
    this.setConnectionStatus(false);
    this.host.disconnect(this.seat());
  }

  sendAction: SendAction = (state, action) => {
    this.host.update(action, state._stateID, this.host.matchID, this.seat());
  };

  sendChatMessage(): void {}

  requestSync(): void {
    this.host.sync(this.seat());
  }

  updateMatchID(): void {
    throw new Error('a local match has one fixed match id');
  }

  updatePlayerID(): void {
    throw new Error('a local client keeps its seat');
  }

  updateCredentials(): void {}

  private seat(): string {
    if (this.playerID === null) throw new Error('a local client needs a seat');
    return this.playerID;
  }
}
