/**
 * Online matches' records (from the server's record route): accepted as records, named by their
 * match code, and never taken for a saved local game.
 */
import { describe, expect, it } from 'vitest';
import { parseGameRecord } from './game-record';
import { LocalSaves } from './local-saves';

const base = { format: 'trust-and-leverage/game-record', version: 1, setupData: {}, seed: 's', moves: [] };

describe('online game records', () => {
  it('carry the match code, checked like the rest', () => {
    expect(parseGameRecord({ ...base, players: { mode: 'online', matchID: 'ABCD2345' } })).toMatchObject({ players: { mode: 'online', matchID: 'ABCD2345' } });
    expect(parseGameRecord({ ...base, players: { mode: 'online' } })).toMatch(/players.matchID/);
    expect(parseGameRecord({ ...base, players: { mode: 'online', matchID: '<script>' } })).toMatch(/players.matchID/);
    expect(parseGameRecord({ ...base, players: { mode: 'chess' } })).toMatch(/"solo", "hot-seat" or "online"/);
  });

  it('are not resumed as saved local games', () => {
    const map = new Map<string, string>();
    const store = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
    const record = { ...base, players: { mode: 'online', matchID: 'ABCD2345' } };
    store.setItem('trust-and-leverage.local-games', JSON.stringify(['abcd2345']));
    store.setItem('trust-and-leverage.local-game.abcd2345', JSON.stringify({ id: 'abcd2345', savedAt: 1, record, aiNotes: [], over: false, summary: 'x' }));
    expect(new LocalSaves(store).load('abcd2345')).toMatch(/an online match's record, not a local game/);
  });
});
