import { describe, expect, it } from 'vitest';
import type { Move } from '../game';
import { candidates, EMPTY, frameworks, resolve, sanitize, step, targets } from './choice';

const MOVES: Move[] = [
  { kind: 'play-ops', card: 'aukus' },
  { kind: 'play-event', card: 'aukus' },
  { kind: 'play-ops', card: 'democracy-support' },
  { kind: 'play-event', card: 'democracy-support', target: 'HUN' },
  { kind: 'play-event', card: 'democracy-support', target: 'SRB' },
];

const ACTIONS: Move[] = [
  { kind: 'action', action: 'invest', target: 'GRC' },
  { kind: 'action', action: 'invest', target: 'HUN' },
  { kind: 'action', action: 'framework', target: 'SRB', framework: 'sco' },
  { kind: 'action', action: 'framework', target: 'SRB', framework: 'cee' },
  { kind: 'action', action: 'framework', target: 'TUR', framework: 'sco' },
  { kind: 'pass' },
];

describe('the choice in progress', () => {
  it('starts empty and resolves a card played for ops at once', () => {
    expect(step(MOVES, EMPTY)).toBe('start');
    expect(resolve(MOVES, { card: 'aukus', mode: 'ops' })).toEqual({ kind: 'play-ops', card: 'aukus' });
    expect(resolve(MOVES, { card: 'aukus', mode: 'event' })).toEqual({ kind: 'play-event', card: 'aukus' });
  });

  it('asks for a target among the legal ones only, then resolves', () => {
    const d = { card: 'democracy-support', mode: 'event' } as const;
    expect(step(MOVES, d)).toBe('target');
    expect(targets(MOVES, d)).toEqual(['HUN', 'SRB']);
    expect(resolve(MOVES, d)).toBeNull();
    expect(resolve(MOVES, { ...d, target: 'SRB' })).toEqual({ kind: 'play-event', card: 'democracy-support', target: 'SRB' });
    expect(candidates(MOVES, { ...d, target: 'GRC' })).toEqual([]);
  });

  it('keeps every target highlighted once one is selected, so the player can change it', () => {
    expect(targets(ACTIONS, { action: 'invest', target: 'GRC' })).toEqual(['GRC', 'HUN']);
  });

  it('asks for the framework after the target, offering only legal ones', () => {
    expect(step(ACTIONS, { action: 'framework' })).toBe('target');
    expect(step(ACTIONS, { action: 'framework', target: 'SRB' })).toBe('framework');
    expect(frameworks(ACTIONS, { action: 'framework', target: 'SRB' })).toEqual(['sco', 'cee']);
    expect(frameworks(ACTIONS, { action: 'framework', target: 'TUR' })).toEqual(['sco']);
    expect(resolve(ACTIONS, { action: 'framework', target: 'SRB', framework: 'cee' })).toEqual(ACTIONS[3]);
  });

  it('drops a draft that no longer leads to a legal move', () => {
    expect(sanitize(ACTIONS, { action: 'invest', target: 'GRC' })).toEqual({ action: 'invest', target: 'GRC' });
    expect(sanitize(MOVES, { action: 'invest', target: 'GRC' })).toBe(EMPTY);
    expect(sanitize([], { card: 'aukus', mode: 'ops' })).toBe(EMPTY);
  });
});
