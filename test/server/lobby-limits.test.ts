/** Defect #9: the Lobby had no rate limit and no body-size limit. */
import { describe, expect, it } from 'vitest';
import { GAME, lobby, startServer } from './helpers';

describe('Lobby rate and body-size limits (defect #9)', () => {
  it('answers 429 with Retry-After once a client exceeds its rate', async () => {
    const server = await startServer({ lobbyRatePerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await lobby(server, '/games')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const limited = await lobby(server, `/games/${GAME}/create`, {});
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json.error).toMatch(/too many requests/);
  });

  it('refuses oversized, non-JSON and malformed bodies and keeps serving', async () => {
    const server = await startServer({ maxBodyBytes: 1024 });
    const big = await lobby(server, `/games/${GAME}/create`, { setupData: { scenario: 'x'.repeat(5000) } });
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/too large/);
    const post = (body: string, type: string) =>
      fetch(`${server.url}/games/${GAME}/create`, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{"numPlayers":2', 'application/json')).status).toBe(400);
    expect((await post('[1,2]', 'application/json')).status).toBe(400);
    expect((await post('numPlayers=2', 'application/x-www-form-urlencoded')).status).toBe(415);
    const chunked = await fetch(`${server.url}/games/${GAME}/create`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
      body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(`{"a":"${'y'.repeat(4000)}"}`)); c.close(); } }),
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await lobby(server, `/games/${GAME}/create`, {})).status).toBe(200);
  });
});
