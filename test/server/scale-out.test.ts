/**
 * Many machines: PostgreSQL storage and Redis pub/sub. Two server processes share matches, and
 * players on different processes finish a match; a SIGKILLed process on PostgreSQL resumes at
 * the last acknowledged move. (The storage itself is held to the contract in
 * storage-contract.test.ts.) Skipped, visibly, where PostgreSQL or Redis is not running; failed
 * under CI.
 */
import { expect, it } from 'vitest';
import { crashAndResume } from './crash-scenario';
import { connect, createTable, lobby, type Peer, seatBoth, sync } from './helpers';
import { DATABASE_URL, describeWithServices, REDIS_URL } from './services';
import { spawnServer } from './spawn-server';

describeWithServices('PostgreSQL server', ['postgres'], () => {
  it('resumes at the last acknowledged move after SIGKILL (PostgreSQL)', { timeout: 90_000 }, async () => {
    await crashAndResume({ DATABASE_URL });
  });
});

describeWithServices('two processes, PostgreSQL + Redis', ['postgres', 'redis'], () => {
  it('lets players on different processes finish a match, watched from either', { timeout: 120_000 }, async () => {
    const env = { DATABASE_URL, REDIS_URL };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    const { matchID, seats } = await createTable(a);
    expect((await lobby(b, `/games/trust-and-leverage/${matchID}`)).json.players).toHaveLength(2);
    const peers: [Peer, Peer] = [await connect(a), await connect(b)];
    const watcher = await connect(b);
    await sync(watcher, matchID);
    const game = await seatBoth(peers, matchID, seats);
    let moves = 0;
    while (game.states[0].ctx.gameover === undefined && moves < 3000) await game.step(`two-${(moves += 1)}`);
    expect(game.states[0].ctx.gameover).toBeDefined();
    expect(game.states[1]._stateID).toBe(game.states[0]._stateID);
    const last = watcher.received.filter((r) => r.event === 'update').at(-1);
    expect(last && (last.args[1] as { _stateID: number })._stateID).toBe(game.states[0]._stateID);
    const listed = (await lobby(a, `/games/trust-and-leverage/${matchID}`)).json;
    expect(listed.gameover).toBeDefined();
    await Promise.all([a.stop(), b.stop()]);
  });
});
