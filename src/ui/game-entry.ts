/**
 * Everything a game needs (the rules engine, boardgame.io, the game screen), loaded when a game
 * starts: the menu and the rules page come up without it.
 */
import { type MatchConfig, startMatch } from '../client/match';
import { mountGameScreen } from './game-screen';

/** Starts a match and shows it in `root`; `onExit` runs when the player leaves or starts anew. */
export function launchGame(root: HTMLElement, config: MatchConfig, onExit: () => void): void {
  mountGameScreen(root, { match: startMatch(config), onExit });
}
