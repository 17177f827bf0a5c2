import { describe, expect, it } from 'vitest';
import type { MatchConfig } from '../client/match';
import { switchSidesFor } from './debrief-screen';

describe('Switch sides', () => {
  const played: MatchConfig = {
    mode: 'solo', scenario: 'competing-visions', humanSide: 'dem', level: 'hard', decisionRule: 'majority', dependency: 2,
    seed: 'old-deal', moves: [], aiNotes: [],
  };

  it('solo: the other side against the same AI level and rules, on a fresh deal', () => {
    let started: MatchConfig | null = null;
    const offer = switchSidesFor(played, 'dem', (config) => { started = config; });
    expect(offer && 'onClick' in offer ? offer.label : null).toBe('Switch sides: play the Autocratic power');
    if (offer && 'onClick' in offer) offer.onClick();
    expect(started).toEqual({ mode: 'solo', scenario: 'competing-visions', humanSide: 'aut', level: 'hard', decisionRule: 'majority', dependency: 2 });
  });

  it('after the tutorial: a real game on the other side, not "the same rules" of the script', () => {
    const tutorial: MatchConfig = { mode: 'solo', scenario: 'tutorial', humanSide: 'dem', seed: 't', scripted: () => ({ move: { kind: 'pass' }, reason: '' }) };
    const offer = switchSidesFor(tutorial, 'dem', () => {});
    expect(offer && 'onClick' in offer ? offer.label : null).toBe('Now a real game: play the Autocratic power');
    expect(offer?.note).toMatch(/^A full game of Competing Visions/);
    expect(offer?.note).not.toMatch(/same rules/);
  });

  it('hot-seat: a rematch with the same rules; online: a note only; spectators: nothing', () => {
    let started: MatchConfig | null = null;
    const hotSeat = switchSidesFor({ mode: 'hot-seat', scenario: 'competing-visions', seed: 's' }, 'dem', (config) => { started = config; });
    if (hotSeat && 'onClick' in hotSeat) hotSeat.onClick();
    expect(started).toEqual({ mode: 'hot-seat', scenario: 'competing-visions' });
    const online = switchSidesFor({ mode: 'online', scenario: 'competing-visions' }, 'aut', () => {});
    expect(online && !('onClick' in online) ? online.note : '').toMatch(/you stay the Autocratic power/);
    expect(switchSidesFor({ mode: 'spectator', scenario: 'competing-visions' }, null, () => {})).toBeNull();
  });
});
