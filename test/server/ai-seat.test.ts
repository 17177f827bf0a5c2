/**
 * The server's AI seats: a player gives the free seat to the AI (any level), which then plays it
 * in-process (worker threads) from that seat's view, through the same checks as a client; its
 * reasons reach the match; it resumes after a restart; a rematch keeps it. Bad requests change nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGameServer } from '../../src/server/create-server';
import { testConfig } from '../../src/server/config';
import { connect, GAME, lobby, type Peer, type JoinedSeat, someLegalMove, startServer, stateOf, sync, type SyncedState } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A match with one person on seat 0 (the Democratic side: the AI on seat 1 moves first). */
async function tableForOne(server: { url: string }): Promise<{ matchID: string; seat: JoinedSeat }> {
  const created = await lobby(server, `/games/${GAME}/create`, { numPlayers: 2, setupData: { demSeat: '0' } });
  const matchID = String(created.json.matchID);
  const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '0', playerName: 'Ada' });
  return { matchID, seat: { playerID: '0', credentials: String(joined.json.playerCredentials) } };
}

const addAi = (server: { url: string }, matchID: string, body: object) => lobby(server, `/games/${GAME}/${matchID}/ai`, body);

/** Waits until the peer's latest state (sync or update) satisfies `done`. */
async function until(peer: Peer, done: (s: SyncedState) => boolean): Promise<SyncedState> {
  for (;;) {
    const latest = [...peer.received].reverse().find((r) => r.event === 'update' || r.event === 'sync');
    const state = latest && (latest.event === 'update' ? stateOf(latest) : (latest.args[1] as { state: SyncedState }).state);
    if (state && done(state)) return state;
    await peer.next(['update', 'sync']);
  }
}

describe('server AI seats', () => {
  it('refuses bad requests with a reason and changes nothing', async () => {
    const server = await startServer({ aiPaceMs: 0 });
    const { matchID, seat } = await tableForOne(server);
    const before = (await lobby(server, `/games/${GAME}/${matchID}`)).json;
    const cases: [object, number, RegExp][] = [
      [{ ...seat, credentials: 'wrong', seat: '1', level: 'easy' }, 403, /wrong credentials/],
      [{ ...seat, seat: '0', level: 'easy' }, 400, /other seat/],
      [{ ...seat, seat: '1', level: 'genius' }, 400, /level must be/],
      [{ ...seat, seat: '1' }, 400, /level must be/],
      [{ ...seat, seat: '1', level: 'easy', extra: 1 }, 400, /unknown field/],
      [{ playerID: '1', credentials: seat.credentials, seat: '0', level: 'easy' }, 403, /wrong credentials/],
    ];
    for (const [body, status, reason] of cases) {
      const reply = await addAi(server, matchID, body);
      expect(reply.status, JSON.stringify(body)).toBe(status);
      expect(String(reply.json.error)).toMatch(reason);
    }
    expect((await addAi(server, 'NOSUCHID', { ...seat, seat: '1', level: 'easy' })).status).toBe(404);
    expect((await lobby(server, `/games/${GAME}/${matchID}`)).json).toEqual(before);
    // A seat a person holds is not the AI's to take.
    await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '1', playerName: 'Bo' });
    expect((await addAi(server, matchID, { ...seat, seat: '1', level: 'easy' })).status).toBe(409);
  });

  it('plays its seat to the end of the game against a person, explaining every move', { timeout: 120_000 }, async () => {
    const server = await startServer({ aiPaceMs: 0 });
    const { matchID, seat } = await tableForOne(server);
    const peer = await connect(server);
    await sync(peer, matchID, seat);
    expect((await addAi(server, matchID, { ...seat, seat: '1', level: 'easy' })).status).toBe(200);
    const listed = (await lobby(server, `/games/${GAME}/${matchID}`)).json as { players: { name?: string; data?: unknown; credentials?: unknown }[] };
    expect(listed.players[1]).toEqual({ id: 1, name: 'AI (Easy)', data: { ai: 'easy' } });
    let state = await until(peer, (s) => s.ctx.currentPlayer === '0' || s.ctx.gameover !== undefined);
    for (let n = 0; state.ctx.gameover === undefined && n < 500; n += 1) {
      const { move, args } = someLegalMove(state, `human-${n}`);
      const from = peer.received.length;
      peer.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: move, args, playerID: '0', credentials: seat.credentials } }, state._stateID, matchID, '0');
      expect(stateOf(await peer.next(['update', 'refused'], () => true, from))._stateID).toBe(state._stateID + 1);
      state = await until(peer, (s) => s.ctx.currentPlayer === '0' || s.ctx.gameover !== undefined);
    }
    expect(state.ctx.gameover).toBeDefined();
    const notes = peer.received.filter((r) => r.event === 'ai-note').map((r) => r.args[1] as { side: string; level: string; reason: string; stateID: number });
    const aiMoves = peer.received.filter((r) => r.event === 'update' && (r.args[2] as { action: { payload: { playerID: string } } }[])[0]?.action.payload.playerID === '1');
    expect(notes.length).toBe(aiMoves.length);
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) expect(note).toMatchObject({ side: 'aut', level: 'easy', reason: expect.stringMatching(/\w+ \w+/) });
    // The AI seat's credentials never left the server.
    expect(peer.received.some((r) => JSON.stringify(r.args).includes('"credentials":"') && !JSON.stringify(r.args).includes(seat.credentials))).toBe(false);
  });

  it('resumes its move after a restart, and a rematch keeps the AI seat', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-ai-'));
    dirs.push(dir);
    const storage = { kind: 'sqlite', file: join(dir, 'm.sqlite') } as const;
    const slow = await createGameServer(testConfig({ storage, aiPaceMs: 10_000 }), { log: () => {} });
    const { matchID, seat } = await tableForOne(slow);
    expect((await addAi(slow, matchID, { ...seat, seat: '1', level: 'normal' })).status).toBe(200);
    await slow.close(); // before the AI's paced move
    const server = await startServer({ storage, aiPaceMs: 0 });
    const peer = await connect(server);
    expect((await sync(peer, matchID, seat))._stateID).toBe(0);
    const resumed = await until(peer, (s) => s.ctx.currentPlayer === '0');
    expect(resumed._stateID).toBeGreaterThan(0);

    const again = await lobby(server, `/games/${GAME}/${matchID}/playAgain`, seat);
    expect(again.status).toBe(200);
    const next = String(again.json.nextMatchID);
    expect(next).not.toBe(matchID);
    expect((await lobby(server, `/games/${GAME}/${matchID}/playAgain`, seat)).json.nextMatchID).toBe(next);
    expect((await lobby(server, `/games/${GAME}/${matchID}/playAgain`, { ...seat, credentials: 'nope' })).status).toBe(403);
    const rematch = (await lobby(server, `/games/${GAME}/${next}`)).json as { players: { name?: string; data?: unknown }[]; setupData: unknown };
    expect(rematch.players).toEqual([{ id: 0 }, { id: 1, name: 'AI (Normal)', data: { ai: 'normal' } }]);
    expect(rematch.setupData).toEqual({ demSeat: '0' });
    expect((await lobby(server, `/games/${GAME}/${matchID}`)).json.nextMatchID).toBe(next);
  });
});
