/**
 * The lobby's open matches: the list (refreshed on request and by a timer) and, for any listed
 * or linked match, its seats and its Join, Rejoin and Watch buttons.
 */
import { paceOf, paceText } from '../client/online-clock';
import { LobbyError, type LobbyMatch } from '../client/lobby-client';
import { describeMatch, listSummary, lobbyErrorText, sortMatches } from '../client/online-rules';
import { SIDE_NAME } from '../content/words';
import { button, fillSlot, h, keepingFocus } from './dom';
import type { LobbyContext } from './lobby-context';

/** A match's rules line, its seats and its buttons; `where` keeps the focus keys of the list and the linked match apart. */
export function matchDetails(ctx: LobbyContext, match: LobbyMatch, where: 'list' | 'focus'): HTMLElement[] {
  const line = describeMatch(match);
  const disabled = ctx.isBusy();
  const seats = h('ul', { class: 'seat-lines' }, ...line.seats.map((s) => h('li', { class: `seat-line seat-line--${s.side}` },
    h('span', { class: 'seat-side' }, `${SIDE_NAME[s.side]}: `), s.free ? h('em', {}, 'free seat') : s.who)));
  const buttons: HTMLElement[] = [];
  const over = match.gameover !== undefined;
  if (ctx.opts.tickets.find(match.matchID)) {
    buttons.push(button('Rejoin', () => void ctx.joinCode(match.matchID), { key: `${where}-rejoin:${match.matchID}`, class: 'primary small', disabled, ariaLabel: `Rejoin match ${line.codeText}` }));
  } else if (!over) {
    for (const s of line.seats.filter((x) => x.free)) {
      buttons.push(button(`Join as ${SIDE_NAME[s.side]}`, () => void ctx.joinCode(match.matchID, s.seat), {
        key: `${where}-join:${match.matchID}:${s.seat}`, class: 'primary small', disabled, ariaLabel: `Join as ${SIDE_NAME[s.side]}: match ${line.codeText}`,
      }));
    }
  }
  buttons.push(button('Watch', () => void ctx.watch(match.matchID), { key: `${where}-watch:${match.matchID}`, class: 'small', disabled, ariaLabel: `Watch match ${line.codeText}` }));
  // The pace tells a stranger what joining commits them to (a sitting, or a few visits a day).
  const pace = paceOf(match);
  const paceWords = pace && line.aiSeats === 0 ? ` · ${paceText(pace)}` : '';
  const meta = `${line.scenario} · ${line.rules}${paceWords}${line.aiSeats > 0 ? ' · against the server AI' : ''}${over ? ' · finished' : line.freeSeats === 0 ? ' · in progress' : ''}`;
  return [h('p', { class: 'match-meta' }, meta), seats, h('div', { class: 'row' }, ...buttons)];
}

export interface MatchList {
  readonly el: HTMLElement;
  fill(): void;
  refresh(quiet?: boolean): Promise<void>;
}

export function createMatchList(ctx: LobbyContext): MatchList {
  const slot = h('div', {});
  let matches: LobbyMatch[] | null = null;
  let listedAt = '';

  function fill(): void {
    const key = JSON.stringify([matches, ctx.isBusy(), listedAt]);
    keepingFocus(ctx.root, () => fillSlot(slot, key, () => {
      if (matches === null) return h('p', {}, 'Loading the listed matches…');
      const updated = h('p', { class: 'hint' }, `Updated at ${listedAt}. The list refreshes by itself every few seconds.`);
      if (matches.length === 0) return h('div', {}, h('p', {}, 'No open matches right now: create one, or join a friend\'s by its code.'), updated);
      const summary = h('p', { class: 'match-count' }, listSummary(matches));
      const items = matches.map((m) => {
        const line = describeMatch(m);
        return h('li', { class: 'match-item', attrs: { 'aria-label': `Match ${line.codeText}: ${line.summary}` } },
          h('h3', { class: 'match-code' }, `Match ${line.codeText}`), ...matchDetails(ctx, m, 'list'));
      });
      return h('div', {}, summary, h('ul', { class: 'plain-list match-list' }, ...items), updated);
    }));
  }

  async function refresh(quiet = false): Promise<void> {
    if (ctx.isDestroyed()) return;
    try {
      matches = sortMatches(await ctx.opts.lobby.list());
      listedAt = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      // Running matches are listed to watch: only joinable ones count as open.
      if (!quiet) ctx.say(listSummary(matches));
    } catch (error) {
      if (!quiet) ctx.alert(error instanceof LobbyError ? lobbyErrorText('list the matches', error.status, error.message) : 'Could not list the matches.');
    }
    if (!ctx.isDestroyed()) fill();
  }

  const el = h('section', { class: 'menu-card lobby-list', attrs: { 'aria-labelledby': 'open-title' } },
    h('div', { class: 'section-head' },
      h('h2', { id: 'open-title' }, 'Listed matches'),
      button('Refresh', () => void refresh(), { key: 'refresh', class: 'small' })),
    slot);
  return { el, fill, refresh };
}
