/** The match a link names (`#/match/CODE`), shown above the lobby with its seats and buttons. */
import { LobbyError, type LobbyMatch } from '../client/lobby-client';
import { formatCode, lobbyErrorText } from '../client/online-rules';
import { fillSlot, h, keepingFocus, screenHeading } from './dom';
import type { LobbyContext } from './lobby-context';
import { matchDetails } from './lobby-matches';

export interface FocusCard {
  readonly el: HTMLElement;
  fill(): void;
  /** Looks the match up on the server. */
  load(): Promise<void>;
}

/** `code`: the linked match, if any (without one the card stays hidden). */
export function createFocusCard(ctx: LobbyContext, code: string | undefined): FocusCard {
  const el = h('div', {});
  let found: { match: LobbyMatch | null; error: string } = { match: null, error: '' };

  function fill(): void {
    const key = JSON.stringify([code, found.match, found.error, ctx.isBusy()]);
    keepingFocus(ctx.root, () => fillSlot(el, key, () => {
      el.hidden = code === undefined;
      if (code === undefined) return h('div', {});
      const body = found.error ? [h('p', {}, found.error)]
        : found.match ? matchDetails(ctx, found.match, 'focus')
          : [h('p', {}, 'Looking the match up…')];
      return h('section', { class: 'menu-card focus-card', attrs: { 'aria-labelledby': 'focus-title' } },
        screenHeading('h2', `Match ${formatCode(code)}`, 'focus-title'), ...body);
    }));
  }

  async function load(): Promise<void> {
    if (code === undefined) return;
    try {
      found = { match: await ctx.opts.lobby.get(code), error: '' };
    } catch (error) {
      const text = error instanceof LobbyError ? lobbyErrorText(`open match ${formatCode(code)}`, error.status, error.message) : 'Could not open the match.';
      found = { match: null, error: text };
    }
    if (!ctx.isDestroyed()) fill();
  }

  return { el, fill, load };
}
