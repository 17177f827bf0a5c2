/**
 * The online client against a real server: the Lobby client creates, lists and joins; saved
 * tickets rejoin; boardgame.io clients play over socket.io, show their connection status, resync
 * after a disconnect, and a spectator follows.
 */
import { describe, expect, it } from 'vitest';
import { hasFreeSeat, LobbyClient, LobbyError } from '../../src/client/lobby-client';
import { connectRemote, type RemoteMatch } from '../../src/client/remote-match';
import { viewOfClient } from '../../src/client/seat-client';
import { type KeyValueStore, SeatTickets } from '../../src/client/seat-tickets';
import { type SyncedState, someLegalMove, startServer } from './helpers';

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const stateID = (m: RemoteMatch) => m.client.getState()?._stateID ?? -1;

describe('online client', () => {
  it('creates, lists, joins, plays, resyncs after a disconnect, and spectates', { timeout: 90_000 }, async () => {
    const server = await startServer();
    const lobby = new LobbyClient(server.url);
    const code = await lobby.create({ setupData: { demSeat: 'random', decisionRule: 'majority' } });
    expect((await lobby.list()).filter(hasFreeSeat).map((m) => m.matchID)).toContain(code);
    const tickets = new SeatTickets(memoryStore());
    tickets.save(await lobby.join(code.toLowerCase().replace(/^(....)/, '$1-'), 'Ada'));
    expect(tickets.find(code)).toMatchObject({ matchID: code, playerID: '0', playerName: 'Ada' });
    tickets.save({ ...(await lobby.join(code, 'Bo')) });
    expect(tickets.all()).toHaveLength(1); // one seat per match and browser: the newer ticket replaced the older
    await expect(lobby.join(code, 'Cy')).rejects.toThrow(LobbyError);
    await expect(lobby.join(code, '')).rejects.toMatchObject({ status: 400 });
    expect((await lobby.get(code)).players.map((p) => p.name)).toEqual(['Ada', 'Bo']);
    tickets.forget(code);
    expect(tickets.all()).toEqual([]);

    // A fresh match with two remote players and a spectator.
    const match = await lobby.create();
    const p0 = await lobby.join(match, 'Ada', '0');
    const p1 = await lobby.join(match, 'Bo', '1');
    const players = [connectRemote({ server: server.url, matchID: match, ticket: p0 }), connectRemote({ server: server.url, matchID: match, ticket: p1 })];
    const watcher = connectRemote({ server: server.url, matchID: match });
    try {
      await until(() => players.every((p) => p.status().kind === 'connected' && stateID(p) === 0) && stateID(watcher) === 0, 'first sync');
      const state = players[0]!.client.getState()!;
      const mover = players[Number(state.ctx.currentPlayer)]!;
      const view = { G: mover.client.getState()!.G, ctx: mover.client.getState()!.ctx, _stateID: 0 } as unknown as SyncedState;
      const { move, args } = someLegalMove(view);
      mover.client.moves[move]!(...args);
      await until(() => [...players, watcher].every((p) => stateID(p) === 1), 'move seen by all');
      // The log lines travel in the action log: every client rebuilds the same full log.
      const logOf = (p: RemoteMatch) => viewOfClient(p.client as never)?.view.log ?? [];
      const fullLog = logOf(players[0]!);
      expect(fullLog.some((e) => e.event.type === 'card-played')).toBe(true);
      expect(logOf(players[1]!)).toEqual(fullLog);
      expect(logOf(watcher)).toEqual(fullLog);

      // Drop the connection of the player not on move now (the first move may have ended a turn, as an
      // event does): it reconnects and resyncs by itself.
      const onMove = Number(players[0]!.client.getState()!.ctx.currentPlayer);
      const other = players[1 - onMove]!;
      const seen: string[] = [];
      other.onStatus((s) => seen.push(s.kind));
      (other.client as unknown as { transport: { socket: { io: { engine: { close(): void } } } } }).transport.socket.io.engine.close();
      await until(() => seen.includes('disconnected') && other.status().kind === 'connected' && stateID(other) === 1, 'resync');
      expect(logOf(other)).toEqual(fullLog); // the full log came back with the sync

      // A move out of turn is refused with a reason.
      const reasons: string[] = [];
      other.onRefused((r) => reasons.push(r));
      other.client.moves.pass!();
      await until(() => reasons.length > 0, 'refusal');
      expect(reasons[0]).toMatch(/not your turn/);
      expect(stateID(other)).toBe(1);
    } finally {
      for (const p of [...players, watcher]) p.stop();
    }

    const intruder = connectRemote({ server: server.url, matchID: match, ticket: { ...p0, credentials: 'wrong' } });
    try {
      await until(() => intruder.status().kind === 'refused', 'refusal of wrong credentials');
      expect(intruder.status()).toEqual({ kind: 'refused', reason: 'wrong credentials for this seat' });
    } finally {
      intruder.stop();
    }
  });

  it('shows a live match its new turn\'s clock, which comes in the update of the move that started the turn', { timeout: 60_000 }, async () => {
    const server = await startServer();
    const lobby = new LobbyClient(server.url);
    const match = await lobby.create({ options: { pace: { kind: 'live', turnSeconds: 60, bankSeconds: 180 } } });
    const players = [connectRemote({ server: server.url, matchID: match, ticket: await lobby.join(match, 'Ada', '0') }),
      connectRemote({ server: server.url, matchID: match, ticket: await lobby.join(match, 'Bo', '1') })];
    const clocks: { seat: string }[][] = [[], []];
    players.forEach((p, i) => p.onClock((news) => void clocks[i]!.push((news as { clock: { seat: string } }).clock)));
    try {
      await until(() => players.every((p) => p.status().kind === 'connected' && stateID(p) === 0), 'first sync');
      const first = players[0]!.client.getState()!.ctx.currentPlayer;
      // The mover plays until the turn passes (a card, then its ops one at a time).
      for (let n = 0; players[0]!.client.getState()!.ctx.currentPlayer === first; n += 1) {
        const before = stateID(players[0]!);
        const mover = players[Number(first)]!;
        const view = { G: mover.client.getState()!.G, ctx: mover.client.getState()!.ctx, _stateID: before } as unknown as SyncedState;
        const { move, args } = someLegalMove(view, `clock-${n}`);
        mover.client.moves[move]!(...args);
        await until(() => players.every((p) => stateID(p) === before + 1), `move ${n} seen by both`);
      }
      const next = players[0]!.client.getState()!.ctx.currentPlayer;
      await until(() => clocks.every((heard) => heard.some((clock) => clock.seat === next)), 'the new turn on the clock for both');
    } finally {
      for (const p of players) p.stop();
    }
  });
});
