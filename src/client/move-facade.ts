/**
 * The typed move facade: a rules `Move` (an intent from the UI or the AI) becomes the matching
 * boardgame.io call on one seat's client. Nothing else calls `client.moves` directly.
 */
import type { ActionId, CardId, CountryId, FrameworkId, Move } from '../game';
import { toBgioMove } from '../game';
import type { SeatClient } from './seat-client';

export interface MoveFacade {
  playEvent(card: CardId, target?: CountryId): void;
  playOps(card: CardId): void;
  act(action: ActionId, target?: CountryId, framework?: FrameworkId): void;
  pass(): void;
  /** Any move, by kind. */
  play(move: Move): void;
  /** Takes back this seat's last basic action of the turn (the master refuses anything else). */
  undo(): void;
}

/** The facade over one seat's client. */
export function moveFacade(client: SeatClient): MoveFacade {
  const play = (move: Move): void => {
    const { move: name, args } = toBgioMove(move);
    const call = client.moves[name];
    if (!call) throw new Error(`the game has no move named ${name}`);
    call(...args);
  };
  return {
    playEvent: (card, target) => play(target ? { kind: 'play-event', card, target } : { kind: 'play-event', card }),
    playOps: (card) => play({ kind: 'play-ops', card }),
    act: (action, target, framework) => play(actionMove(action, target, framework)),
    pass: () => play({ kind: 'pass' }),
    play,
    undo: () => client.undo(),
  };
}

function actionMove(action: ActionId, target?: CountryId, framework?: FrameworkId): Move {
  if (target && framework) return { kind: 'action', action, target, framework };
  return target ? { kind: 'action', action, target } : { kind: 'action', action };
}
