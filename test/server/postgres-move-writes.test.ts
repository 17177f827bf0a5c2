/**
 * The grouped move writes of PostgreSQL (postgres-move-writes.ts), against a fake pool: moves of
 * one event-loop turn share a statement, and a later turn's moves do not wait for an earlier
 * statement still in flight (each goes out on its own pooled connection), so one slow commit
 * delays only the moves it carries. A match's own moves stay in order because the server sends
 * a match's next move only once the previous one is acknowledged (and the statement refuses an
 * older state id).
 */
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { MoveWriter } from '../../src/server/postgres-move-writes';

interface Sent {
  ids: string[];
  name: string;
  values: unknown[];
  answer: (rows: { id: string; metadata: string }[]) => void;
}

function fakePool(sent: Sent[]) {
  return {
    query: ((config: { name: string; values: unknown[] }) => new Promise((resolve) => {
      // Several moves come as one array per column; a lone move as plain values.
      const ids = Array.isArray(config.values[0]) ? config.values[0] as string[] : [config.values[0] as string];
      sent.push({ ids, name: config.name, values: config.values, answer: (rows) => resolve({ rows }) });
    })) as never,
  };
}

const stateAt = (id: number) => ({ G: {}, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: id }) as unknown as State;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('PostgreSQL move writes (MoveWriter)', () => {
  it('sends a later turn\'s moves while an earlier statement is still in flight, and settles each move with its own statement', async () => {
    const sent: Sent[] = [];
    const writer = new MoveWriter(fakePool(sent), (id) => new Error(`stale ${id}`), () => {});
    const settled: string[] = [];
    const a = writer.setState('AAAA', stateAt(1), undefined, null).then(() => settled.push('AAAA'));
    const b = writer.setState('BBBB', stateAt(1), undefined, null).then(() => settled.push('BBBB'));
    await tick();
    expect(sent.map((s) => s.ids)).toEqual([['AAAA', 'BBBB']]);
    const c = writer.setState('CCCC', stateAt(1), undefined, null).then(() => settled.push('CCCC'));
    await tick();
    // The first statement has not answered: the second went out all the same.
    expect(sent.map((s) => s.ids)).toEqual([['AAAA', 'BBBB'], ['CCCC']]);
    sent[1]!.answer([{ id: 'CCCC', metadata: '{}' }]);
    await c;
    expect(settled).toEqual(['CCCC']);
    sent[0]!.answer([{ id: 'AAAA', metadata: '{}' }, { id: 'BBBB', metadata: '{}' }]);
    await Promise.all([a, b]);
    expect(settled).toEqual(['CCCC', 'AAAA', 'BBBB']);
  });

  it('sends a lone move as plain parameters and several as arrays, one element per match', async () => {
    const sent: Sent[] = [];
    const writer = new MoveWriter(fakePool(sent), (id) => new Error(`stale ${id}`), () => {});
    const lone = writer.setState('AAAA', stateAt(3), undefined, { seat: '0', credentials: 'secret' });
    await tick();
    const both = [writer.setState('BBBB', stateAt(1), undefined, null), writer.setState('CCCC', stateAt(2), undefined, null)];
    await tick();
    expect(sent.map(({ name }) => name)).toEqual(['tl_write_move', 'tl_write_moves']);
    const [id, state, stateID, , , , , seat, credentials] = sent[0]!.values;
    expect([id, JSON.parse(state as string)._stateID, stateID, seat, credentials]).toEqual(['AAAA', 3, 3, '0', 'secret']);
    expect(sent[1]!.values.slice(0, 3).map((column) => Array.isArray(column) && column.length)).toEqual([2, 2, 2]);
    expect(sent[1]!.values[2]).toEqual([1, 2]);
    sent[0]!.answer([{ id: 'AAAA', metadata: '{}' }]);
    sent[1]!.answer([{ id: 'BBBB', metadata: '{}' }]);
    await lone;
    const outcomes = await Promise.allSettled(both);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : outcome.status))).toEqual(['fulfilled', 'Error: stale CCCC']);
  });
});
