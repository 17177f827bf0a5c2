/**
 * The online part of the game screen: the match code to share (and an invite link), the
 * connection status, who sits at the table, the waiting state until the opponent arrives, the
 * button that gives the empty seat to the server's AI, and the server's refusals in plain words.
 * The status and alert regions stay in the page and only change their text, so screen readers
 * announce each change once.
 */
import { AI_LEVELS, type AiLevel } from '../ai/types';
import { LobbyError } from '../client/lobby-client';
import type { Connection, OnlineSession, OnlineState } from '../client/online-match';
import { formatCode, isAiLevel, lobbyErrorText, sideOfSeat } from '../client/online-rules';
import { button, fillSlot, h } from './dom';
import { createChatPanel } from './chat-panel';
import { createClockView } from './online-clock-view';
import { createTurnAlert } from './turn-alert';
import { AI_LEVEL_NAME, SIDE_NAME } from '../content/words';

export interface OnlinePanel {
  readonly el: HTMLElement;
  /** Shows the latest state (`over`: the game has ended). */
  update(state: OnlineState, over: boolean): void;
}

export interface OnlinePanelOptions {
  readonly session: OnlineSession;
  /** The link that opens this match (for a friend: join or watch; for this browser: rejoin). */
  readonly inviteLink: string;
  /** A problem to show on arrival (e.g. the AI could not take the seat). */
  readonly notice?: string;
}

function connectionText(c: Connection): string {
  switch (c.kind) {
    case 'connecting': return 'Connecting to the game server…';
    case 'connected': return 'Connected';
    case 'reconnecting': return 'Connection lost: reconnecting… (the game catches up when it is back)';
    case 'refused': return `The server refused this connection: ${c.reason}.`;
  }
}

function tableText(state: OnlineState): string {
  const sideOf = (seat: '0' | '1') => sideOfSeat(seat, { demSeat: state.demSeat });
  if (state.seat === null || !state.table) {
    const names = state.players.map((p) => `${SIDE_NAME[sideOf(String(p.id) === '1' ? '1' : '0')]}: ${p.name ?? 'free seat'}`);
    return `You are watching. ${names.join('; ')}.`;
  }
  const mine = sideOf(state.seat);
  const theirs = mine === 'dem' ? 'aut' : 'dem';
  const me = `You play the ${SIDE_NAME[mine]}${state.ticket ? ` as ${state.ticket.playerName}` : ''}.`;
  const opponent = state.table.opponent;
  if (!opponent) return `${me} The ${SIDE_NAME[theirs]} seat is empty.`;
  const presence = opponent.ai ? '' : opponent.connected === false ? ' (not connected right now)' : opponent.connected ? ' (connected)' : '';
  return `${me} The ${SIDE_NAME[theirs]}: ${opponent.name}${presence}.`;
}

export function createOnlinePanel(opts: OnlinePanelOptions): OnlinePanel {
  let level: AiLevel = 'easy';
  let busy = false;
  let message = opts.notice ?? '';
  let last: { state: OnlineState; over: boolean } | null = null;

  const status = h('p', { class: 'online-status', attrs: { role: 'status' } });
  // While the link is down the same words stay on screen wherever the page is scrolled (the
  // status above already announces them, so the banner is hidden from screen readers).
  const banner = h('p', { class: 'online-banner', hidden: true, attrs: { 'aria-hidden': 'true' } });
  const alert = h('p', { class: 'online-alert', attrs: { role: 'alert' } });
  const table = h('p', { class: 'online-table' });
  const actions = h('div', { class: 'online-actions' });
  const link = h('input', { id: 'invite-link', attrs: { type: 'text', readonly: true, value: opts.inviteLink } });
  const copied = h('span', { class: 'hint', attrs: { 'aria-live': 'polite' } });
  const copy = button('Copy link', () => {
    link.select();
    const done = (ok: boolean) => { copied.textContent = ok ? 'Link copied.' : 'Select the link and copy it.'; };
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(opts.inviteLink).then(() => done(true), () => done(false));
    else done(false);
  }, { key: 'copy-link', class: 'small' });
  const codeBox = h('div', { class: 'online-code' });
  const clock = createClockView(opts.session);
  const turnAlert = createTurnAlert();
  const chat = createChatPanel(opts.session.chat);
  const el = h('section', { class: 'online-panel', attrs: { 'aria-labelledby': 'online-title' } },
    h('h2', { id: 'online-title', class: 'visually-hidden' }, 'Online match'),
    codeBox, status, table, clock.el, alert, actions, chat.el, banner);

  const rerender = (): void => {
    if (last) panel.update(last.state, last.over);
  };

  const giveToAi = async (): Promise<void> => {
    busy = true;
    message = '';
    rerender();
    try {
      await opts.session.giveSeatToAi(level);
      message = '';
    } catch (error) {
      message = error instanceof LobbyError ? lobbyErrorText('give the seat to the AI', error.status, error.message) : 'Could not give the seat to the AI.';
    }
    busy = false;
    rerender();
  };

  const panel: OnlinePanel = {
    el,
    update(state, over) {
      last = { state, over };
      fillSlot(codeBox, state.code, () => h('div', { class: 'online-code-inner' },
        h('p', { class: 'code-line' }, h('span', { class: 'code-label' }, 'Match code '), h('strong', { class: 'code', attrs: { 'aria-label': [...state.code].join(' ') } }, formatCode(state.code))),
        h('div', { class: 'invite' }, h('label', { attrs: { for: 'invite-link' } }, 'Invite link'), h('div', { class: 'row' }, link, copy, copied))));
      const statusText = connectionText(state.connection);
      if (status.textContent !== statusText) status.textContent = statusText;
      status.className = `online-status online-status--${state.connection.kind}`;
      banner.hidden = state.connection.kind === 'connected';
      if (banner.textContent !== statusText) banner.textContent = statusText;
      banner.className = `online-banner online-status--${state.connection.kind}`;
      const tableLine = state.gone ? 'This match is no longer on the server.' : tableText(state);
      if (table.textContent !== tableLine) table.textContent = tableLine;
      const refusal = state.refusal ? `The server refused your move: ${state.refusal}.` : '';
      const alertText = message || refusal;
      if (alert.textContent !== alertText) alert.textContent = alertText;
      clock.update(state, over);
      chat.update(state);
      const ended = over || state.abandoned !== null || state.closed;
      turnAlert.update(!ended && state.seat !== null && state.onMove === state.seat && state.connection.kind === 'connected' && state.table?.waiting === false);
      if (state.seat !== null && !turnAlert.el.isConnected) clock.el.append(turnAlert.el);
      // No turn is coming any more: the sound choice goes with the game.
      turnAlert.el.hidden = ended;
      const waiting = !over && !state.gone && state.table?.waiting === true;
      fillSlot(actions, JSON.stringify([waiting, busy, level, state.code]), () => {
        if (!waiting) return h('div', {});
        const select = h('select', { id: 'ai-seat-level', attrs: { 'data-key': 'ai-seat-level' } }, ...AI_LEVELS.map((v) => h('option', { attrs: { value: v } }, AI_LEVEL_NAME[v])));
        select.value = level;
        select.addEventListener('change', () => {
          if (isAiLevel(select.value)) level = select.value;
        });
        return h('div', { class: 'waiting' },
          h('p', { class: 'waiting-text' }, `Waiting for an opponent. Give them the code ${formatCode(state.code)} or the invite link; the game goes on when they take the seat.`),
          h('div', { class: 'row' },
            h('div', { class: 'field inline' }, h('label', { attrs: { for: 'ai-seat-level' } }, 'AI level'), select),
            button(busy ? 'Giving the seat…' : 'Give the empty seat to the AI', () => void giveToAi(), { key: 'give-ai', disabled: busy })));
      });
    },
  };
  return panel;
}
