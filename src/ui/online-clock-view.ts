/**
 * The match clock on the online game screen, for both players and spectators: the pace, whose
 * turn it is and the time left (counting down every second, marked when a fifth or less is
 * left), who the AI is standing in for, and the two choices an absence opens: taking one's seat
 * back, or ending the match as a win when the other player abandoned it.
 */
import { LobbyError } from '../client/lobby-client';
import { formatTimeLeft, lowOnTime, paceText, timeLeftMs } from '../client/online-clock';
import type { OnlineSession, OnlineState } from '../client/online-match';
import { type PushOutcome, pushSupported } from '../client/push-subscribe';
import { lobbyErrorText, sideOfSeat } from '../client/online-rules';
import { SIDE_NAME } from '../content/words';
import type { Seat } from '../game';
import { button, fillSlot, h } from './dom';

export interface ClockView {
  readonly el: HTMLElement;
  update(state: OnlineState, over: boolean): void;
}

function nameOf(state: OnlineState, seat: Seat): string {
  const side = SIDE_NAME[sideOfSeat(seat, { demSeat: state.demSeat })];
  const name = state.players.find((p) => String(p.id) === seat)?.name;
  return name ? `${name} (${side})` : `the ${side}`;
}

function clockLine(state: OnlineState, now: number): string {
  const clock = state.clock;
  if (!clock) return '';
  const left = formatTimeLeft(timeLeftMs(clock, now));
  if (clock.kept.includes(clock.seat)) return `The AI is playing for ${nameOf(state, clock.seat)}, who is away.`;
  return clock.seat === state.seat ? `Your turn: ${left} left.` : `${nameOf(state, clock.seat)} to play: ${left} left.`;
}

function endedLine(state: OnlineState): string {
  if (state.abandoned !== null) {
    return state.abandoned === state.seat
      ? 'The match has ended: you were away and your opponent claimed the win.'
      : `The match has ended: ${nameOf(state, state.abandoned)} abandoned it${state.seat === null ? '' : ', and you won'}.`;
  }
  return state.closed ? 'The server closed this match: nobody played it for a long time, or both players left.' : '';
}

export function createClockView(session: OnlineSession): ClockView {
  const pace = h('p', { class: 'clock-pace' });
  const line = h('p', { class: 'clock-line', attrs: { 'aria-live': 'off' } });
  // Announced once when it changes (not every second): whose turn, an absence, the end.
  const news = h('p', { class: 'clock-news', attrs: { role: 'status' } });
  const actions = h('div', { class: 'clock-actions' });
  const el = h('div', { class: 'online-clock' }, pace, line, news, actions);
  let last: { state: OnlineState; over: boolean } | null = null;
  let busy = false;
  let problem = '';
  let timer: ReturnType<typeof setInterval> | null = null;
  let reminders: PushOutcome = 'off';
  const remindersText: Record<PushOutcome, string> = {
    on: 'Reminders on: this device will tell you when it is your turn, and when a fifth of the time is left.',
    off: '',
    denied: 'Notifications are blocked for this site in the browser’s settings.',
    unavailable: 'Reminders are not available here (the server has no push keys, or this browser cannot receive them).',
  };
  const remind = async (on: boolean): Promise<void> => {
    try {
      reminders = await session.reminders(on);
    } catch {
      reminders = 'unavailable';
    }
    if (last) view.update(last.state, last.over);
  };

  const tick = (): void => {
    if (!el.isConnected && timer) {
      clearInterval(timer);
      timer = null;
      return;
    }
    if (!last) return;
    const now = Date.now();
    const text = last.over ? '' : clockLine(last.state, now);
    if (line.textContent !== text) line.textContent = text;
    line.classList.toggle('clock-low', !!last.state.clock && !last.over && lowOnTime(last.state.clock, now));
  };

  const act = async (what: string, run: () => Promise<void>): Promise<void> => {
    busy = true;
    problem = '';
    view.update(last!.state, last!.over);
    try {
      await run();
    } catch (error) {
      problem = error instanceof LobbyError ? lobbyErrorText(what, error.status, error.message) : `Could not ${what}.`;
    }
    busy = false;
    if (last) view.update(last.state, last.over);
  };

  const view: ClockView = {
    el,
    update(state, over) {
      last = { state, over };
      // Once the game is over its pace no longer matters: the end screen says what does.
      const paceWords = state.pace && state.clock !== null && !over ? `Pace: ${paceText(state.pace)}.` : '';
      if (pace.textContent !== paceWords) pace.textContent = paceWords;
      const away = state.clock && state.seat !== null ? state.clock.misses[state.seat] ?? 0 : 0;
      const mineKept = state.seat !== null && (state.clock?.kept.includes(state.seat) ?? false);
      const other: Seat | null = state.seat === null ? null : state.seat === '0' ? '1' : '0';
      const theirsKept = other !== null && (state.clock?.kept.includes(other) ?? false);
      const ended = endedLine(state);
      const newsText = ended || (mineKept ? 'The AI is playing your seat while you are away.' : away > 0 ? `Your time ran out ${away === 1 ? 'once' : `${away} turns in a row`}: the AI played for you.` : '');
      if (news.textContent !== newsText) news.textContent = newsText;
      const canAct = !over && !ended && state.seat !== null;
      const daily = canAct && state.pace?.kind === 'daily' && pushSupported();
      const key = JSON.stringify([canAct && (mineKept || away > 0), canAct && theirsKept && state.pace !== null, busy, problem, daily, reminders]);
      fillSlot(actions, key, () => h('div', { class: 'row' },
        canAct && (mineKept || away > 0) ? button(busy ? 'Taking your seat back…' : 'Take my seat back', () => void act('take your seat back', () => session.takeSeatBack()), { key: 'take-seat-back', class: 'primary', disabled: busy }) : null,
        canAct && theirsKept ? button('Claim the win (your opponent abandoned the match)', () => void act('claim the win', () => session.claimWin()), { key: 'claim-win', disabled: busy }) : null,
        daily ? button(reminders === 'on' ? 'Stop reminders' : 'Remind me on this device', () => void remind(reminders !== 'on'), { key: 'reminders', class: 'small' }) : null,
        daily && reminders !== 'off' ? h('p', { class: 'hint' }, remindersText[reminders]) : null,
        problem ? h('p', { class: 'online-alert', attrs: { role: 'alert' } }, problem) : null));
      tick();
      if (!timer && state.clock && !over) timer = setInterval(tick, 1000);
    },
  };
  return view;
}
