/**
 * boardgame.io runs any GAME_EVENT a client sends; a raw `setActivePlayers` with no arguments
 * throws inside the reducer, and its SocketIO `update` handler does not catch it. This server
 * refuses game events outright (the game has no client events) and survives them.
 */
import { describe, expect, it } from 'vitest';
import { connect, createTable, lastRefusal, seatBoth, startServer, sync } from './helpers';

describe('client game events are refused', () => {
  it('refuses raw setActivePlayers/endGame/endTurn events with a reason; the state and the server carry on', async () => {
    const server = await startServer();
    const { matchID, seats } = await createTable(server);
    const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
    const mover = Number(game.states[0].ctx.currentPlayer) as 0 | 1;
    const peer = game.peers[mover];
    const seat = seats[mover];
    const before = game.states[mover];
    const events: [string, unknown][] = [['setActivePlayers', undefined], ['endGame', [{ winner: seat.playerID }]], ['endTurn', []], ['setPhase', ['x']]];
    for (const [type, args] of events) {
      const from = peer.received.length;
      const action = { type: 'GAME_EVENT', payload: { type, args, playerID: seat.playerID, credentials: seat.credentials } };
      peer.socket.emit('update', action, before._stateID, matchID, seat.playerID);
      await peer.next('refused', () => true, from);
      expect(lastRefusal(peer)).toMatch(/game events are not accepted/);
    }
    const after = await sync(peer, matchID, seat);
    expect(after).toEqual(before);
    await game.step('after-events');
    expect(game.states[0]._stateID).toBe(before._stateID + 1);
  });
});
