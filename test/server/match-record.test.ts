/**
 * Online replays: `GET /games/:name/:id/record` gives a finished match's game record (the format
 * the replay screen opens), and nothing before the end. A whole match is played over real sockets
 * (with an undo and an undo-then-redo, which the record must take into account); the record is
 * checked against the match's stored seed and against what every seat and a spectator were last
 * sent. Before the end the answer is a 409 that holds neither the seed nor any hidden card. Run
 * on SQLite (a file, so the test can read the stored seed) and on PostgreSQL where it answers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGameRecord, replayRecord } from '../../src/client/game-record';
import { type GameState, MOVE_NAMES, type PlayerView, playerView } from '../../src/game';
import type { ServerConfig } from '../../src/server/config';
import type { GameServer } from '../../src/server/create-server';
import { MATCHES_TABLE } from '../../src/server/storage-schema';
import { INITIAL_STATES_TABLE } from '../../src/server/storage-sqlite-schema';
import {
  connect, createTable, GAME, type JoinedSeat, lobby, move, type Peer, type Received, someLegalMove, startServer, stateOf, sync, type SyncedState,
} from './helpers';
import { DATABASE_URL, describeWithServices } from './services';

const dir = mkdtempSync(join(tmpdir(), 'tl-record-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** How a test reads a match's stored initial state (the seed and the dealt hands and decks). */
type ReadInitial = (matchID: string) => Promise<{ plugins: { random: { data: { seed: string } } }; G: GameState }>;

/** The match's secrets at the start: its seed, and every card in a hand or a deck. */
async function secretsOf(readInitial: ReadInitial, matchID: string): Promise<{ seed: string; hidden: string[] }> {
  const initial = await readInitial(matchID);
  const hidden = (['dem', 'aut'] as const).flatMap((side) => [...initial.G.sides[side].hand, ...initial.G.sides[side].deck]);
  return { seed: initial.plugins.random.data.seed, hidden };
}

/** GET the record; before the end it must be a refusal that tells nothing but that. */
async function expectRefusedBeforeEnd(server: GameServer, matchID: string, secrets: { seed: string; hidden: string[] }): Promise<void> {
  const response = await fetch(`${server.url}/games/${GAME}/${matchID}/record`);
  const text = await response.text();
  expect(response.status).toBe(409);
  expect(JSON.parse(text)).toEqual({ error: 'the match is not over: its record (with the seed) is given once the game has ended' });
  expect(text).not.toContain(secrets.seed);
  for (const card of secrets.hidden) expect(text).not.toContain(card);
}

/** Sends an UNDO or a REDO for `seat` and waits for both seats' updates. */
async function undoOrRedo(type: 'UNDO' | 'REDO', peers: [Peer, Peer], seats: [JoinedSeat, JoinedSeat], states: [SyncedState, SyncedState], k: 0 | 1, matchID: string) {
  const other = (1 - k) as 0 | 1;
  const from = [peers[0].received.length, peers[1].received.length];
  const action = { type, payload: { type: null, args: null, playerID: seats[k].playerID, credentials: seats[k].credentials } };
  peers[k].socket.emit('update', action, states[k]._stateID, matchID, seats[k].playerID);
  states[k] = stateOf(await peers[k].next(['update', 'refused'], () => true, from[k]));
  states[other] = stateOf(await peers[other].next('update', () => true, from[other]));
}

/** The seat still holds ops of the card it played (the turn, and so boardgame.io's undo stack, is open). */
function stillOnMove(state: SyncedState, seat: JoinedSeat): boolean {
  const view = state.G as unknown as PlayerView;
  return state.ctx.gameover === undefined && state.ctx.currentPlayer === seat.playerID && view.pending?.side === view.viewer;
}

/** A view without its log: the server's `G` carries no log (it travels in the action log). */
function boardOf(view: PlayerView | Record<string, unknown>): unknown {
  const { log: _log, ...rest } = view as Record<string, unknown>;
  return rest;
}

function recordSuite(storage: () => Partial<ServerConfig>, readInitial: ReadInitial): void {
  it('refuses unknown matches and requests with a body, and gives nothing before the end', async () => {
    const server = await startServer(storage());
    for (const path of [`/games/${GAME}/AAAAAAAA/record`, `/games/${GAME}/not-a-code/record`, '/games/other-game/AAAAAAAA/record']) {
      const answer = await lobby(server, path);
      expect(answer.status, path).toBe(404);
    }
    const { matchID } = await createTable(server);
    const body = JSON.stringify({ deep: [[[[[[[[[[[[1]]]]]]]]]]]] });
    const withBody = await new Promise<number>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
      const req = request(`${server.url}/games/${GAME}/${matchID}/record`, { method: 'GET', headers, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(withBody).toBe(400);
    // A match just created (no move yet) is not over either.
    await expectRefusedBeforeEnd(server, matchID, await secretsOf(readInitial, matchID));
  });

  it('gives a finished match its record: the stored seed and the moves in effect, which rebuild what every seat saw', { timeout: 120_000 }, async () => {
    const server = await startServer(storage());
    const { matchID, seats } = await createTable(server, { decisionRule: 'majority', dependency: 3 });
    const secrets = await secretsOf(readInitial, matchID);
    const peers: [Peer, Peer] = [await connect(server), await connect(server)];
    const watcher = await connect(server);
    await sync(watcher, matchID);
    const states: [SyncedState, SyncedState] = [await sync(peers[0], matchID, seats[0]), await sync(peers[1], matchID, seats[1])];
    let undos = 0;
    let moves = 0;
    while (states[0].ctx.gameover === undefined) {
      if ((moves += 1) > 3000) throw new Error('the game did not end');
      if (moves % 40 === 1) await expectRefusedBeforeEnd(server, matchID, secrets);
      const k = Number(states[0].ctx.currentPlayer) as 0 | 1;
      const other = (1 - k) as 0 | 1;
      const { move: name, args } = someLegalMove(states[k], `record-${moves}`);
      const from = peers[other].received.length;
      states[k] = stateOf(await move(peers[k], matchID, seats[k], states[k]._stateID, name, args));
      states[other] = stateOf(await peers[other].next('update', () => true, from));
      // The first basic action is taken back; the second taken back and put back again.
      if (name === MOVE_NAMES.action && undos < 2 && stillOnMove(states[k], seats[k])) {
        undos += 1;
        await undoOrRedo('UNDO', peers, seats, states, k, matchID);
        if (undos === 2) await undoOrRedo('REDO', peers, seats, states, k, matchID);
      }
    }
    expect(undos).toBe(2);

    const answer = await lobby(server, `/games/${GAME}/${matchID}/record`);
    expect(answer.status).toBe(200);
    const record = parseGameRecord(answer.json);
    if (typeof record === 'string') throw new Error(record);
    expect(record.seed).toBe(secrets.seed);
    expect(record.players).toEqual({ mode: 'online', matchID });
    expect(record.setupData).toMatchObject({ decisionRule: 'majority', dependency: 3 });
    // One undone move left out: fewer moves in effect than were sent.
    expect(record.moves.length).toBe(moves - 1);
    const G = replayRecord(record);
    if (typeof G === 'string') throw new Error(G);
    const lastSeen = (received: readonly Received[]) => stateOf(received.filter((r) => r.event === 'update').at(-1)!).G;
    expect(boardOf(playerView(G, '0'))).toEqual(boardOf(states[0].G));
    expect(boardOf(playerView(G, '1'))).toEqual(boardOf(states[1].G));
    await expect.poll(() => boardOf(lastSeen(watcher.received))).toEqual(boardOf(playerView(G, null)));
    expect(G.result).not.toBeNull();
  });
}

describe('the game record of an online match (SQLite)', () => {
  let file = '';
  recordSuite(
    () => ({ storage: { kind: 'sqlite', file: (file = join(dir, `m-${Date.now()}-${Math.random().toString(36).slice(2)}.sqlite`)) } }),
    async (matchID) => {
      const db = new Database(file, { readonly: true });
      try {
        const row = db.prepare(`SELECT initial_state FROM ${INITIAL_STATES_TABLE} WHERE id = ?`).get(matchID) as { initial_state: string };
        return JSON.parse(row.initial_state) as Awaited<ReturnType<ReadInitial>>;
      } finally {
        db.close();
      }
    },
  );
});

describeWithServices('the game record of an online match (PostgreSQL)', ['postgres'], () => {
  recordSuite(
    () => ({ storage: { kind: 'postgres', url: DATABASE_URL } }),
    async (matchID) => {
      const client = new pg.Client(DATABASE_URL);
      await client.connect();
      try {
        const { rows } = await client.query<{ initial_state: string }>(`SELECT initial_state FROM ${MATCHES_TABLE} WHERE id = $1`, [matchID]);
        return JSON.parse(rows[0]!.initial_state) as Awaited<ReturnType<ReadInitial>>;
      } finally {
        await client.end();
      }
    },
  );
});
