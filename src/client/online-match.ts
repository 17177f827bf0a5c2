/**
 * An online match: the `Match` the game screen shows, on top of a boardgame.io client connected
 * to the game server (remote-match.ts), for one seat or for a spectator. Besides the game it
 * reports the connection (connecting, connected, reconnecting, refused), who sits at the table
 * (from the socket's match data and from the Lobby, polled), a rematch offer, and it gives the
 * empty seat to the server's AI or moves both players to the next match on request.
 */
import type { AiLevel } from '../ai';
import { DEFAULT_SCENARIO, isScenarioId } from '../game/data/scenarios';
import type { Move, Seat } from '../game';
import type { LobbyClient, LobbyMatch, SeatTicket } from './lobby-client';
import type { AiNote } from './ai-seat';
import type { Match, MatchSnapshot } from './match';
import { moveFacade } from './move-facade';
import { createOnlineChat, type OnlineChat } from './online-chat';
import { type PushOutcome, remindMe, stopReminders } from './push-subscribe';
import { type ClockNews, logIndexAt, paceOf, parseClockNews, type ShownClock, type StandInNews, standInsOf } from './online-clock';
import { demSeatOf, isAiLevel, type TablePlayer, type TableState, tableState } from './online-rules';
import type { Pace } from '../server/clock/pace';
import { type ConnectionStatus, connectRemote, type RemoteMatch } from './remote-match';
import { seatState } from './seat-client';

/** The connection as the player sees it. */
export type Connection =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** The link dropped after it had worked: socket.io is reconnecting and will resync. */
  | { kind: 'reconnecting' }
  | { kind: 'refused'; reason: string };

/** Everything online about the match at one moment. */
export interface OnlineState {
  readonly code: string;
  /** The seat played here, or null for a spectator. */
  readonly seat: Seat | null;
  /** The seat that plays the Democratic side (the server drew it if the creator asked for random). */
  readonly demSeat: Seat;
  readonly ticket: SeatTicket | null;
  readonly connection: Connection;
  /** Who sits where (names, connection, the server's AI), as last reported. */
  readonly players: readonly TablePlayer[];
  /** The table from this seat (null for a spectator). */
  readonly table: TableState | null;
  /** The next match, once a player asked for a rematch. */
  readonly nextMatchID: string | null;
  /** The last move the server refused, with its reason. */
  readonly refusal: string | null;
  /** The match is no longer on the server. */
  readonly gone: boolean;
  /** The match's pace (null: a match without a clock, such as one created before paces). */
  readonly pace: Pace | null;
  /** The clock of the turn now on, on this device's time (null: no clock runs). */
  readonly clock: ShownClock | null;
  /** The match ended because this seat was abandoned (its player away, the AI keeping it). */
  readonly abandoned: Seat | null;
  /** The match was closed by the server (both players gone, or untouched for days). */
  readonly closed: boolean;
  /** The seat on move, or null when the game is over or not yet synced. */
  readonly onMove: Seat | null;
}

export interface OnlineSession {
  state(): OnlineState;
  /** Gives the empty seat across the table to the server's AI. Throws `LobbyError`. */
  giveSeatToAi(level: AiLevel): Promise<void>;
  /** Asks the Lobby now (it is also polled). */
  refresh(): Promise<void>;
  /** The match's chat (spectators read it only). */
  readonly chat: OnlineChat;
  /** Takes this seat back from the AI that stood in for it. Throws `LobbyError`. */
  takeSeatBack(): Promise<void>;
  /** Ends the match as a win: the other player abandoned it. Throws `LobbyError`. */
  claimWin(): Promise<void>;
  /** Turns Web Push reminders of this seat's Daily turns on or off on this device. */
  reminders(on: boolean): Promise<PushOutcome>;
}

export interface OnlineMatch extends Match {
  readonly online: OnlineSession;
}

export interface OnlineMatchOptions {
  readonly lobby: LobbyClient;
  /** The match as the Lobby showed it just before (setup data, players). */
  readonly match: LobbyMatch;
  /** The seat to play; none: watch as a spectator. */
  readonly ticket?: SeatTicket;
  /** Game server origin; default: the page's own. */
  readonly server?: string;
  /** How often to ask the Lobby who sits at the table (ms). */
  readonly pollMs?: number;
}

export const DEFAULT_POLL_MS = 4000;
/** While both seats are taken and the game runs, the Lobby is asked only every this many polls. */
const PLAYING_POLL_EVERY = 8;
/** How long the controls wait for the server's answer to a move before they come back. */
const SEND_TIMEOUT_MS = 15_000;

function connectionOf(status: ConnectionStatus, everConnected: boolean): Connection {
  if (status.kind === 'disconnected') return everConnected ? { kind: 'reconnecting' } : { kind: 'connecting' };
  return status;
}

export function startOnlineMatch(opts: OnlineMatchOptions): OnlineMatch {
  const { lobby, ticket } = opts;
  const code = opts.match.matchID;
  const seat: Seat | null = ticket ? ticket.playerID : null;
  const setup = (opts.match.setupData ?? {}) as { scenario?: unknown };
  const remote: RemoteMatch = connectRemote({ ...(opts.server ? { server: opts.server } : {}), matchID: code, ...(ticket ? { ticket } : {}) });
  const listeners = new Set<() => void>();
  let queued = false;
  let destroyed = false;
  const notify = (): void => {
    if (queued || destroyed) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (!destroyed) for (const listener of Array.from(listeners)) listener();
    });
  };

  let players: readonly TablePlayer[] = opts.match.players;
  let nextMatchID: string | null = (opts.match as { nextMatchID?: string }).nextMatchID ?? null;
  let gone = false;
  let clockNews: ClockNews = parseClockNews(opts.match, Date.now()) ?? { clock: null, abandoned: null };
  let closed = false;
  let refusal: string | null = null;
  let everConnected = false;
  let socketMatchData: unknown = null;
  /** The state a move was sent from: until a newer state (or a refusal) comes, the move is on its way. */
  let sentFrom: number | null = null;

  const offStatus = remote.onStatus((status) => {
    if (status.kind === 'connected') everConnected = true;
    // A move sent before a disconnect may be lost: the sync after reconnecting tells.
    sentFrom = null;
    notify();
  });
  // The server sends an AI seat's reason just before its move: it goes where that move's log lines will begin.
  const aiNotes: AiNote[] = [];
  /** The states whose AI note arrived live; the others' stand-in notes come from the Lobby (after a reload). */
  const notedStates = new Set<number>();
  let storedStandIns: StandInNews[] = standInsOf(opts.match);
  const offAiNote = remote.onAiNote((note) => {
    const current = seatState(remote.client, seat ?? '0');
    if (!current || current.stateID !== note.stateID) return;
    notedStates.add(note.stateID);
    aiNotes.push({ logIndex: current.view.log.length, side: note.side, reason: note.reason, ...(note.standIn && isAiLevel(note.level) ? { standIn: note.level } : {}) });
    notify();
  });
  const chat = createOnlineChat({ lobby, code, ticket: ticket ?? null, store: typeof localStorage === 'undefined' ? null : localStorage, onChange: notify });
  void chat.load();
  const offChat = remote.onChatLine((value) => chat.receive(value));
  const offClock = remote.onClock((value) => {
    const news = parseClockNews(value, Date.now());
    if (!news) return;
    clockNews = news;
    notify();
  });
  const offRefused = remote.onRefused((reason) => {
    refusal = reason;
    sentFrom = null;
    notify();
  });
  const offClient = remote.client.subscribe(() => {
    // The socket's match data arrives at sync and whenever a player connects or leaves.
    const data = remote.client.matchData;
    if (data && data !== socketMatchData) {
      socketMatchData = data;
      players = data as TablePlayer[];
    }
    notify();
  });

  const fromLobby = (match: LobbyMatch): void => {
    players = match.players;
    clockNews = parseClockNews(match, Date.now()) ?? clockNews;
    storedStandIns = standInsOf(match);
    const over = (match as { gameover?: { closed?: unknown } }).gameover;
    closed = typeof over?.closed === 'string';
    nextMatchID = (match as { nextMatchID?: string }).nextMatchID ?? nextMatchID;
    gone = false;
  };
  const refresh = async (): Promise<void> => {
    try {
      fromLobby(await lobby.get(code));
    } catch (error) {
      if ((error as { status?: number }).status === 404) gone = true;
      // Other failures (offline, rate limit) wait for the next poll: the socket status says the rest.
    }
    notify();
  };
  // The Lobby is asked often only while it has news to give (an empty seat filling, a rematch
  // offer at the end); during play the socket's match data says who is connected, and the Lobby
  // is asked every PLAYING_POLL_EVERY ticks. Many players share one address in a classroom, and
  // the Lobby limits requests per address.
  let tick = 0;
  const lobbyHasNews = (): boolean => {
    const view = seatState(remote.client, seat ?? '0')?.view;
    const table = seat === null ? null : tableState(players, seat);
    return !view || view.result !== null || (table?.waiting ?? false);
  };
  const poll = setInterval(() => {
    tick += 1;
    if (lobbyHasNews() || tick % PLAYING_POLL_EVERY === 0) void refresh();
  }, opts.pollMs ?? DEFAULT_POLL_MS);

  const state = (): OnlineState => ({
    code,
    seat,
    demSeat: demSeatOf(opts.match.setupData),
    ticket: ticket ?? null,
    connection: connectionOf(remote.status(), everConnected),
    players,
    table: seat === null ? null : tableState(players, seat),
    nextMatchID,
    refusal,
    gone,
    pace: paceOf(opts.match),
    clock: clockNews.clock,
    abandoned: clockNews.abandoned,
    closed,
    onMove: onMoveNow(),
  });

  const onMoveNow = (): Seat | null => {
    const current = remote.client.getState();
    const player = current?.ctx.currentPlayer;
    return current && current.ctx.gameover === undefined && (player === '0' || player === '1') ? player : null;
  };

  const snapshot = (): MatchSnapshot | null => {
    // A spectator holds no seat: its state is labelled seat 0, but its view has no viewer (no hand).
    const shown = seatState(remote.client, seat ?? '0');
    if (!shown) return null;
    const side = shown.view.viewer;
    const online = state();
    const canAct = online.connection.kind === 'connected' && !(online.table?.waiting ?? true);
    const aiTurn = online.table?.opponent?.ai != null && shown.view.result === null && side !== null && shown.view.active !== side;
    if (sentFrom !== null && shown.stateID !== sentFrom) sentFrom = null;
    return {
      mode: seat === null ? 'spectator' : 'online',
      shown,
      side,
      myTurn: canAct && side !== null && shown.view.result === null && shown.view.active === side,
      sending: sentFrom !== null,
      aiThinking: aiTurn,
      aiNotes: withStoredStandIns(),
      aiError: null,
    };
  };

  /** The live notes, and the stand-in moves the Lobby lists that this page did not see played. */
  const withStoredStandIns = (): readonly AiNote[] => {
    const missing = storedStandIns.filter((s) => !notedStates.has(s.stateID));
    if (missing.length === 0) return aiNotes;
    const actions = (remote.client.getState() as { log?: readonly unknown[] } | null)?.log ?? [];
    const stored: AiNote[] = missing.map((s) => ({ logIndex: logIndexAt(actions, s.stateID), side: s.side, reason: s.reason, standIn: s.level }));
    return [...aiNotes, ...stored].sort((a, b) => a.logIndex - b.logIndex);
  };

  const facade = () => moveFacade(remote.client);
  let answerTimer: ReturnType<typeof setTimeout> | null = null;
  const act = (run: () => void): void => {
    const current = remote.client.getState();
    if (seat === null || current === null || sentFrom !== null) return;
    refusal = null;
    const from = current._stateID;
    sentFrom = from;
    run();
    notify();
    // The server answers every move (the new state or a refusal); should an answer ever go
    // missing, the controls come back rather than wait for ever.
    if (answerTimer) clearTimeout(answerTimer);
    answerTimer = setTimeout(() => {
      if (sentFrom !== from) return;
      sentFrom = null;
      notify();
    }, SEND_TIMEOUT_MS);
  };

  return {
    config: { mode: seat === null ? 'spectator' : 'online', scenario: isScenarioId(setup.scenario) ? setup.scenario : DEFAULT_SCENARIO },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play: (move: Move) => act(() => facade().play(move)),
    undo: () => act(() => facade().undo()),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearInterval(poll);
      if (answerTimer) clearTimeout(answerTimer);
      listeners.clear();
      offStatus();
      offAiNote();
      offRefused();
      offClock();
      offChat();
      offClient();
      remote.stop();
    },
    online: {
      state,
      refresh,
      chat,
      async takeSeatBack() {
        if (!ticket) throw new Error('a spectator holds no seat');
        await lobby.takeSeatBack(ticket);
        await refresh();
      },
      async reminders(on) {
        if (!ticket) return 'unavailable';
        return on ? remindMe(lobby, ticket) : stopReminders(lobby, ticket);
      },
      async claimWin() {
        if (!ticket) throw new Error('a spectator holds no seat');
        await lobby.claimWin(ticket);
        await refresh();
      },
      async giveSeatToAi(level) {
        if (!ticket) throw new Error('a spectator holds no seat');
        await lobby.addAi(ticket, ticket.playerID === '0' ? '1' : '0', level);
        await refresh();
      },
    },
  };
}
