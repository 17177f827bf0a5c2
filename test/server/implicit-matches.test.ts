/**
 * Defect #5: boardgame.io creates a match (with no credentials on any seat) for any unknown
 * matchID a client syncs to, and sends its fresh initialState. Here a sync never creates a
 * match, every seat needs the credentials the Lobby issued, compared in constant time.
 */
import { describe, expect, it } from 'vitest';
import { secretsEqual } from '../../src/server/secrets';
import { connect, createTable, GAME, lastRefusal, lobby, move, someLegalMove, startServer, sync } from './helpers';

describe('no implicit matches, credentials on every seat (defect #5)', () => {
  it('refuses a sync to an unknown match and creates nothing', async () => {
    const server = await startServer();
    const peer = await connect(server);
    for (const playerID of ['0', null]) {
      peer.socket.emit('sync', 'ZZZZ2345', playerID, 'whatever', 2);
      const reply = await peer.next('refused');
      expect((reply.args[0] as { reason: string }).reason).toMatch(/no match/);
    }
    expect(peer.received.some((r) => r.event === 'sync')).toBe(false);
    expect((await lobby(server, `/games/${GAME}/ZZZZ2345`)).status).toBe(404);
    expect((await lobby(server, `/games/${GAME}`)).json.matches).toEqual([]);
  });

  it('needs the Lobby credentials for every seat, joined or not', async () => {
    const server = await startServer();
    const { matchID } = (await lobby(server, `/games/${GAME}/create`, {})).json as { matchID: string };
    const peer = await connect(server);
    // Nobody joined seat 1: no credentials at all, empty ones or guessed ones all fail.
    for (const credentials of [undefined, '', 'guess']) {
      await expect(sync(peer, matchID, { playerID: '1', credentials: credentials as string })).rejects.toThrow(/credentials/);
    }
    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '0', playerName: 'Ada' });
    const credentials = String(joined.json.playerCredentials);
    await expect(sync(peer, matchID, { playerID: '0', credentials: `${credentials}x` })).rejects.toThrow(/credentials/);
    await expect(sync(peer, matchID, { playerID: '0', credentials })).resolves.toMatchObject({ _stateID: 0 });
  });

  it('refuses a move whose credentials are wrong, even from a synced socket', async () => {
    const server = await startServer();
    const { matchID, seats } = await createTable(server);
    const peer = await connect(server);
    const state = await sync(peer, matchID, seats[Number(0)]);
    const seat = seats[Number(state.ctx.currentPlayer)]!;
    const mover = seat.playerID === '0' ? peer : await connect(server);
    const view = seat.playerID === '0' ? state : await sync(mover, matchID, seat);
    const { move: name, args } = someLegalMove(view);
    const reply = await move(mover, matchID, { ...seat, credentials: 'not-the-credentials' }, view._stateID, name, args);
    expect(reply.event).toBe('refused');
    expect(lastRefusal(mover)).toMatch(/credentials/);
    expect((await sync(mover, matchID, seat))._stateID).toBe(view._stateID);
  });

  it('compares secrets in constant time and never accepts empty or non-string ones', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abc', 'abd')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
    expect(secretsEqual('', '')).toBe(false);
    expect(secretsEqual(undefined, undefined)).toBe(false);
    expect(secretsEqual(123, '123')).toBe(false);
  });

  it('answers the same once the stored secret\'s digest is kept, and after more stored secrets than are kept', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(secretsEqual('wrong', 'stored-0')).toBe(false);
      expect(secretsEqual('stored-0', 'stored-0')).toBe(true);
      expect(secretsEqual('stored-0 ', 'stored-0')).toBe(false);
      // Past the cache's size (20,000): the first digests are dropped, and computed again when needed.
      for (let i = 1; i <= 20_001; i += 1) expect(secretsEqual(`stored-${i}`, `stored-${i}`)).toBe(true);
    }
    expect(secretsEqual('stored-20001', 'stored-20000')).toBe(false);
  });
});
