import { describe, expect, it } from 'vitest';
import { standInText } from '../content/log-text';
import { formatTimeLeft, logIndexAt, lowOnTime, paceText, parseClockNews, standInsOf, timeLeftMs } from './online-clock';

describe('online clock (client)', () => {
  it('counts down on the device clock from the server\'s own time', () => {
    // The device runs 10 minutes behind the server: the deadline moves with it.
    const serverNow = 1_000_000;
    const receivedAt = serverNow - 600_000;
    const news = parseClockNews({ clock: { seat: '1', startedAt: serverNow - 10_000, deadline: serverNow + 50_000, banks: {}, kept: ['0', 'x'], misses: { '0': 3, '1': 'a' }, serverNow } }, receivedAt);
    expect(news?.clock).toEqual({ seat: '1', startedAt: receivedAt - 10_000, deadline: receivedAt + 50_000, kept: ['0'], misses: { '0': 3 } });
    expect(timeLeftMs(news!.clock!, receivedAt + 20_000)).toBe(30_000);
    expect(timeLeftMs(news!.clock!, receivedAt + 90_000)).toBe(0);
    // A fifth of the turn's 60 s is 12 s.
    expect(lowOnTime(news!.clock!, receivedAt + 37_999)).toBe(false);
    expect(lowOnTime(news!.clock!, receivedAt + 38_000)).toBe(true);
  });

  it('ignores what is not an announcement, and reads an abandonment', () => {
    expect(parseClockNews(null, 0)).toBeNull();
    expect(parseClockNews({ matchID: 'X' }, 0)).toBeNull();
    expect(parseClockNews({ clock: { seat: '2', deadline: 1, startedAt: 0, serverNow: 0 } }, 0)).toEqual({ clock: null, abandoned: null });
    expect(parseClockNews({ clock: null, abandoned: '0' }, 0)).toEqual({ clock: null, abandoned: '0' });
  });

  it('says the time left and the pace in words', () => {
    expect(formatTimeLeft(42_000)).toBe('0:42');
    expect(formatTimeLeft(59_001)).toBe('1:00');
    expect(formatTimeLeft(12 * 60_000)).toBe('12 min');
    expect(formatTimeLeft((5 * 60 + 20) * 60_000)).toBe('5 h 20 min');
    expect(formatTimeLeft(51 * 3_600_000)).toBe('2 days 3 h');
    expect(paceText({ kind: 'live', turnSeconds: 60, bankSeconds: 180 })).toBe('Live: 60 s a turn + 3 min bank');
    expect(paceText({ kind: 'daily', turnHours: 24 })).toBe('Daily: 24 hours a turn');
    expect(standInText('dem', 'normal', 'plays Summit for its event.')).toBe(
      'Time ran out for the Democratic bloc: the AI (Normal) played this move for it, from its own view. It plays Summit for its event.');
  });

  it('places a stored stand-in note where its move\'s lines begin', () => {
    const move = (stateID: number, lines: number) => ({ _stateID: stateID, action: { type: 'MAKE_MOVE' }, metadata: { entries: Array.from({ length: lines }, () => ({})) } });
    const actions = [move(0, 5), move(1, 2), { _stateID: 2, action: { type: 'UNDO' } }, move(2, 3)];
    expect(logIndexAt(actions, 0)).toBe(0);
    expect(logIndexAt(actions, 1)).toBe(5);
    expect(logIndexAt(actions, 3)).toBe(10);
    expect(standInsOf({ standIns: [{ stateID: 4, side: 'aut', level: 'normal', reason: 'plays X.' }, { stateID: 'x' }, { stateID: 5, side: 'aut', level: 'genius', reason: '' }] }))
      .toEqual([{ stateID: 4, side: 'aut', level: 'normal', reason: 'plays X.' }]);
    expect(standInsOf(null)).toEqual([]);
  });
});
