/**
 * Lobby hygiene by the clock (issue 15): a match nobody touched for STALE_MATCH_HOURS is closed
 * and leaves the open list; a match both of whose players are gone is closed instead of the AI
 * playing itself to the end. Injected time: no real waiting.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config';
import { createGameServer, type GameServer } from '../../src/server/create-server';
import { FakeTime } from './fake-time';
import { GAME, lobby } from './helpers';

const servers: GameServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 500; i += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

describe('lobby hygiene', () => {
  it('closes a match nobody touched for the configured time, and the open list drops it', async () => {
    const time = new FakeTime(Date.now());
    const server = await createGameServer(testConfig({ clockSweepMs: 60_000, staleMatchHours: 1 }), { log: () => {}, time });
    servers.push(server);
    const matchID = String((await lobby(server, `/games/${GAME}/create`, {})).json.matchID);
    await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '0', playerName: 'Ada' });
    const listed = async () => ((await lobby(server, `/games/${GAME}`)).json.matches as { matchID: string }[]).map((m) => m.matchID);
    expect(await listed()).toContain(matchID);
    // The sweep runs every minute: step the time a minute at a time, letting each sweep finish.
    const minutes = async (n: number) => {
      for (let i = 0; i < n; i += 1) {
        time.advance(60_000);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await minutes(30); // half an hour: still open
    expect(await listed()).toContain(matchID);
    await minutes(31);
    const shown = await until(async () => (await lobby(server, `/games/${GAME}/${matchID}`)).json, (m) => m.gameover !== undefined, 'closed');
    expect(shown.gameover).toEqual({ closed: 'untouched' });
    expect(await listed()).not.toContain(matchID);
    // Nobody can sit down in it any more.
    const join = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '1', playerName: 'Bo' });
    expect(join.status).toBe(409);
    expect(String(join.json.error)).toMatch(/match is over/);
  });

  it('closes a match whose two players are both gone, rather than letting the AI play both sides', { timeout: 120_000 }, async () => {
    const time = new FakeTime(Date.now());
    const server = await createGameServer(testConfig({ clockSweepMs: 3_600_000, aiPaceMs: 0 }), { log: () => {}, time });
    servers.push(server);
    const matchID = String((await lobby(server, `/games/${GAME}/create`, { options: { pace: { kind: 'live', turnSeconds: 15, bankSeconds: 0 } } })).json.matchID);
    for (const [playerID, playerName] of [['0', 'Ada'], ['1', 'Bo']] as const) await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID, playerName });
    const match = () => lobby(server, `/games/${GAME}/${matchID}`).then((r) => r.json as { gameover?: unknown; clock: { seat: string; startedAt: number } | null });
    // Each turn runs out in turn (the AI stands in); the second player's third miss closes the match.
    for (let turn = 1; turn <= 6; turn += 1) {
      // The turn's clock has started (the stand-in finished the turn before).
      await until(match, (m) => m.gameover !== undefined || m.clock?.startedAt === time.now(), `turn ${turn} on the clock`);
      time.advance(15_000);
    }
    const closed = await until(match, (m) => m.gameover !== undefined, 'closed');
    expect(closed.gameover).toEqual({ closed: 'abandoned' });
    expect(closed.clock).toBeNull();
  });
});
