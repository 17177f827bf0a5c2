/** The crash-and-resume scenario, shared by the SQLite and PostgreSQL suites. */
import { expect } from 'vitest';
import { connect, createTable, type Peer, seatBoth, someLegalMove } from './helpers';
import { spawnServer } from './spawn-server';

/** The crash-and-resume scenario against a storage given by `env`. */
export async function crashAndResume(env: Record<string, string>): Promise<void> {
  const first = await spawnServer(env);
  const { matchID, seats } = await createTable(first);
  const game = await seatBoth([await connect(first), await connect(first)], matchID, seats);
  for (let i = 0; i < 8; i += 1) await game.step(`before-${i}`);
  const acked = game.states.map((s) => structuredClone(s));
  // One more move in flight, then the process dies without warning.
  const mover = Number(acked[0]!.ctx.currentPlayer) as 0 | 1;
  const { move: name, args } = someLegalMove(acked[mover]!, 'in-flight');
  const seat = seats[mover];
  game.peers[mover].socket.emit('update', { type: 'MAKE_MOVE', payload: { type: name, args, playerID: seat.playerID, credentials: seat.credentials } },
    acked[mover]!._stateID, matchID, seat.playerID);
  await first.stop('SIGKILL');
  for (const peer of game.peers) peer.close();

  const second = await spawnServer(env);
  const peers: [Peer, Peer] = [await connect(second), await connect(second)];
  const resumed = await seatBoth(peers, matchID, seats);
  const stateID = resumed.states[0]._stateID;
  expect([acked[0]!._stateID, acked[0]!._stateID + 1]).toContain(stateID);
  if (stateID === acked[0]!._stateID) expect(resumed.states).toEqual(acked);
  for (let i = 0; i < 4; i += 1) await resumed.step(`after-${i}`);
  expect(resumed.states[0]._stateID).toBe(stateID + 4);
  await second.stop('SIGTERM');
}
