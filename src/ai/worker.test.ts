import { describe, expect, it } from 'vitest';
import { createAlea, createGame, legalMoves, viewFor } from '../game';
import { answer } from './worker';

describe('the AI worker', () => {
  const G = createGame(undefined, createAlea('worker'));

  it('answers a request with a legal move of the view\'s side', () => {
    const reply = answer({ id: 7, view: viewFor(G, G.active), level: 'easy', seed: 's' });
    expect(reply.id).toBe(7);
    if (!reply.ok) throw new Error(reply.error);
    expect(legalMoves(G, G.active)).toContainEqual(reply.decision.move);
    expect(reply.decision.reason.length).toBeGreaterThan(0);
  });

  it('reports an error instead of throwing', () => {
    const reply = answer({ id: 8, view: viewFor(G, null), level: 'easy', seed: 's' });
    expect(reply).toMatchObject({ id: 8, ok: false });
  });
});
