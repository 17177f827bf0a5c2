/**
 * Everything a game needs (the rules engine, boardgame.io, the game screen), loaded when a game
 * starts: the menu, the rules page and the lobby come up without it.
 */
import type { LobbyClient, LobbyMatch, SeatTicket } from '../client/lobby-client';
import { type MatchConfig, startMatch } from '../client/match';
import { type OnlineState, startOnlineMatch } from '../client/online-match';
import { type GameRecord, parseGameRecord } from '../client/game-record';
import { mountGameScreen } from './game-screen';
import { keepLocalGame, type KeepOptions } from './keep-local-game';

export interface LocalLaunch {
  readonly config: MatchConfig;
  /** The game's id and where it is kept: it is saved after every move. */
  readonly keep: KeepOptions;
  /** Runs when the player leaves or starts anew. */
  readonly onExit: () => void;
  /** After the game: its replay. */
  readonly onReplay: (record: GameRecord) => void;
  /** Switch sides after the game: a new local game with the sides swapped (the debrief's button). */
  readonly onSwitchSides?: (config: MatchConfig) => void;
  /** A resumed game whose saved moves were refused (the screen is gone by then). */
  readonly onRestoreFailed: (reason: string) => void;
}

/** Starts (or resumes) a local match and shows it in `root`; returns the function that tears it down. */
export function launchGame(root: HTMLElement, opts: LocalLaunch): () => void {
  const match = startMatch(opts.config);
  const stopKeeping = keepLocalGame(match, opts.keep);
  const teardown = mountGameScreen(root, { match, onExit: () => { stopKeeping(); opts.onExit(); }, onReplay: opts.onReplay, ...(opts.onSwitchSides ? { onSwitchSides: opts.onSwitchSides } : {}) });
  match.restored?.catch((error: unknown) => {
    stopKeeping();
    teardown();
    opts.onRestoreFailed(error instanceof Error ? error.message : String(error));
  });
  return () => {
    stopKeeping();
    teardown();
  };
}

export interface OnlineLaunch {
  readonly lobby: LobbyClient;
  readonly match: LobbyMatch;
  /** The seat to play; none: watch. */
  readonly ticket?: SeatTicket;
  readonly inviteLink: string;
  readonly notice?: string;
  /** Back to the lobby (the seat is kept). */
  readonly onExit: () => void;
  /** A rematch, from the match's last state: the app moves this seat on. Throws `LobbyError`. */
  readonly onPlayAgain: (state: OnlineState) => Promise<void>;
  /** After the game: its replay. */
  readonly onReplay: (record: GameRecord) => void;
}

/**
 * The record of a finished online match, from its server, checked as a file would be: fetched
 * once for the debrief's what-if and the replay buttons together (again after a failure).
 */
function serverRecord(lobby: LobbyClient, matchID: string): () => Promise<GameRecord> {
  let pending: Promise<GameRecord> | null = null;
  const load = async (): Promise<GameRecord> => {
    const record = parseGameRecord(await lobby.record(matchID));
    if (typeof record === 'string') throw new Error(record);
    return record;
  };
  return () => (pending ??= load().catch((error: unknown) => {
    pending = null;
    throw error;
  }));
}

/** Connects to an online match and shows it in `root`; returns the function that tears it down. */
export function launchOnline(root: HTMLElement, opts: OnlineLaunch): () => void {
  const match = startOnlineMatch({ lobby: opts.lobby, match: opts.match, ...(opts.ticket ? { ticket: opts.ticket } : {}) });
  return mountGameScreen(root, {
    match,
    onExit: opts.onExit,
    online: {
      session: match.online,
      inviteLink: opts.inviteLink,
      ...(opts.notice ? { notice: opts.notice } : {}),
      playAgain: () => opts.onPlayAgain(match.online.state()),
      loadRecord: serverRecord(opts.lobby, opts.match.matchID),
    },
    onReplay: opts.onReplay,
  });
}
