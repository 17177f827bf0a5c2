/**
 * Everything a game needs (the rules engine, boardgame.io, the game screen), loaded when a game
 * starts: the menu, the rules page and the lobby come up without it.
 */
import type { LobbyClient, LobbyMatch, SeatTicket } from '../client/lobby-client';
import { type MatchConfig, startMatch } from '../client/match';
import { type OnlineState, startOnlineMatch } from '../client/online-match';
import { mountGameScreen } from './game-screen';

/** Starts a match and shows it in `root`; `onExit` runs when the player leaves or starts anew. */
export function launchGame(root: HTMLElement, config: MatchConfig, onExit: () => void): void {
  mountGameScreen(root, { match: startMatch(config), onExit });
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
    },
  });
}
