/**
 * Fuzz: 10,000 random malformed or forged messages over real sockets, from seated players, a
 * spectator and a stranger. None may change the match (no fuzzed message holds valid
 * credentials), crash the server or leak an error; legal play continues afterwards.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVE_NAMES } from '../../src/game';
import { connect, createTable, type Peer, seatBoth, startServer, sync } from './helpers';

const MESSAGES = 10_000;

function messages(matchID: string, stateID: number, seed: number): [string, unknown[]][] {
  const junk = fc.oneof(fc.anything({ maxDepth: 3 }), fc.constantFrom(null, undefined, '', 0, -1, 1e308, Number.NaN, '__proto__', [], {}));
  const seat = fc.oneof(fc.constantFrom('0', '1', null, undefined, '2', 0, 1, '-1', '00'), junk);
  const match = fc.oneof(fc.constant(matchID), fc.constantFrom('ZZZZ2345', '../etc', ''), fc.string({ maxLength: 80 }), junk);
  const state = fc.oneof(fc.constant(stateID), fc.integer({ min: -5, max: 500 }), junk);
  const type = fc.oneof(fc.constantFrom('MAKE_MOVE', 'GAME_EVENT', 'UNDO', 'REDO', 'RESET', 'SYNC', 'UPDATE', 'PATCH', 'PLUGIN', 'STRIP_TRANSIENTS'), junk);
  const moveName = fc.oneof(fc.constantFrom(...Object.values(MOVE_NAMES), 'endGame', 'setActivePlayers', 'endTurn', 'constructor'), junk);
  const payload = fc.record({ type: moveName, args: fc.oneof(fc.array(junk, { maxLength: 4 }), junk), playerID: seat, credentials: fc.oneof(fc.string({ maxLength: 30 }), junk) }, { requiredKeys: [] });
  const action = fc.oneof(fc.record({ type, payload }, { requiredKeys: [] }), junk);
  const update = fc.tuple(fc.constant('update'), fc.tuple(action, state, match, seat));
  const syncs = fc.tuple(fc.constant('sync'), fc.tuple(match, seat, fc.oneof(fc.string({ maxLength: 40 }), junk), junk));
  const other = fc.tuple(fc.constantFrom('chat', 'patch', 'matchData', 'refused', 'x'.repeat(50)), fc.array(junk, { maxLength: 4 }));
  const message = fc.oneof({ arbitrary: update, weight: 6 }, { arbitrary: syncs, weight: 2 }, { arbitrary: other, weight: 1 });
  return fc.sample(message, { seed, numRuns: MESSAGES }) as [string, unknown[]][];
}

/** Resolves once `peer` has received nothing new for `quietMs` (at most `maxMs`). */
async function quiet(peers: Peer[], quietMs: number, maxMs: number): Promise<void> {
  const started = Date.now();
  let last = -1;
  while (Date.now() - started < maxMs) {
    const count = peers.reduce((n, p) => n + p.received.length, 0);
    if (count === last) return;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}

describe('socket fuzz', () => {
  it(`survives ${MESSAGES} random malformed messages and leaves the match unchanged`, { timeout: 90_000 }, async () => {
    const server = await startServer({ socketRatePerSecond: 100_000 });
    const { matchID, seats } = await createTable(server);
    const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
    const before = game.states[0];
    const spectator = await connect(server);
    await sync(spectator, matchID);
    const senders = [...game.peers, spectator, await connect(server)];
    const list = messages(matchID, before._stateID, 20_260_101);
    for (let i = 0; i < list.length; i += 1) {
      const [event, args] = list[i]!;
      const peer = senders[i % senders.length]!;
      if (peer.socket.connected) peer.socket.emit(event, ...args);
      if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    }
    await quiet(senders, 1000, 45_000);
    const refusals = senders.reduce((n, p) => n + p.received.filter((r) => r.event === 'refused').length, 0);
    expect(refusals).toBeGreaterThan(MESSAGES / 2);
    // The server is up, the match did not move, and legal play goes on.
    const fresh = [await connect(server), await connect(server)] as const;
    const after = await seatBoth([fresh[0], fresh[1]], matchID, seats);
    expect(after.states[0]).toEqual(before);
    await after.step('after-fuzz');
    expect(after.states[0]._stateID).toBe(before._stateID + 1);
  });
});
