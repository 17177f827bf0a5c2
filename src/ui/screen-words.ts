/** Who the game screen belongs to, and who is playing while it is not the player's turn, in words. */
import type { MatchSnapshot } from '../client/match';
import type { OnlineState } from '../client/online-match';
import { formatCode } from '../client/online-rules';
import { SIDE_NAME } from '../content/words';
import type { Side } from '../game';

/** Who plays the seat the player does not: the AI, or the tutorial's script (a solo match with scripted replies). */
export type Opponent = 'ai' | 'script';

/** The status panel's first line: who plays what, and against whom. */
export function whoText(snap: MatchSnapshot, online: OnlineState | null, against: Opponent = 'ai'): string {
  if (snap.side === null) return 'You are watching this match.';
  const side = SIDE_NAME[snap.side];
  if (snap.mode === 'solo' && against === 'script') return `Guided tutorial: you play the ${side}; the ${otherSide(snap.side)}'s replies are scripted.`;
  if (snap.mode === 'solo') return `You play the ${side} against the AI.`;
  if (snap.mode === 'hot-seat') return `Hot-seat: the ${side} is at the device.`;
  const opponent = online?.table?.opponent;
  return `You play the ${side} online${opponent ? ` against ${opponent.name}` : ''}.`;
}

function otherSide(side: Side | null): string {
  return SIDE_NAME[side === 'dem' ? 'aut' : 'dem'];
}

/** The turn panel's line while the player waits. */
export function waitingText(snap: MatchSnapshot, online: OnlineState | null, against: Opponent = 'ai'): string {
  const active = SIDE_NAME[snap.shown.view.active];
  if (snap.shown.view.result !== null) return 'The game is over.';
  // Solo: the AI plays the side the player does not (after the last move the active side may be the player's).
  if (snap.mode === 'solo' && against === 'script') return `The ${otherSide(snap.side)} plays the tutorial's scripted reply. Its moves appear in the log.`;
  if (snap.mode === 'solo') return `The AI plays the ${otherSide(snap.side)}. Its moves appear in the log.`;
  if (snap.mode === 'spectator') return `You are watching: the ${active} is playing.`;
  if (snap.mode === 'online' && online) {
    if (online.connection.kind !== 'connected') return 'Not connected: the game goes on when the connection is back.';
    if (online.table?.waiting) return `Waiting for an opponent to take the other seat (match code ${formatCode(online.code)}).`;
    const opponent = online.table?.opponent;
    if (snap.shown.view.active !== snap.side && opponent) return `${opponent.name} (the ${active}) is playing.`;
    if (snap.shown.view.active === snap.side) return 'Your turn: waiting for the server.';
  }
  return `The ${active} is playing.`;
}

/** The status line while the other seat of a solo match chooses its move. */
export function thinkingText(snap: MatchSnapshot, against: Opponent): string {
  return against === 'script' ? `The ${otherSide(snap.side)} is replying…` : 'The AI is thinking…';
}
