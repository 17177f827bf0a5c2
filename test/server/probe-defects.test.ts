/**
 * Regression tests for the defects a probe of a running server found (issue 14), one process:
 * deeply nested input that crashed validation, an undo with nothing to undo that reached the
 * storage, and display names that are not well-formed Unicode. (Metadata lost across two
 * processes is in metadata-race.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config';
import { createGameServer } from '../../src/server/create-server';
import { connect, createTable, GAME, lastRefusal, lobby, type Peer, seatBoth, stateOf, startServer } from './helpers';

/**
 * `[[[…]]]` nested `depth` arrays deep, as JSON text (2 bytes a level): built as text because
 * this process's own JSON.stringify (and socket.io's encoder) would overflow on it as a value.
 */
const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

async function refusal(peer: Peer, event: string, ...args: unknown[]): Promise<string> {
  const from = peer.received.length;
  peer.socket.emit(event, ...args);
  await peer.next('refused', () => true, from);
  return lastRefusal(peer) ?? '';
}

/** Sends a socket.io event whose arguments are given as JSON text, and returns the refusal's reason. */
async function rawRefusal(peer: Peer, argsJson: string): Promise<string> {
  const from = peer.received.length;
  // engine.io message, socket.io EVENT (2) in the game's namespace.
  (peer.socket.io.engine as unknown as { write(data: string): void }).write(`2/${GAME},${argsJson}`);
  await peer.next('refused', () => true, from);
  return lastRefusal(peer) ?? '';
}

/** A Lobby POST whose body is given as JSON text. */
async function rawPost(url: string, path: string, body: string) {
  const response = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, json: (await response.json()) as { error?: string } };
}

describe('defects found by probing a running server', () => {
  it('deep nesting crashes validation: a socket move nesting 5,000 arrays deep is refused with a reason, and play goes on', async () => {
    const server = await startServer({ maxSocketMessageBytes: 64 * 1024 });
    const { matchID, seats } = await createTable(server);
    const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
    const mover = Number(game.states[0].ctx.currentPlayer) as 0 | 1;
    const [peer, seat] = [game.peers[mover], seats[mover]];
    const stateID = game.states[mover]._stateID;
    const deep = nested(5000);
    const who = `"playerID":"${seat.playerID}","credentials":"${seat.credentials}"`;
    const update = (type: string, args: string) =>
      `["update",{"type":${type},"payload":{"type":"pass","args":${args},${who}}},${stateID},"${matchID}","${seat.playerID}"]`;
    expect(deep.length).toBe(10_000);
    expect(await rawRefusal(peer, update('"MAKE_MOVE"', `[${deep}]`))).toMatch(/nested too deeply/);
    expect(await rawRefusal(peer, update(deep, '[]'))).toMatch(/nested too deeply/);
    expect(await rawRefusal(peer, `["sync","${matchID}","${seat.playerID}","${seat.credentials}",${deep}]`)).toMatch(/nested too deeply/);
    expect(await refusal(peer, 'update', { type: 'MAKE_MOVE', payload: { type: 'pass', args: [[[[[[[[[[1]]]]]]]]]], playerID: seat.playerID, credentials: seat.credentials } },
      stateID, matchID, seat.playerID)).toMatch(/nested too deeply/);
    // Nothing changed and the server still plays the match.
    await game.step('after-deep');
    expect(game.states[0]._stateID).toBe(stateID + 1);
  });

  it('deep nesting crashes validation: Lobby bodies nesting 6,000 deep are a 400 with a reason (create, playAgain before its credentials)', async () => {
    const server = await startServer();
    const deep = nested(6000);
    const create = await rawPost(server.url, `/games/${GAME}/create`, `{"numPlayers":${deep}}`);
    expect(create.status).toBe(400);
    expect(create.json.error).toMatch(/nested too deeply/);
    const scenario = await rawPost(server.url, `/games/${GAME}/create`, `{"numPlayers":2,"setupData":{"scenario":${deep}}}`);
    expect(scenario.status).toBe(400);
    expect(scenario.json.error).toMatch(/nested too deeply/);
    const { matchID } = await createTable(server);
    const again = await rawPost(server.url, `/games/${GAME}/${matchID}/playAgain`, `{"playerID":"0","credentials":"anything","numPlayers":${deep}}`);
    expect(again.status).toBe(400);
    expect(again.json.error).toMatch(/nested too deeply/);
    // A shallow but wrong numPlayers is refused without walking it.
    expect((await lobby(server, `/games/${GAME}/create`, { numPlayers: [[2]] })).status).toBe(400);
  });

  it('an undo with nothing to undo is refused like an illegal move and never reaches the storage', async () => {
    const logged: string[] = [];
    const server = await createGameServer(testConfig({ socketRatePerSecond: 10_000 }), { log: (line) => void logged.push(line) });
    try {
      const { matchID, seats } = await createTable(server);
      const game = await seatBoth([await connect(server), await connect(server)], matchID, seats);
      const mover = Number(game.states[0].ctx.currentPlayer) as 0 | 1;
      const [peer, seat] = [game.peers[mover], seats[mover]];
      const stateID = game.states[mover]._stateID;
      const undo = (type: 'UNDO' | 'REDO') => ({ type, payload: { type: null, args: null, playerID: seat.playerID, credentials: seat.credentials } });
      expect(await refusal(peer, 'update', undo('UNDO'), stateID, matchID, seat.playerID)).toMatch(/nothing to undo/);
      expect(await refusal(peer, 'update', undo('REDO'), stateID, matchID, seat.playerID)).toMatch(/nothing to redo/);
      expect(logged.filter((line) => /update failed|StaleState/.test(line))).toEqual([]);
      // The stored state did not move: a move on the same state id is played.
      await game.step('after-undo');
      expect(stateOf(peer.received.filter((r) => r.event === 'update').at(-1)!)._stateID).toBe(stateID + 1);
    } finally {
      await server.close();
    }
  });

  it('display names that are not well-formed Unicode (a lone surrogate) are refused, at join and at rename', async () => {
    const server = await startServer();
    const created = await lobby(server, `/games/${GAME}/create`, { numPlayers: 2 });
    const matchID = String(created.json.matchID);
    for (const playerName of ['Ann\uD800', '\uDC00Bo', 'A\uDBFF']) {
      const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '0', playerName });
      expect(joined.status, JSON.stringify(playerName)).toBe(400);
      expect(joined.json.error).toMatch(/well-formed/);
    }
    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '0', playerName: 'Ann 😀' });
    expect(joined.status).toBe(200);
    const renamed = await lobby(server, `/games/${GAME}/${matchID}/update`, { playerID: '0', credentials: joined.json.playerCredentials, newName: 'Ann\uD83D' });
    expect(renamed.status).toBe(400);
    expect((await lobby(server, `/games/${GAME}/${matchID}`)).json.players).toMatchObject([{ name: 'Ann 😀' }, {}]);
  });
});
