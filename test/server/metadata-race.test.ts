/**
 * Regression test for "match metadata lost across processes" (issue 14): two processes share
 * PostgreSQL and Redis; seat 0 plays through A, seat 1 through B, and seat 1 renames itself
 * through B every few ms while the match is played to its end. Each process used to read the
 * whole metadata, change a field and write it all back, so the game-ending move's `gameover`
 * could be erased by a rename (the match stayed listed as open) and a move's write could erase
 * a rename answered 200. Both must hold: the match is over in the Lobby and in the table, and
 * the stored name is the last one answered 200.
 */
import pg from 'pg';
import { expect, it } from 'vitest';
import { connect, createTable, GAME, lobby, type Peer, seatBoth } from './helpers';
import { DATABASE_URL, describeWithServices, REDIS_URL } from './services';
import { spawnServer } from './spawn-server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithServices('metadata across two processes, PostgreSQL + Redis', ['postgres', 'redis'], () => {
  it('match metadata lost across processes: renames through B while A plays the game-ending move lose neither', { timeout: 180_000 }, async () => {
    const env = { DATABASE_URL, REDIS_URL };
    const [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    const { matchID, seats } = await createTable(a);
    const game = await seatBoth([await connect(a), await connect(b)] as [Peer, Peer], matchID, seats);
    let playing = true;
    let lastAnswered = 'Bo';
    let renames = 0;
    const renaming = (async () => {
      while (playing) {
        const newName = `Bo ${(renames += 1)}`;
        const answer = await lobby(b, `/games/${GAME}/${matchID}/update`, { playerID: '1', credentials: seats[1].credentials, newName });
        expect(answer.status, JSON.stringify(answer.json)).toBe(200);
        lastAnswered = newName;
        await sleep(3);
      }
    })();
    let moves = 0;
    try {
      while (game.states[0].ctx.gameover === undefined && moves < 3000) await game.step(`race-${(moves += 1)}`);
    } finally {
      playing = false;
      await renaming;
    }
    expect(game.states[0].ctx.gameover).toBeDefined();
    expect(renames).toBeGreaterThan(10);
    for (const server of [a, b]) {
      const listed = (await lobby(server, `/games/${GAME}/${matchID}`)).json as { gameover?: unknown; players: { name?: string }[] };
      expect(listed.gameover).toEqual(game.states[0].ctx.gameover);
      expect(listed.players[1]?.name).toBe(lastAnswered);
      const open = (await lobby(server, `/games/${GAME}`)).json as { matches: { matchID: string }[] };
      expect(open.matches.map((m) => m.matchID)).not.toContain(matchID);
    }
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      const row = (await client.query<{ gameover: boolean }>('SELECT gameover FROM tl_matches WHERE id = $1', [matchID])).rows[0];
      expect(row?.gameover).toBe(true);
    } finally {
      await client.end();
    }
    await Promise.all([a.stop(), b.stop()]);
  });
});
