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
  answer: (rows: { id: string; metadata: string }[]) => void;
}

function fakePool(sent: Sent[]) {
  return {
    query: ((config: { values: unknown[][] }) => new Promise((resolve) => {
      sent.push({ ids: config.values[0] as string[], answer: (rows) => resolve({ rows }) });
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
});
