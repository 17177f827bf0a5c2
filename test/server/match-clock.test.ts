/** The clock's arithmetic (pure): allowances, the bank, misses, claims, returning, and what a create request may ask. */
import { describe, expect, it } from 'vitest';
import { advanceClock, claimable, CLAIM_STALE_MS, isKept, returnToSeat, type TurnClock } from '../../src/server/clock/match-clock';
import { classMatchOptions, DEFAULT_OPTIONS, KEPT_AFTER_MISSES, type OnlineOptions, onlineOptionsOf, parseOnlineOptions } from '../../src/server/clock/pace';

const settings = { hourMs: 3_600_000, keptTurnMs: 600 };
const live: OnlineOptions = { ...DEFAULT_OPTIONS, pace: { kind: 'live', turnSeconds: 60, bankSeconds: 120 } };
const daily: OnlineOptions = { ...DEFAULT_OPTIONS, pace: { kind: 'daily', turnHours: 24 } };
const turn = (n: number, seat: '0' | '1') => ({ turnKey: `${n}:${seat}`, stateID: n, seat });

describe('match clock', () => {
  it('gives a Live turn its allowance plus the bank, and the bank pays for an overrun', () => {
    const first = advanceClock(null, {}, turn(1, '0'), 0, live, settings);
    expect(first.clock).toMatchObject({ seat: '0', startedAt: 0, deadline: 180_000, banks: { '0': 120_000, '1': 120_000 } });
    // The same turn keeps its clock.
    expect(advanceClock(first.clock, {}, turn(1, '0'), 50_000, live, settings).clock).toBe(first.clock);
    // Seat 0 took 100 s: 40 s over its 60 s, paid from its bank.
    const second = advanceClock(first.clock, {}, turn(2, '1'), 100_000, live, settings);
    expect(second.clock.banks).toEqual({ '0': 80_000, '1': 120_000 });
    expect(second.clock.deadline).toBe(100_000 + 60_000 + 120_000);
    const third = advanceClock(second.clock, {}, turn(3, '0'), 110_000, live, settings);
    expect(third.clock.banks).toEqual({ '0': 80_000, '1': 120_000 });
    expect(third.clock.deadline).toBe(110_000 + 60_000 + 80_000);
  });

  it('gives a Daily turn its hours (an hour as the server defines it)', () => {
    expect(advanceClock(null, {}, turn(1, '1'), 5, daily, settings).clock.deadline).toBe(5 + 24 * 3_600_000);
    expect(advanceClock(null, {}, turn(1, '1'), 5, daily, { ...settings, hourMs: 100 }).clock.deadline).toBe(5 + 2400);
  });

  it('counts misses: a player who moves clears them, a kept seat gets only the AI pace', () => {
    const misses = { '1': KEPT_AFTER_MISSES };
    expect(isKept(misses, '1')).toBe(true);
    const kept = advanceClock(null, misses, turn(4, '1'), 1000, daily, settings);
    expect(kept.clock.deadline).toBe(1600);
    // A claimed turn (the stand-in played it) keeps the count ...
    const claimed: TurnClock = { ...kept.clock, claim: { by: 'p', at: 1600 } };
    expect(advanceClock(claimed, misses, turn(5, '0'), 2000, daily, settings).misses).toEqual(misses);
    // ... a turn the player played clears it.
    expect(advanceClock(kept.clock, misses, turn(5, '0'), 1200, daily, settings).misses).toEqual({});
  });

  it('lets one claim stand until it is stale', () => {
    const { clock } = advanceClock(null, {}, turn(1, '0'), 0, live, settings);
    expect(claimable(clock, clock.deadline - 1)).toBe(false);
    expect(claimable(clock, clock.deadline)).toBe(true);
    const claimed = { ...clock, claim: { by: 'a', at: clock.deadline } };
    expect(claimable(claimed, clock.deadline + 1)).toBe(false);
    expect(claimable(claimed, clock.deadline + CLAIM_STALE_MS)).toBe(true);
  });

  it('gives a returning player a fresh turn on their own clock, not while the stand-in plays', () => {
    const { clock } = advanceClock(null, {}, turn(1, '0'), 0, live, settings);
    const back = returnToSeat(clock, { '0': 3 }, '0', 500_000, live, settings);
    expect(back.misses).toEqual({});
    expect(back.clock?.deadline).toBe(500_000 + 60_000 + 120_000);
    const busy = { ...clock, claim: { by: 'a', at: 1 } };
    expect(returnToSeat(busy, { '0': 3 }, '0', 500_000, live, settings).clock).toBe(busy);
    expect(returnToSeat(clock, { '1': 3 }, '1', 500_000, live, settings).clock).toBe(clock);
  });

  it('refuses bad create options with a reason', () => {
    expect(parseOnlineOptions(undefined, false)).toEqual(DEFAULT_OPTIONS);
    expect(parseOnlineOptions({ pace: { kind: 'daily' } }, false)).toMatchObject({ pace: { kind: 'daily', turnHours: 24 }, standIn: 'normal' });
    expect(parseOnlineOptions({ pace: { kind: 'live', turnSeconds: 30, bankSeconds: 0 }, standIn: 'hard' }, false))
      .toMatchObject({ pace: { kind: 'live', turnSeconds: 30, bankSeconds: 0 }, standIn: 'hard' });
    const bad: [unknown, boolean, RegExp][] = [
      ['fast', false, /must be an object/],
      [{ pace: { kind: 'blitz' } }, false, /pace.kind/],
      [{ pace: { kind: 'live', turnSeconds: 5 } }, false, /turnSeconds must be a whole number from 15/],
      [{ pace: { kind: 'daily', turnHours: 1.5 } }, false, /turnHours/],
      [{ pace: { kind: 'daily', turnSeconds: 30 } }, false, /unknown field/],
      [{ standIn: 'genius' }, false, /standIn/],
      [{ abandonment: 'yes' }, false, /abandonment/],
      [{ chat: 'free' }, false, /unlisted/],
      [{ chat: 'shout' }, true, /chat/],
      [{ colour: 'red' }, false, /unknown field/],
    ];
    for (const [value, unlisted, reason] of bad) expect(parseOnlineOptions(value, unlisted), JSON.stringify(value)).toMatch(reason);
    expect(parseOnlineOptions({ chat: 'free' }, true)).toMatchObject({ chat: 'free' });
  });

  it('gives a class match no chat unless the teacher allows phrases, and no abandonment win', () => {
    const none = classMatchOptions({ chat: 'none', pace: { kind: 'daily', turnHours: 48 } });
    expect(none).toEqual({ pace: { kind: 'daily', turnHours: 48 }, standIn: 'normal', abandonment: false, chat: 'none' });
    // What the class stores reads back the same (the chat routes and the clock read it so).
    expect(onlineOptionsOf({ online: none })).toEqual(none);
    expect(onlineOptionsOf({ online: classMatchOptions({ chat: 'phrases' }) }).chat).toBe('phrases');
  });
});
