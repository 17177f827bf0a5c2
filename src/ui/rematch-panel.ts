/**
 * The end screen's online part: Play again, or join the rematch the opponent asked for. It keeps
 * its own busy/error state and redraws itself; the game screen only feeds it the online state.
 */
import { LobbyError } from '../client/lobby-client';
import type { OnlineState } from '../client/online-match';
import { formatCode, lobbyErrorText } from '../client/online-rules';
import { button, fillSlot, h, keepingFocus } from './dom';

export class RematchPanel {
  /** Placed in the end screen; updated while the end screen shows. */
  readonly element = h('div', { class: 'end-online' });
  private state: { busy: boolean; error: string } = { busy: false, error: '' };
  private last: OnlineState | null = null;

  /** `playAgain` moves this seat to the next match (the app shows it); it throws `LobbyError`. */
  constructor(private readonly playAgain: () => Promise<void>) {}

  /** Shows the choices for this online state. */
  update(online: OnlineState): void {
    this.last = online;
    keepingFocus(this.element, () => this.fill(online));
  }

  private fill(online: OnlineState): void {
    const { busy, error } = this.state;
    fillSlot(this.element, JSON.stringify([online.seat, online.nextMatchID, online.gone, busy, error]), () => {
      if (online.seat === null) return h('p', {}, online.nextMatchID ? `The players started a rematch: match ${formatCode(online.nextMatchID)}.` : 'You watched this match.');
      const offer = online.nextMatchID !== null;
      return h('div', {},
        offer ? h('p', { class: 'rematch-offer' }, 'A rematch is on: the next match is waiting for you.') : null,
        button(busy ? 'Starting the rematch…' : offer ? 'Join the rematch' : 'Play again', () => void this.start(), {
          key: 'play-again', class: 'primary', disabled: busy || online.gone,
        }),
        h('p', { class: 'online-alert', attrs: { role: 'alert' } }, error));
    });
  }

  private async start(): Promise<void> {
    if (this.state.busy) return;
    this.setState({ busy: true, error: '' });
    try {
      await this.playAgain();
    } catch (error) {
      const text = error instanceof LobbyError ? lobbyErrorText('start the rematch', error.status, error.message) : 'Could not start the rematch.';
      this.setState({ busy: false, error: text });
    }
  }

  private setState(state: { busy: boolean; error: string }): void {
    this.state = state;
    if (this.last) this.update(this.last);
  }
}
