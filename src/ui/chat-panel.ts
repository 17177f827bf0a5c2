/**
 * The chat on the online game screen: the lines (as text), the fixed phrases as buttons, free
 * text where the match allows it and both players turned it on, mute (this device hides the
 * other player's lines) and report. Spectators read only. Nothing here is HTML from a player:
 * every line is set as text.
 */
import type { ChatLineData } from '../client/lobby-client';
import type { OnlineState } from '../client/online-match';
import type { OnlineChat } from '../client/online-chat';
import { sideOfSeat } from '../client/online-rules';
import { CHAT_PHRASES, isChatPhrase } from '../content/chat-phrases';
import { SIDE_NAME } from '../content/words';
import { button, fillSlot, h } from './dom';

export interface ChatPanel {
  readonly el: HTMLElement;
  update(state: OnlineState): void;
}

function speaker(state: OnlineState, seat: '0' | '1'): string {
  if (seat === state.seat) return 'You';
  const name = state.players.find((p) => String(p.id) === seat)?.name;
  return name ?? SIDE_NAME[sideOfSeat(seat, { demSeat: state.demSeat })];
}

const lineText = (line: ChatLineData): string =>
  line.kind === 'phrase' ? (isChatPhrase(line.phrase) ? CHAT_PHRASES[line.phrase] : '…') : line.text;

export function createChatPanel(chat: OnlineChat): ChatPanel {
  const list = h('ol', { class: 'chat-lines', attrs: { 'aria-live': 'polite', 'aria-label': 'Chat messages' } });
  const controls = h('div', { class: 'chat-controls' });
  const problem = h('p', { class: 'online-alert', attrs: { role: 'alert' } });
  const el = h('section', { class: 'chat-panel', attrs: { 'aria-labelledby': 'chat-title' } },
    h('h3', { id: 'chat-title' }, 'Chat'), list, controls, problem);
  let reported = new Set<number>();

  return {
    el,
    update(state) {
      const view = chat.view();
      el.hidden = view.policy === null || view.policy === 'none';
      const shown = view.lines.filter((line) => !(view.muted && line.seat !== state.seat));
      fillSlot(list, JSON.stringify([shown.map((l) => l.id), state.seat, view.muted, [...reported]]), () => {
        const items = shown.map((line) => h('li', { class: `chat-line chat-seat-${line.seat}` },
          h('strong', {}, `${speaker(state, line.seat)}: `), lineText(line),
          state.seat !== null && line.seat !== state.seat && line.kind === 'text'
            ? (reported.has(line.id)
              ? h('span', { class: 'hint' }, ' (reported)')
              : button('Report', () => void chat.report(line.id).then(() => { reported = new Set([...reported, line.id]); }), { key: `report-${line.id}`, class: 'small link', ariaLabel: `Report this message: ${lineText(line)}` }))
            : null));
        const fragment = document.createDocumentFragment();
        if (items.length === 0) fragment.append(h('li', { class: 'hint' }, view.muted ? 'The other player’s messages are hidden.' : 'No messages yet.'));
        fragment.append(...items);
        return fragment;
      });
      const otherSeat = state.seat === '0' ? '1' : '0';
      const bothFree = view.free['0'] === true && view.free['1'] === true;
      fillSlot(controls, JSON.stringify([state.seat, view.policy, view.free, view.muted]), () => {
        if (state.seat === null) return h('p', { class: 'hint' }, 'Spectators read the chat.');
        // One select and one button: nine phrase buttons would push the board off a laptop's screen.
        const choice = h('select', { id: 'chat-phrase', attrs: { 'data-key': 'chat-phrase' } },
          ...Object.entries(CHAT_PHRASES).map(([id, words]) => h('option', { attrs: { value: id } }, words)));
        const phrases = h('div', { class: 'chat-phrases row' },
          h('label', { attrs: { for: 'chat-phrase' } }, 'Say'), choice,
          button('Send', () => void chat.say({ phrase: choice.value }), { key: 'say-phrase', class: 'small', ariaLabel: 'Send the phrase' }));
        const mute = h('input', { id: 'chat-mute', attrs: { type: 'checkbox' } });
        mute.checked = view.muted;
        mute.addEventListener('change', () => chat.setMuted(mute.checked));
        const parts: Node[] = [phrases];
        if (view.policy === 'free') {
          const allow = h('input', { id: 'chat-free', attrs: { type: 'checkbox' } });
          allow.checked = view.free[state.seat] === true;
          allow.addEventListener('change', () => void chat.setFree(allow.checked));
          parts.push(h('div', { class: 'check' }, allow, h('label', { attrs: { for: 'chat-free' } },
            `Allow typed messages${view.free[otherSeat] ? ' (the other player allows them)' : ' (both players must allow them)'}`)));
          if (bothFree) {
            const input = h('input', { id: 'chat-text', attrs: { type: 'text', maxlength: 200, autocomplete: 'off' } });
            const form = h('form', { class: 'row chat-text' }, h('label', { attrs: { for: 'chat-text' } }, 'Message'), input, h('button', { attrs: { type: 'submit' }, class: 'small' }, 'Send'));
            form.addEventListener('submit', (event) => {
              event.preventDefault();
              const text = input.value.trim();
              if (text) void chat.say({ text }).then(() => { input.value = ''; });
            });
            parts.push(form);
          }
        }
        phrases.append(h('span', { class: 'check inline' }, mute, h('label', { attrs: { for: 'chat-mute' } }, 'Mute the other player')));
        const box = h('div', {});
        box.append(...parts);
        return box;
      });
      const problemText = view.problem ?? '';
      if (problem.textContent !== problemText) problem.textContent = problemText;
    },
  };
}
