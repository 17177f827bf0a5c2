/**
 * Defect #1: on a fresh install boardgame.io's Lobby routes all answer 404 (koa-compose 4.2 copies
 * the middleware list before the routes are added; package.json pins 4.1.0). Also checks the
 * Lobby's own rules: validated names, short codes, credentials never echoed.
 */
import { describe, expect, it } from 'vitest';
import { GAME, lobby, startServer } from './helpers';

describe('Lobby routes (defect #1)', () => {
  it('lists the game, creates, shows, lists, joins, renames and leaves a match', async () => {
    const server = await startServer();
    expect((await lobby(server, '/games')).json).toEqual([GAME]);
    const created = await lobby(server, `/games/${GAME}/create`, { numPlayers: 2, setupData: { decisionRule: 'majority' } });
    expect(created.status).toBe(200);
    const matchID = String(created.json.matchID);
    expect(matchID).toMatch(/^[A-Z2-9]{8}$/);
    const shown = await lobby(server, `/games/${GAME}/${matchID}`);
    expect(shown.status).toBe(200);
    expect(shown.json.setupData).toEqual({ decisionRule: 'majority' });
    const listed = await lobby(server, `/games/${GAME}`);
    expect((listed.json.matches as { matchID: string }[]).map((m) => m.matchID)).toContain(matchID);

    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerName: '  Ada   Lovelace ' });
    expect(joined.status).toBe(200);
    expect(joined.json.playerID).toBe('0');
    const credentials = String(joined.json.playerCredentials);
    expect(credentials.length).toBeGreaterThanOrEqual(32);
    const players = (await lobby(server, `/games/${GAME}/${matchID}`)).json.players as Record<string, unknown>[];
    expect(players[0]).toEqual({ id: 0, name: 'Ada Lovelace' });
    expect(JSON.stringify(players)).not.toContain(credentials);

    expect((await lobby(server, `/games/${GAME}/${matchID}/update`, { playerID: '0', credentials, newName: 'Ada' })).status).toBe(200);
    const second = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID: '1', playerName: 'Bo' });
    expect(second.status).toBe(200);
    expect((await lobby(server, `/games/${GAME}/${matchID}/join`, { playerName: 'Cy' })).status).toBe(409);

    const wrong = await lobby(server, `/games/${GAME}/${matchID}/leave`, { playerID: '0', credentials: 'guess-guess' });
    expect(wrong.status).toBe(403);
    expect(JSON.stringify(wrong.json)).not.toContain('guess-guess');
    expect((await lobby(server, `/games/${GAME}/${matchID}/leave`, { playerID: '0', credentials })).status).toBe(200);
    const after = (await lobby(server, `/games/${GAME}/${matchID}`)).json.players as Record<string, unknown>[];
    expect(after[0]).toEqual({ id: 0 });
  });

  it('refuses bad names, bad setup data, unknown fields and unknown games with a reason', async () => {
    const server = await startServer();
    const { matchID } = (await lobby(server, `/games/${GAME}/create`, {})).json as { matchID: string };
    for (const playerName of ['', '   ', 'x'.repeat(25), 42, 'a\u0000b', 'bidi\u202Eevil']) {
      const reply = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerName });
      expect(reply.status, JSON.stringify(playerName)).toBe(400);
      expect(String(reply.json.error)).toMatch(/playerName/);
    }
    expect((await lobby(server, `/games/${GAME}/${matchID}/join`, { playerName: '<b>Zoë</b> 😀' })).status).toBe(200);
    const badSetup = await lobby(server, `/games/${GAME}/create`, { setupData: { dependency: 9 } });
    expect(badSetup.status).toBe(400);
    expect(badSetup.json.error).toMatch(/dependency/);
    expect((await lobby(server, `/games/${GAME}/create`, { numPlayers: 3 })).status).toBe(400);
    expect((await lobby(server, `/games/${GAME}/${matchID}/join`, { playerName: 'A', data: { x: 1 } })).status).toBe(400);
    expect((await lobby(server, '/games/chess/create', {})).status).toBe(404);
    expect((await lobby(server, `/games/${GAME}/NOPE2345`)).status).toBe(404);
    const rematch = await lobby(server, `/games/${GAME}/${matchID}/playAgain`, {});
    expect(rematch.status).toBe(400);
    expect(rematch.json.error).toMatch(/playerID/);
  });

  it('draws the Democratic seat when asked for a random side', async () => {
    const server = await startServer();
    const seats = new Set<string>();
    for (let i = 0; i < 24 && seats.size < 2; i += 1) {
      const { matchID } = (await lobby(server, `/games/${GAME}/create`, { setupData: { demSeat: 'random' } })).json as { matchID: string };
      seats.add(String(((await lobby(server, `/games/${GAME}/${matchID}`)).json.setupData as { demSeat: string }).demSeat));
    }
    expect([...seats].sort()).toEqual(['0', '1']);
  });
});
