/**
 * Defect #7: whatever a client puts in an action's payload lands in the log every other client
 * receives, and move arguments are shown unless a move is `redact`ed. The server rebuilds each
 * action from its known fields (no credentials, nothing extra), and every move runs on the server
 * only (`client: false`), so no client ever computes with secrets it should not hold.
 */
import { describe, expect, it } from 'vitest';
import { TrustAndLeverage } from '../../src/game';
import { connect, createTable, type Received, someLegalMove, startServer, stateOf, sync } from './helpers';

describe('log entries carry nothing secret (defect #7)', () => {
  it('strips credentials and injected fields from the log others receive', async () => {
    const server = await startServer();
    const { matchID, seats } = await createTable(server);
    const [a, b, watcher] = [await connect(server), await connect(server), await connect(server)];
    const states = [await sync(a, matchID, seats[0]), await sync(b, matchID, seats[1])];
    await sync(watcher, matchID);
    const mover = Number(states[0]!.ctx.currentPlayer);
    const [peer, other] = mover === 0 ? [a, b] : [b, a];
    const seat = seats[mover]!;
    const view = states[mover]!;
    const { move: name, args } = someLegalMove(view);
    const from = [other.received.length, watcher.received.length];
    const action = { type: 'MAKE_MOVE', payload: { type: name, args, playerID: seat.playerID, credentials: seat.credentials, note: 'INJECTED' } };
    peer.socket.emit('update', action, view._stateID, matchID, seat.playerID);
    const updates = [await other.next('update', () => true, from[0]), await watcher.next('update', () => true, from[1])];
    for (const update of updates) {
      expect(stateOf(update)._stateID).toBe(view._stateID + 1);
      const log = update.args[2] as { action: { type: string; payload: Record<string, unknown> } }[];
      const entry = log.find((e) => e.action.type === 'MAKE_MOVE');
      expect(entry?.action.payload).toEqual({ type: name, args, playerID: seat.playerID });
    }
    const everything = (peers: Received[][]) => JSON.stringify(peers);
    expect(everything([other.received, watcher.received])).not.toContain(seat.credentials);
    expect(everything([other.received, watcher.received, peer.received])).not.toContain('INJECTED');
  });

  it('runs every move on the server only', () => {
    for (const [name, move] of Object.entries(TrustAndLeverage.moves ?? {})) {
      expect(typeof move === 'object' && move.client === false, name).toBe(true);
    }
  });
});
