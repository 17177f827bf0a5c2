import { describe, expect, it } from 'vitest';
import type { MatchSnapshot } from '../client/match';
import { type GameState, playerView, type Side } from '../game';
import { position } from '../../test/support/position';
import { thinkingText, waitingText, whoText } from './screen-words';

function soloSnapshot(G: GameState, human: Side): MatchSnapshot {
  const view = playerView(G, G.seats[human]);
  return {
    mode: 'solo', side: human, myTurn: false, aiThinking: false, aiNotes: [], aiError: null,
    shown: { view, stateID: 1, seat: G.seats[human], ctx: {} } as unknown as MatchSnapshot['shown'],
  };
}

describe('the turn panel while the player waits', () => {
  it('names the side the AI plays in solo, whichever side is on move', () => {
    for (const human of ['dem', 'aut'] as const) {
      const ai = human === 'dem' ? 'Autocratic power' : 'Democratic bloc';
      for (const active of ['dem', 'aut'] as const) {
        expect(waitingText(soloSnapshot(position({ active }), human), null)).toBe(`The AI plays the ${ai}. Its moves appear in the log.`);
      }
    }
  });

  it('says the game is over once it is, never that the AI plays the player\'s side', () => {
    const G = position({ active: 'dem' });
    G.result = { winner: 'aut', reason: 'world-order-limit', worldOrder: -20 };
    expect(waitingText(soloSnapshot(G, 'dem'), null)).toBe('The game is over.');
  });
});

describe('the tutorial\'s words: a guided game against a script, not the AI', () => {
  const G = position({ active: 'aut' });
  const snap = soloSnapshot(G, 'dem');

  it('says in the header that it is the guided tutorial, with scripted replies', () => {
    expect(whoText(snap, null, 'script')).toBe('Guided tutorial: you play the Democratic bloc; the Autocratic power\'s replies are scripted.');
    expect(whoText(snap, null, 'script')).not.toMatch(/AI/);
    expect(whoText(snap, null)).toBe('You play the Democratic bloc against the AI.');
  });

  it('never says the AI plays or thinks while the script replies', () => {
    expect(waitingText(snap, null, 'script')).toBe('The Autocratic power plays the tutorial\'s scripted reply. Its moves appear in the log.');
    expect(thinkingText(snap, 'script')).toBe('The Autocratic power is replying…');
    expect(thinkingText(snap, 'ai')).toBe('The AI is thinking…');
  });
});
