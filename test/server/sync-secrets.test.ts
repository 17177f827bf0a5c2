/**
 * Defect #3: boardgame.io's master sends the match's unfiltered `initialState` (both hands, every
 * deck order, the PRNG seed) with every sync, to players and spectators alike.
 */
import { describe, expect, it } from 'vitest';
import { connect, createTable, type Received, startServer, sync } from './helpers';

const syncInfoOf = (peer: { received: Received[] }) => peer.received.find((r) => r.event === 'sync')?.args[1] as Record<string, unknown>;

describe('sync carries no initialState (defect #3)', () => {
  it('sends players and spectators only their filtered state and log', async () => {
    const server = await startServer();
    const { matchID, seats } = await createTable(server);
    const [a, b, watcher] = [await connect(server), await connect(server), await connect(server)];
    await sync(a, matchID, seats[0]);
    await sync(b, matchID, seats[1]);
    const spectated = await sync(watcher, matchID);
    for (const peer of [a, b, watcher]) {
      const info = syncInfoOf(peer);
      expect(info).toBeDefined();
      expect('initialState' in info).toBe(false);
      expect(Object.keys(info).sort()).toEqual(['filteredMetadata', 'log', 'state']);
    }
    // The spectator's state is the spectator's view: no hand of either side, no deck order.
    const raw = JSON.stringify(spectated);
    expect(raw).not.toMatch(/"hand":\["/);
    expect(raw).not.toMatch(/"deck":\["/);
    expect(JSON.stringify(syncInfoOf(watcher))).not.toMatch(/"seed"/);
  });
});
