/**
 * Bad input against a real server: malformed and unknown moves, moves out of turn, missing or
 * wrong credentials, forged messages and oversized payloads are refused with a reason sent to
 * that client only; the match state does not change and the server keeps serving.
 */
import { describe, expect, it } from 'vitest';
import { connect, createTable, lastRefusal, type Peer, seatBoth, startServer, sync } from './helpers';

async function refusal(peer: Peer, event: string, ...args: unknown[]): Promise<string> {
  const from = peer.received.length;
  peer.socket.emit(event, ...args);
  await peer.next('refused', () => true, from);
  return lastRefusal(peer) ?? '';
}

describe('bad input over real sockets', () => {
  it('refuses malformed, unknown, out-of-turn, illegal, forged and stale moves with a reason', async () => {
    const server = await startServer({ maxSocketMessageBytes: 64 * 1024 });
    const { matchID, seats } = await createTable(server);
    const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
    const mover = Number(game.states[0].ctx.currentPlayer) as 0 | 1;
    const [peer, other] = [game.peers[mover], game.peers[1 - mover]!];
    const [seat, otherSeat] = [seats[mover], seats[1 - mover]!];
    const stateID = game.states[mover]._stateID;
    const act = (type: unknown, args: unknown, s = seat, extra: object = {}) =>
      ({ type: 'MAKE_MOVE', payload: { type, args, playerID: s.playerID, credentials: s.credentials, ...extra } });
    const cases: [string, unknown[], RegExp][] = [
      ['update', ['not an action', stateID, matchID, seat.playerID], /action must be an object/],
      ['update', [act('pass', []), 'one', matchID, seat.playerID], /stateID/],
      ['update', [act('pass', []), stateID, { $gt: '' }, seat.playerID], /matchID/],
      ['update', [act('pass', []), stateID, matchID, '7'], /seated player/],
      ['update', [act('teleport', []), stateID, matchID, seat.playerID], /unknown move/],
      ['update', [act('playEvent', 'card'), stateID, matchID, seat.playerID], /arguments must be an array/],
      ['update', [act('playEvent', ['no-such-card']), stateID, matchID, seat.playerID], /card id/],
      ['update', [act('act', ['fly-to-the-moon']), stateID, matchID, seat.playerID], /unknown action/],
      ['update', [act('playEvent', ['x'.repeat(10_000)]), stateID, matchID, seat.playerID], /too large/],
      ['update', [{ type: 'MAKE_MOVE', payload: { type: 'pass', args: [], playerID: seat.playerID } }, stateID, matchID, seat.playerID], /credentials are missing/],
      ['update', [act('pass', [], seat, { playerID: otherSeat.playerID }), stateID, matchID, seat.playerID], /another seat/],
      ['update', [act('pass', [], otherSeat), stateID, matchID, otherSeat.playerID], /sync to this match and seat first/],
      ['update', [{ type: 'RESET', payload: { state: {} } }, stateID, matchID, seat.playerID], /not accepted/],
      ['update', [{ type: 'PLUGIN', payload: { type: 'log', args: [], playerID: seat.playerID, credentials: seat.credentials } }, stateID, matchID, seat.playerID], /not accepted/],
      ['sync', [matchID, '0', 42], /credentials must be a string/],
      ['chat', [matchID, { id: 'x', sender: seat.playerID, payload: 'hi' }, seat.credentials], /chat is not available/],
      ['makeMeWin', [matchID], /unknown message type/],
    ];
    for (const [event, args, reason] of cases) {
      expect(await refusal(peer, event, ...args), `${event} ${JSON.stringify(args).slice(0, 80)}`).toMatch(reason);
    }
    // Illegal for the rules (the opponent's hand is not ours) and out of turn.
    const theirCard = game.states[1 - mover]!.G as { sides: Record<string, { hand: string[] | null }> };
    const card = Object.values(theirCard.sides).find((s) => s.hand)?.hand?.[0];
    expect(await refusal(peer, 'update', act('playOps', [card]), stateID, matchID, seat.playerID)).toMatch(/not in your hand/);
    expect(await refusal(other, 'update', act('pass', [], otherSeat), stateID, matchID, otherSeat.playerID)).toMatch(/not your turn/);
    // Wrong credentials, and a stale state id (answered with a fresh sync).
    expect(await refusal(peer, 'update', act('pass', [], { ...seat, credentials: 'x' }), stateID, matchID, seat.playerID)).toMatch(/credentials/);
    const from = peer.received.length;
    expect(await refusal(peer, 'update', act('pass', []), stateID + 5, matchID, seat.playerID)).toMatch(/out of date/);
    await peer.next('sync', () => true, from);
    // Refusals went to the sender only; nothing changed.
    expect(other.received.filter((r) => r.event === 'refused')).toHaveLength(1);
    expect(await sync(peer, matchID, seat)).toEqual(game.states[mover]);
    // An oversized frame closes only that socket; the match plays on.
    const flooder = await connect(server);
    const closed = new Promise<string>((resolve) => flooder.socket.once('disconnect', (why) => resolve(why)));
    flooder.socket.emit('update', 'z'.repeat(200_000));
    expect(await closed).toMatch(/transport/);
    await game.step('after-bad-input');
    expect(game.states[0]._stateID).toBe(stateID + 1);
  });

  it('limits the message rate of a socket', async () => {
    const server = await startServer({ socketRatePerSecond: 5 });
    const peer = await connect(server);
    for (let i = 0; i < 30; i += 1) peer.socket.emit('sync', 'NOPE2345', null);
    while (peer.received.filter((r) => r.event === 'refused').length < 30) await peer.next('refused', () => true);
    const limited = peer.received.filter((r) => /too many messages/.test(JSON.stringify(r.args))).length;
    expect(limited).toBeGreaterThanOrEqual(15);
    expect(limited).toBeLessThanOrEqual(20);
  });
});
