/**
 * Chat, safe by default: fixed phrases for everyone, free text only in an unlisted match where
 * both players turned it on, none where the match forbids it (a class), stored with the match
 * (a reload and a restart keep it), length-limited; spectators read and never write; reports kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LINES, MAX_TEXT } from '../../src/server/chat';
import { connect, GAME, type JoinedSeat, lobby, startServer, sync } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function table(server: { url: string }, body: object): Promise<{ matchID: string; seats: [JoinedSeat, JoinedSeat] }> {
  const created = await lobby(server, `/games/${GAME}/create`, body);
  expect(created.status, JSON.stringify(created.json)).toBe(200);
  const matchID = String(created.json.matchID);
  const seats: JoinedSeat[] = [];
  for (const [playerID, playerName] of [['0', 'Ada'], ['1', 'Bo']] as const) {
    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID, playerName });
    seats.push({ playerID, credentials: String(joined.json.playerCredentials) });
  }
  return { matchID, seats: seats as [JoinedSeat, JoinedSeat] };
}

const say = (server: { url: string }, matchID: string, seat: object, message: unknown) => lobby(server, `/games/${GAME}/${matchID}/chat`, { ...seat, message });
const lines = async (server: { url: string }, matchID: string) => (await lobby(server, `/games/${GAME}/${matchID}/chat`)).json.lines as { seat: string; kind: string; phrase?: string; text?: string; id: number }[];

describe('chat', () => {
  it('carries phrases to everyone in the match, stored with it; spectators only read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-chat-'));
    dirs.push(dir);
    const storage = { kind: 'sqlite', file: join(dir, 'm.sqlite') } as const;
    let server = await startServer({ storage });
    const { matchID, seats } = await table(server, {});
    const watcher = await connect(server);
    await sync(watcher, matchID);
    const heard = watcher.next('chat-line');
    const reply = await say(server, matchID, seats[0], { phrase: 'good-luck' });
    expect(reply.status).toBe(200);
    expect((await heard).args).toEqual([matchID, expect.objectContaining({ seat: '0', kind: 'phrase', phrase: 'good-luck', id: 1 })]);
    expect(await lines(server, matchID)).toMatchObject([{ seat: '0', phrase: 'good-luck' }]);

    // A spectator has no seat: its socket's chat is refused, and the route wants a seat's credentials.
    const refused = watcher.next('refused');
    watcher.socket.emit('chat', matchID, { phrase: 'hello' });
    expect((await refused).args[0]).toMatchObject({ event: 'chat' });
    expect((await say(server, matchID, { playerID: '0' }, { phrase: 'hello' })).status).toBe(403);
    expect((await say(server, matchID, { playerID: '1', credentials: seats[0].credentials }, { phrase: 'hello' })).status).toBe(403);
    // The list of open matches never carries the chat.
    expect(JSON.stringify((await lobby(server, `/games/${GAME}/${matchID}`)).json)).not.toContain('good-luck');

    // A restart keeps it.
    await server.close();
    server = await startServer({ storage });
    expect(await lines(server, matchID)).toMatchObject([{ seat: '0', phrase: 'good-luck' }]);
  });

  it('refuses free text in a listed match, non-text, unknown phrases and oversized lines, changing nothing', async () => {
    const server = await startServer();
    const { matchID, seats } = await table(server, {});
    const cases: [unknown, number, RegExp][] = [
      [{ text: 'hi there' }, 403, /fixed phrases only/],
      [{ phrase: 'insult' }, 400, /unknown phrase/],
      [{ text: 42 }, 400, /text must be a string/],
      [{ phrase: 'hello', text: 'x' }, 400, /exactly one field/],
      ['hello', 400, /message must be/],
      [['hello'], 400, /message must be/],
      [null, 400, /message must be/],
    ];
    for (const [message, status, reason] of cases) {
      const reply = await say(server, matchID, seats[1], message);
      expect(reply.status, JSON.stringify(message)).toBe(status);
      expect(String(reply.json.error)).toMatch(reason);
    }
    expect(await lines(server, matchID)).toEqual([]);
    expect((await lobby(server, `/games/${GAME}/create`, { options: { chat: 'free' } })).status).toBe(400);
  });

  it('has no chat in a match that forbids it (a class whose teacher allows none)', async () => {
    const server = await startServer();
    const { matchID, seats } = await table(server, { options: { chat: 'none' } });
    const reply = await say(server, matchID, seats[0], { phrase: 'hello' });
    expect(reply.status).toBe(403);
    expect(String(reply.json.error)).toMatch(/chat is off/);
    expect((await lobby(server, `/games/${GAME}/${matchID}/chat`)).json).toMatchObject({ policy: 'none', lines: [] });
  });

  it('allows free text in an unlisted match once both players turn it on, within its length, and keeps the newest lines', async () => {
    const server = await startServer();
    const { matchID, seats } = await table(server, { unlisted: true, options: { chat: 'free' } });
    const free = (seat: JoinedSeat, on: unknown) => lobby(server, `/games/${GAME}/${matchID}/chat-free`, { ...seat, on });
    expect((await say(server, matchID, seats[0], { text: 'hi' })).status).toBe(403);
    expect((await free(seats[0], true)).status).toBe(200);
    expect(String((await say(server, matchID, seats[0], { text: 'hi' })).json.error)).toMatch(/both players/);
    expect((await free(seats[1], 'yes')).status).toBe(400);
    expect((await free(seats[1], true)).status).toBe(200);
    expect((await say(server, matchID, seats[0], { text: '  hello   there ' })).status).toBe(200);
    expect((await say(server, matchID, seats[0], { text: 'x'.repeat(MAX_TEXT) })).status).toBe(200);
    expect(String((await say(server, matchID, seats[0], { text: 'x'.repeat(MAX_TEXT + 1) })).json.error)).toMatch(/longer than 200/);
    expect(String((await say(server, matchID, seats[0], { text: 'a\u0007b' })).json.error)).toMatch(/control/);
    expect(String((await say(server, matchID, seats[0], { text: '   ' })).json.error)).toMatch(/empty/);
    expect((await lines(server, matchID)).map((l) => l.text?.length)).toEqual([11, MAX_TEXT]);
    expect((await lines(server, matchID))[0]?.text).toBe('hello there');
    // Reports: not one's own line, not a line that does not exist.
    expect((await lobby(server, `/games/${GAME}/${matchID}/report`, { ...seats[0], line: 1 })).status).toBe(400);
    expect((await lobby(server, `/games/${GAME}/${matchID}/report`, { ...seats[1], line: 99 })).status).toBe(404);
    expect((await lobby(server, `/games/${GAME}/${matchID}/report`, { ...seats[1], line: 1 })).status).toBe(200);
    // Turned off again by either player: free text stops.
    await free(seats[1], false);
    expect((await say(server, matchID, seats[0], { text: 'still there?' })).status).toBe(403);
    for (let n = 0; n < MAX_LINES + 5; n += 1) await say(server, matchID, seats[n % 2 === 0 ? 0 : 1], { phrase: 'thinking' });
    const kept = await lines(server, matchID);
    expect(kept).toHaveLength(MAX_LINES);
    expect(kept.at(-1)?.id).toBe(MAX_LINES + 7);
  });
});
