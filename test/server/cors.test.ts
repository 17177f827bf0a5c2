/**
 * Defect #6: boardgame.io passes `cors: { origins }` to socket.io, which ignores it, and CORS
 * headers never stopped a WebSocket anyway. Sockets and the Lobby here refuse foreign origins.
 */
import { describe, expect, it } from 'vitest';
import { connect, GAME, lobby, startServer } from './helpers';

const GOOD = 'https://play.example.org';
const EVIL = 'https://evil.example.com';

describe('real CORS on sockets and the Lobby (defect #6)', () => {
  it('refuses sockets from foreign origins and accepts allowed ones and non-browser clients', async () => {
    const server = await startServer({ allowedOrigins: [GOOD] });
    await expect(connect(server, { origin: EVIL })).rejects.toThrow();
    expect((await connect(server, { origin: GOOD })).socket.connected).toBe(true);
    expect((await connect(server)).socket.connected).toBe(true);
    const polling = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: GOOD } });
    expect(polling.headers.get('access-control-allow-origin')).toBe(GOOD);
    const foreign = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: EVIL } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the Lobby only for allowed origins', async () => {
    const server = await startServer({ allowedOrigins: [GOOD] });
    const ok = await lobby(server, '/games', undefined, { origin: GOOD });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(GOOD);
    const refused = await lobby(server, `/games/${GAME}/create`, {}, { origin: EVIL });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect((await lobby(server, `/games/${GAME}`)).json.matches).toEqual([]);
    const preflight = await fetch(`${server.url}/games/${GAME}/create`, {
      method: 'OPTIONS',
      headers: { origin: GOOD, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(GOOD);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i);
  });
});
