import { describe, expect, it } from 'vitest';
import type { LobbyMatch, SeatTicket } from './lobby-client';
import { movedAway, myGameRow, sortRows } from './my-games';

const ticket = (matchID: string, playerID: '0' | '1' = '0'): SeatTicket => ({ matchID, playerID, credentials: 'c', playerName: 'Ada' });
const match = (matchID: string, extra: object = {}): LobbyMatch => ({
  matchID, gameName: 'trust-and-leverage', players: [{ id: 0, name: 'Ada' }, { id: 1, name: 'Bo' }], setupData: { demSeat: '0' }, createdAt: 0, updatedAt: 0, ...extra,
} as LobbyMatch);
const clock = (seat: '0' | '1', deadline: number, kept: string[] = []) => ({ clock: { seat, startedAt: 0, deadline, banks: {}, kept, misses: {}, serverNow: 1000 } });

describe('my games', () => {
  it('says whose turn it is and the time left, yours first', () => {
    const now = 1000;
    const rows = [
      myGameRow(ticket('AAAAAAAA'), match('AAAAAAAA', clock('1', 61_000)), false, now),
      myGameRow(ticket('BBBBBBBB'), match('BBBBBBBB', { gameover: { winner: '0' } }), false, now),
      myGameRow(ticket('CCCCCCCC'), match('CCCCCCCC', clock('0', 3 * 3_600_000 + 1000)), false, now),
      myGameRow(ticket('DDDDDDDD'), null, true, now),
      myGameRow(ticket('EEEEEEEE'), match('EEEEEEEE', { players: [{ id: 0, name: 'Ada' }, { id: 1 }] }), false, now),
      myGameRow(ticket('FFFFFFFF'), match('FFFFFFFF', clock('1', 5000, ['0'])), false, now),
      myGameRow(ticket('GGGGGGGG', '1'), match('GGGGGGGG', { gameover: { winner: '0', side: 'dem', abandoned: '1' } }), false, now),
    ];
    expect(rows.map((r) => r.turn)).toEqual([
      'Bo’s turn: 1:00 left.',
      'Finished: you won.',
      'Your turn: 3 h 00 min left.',
      'No longer on the server.',
      'Waiting for an opponent.',
      'You were away: the AI is playing your seat. Open the match to take it back.',
      'Ended: you were away and your opponent claimed the win.',
    ]);
    expect(sortRows(rows).map((r) => r.ticket.matchID)).toEqual(['CCCCCCCC', 'FFFFFFFF', 'AAAAAAAA', 'EEEEEEEE', 'BBBBBBBB', 'GGGGGGGG', 'DDDDDDDD']);
  });
});

describe('player record', () => {
  it('counts each match once, finished or abandoned, by name', async () => {
    const { PlayerRecords } = await import('./player-record');
    const map = new Map<string, string>();
    const records = new PlayerRecords({ getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) });
    records.count(ticket('AAAAAAAA'), match('AAAAAAAA', { gameover: { winner: '1' } }));
    records.count(ticket('AAAAAAAA'), match('AAAAAAAA', { gameover: { winner: '1' } }));
    records.count(ticket('BBBBBBBB'), match('BBBBBBBB', { gameover: { winner: '1', abandoned: '0' } }));
    records.count(ticket('CCCCCCCC', '1'), match('CCCCCCCC', { gameover: { winner: '1', abandoned: '0' } }));
    records.count(ticket('DDDDDDDD'), match('DDDDDDDD'));
    records.count(ticket('EEEEEEEE'), match('EEEEEEEE', { gameover: { closed: 'untouched' } }));
    expect(records.of('Ada')).toEqual({ finished: 2, abandoned: 1 });
    expect(records.of('Bo')).toEqual({ finished: 0, abandoned: 0 });
  });

  it('drops the seats a redeemed transfer moved away, and says which', () => {
    const tickets = [ticket('AAAAAAAA'), ticket('BBBBBBBB', '1'), ticket('CCCCCCCC'), ticket('DDDDDDDD')];
    const one = movedAway(tickets, ['held', 'moved', 'other', 'gone']);
    expect(one.moved.map((t) => t.matchID)).toEqual(['BBBBBBBB']);
    expect(one.note).toBe('Your seat in match BBBB-BBBB was moved to another device with a transfer code: this device no longer lists it.');
    const two = movedAway(tickets, ['moved', 'held', 'moved', 'held']);
    expect(two.moved.map((t) => t.matchID)).toEqual(['AAAAAAAA', 'CCCCCCCC']);
    expect(two.note).toMatch(/^Your seats in matches AAAA-AAAA, CCCC-CCCC were moved .* no longer lists them\.$/);
    expect(movedAway(tickets, ['held', 'held', 'other', 'gone'])).toEqual({ moved: [], note: null });
  });
});
