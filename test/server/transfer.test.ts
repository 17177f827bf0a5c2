/**
 * Moving a device's seats to another device with a one-time code: only seats whose credentials
 * are shown, the code works once and for a while only, and the seats move (new credentials; the
 * first device's stop working) rather than being copied.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config';
import { createGameServer, type GameServer } from '../../src/server/create-server';
import { FakeTime } from './fake-time';
import { connect, createTable, GAME, lobby, sync } from './helpers';

const servers: GameServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('seat transfer', () => {
  it('moves seats once, with new credentials, and refuses what it should', async () => {
    const time = new FakeTime();
    const server = await createGameServer(testConfig({ clockSweepMs: 3_600_000 }), { log: () => {}, time });
    servers.push(server);
    const first = await createTable(server);
    const second = await createTable(server);
    const seats = [{ matchID: first.matchID, ...first.seats[0] }, { matchID: second.matchID, ...second.seats[1] }];

    expect((await lobby(server, '/games/transfer', { seats: [{ ...seats[0], credentials: 'nope' }] })).status).toBe(403);
    expect((await lobby(server, '/games/transfer', { seats: [] })).status).toBe(400);
    expect((await lobby(server, '/games/transfer', { seats: [{ matchID: 'x', playerID: '0', credentials: 'c' }] })).status).toBe(400);
    const made = await lobby(server, '/games/transfer', { seats });
    expect(made.status).toBe(200);
    const code = String(made.json.code);
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    expect(made.json.expiresAt).toBe(time.now() + 15 * 60_000);

    expect((await lobby(server, '/games/transfer/redeem', { code: 'short' })).status).toBe(400);
    const redeemed = await lobby(server, '/games/transfer/redeem', { code: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}` });
    expect(redeemed.status).toBe(200);
    const moved = redeemed.json.seats as { matchID: string; playerID: string; credentials: string; playerName: string }[];
    expect(moved.map(({ matchID, playerID, playerName }) => ({ matchID, playerID, playerName }))).toEqual([
      { matchID: first.matchID, playerID: '0', playerName: 'Ada' }, { matchID: second.matchID, playerID: '1', playerName: 'Bo' },
    ]);
    for (const [i, seat] of moved.entries()) expect(seat.credentials).not.toBe(seats[i]!.credentials);
    // Once only.
    expect((await lobby(server, '/games/transfer/redeem', { code })).status).toBe(404);
    // The new device holds the seat; the old one's credentials no longer work.
    const rename = (credentials: string) => lobby(server, `/games/${GAME}/${first.matchID}/update`, { playerID: '0', credentials, newName: 'Ada2' });
    expect((await rename(seats[0]!.credentials)).status).toBe(403);
    expect((await rename(moved[0]!.credentials)).status).toBe(200);
    const peer = await connect(server);
    await expect(sync(peer, first.matchID, { playerID: '0', credentials: seats[0]!.credentials })).rejects.toThrow(/wrong credentials/);
    expect((await sync(peer, first.matchID, { playerID: '0', credentials: moved[0]!.credentials }))._stateID).toBe(0);

    // A code expires.
    const late = String((await lobby(server, '/games/transfer', { seats: [{ matchID: second.matchID, playerID: '1', credentials: moved[1]!.credentials }] })).json.code);
    time.advance(15 * 60_000);
    const expired = await lobby(server, '/games/transfer/redeem', { code: late });
    expect(expired.status).toBe(410);
    // An expired code nobody redeemed is wiped when a later code is made.
    const stale = String((await lobby(server, '/games/transfer', { seats: [{ matchID: second.matchID, playerID: '1', credentials: moved[1]!.credentials }] })).json.code);
    time.advance(31 * 60_000);
    await lobby(server, '/games/transfer', { seats: [{ matchID: second.matchID, playerID: '1', credentials: moved[1]!.credentials }] });
    expect((await lobby(server, '/games/transfer/redeem', { code: stale })).status).toBe(404);
    // Transfers are never listed as matches.
    const listed = (await lobby(server, `/games/${GAME}`)).json.matches as { matchID: string }[];
    expect(listed.every((m) => m.matchID !== `transfer-${late}`)).toBe(true);
  });

  it('tells the first device its seats moved once the code is redeemed, and not before', async () => {
    const time = new FakeTime();
    const server = await createGameServer(testConfig({ clockSweepMs: 3_600_000 }), { log: () => {}, time });
    servers.push(server);
    const first = await createTable(server);
    const second = await createTable(server);
    const old = [{ matchID: first.matchID, ...first.seats[0] }, { matchID: second.matchID, ...second.seats[1] }];
    const status = async (seats: object[]) => {
      const reply = await lobby(server, '/games/transfer/status', { seats });
      expect(reply.status).toBe(200);
      return (reply.json.seats as { state: string }[]).map((s) => s.state);
    };
    // A code made but not (yet) redeemed moves nothing: the seats stay on this device.
    const code = String((await lobby(server, '/games/transfer', { seats: old })).json.code);
    expect(await status(old)).toEqual(['held', 'held']);
    const moved = (await lobby(server, '/games/transfer/redeem', { code })).json.seats as { matchID: string; playerID: string; credentials: string }[];
    expect(await status(old)).toEqual(['moved', 'moved']);
    expect(await status(moved.map(({ matchID, playerID, credentials }) => ({ matchID, playerID, credentials })))).toEqual(['held', 'held']);
    // Neither held nor moved: wrong credentials, a seat given up; a match no longer stored is gone.
    expect(await status([{ ...old[0], credentials: 'never-held' }])).toEqual(['other']);
    expect(await status([{ matchID: first.matchID, ...first.seats[1] }])).toEqual(['held']);
    expect((await lobby(server, `/games/${GAME}/${first.matchID}/leave`, first.seats[1])).status).toBe(200);
    expect(await status([{ matchID: first.matchID, ...first.seats[1] }])).toEqual(['other']);
    expect(await status([{ matchID: 'ABCDEFGH', playerID: '0', credentials: 'c' }])).toEqual(['gone']);
    // Moved on again from the second device: the second device's copies are moved too, the first's still say moved.
    const again = String((await lobby(server, '/games/transfer', { seats: [moved[0]] })).json.code);
    expect((await lobby(server, '/games/transfer/redeem', { code: again })).status).toBe(200);
    expect(await status([moved[0]!, old[0]!])).toEqual(['moved', 'moved']);
    // The same checks as the code's: a bad body is refused, and the notes never reach the Lobby's answer.
    expect((await lobby(server, '/games/transfer/status', { seats: [] })).status).toBe(400);
    expect((await lobby(server, '/games/transfer/status', { seats: old, extra: 1 })).status).toBe(400);
    expect(JSON.stringify((await lobby(server, `/games/${GAME}/${first.matchID}`)).json)).not.toMatch(/movedSeats|held/);
  });
});
