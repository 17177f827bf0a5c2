import { describe, expect, it } from 'vitest';
import { type GameRecord, parseGameRecordText, RECORD_FORMAT, RECORD_VERSION } from '../client/game-record';
import { fragmentToText, recordFileName, recordToFragment } from './record-file';

const record: GameRecord = {
  format: RECORD_FORMAT, version: RECORD_VERSION, players: { mode: 'solo', humanSide: 'dem', level: 'easy' },
  setupData: { scenario: 'competing-visions', demSeat: '0' }, seed: 'seed-é', moves: [{ seat: '1', move: 'playOps', args: ['pandemic'] }],
};

describe('game record files and links', () => {
  it('a replay link carries the record exactly (UTF-8 included) in URL-safe characters', () => {
    const data = recordToFragment(record) as string;
    expect(data).toMatch(/^[\w-]+$/);
    expect(parseGameRecordText(fragmentToText(data) as string)).toEqual(record);
  });

  it('damaged link data is refused, not guessed at', () => {
    expect(fragmentToText('not a record!')).toBeNull();
    expect(fragmentToText('_w')).toBeNull(); // decodes to a byte that is not UTF-8
    expect(fragmentToText('x'.repeat(30_000))).toBeNull();
  });

  it('names the file after the scenario and the day', () => {
    expect(recordFileName(record, new Date('2026-12-01T17:00:00Z'))).toBe('trust-and-leverage-competing-visions-2026-12-01.json');
  });
});
