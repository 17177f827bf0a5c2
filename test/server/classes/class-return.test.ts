/**
 * A student whose seat the AI took comes back (issue 12): after the teacher gave a slow student's
 * seat to the AI, the student (their seat's credentials from joining, kept on their device) takes
 * it back with `POST /classes/:code/return`, and plays on with the same credentials; after the
 * clock's stand-in played a turn for them, the online route `POST /games/…/return` works for a
 * class seat as for any seat. A seat the AI filled before any student sat in it stays with the
 * AI. Refusals: wrong credentials, a seat that is the student's already, another student's seat,
 * a game over. The clock runs on an injected time source (no real waiting).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerConfig, testConfig } from '../../../src/server/config';
import { createGameServer, type GameServer } from '../../../src/server/create-server';
import { FakeTime } from '../fake-time';
import { connect, GAME, lobby, move, someLegalMove, stateOf, sync } from '../helpers';
import { api, grid, gridUntil, joinClass, makeClass, type Student } from './class-helpers';

const servers: GameServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(time: FakeTime, overrides: Partial<ServerConfig> = {}): Promise<GameServer> {
  const server = await createGameServer(testConfig({ socketRatePerSecond: 10_000, aiPaceMs: 0, clockSweepMs: 3_600_000, ...overrides }), { log: () => {}, time });
  servers.push(server);
  return server;
}

const returnBody = (s: Student, credentials = s.playerCredentials) => ({ body: { matchID: s.matchID, playerID: s.playerID, credentials } });

interface LobbyPlayer { id: number; name?: string; data?: { ai?: string } }
const playersOf = async (server: GameServer, matchID: string) => (await lobby(server, `/games/${GAME}/${matchID}`)).json.players as LobbyPlayer[];

async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

describe('a student takes their seat back', () => {
  it('from the AI the teacher gave it to: the same credentials play again; refusals change nothing', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time);
    const made = await makeClass(server);
    const ana = await joinClass(server, made.code, 'Ana');
    const ben = await joinClass(server, made.code, 'Ben');
    // Nothing to take back yet.
    expect((await api(server, 'POST', `/classes/${made.code}/return`, returnBody(ana))).status).toBe(409);

    expect((await api(server, 'POST', `/classes/${made.code}/tables/${ana.matchID}/ai`, { key: made.key, body: { seat: ana.playerID } })).status).toBe(200);
    expect((await playersOf(server, ana.matchID))[Number(ana.playerID)]?.data?.ai).toBe('normal');
    expect((await grid(server, made)).students.find((s) => s.name === 'Ana')?.replacedByAi).toBe(true);
    // Her old credentials no longer hold the seat on the online routes.
    expect((await lobby(server, `/games/${GAME}/${ana.matchID}/return`, { playerID: ana.playerID, credentials: ana.playerCredentials })).status).toBe(403);

    // Refused: wrong credentials, Ben's credentials for Ana's seat, Ben's own seat (his already), an unknown class, a bad body.
    const refusals: [object, number][] = [
      [returnBody(ana, 'not-hers'), 403],
      [returnBody(ana, ben.playerCredentials), 403],
      [returnBody(ben), 409],
      [{ body: { matchID: ana.matchID, playerID: '7', credentials: ana.playerCredentials } }, 400],
      [{ body: { ...returnBody(ana).body, extra: 1 } }, 400],
    ];
    for (const [options, status] of refusals) expect((await api(server, 'POST', `/classes/${made.code}/return`, options)).status, JSON.stringify(options)).toBe(status);
    expect((await api(server, 'POST', '/classes/ZZZZZZ/return', returnBody(ana))).status).toBe(404);
    expect((await playersOf(server, ana.matchID))[Number(ana.playerID)]?.data?.ai).toBe('normal');

    // Ana comes back.
    expect((await api(server, 'POST', `/classes/${made.code}/return`, returnBody(ana))).status).toBe(200);
    const seat = (await playersOf(server, ana.matchID))[Number(ana.playerID)];
    expect(seat?.name).toBe('Ana');
    expect(seat?.data?.ai).toBeUndefined();
    const g = await grid(server, made);
    expect(g.students.find((s) => s.name === 'Ana')?.replacedByAi).toBe(false);
    expect(g.tables[0]?.players[ana.playerID === g.tables[0].players.dem.playerID ? 'dem' : 'aut']).toMatchObject({ name: 'Ana', holder: 'student' });
    // Her credentials hold the seat again: the online routes and a move accept them.
    expect((await lobby(server, `/games/${GAME}/${ana.matchID}/return`, { playerID: ana.playerID, credentials: ana.playerCredentials })).status).toBe(200);
    // Ben plays until it is Ana's turn, then Ana's move is accepted.
    const benSeat = { playerID: ben.playerID, credentials: ben.playerCredentials };
    const anaSeat = { playerID: ana.playerID, credentials: ana.playerCredentials };
    const benPeer = await connect(server);
    let state = await sync(benPeer, ben.matchID, benSeat);
    for (let n = 0; state.ctx.currentPlayer === ben.playerID && n < 20; n += 1) {
      const legal = someLegalMove(state, `ben-${n}`);
      state = stateOf(await move(benPeer, ben.matchID, benSeat, state._stateID, legal.move, legal.args));
    }
    const peer = await connect(server);
    state = await sync(peer, ana.matchID, anaSeat);
    expect(state.ctx.currentPlayer).toBe(ana.playerID);
    const legal = someLegalMove(state, 'ana-back');
    expect(stateOf(await move(peer, ana.matchID, anaSeat, state._stateID, legal.move, legal.args))._stateID).toBe(state._stateID + 1);
    peer.socket.close();
    benPeer.socket.close();
    // Once back, there is nothing more to take back.
    expect((await api(server, 'POST', `/classes/${made.code}/return`, returnBody(ana))).status).toBe(409);
  });

  it('a seat the AI filled before any student sat in it stays with the AI; the next student gets a seat of their own', async () => {
    const server = await start(new FakeTime());
    const made = await makeClass(server);
    const cy = await joinClass(server, made.code, 'Cy');
    const other = cy.playerID === '0' ? '1' : '0';
    expect((await api(server, 'POST', `/classes/${made.code}/tables/${cy.matchID}/ai`, { key: made.key, body: { seat: other } })).status).toBe(200);
    // Cy's credentials do not open the AI's seat.
    expect((await api(server, 'POST', `/classes/${made.code}/return`, { body: { matchID: cy.matchID, playerID: other, credentials: cy.playerCredentials } })).status).toBe(403);
    const dee = await joinClass(server, made.code, 'Dee');
    expect(dee.matchID).not.toBe(cy.matchID);
    expect((await playersOf(server, cy.matchID))[Number(other)]?.data?.ai).toBe('normal');
  });

  it('after the game is over the seat stays with the AI', { timeout: 120_000 }, async () => {
    const server = await start(new FakeTime());
    const made = await makeClass(server, { scenario: 'classroom-quick', aiLevel: 'easy' });
    const ana = await joinClass(server, made.code, 'Ana');
    const ben = await joinClass(server, made.code, 'Ben');
    for (const s of [ana, ben]) expect((await api(server, 'POST', `/classes/${made.code}/tables/${s.matchID}/ai`, { key: made.key, body: { seat: s.playerID } })).status).toBe(200);
    await gridUntil(server, made, (g) => g.tables[0]?.status === 'over', 100_000);
    const reply = await api(server, 'POST', `/classes/${made.code}/return`, returnBody(ana));
    expect(reply.status).toBe(409);
    expect(String(reply.json.error)).toMatch(/game is over/);
    expect((await grid(server, made)).students.find((s) => s.name === 'Ana')?.replacedByAi).toBe(true);
  });

  it('from the clock\'s stand-in: the online return route takes a class seat back as any seat', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time);
    const made = await makeClass(server, { pace: { kind: 'live', turnSeconds: 30, bankSeconds: 0 } });
    const ana = await joinClass(server, made.code, 'Ana');
    const ben = await joinClass(server, made.code, 'Ben');
    const clockOf = async () => (await lobby(server, `/games/${GAME}/${ana.matchID}`)).json.clock as { seat: string; misses: Record<string, number> } | null;
    const first = await eventually(clockOf, (c) => c !== null, 'the clock');
    const away = [ana, ben].find((s) => s.playerID === first!.seat)!;
    time.advance(30_000);
    await eventually(clockOf, (c) => c?.misses[away.playerID] === 1 && c.seat !== away.playerID, 'the stand-in\'s turn');
    // The class still counts the seat as the student's: the stand-in played one turn, the seat is theirs.
    expect((await grid(server, made)).students.find((s) => s.name === away.name)?.replacedByAi).toBe(false);
    expect((await api(server, 'POST', `/classes/${made.code}/return`, returnBody(away))).status).toBe(409);
    expect((await lobby(server, `/games/${GAME}/${away.matchID}/return`, { playerID: away.playerID, credentials: away.playerCredentials })).status).toBe(200);
    expect((await clockOf())?.misses).toEqual({});
  });
});
