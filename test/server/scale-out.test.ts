/**
 * Many machines: PostgreSQL storage and Redis pub/sub. Two server processes share matches, and
 * players on different processes finish a match; a SIGKILLed process on PostgreSQL resumes at
 * the last acknowledged move. Skipped, visibly, where PostgreSQL or Redis is not running.
 */
import { describe, expect, it } from 'vitest';
import { PostgresStorage } from '../../src/server/storage-postgres';
import { StaleStateError } from '../../src/server/storage-errors';
import { crashAndResume } from './crash-scenario';
import { connect, createTable, lobby, type Peer, seatBoth, sync } from './helpers';
import { DATABASE_URL, REDIS_URL, services } from './services';
import { spawnServer } from './spawn-server';

const pg = services.postgres ? '' : ' (SKIPPED: PostgreSQL not reachable)';
const both = services.postgres && services.redis ? '' : ' (SKIPPED: PostgreSQL or Redis not reachable)';

describe.skipIf(!services.postgres)(`PostgreSQL storage${pg}`, () => {
  it('refuses to overwrite a state with an older or equal one', async () => {
    const db = new PostgresStorage(DATABASE_URL);
    await db.connect();
    try {
      const id = `T${Date.now().toString(36)}${process.pid}`;
      const state = { G: {}, ctx: {}, plugins: {}, _undo: [], _redo: [], _stateID: 0 } as never;
      await db.createMatch(id, { initialState: state, metadata: { gameName: 'g', players: {}, createdAt: 1, updatedAt: 1 } });
      await db.setState(id, { ...(state as object), _stateID: 1 } as never, [{ action: { type: 'MAKE_MOVE' } } as never]);
      await expect(db.setState(id, { ...(state as object), _stateID: 1 } as never)).rejects.toThrow(StaleStateError);
      const { state: stored, log } = await db.fetch(id, { state: true, log: true });
      expect(stored._stateID).toBe(1);
      expect(log).toHaveLength(1);
      await db.wipe(id);
      expect((await db.fetch(id, { metadata: true })).metadata).toBeUndefined();
    } finally {
      await db.close();
    }
  });

  it('resumes at the last acknowledged move after SIGKILL (PostgreSQL)', { timeout: 90_000 }, async () => {
    await crashAndResume({ DATABASE_URL });
  });
});

describe.skipIf(!(services.postgres && services.redis))(`two processes, PostgreSQL + Redis${both}`, () => {
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
