/**
 * The server-owned clock with an injected time source (no real waiting): the deadline stored with
 * the match, the stand-in AI playing an expired turn from the absent seat's view (and saying so),
 * the seat kept after several misses and taken back, a win by abandonment, a restart in the
 * middle of a clock, and two servers on PostgreSQL + Redis agreeing on who plays the stand-in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, describe } from 'vitest';
import { type ServerConfig, testConfig } from '../../src/server/config';
import { createGameServer, type GameServer } from '../../src/server/create-server';
import { FakeTime } from './fake-time';
import { connect, GAME, type JoinedSeat, lobby, move, type Peer, someLegalMove, stateOf, sync, type SyncedState } from './helpers';
import { DATABASE_URL, describeWithServices, REDIS_URL } from './services';

const dirs: string[] = [];
const servers: GameServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(time: FakeTime, overrides: Partial<ServerConfig> = {}): Promise<GameServer> {
  const server = await createGameServer(testConfig({ socketRatePerSecond: 10_000, aiPaceMs: 0, clockSweepMs: 3_600_000, ...overrides }), { log: () => {}, time });
  servers.push(server);
  return server;
}

const LIVE = { pace: { kind: 'live', turnSeconds: 30, bankSeconds: 0 } };

async function table(server: GameServer, options: object = LIVE): Promise<{ matchID: string; seats: [JoinedSeat, JoinedSeat] }> {
  const created = await lobby(server, `/games/${GAME}/create`, { setupData: { demSeat: '1' }, options });
  expect(created.status, JSON.stringify(created.json)).toBe(200);
  const matchID = String(created.json.matchID);
  const seats: JoinedSeat[] = [];
  for (const [playerID, playerName] of [['0', 'Ada'], ['1', 'Bo']] as const) {
    const joined = await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID, playerName });
    seats.push({ playerID, credentials: String(joined.json.playerCredentials) });
  }
  return { matchID, seats: seats as [JoinedSeat, JoinedSeat] };
}

interface ShownClock { seat: string; deadline: number; startedAt: number; kept: string[]; misses: Record<string, number> }
const clockOf = async (server: GameServer, matchID: string) => (await lobby(server, `/games/${GAME}/${matchID}`)).json.clock as ShownClock | null;

/** Polls until `check` holds (the clock acts asynchronously after a move or a time step). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never: ${what}`);
}

/** Plays legal moves for `seat` until its turn passes (a turn is a card and then its ops). */
async function playTurn(peer: Peer, matchID: string, seat: JoinedSeat, seed: string): Promise<void> {
  for (let n = 0; latest(peer).ctx.currentPlayer === seat.playerID && latest(peer).ctx.gameover === undefined; n += 1) {
    const state = latest(peer);
    const { move: name, args } = someLegalMove(state, `${seed}-${n}`);
    expect(stateOf(await move(peer, matchID, seat, state._stateID, name, args))._stateID).toBe(state._stateID + 1);
  }
}

/** The latest state a peer holds. */
function latest(peer: Peer): SyncedState {
  const last = [...peer.received].reverse().find((r) => r.event === 'update' || r.event === 'sync');
  if (!last) throw new Error('no state yet');
  return last.event === 'update' ? stateOf(last) : (last.args[1] as { state: SyncedState }).state;
}

const standInNotes = (peer: Peer) => peer.received.filter((r) => r.event === 'ai-note' && (r.args[1] as { standIn?: boolean }).standIn === true);

describe('match clock on the server', () => {
  it('stores the deadline, lets the stand-in play an expired turn, keeps the seat after three, and gives it back', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time);
    const { matchID, seats } = await table(server);
    const ada = await connect(server);
    const bo = await connect(server);
    await sync(ada, matchID, seats[0]);
    await sync(bo, matchID, seats[1]);
    const watcher = await connect(server);
    await sync(watcher, matchID);
    const first = await eventually(() => clockOf(server, matchID), (c) => c !== null, 'a clock');
    expect(first).toMatchObject({ seat: '0', deadline: time.now() + 30_000, kept: [] });

    // Ada (seat 0, on move) is away: after 30 s the stand-in plays her turn.
    time.advance(29_999);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(latest(bo)._stateID).toBe(0);
    time.advance(1);
    await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', 'the stand-in turn');
    const note = standInNotes(watcher)[0]?.args[1] as { side: string; level: string; standIn: boolean; stateID: number };
    expect(note).toMatchObject({ side: 'aut', level: 'normal', standIn: true, stateID: 0 });
    // Everyone hears the clock: spectators too.
    expect(watcher.received.some((r) => r.event === 'clock')).toBe(true);
    let clock = await eventually(() => clockOf(server, matchID), (c) => c?.seat === '1', 'Bo on the clock');
    expect(clock?.misses).toEqual({ '0': 1 });

    // Bo plays; Ada misses twice more, and her seat is then kept by the AI.
    for (let miss = 2; miss <= 3; miss += 1) {
      await playTurn(bo, matchID, seats[1], `bo-${miss}`);
      await eventually(() => clockOf(server, matchID), (c) => c?.seat === '0' && c.startedAt === time.now(), 'Ada on the clock');
      time.advance(30_000);
      clock = await eventually(() => clockOf(server, matchID), (c) => c?.seat === '1' && c.misses['0'] === miss, `miss ${miss}`);
    }
    expect(clock?.kept).toEqual(['0']);
    // A kept seat does not wait for its deadline: the AI answers Bo's move at once.
    const notesBefore = standInNotes(watcher).length;
    await playTurn(bo, matchID, seats[1], 'bo-kept');
    await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', 'the kept seat plays at once');
    expect(standInNotes(watcher).length).toBeGreaterThan(notesBefore);
    // The list of open matches no longer offers this match.
    const listed = (await lobby(server, `/games/${GAME}`)).json.matches as { matchID: string }[];
    expect(listed.some((m) => m.matchID === matchID)).toBe(false);

    // Ada comes back: refused with the wrong credentials, then her seat is hers again.
    expect((await lobby(server, `/games/${GAME}/${matchID}/return`, { playerID: '0', credentials: 'nope' })).status).toBe(403);
    expect((await lobby(server, `/games/${GAME}/${matchID}/return`, seats[0])).status).toBe(200);
    clock = await clockOf(server, matchID);
    expect(clock?.kept).toEqual([]);
    expect(clock?.misses).toEqual({});
    // And the match is not Bo's to claim any more.
    const claim = await lobby(server, `/games/${GAME}/${matchID}/abandon`, seats[1]);
    expect(claim.status).toBe(409);
    expect(String(claim.json.error)).toMatch(/has not missed enough/);
  });

  it('ends the match as a win by abandonment, and refuses every later move', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time);
    const { matchID, seats } = await table(server);
    const bo = await connect(server);
    await sync(bo, matchID, seats[1]);
    await eventually(() => clockOf(server, matchID), (c) => c !== null, 'a clock');
    expect((await lobby(server, `/games/${GAME}/${matchID}/abandon`, seats[1])).status).toBe(409);
    for (let miss = 1; miss <= 3; miss += 1) {
      time.advance(30_000);
      await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', `stand-in ${miss}`);
      if (miss === 3) break;
      await playTurn(bo, matchID, seats[1], `bo-${miss}`);
      await eventually(() => clockOf(server, matchID), (c) => c?.seat === '0' && c.startedAt === time.now(), 'Ada on the clock');
    }
    await eventually(() => clockOf(server, matchID), (c) => c?.kept.includes('0') === true, 'kept');
    expect((await lobby(server, `/games/${GAME}/${matchID}/abandon`, { ...seats[1], credentials: 'x' })).status).toBe(403);
    expect((await lobby(server, `/games/${GAME}/${matchID}/abandon`, seats[1])).status).toBe(200);
    const shown = (await lobby(server, `/games/${GAME}/${matchID}`)).json;
    expect(shown.gameover).toEqual({ winner: '1', side: 'dem', abandoned: '0' });
    expect(shown.abandoned).toBe('0');
    expect(shown.clock).toBeNull();
    const state = latest(bo);
    const bm = someLegalMove(state, 'after');
    const reply = await move(bo, matchID, seats[1], state._stateID, bm.move, bm.args);
    expect(reply.event).toBe('refused');
    expect((reply.args[0] as { reason: string }).reason).toMatch(/game is over/);
    // Nothing more to claim.
    expect((await lobby(server, `/games/${GAME}/${matchID}/abandon`, seats[1])).status).toBe(409);
  });

  it('a move that starts a turn stores its clock, and every socket of the match hears it in that move\'s update', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const server = await start(time);
    const { matchID, seats } = await table(server);
    const [ada, bo, watcher] = [await connect(server), await connect(server), await connect(server)];
    await sync(ada, matchID, seats[0]);
    await sync(bo, matchID, seats[1]);
    await sync(watcher, matchID);
    await eventually(() => clockOf(server, matchID), (c) => c?.seat === '0', 'Ada on the clock');
    for (const [turn, [mover, seat, next]] of ([[ada, seats[0], '1'], [bo, seats[1], '0']] as const).entries()) {
      time.advance(10_000);
      // A clock reaches a socket as a `clock` event, or inside an update (its fourth argument).
      const heard = (peer: Peer) => peer.received.flatMap((r) => {
        if (r.event === 'clock') return [{ via: 'clock', clock: (r.args[1] as { clock: ShownClock }).clock }];
        if (r.event === 'update' && r.args[3] !== undefined) return [{ via: 'update', clock: (r.args[3] as { clock: ShownClock }).clock }];
        return [];
      });
      const before = [ada, bo, watcher].map((peer) => heard(peer).length);
      await playTurn(mover, matchID, seat, `turn-${turn}`);
      const stored = await eventually(() => clockOf(server, matchID), (c) => c?.seat === next, `seat ${next} on the clock`);
      expect(stored).toMatchObject({ seat: next, startedAt: time.now(), deadline: time.now() + 30_000 });
      for (const [i, peer] of [ada, bo, watcher].entries()) {
        const clocks = await eventually(async () => heard(peer).slice(before[i]), (c) => c.length > 0, 'the clock announced');
        // Once, in the update of the move that started the turn (whose state has the new seat on move).
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(heard(peer).slice(before[i])).toHaveLength(1);
        expect(clocks[0]).toMatchObject({ via: 'update', clock: { seat: next, startedAt: time.now(), deadline: time.now() + 30_000 } });
        const update = peer.received.filter((r) => r.event === 'update' && r.args[3] !== undefined).at(-1)!;
        expect(stateOf(update).ctx.currentPlayer).toBe(next);
      }
    }
    // The clock runs on: the turn expires at its stored deadline and the stand-in plays it.
    time.advance(30_000);
    await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', 'the stand-in turn');
  });

  it('refuses a win by abandonment where the match does not allow it', async () => {
    const time = new FakeTime();
    const server = await start(time);
    const { matchID, seats } = await table(server, { ...LIVE, abandonment: false });
    const reply = await lobby(server, `/games/${GAME}/${matchID}/abandon`, seats[1]);
    expect(reply.status).toBe(409);
    expect(String(reply.json.error)).toMatch(/cannot be ended by abandonment/);
    expect((await lobby(server, `/games/${GAME}/create`, { options: { pace: { kind: 'live', turnSeconds: 1 } } })).status).toBe(400);
  });

  it('keeps the clock through a restart, and the new process plays the expired turn', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-clock-'));
    dirs.push(dir);
    const storage = { kind: 'sqlite', file: join(dir, 'm.sqlite') } as const;
    const time = new FakeTime();
    const first = await start(time, { storage, dailyHourMs: 1000 });
    const { matchID, seats } = await table(first, { pace: { kind: 'daily', turnHours: 2 } });
    const deadline = (await eventually(() => clockOf(first, matchID), (c) => c !== null, 'a clock'))!.deadline;
    expect(deadline).toBe(time.now() + 2000);
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    time.advance(5000); // the deadline passes while no server runs
    const second = await start(time, { storage, dailyHourMs: 1000 });
    const bo = await connect(second);
    await sync(bo, matchID, seats[1]);
    await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', 'the stand-in after the restart');
    expect(standInNotes(bo).length).toBe(latest(bo)._stateID);
    expect((await clockOf(second, matchID))?.misses).toEqual({ '0': 1 });
  });
});

describeWithServices('match clock across two servers (PostgreSQL + Redis)', ['postgres', 'redis'], () => {
  it('lets exactly one server play an expired turn, and both servers\' sockets see it', { timeout: 60_000 }, async () => {
    const time = new FakeTime();
    const shared = { storage: { kind: 'postgres', url: DATABASE_URL } as const, redisUrl: REDIS_URL };
    const a = await start(time, shared);
    const { matchID, seats } = await table(a);
    const b = await start(time, shared); // its start-up sweep finds the clock a stored
    const ada = await connect(a);
    const bo = await connect(b);
    await sync(ada, matchID, seats[0]);
    await sync(bo, matchID, seats[1]);
    const clock = await eventually(() => clockOf(b, matchID), (c) => c !== null, 'a clock');
    expect(await clockOf(a, matchID)).toMatchObject({ deadline: clock!.deadline });
    await new Promise((resolve) => setTimeout(resolve, 200)); // b's sweep has set its timer
    time.advance(30_000); // both servers' timers fire at once
    await eventually(async () => latest(bo), (s) => s.ctx.currentPlayer === '1', 'the stand-in turn on b');
    await eventually(async () => latest(ada), (s) => s.ctx.currentPlayer === '1', 'the stand-in turn on a');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // One turn played once: each move's note arrived once on each server's sockets, in order.
    const moves = latest(bo)._stateID;
    const notedStates = (peer: Peer) => standInNotes(peer).map((r) => (r.args[1] as { stateID: number }).stateID);
    expect(notedStates(ada)).toEqual([...Array(moves).keys()]);
    expect(notedStates(bo)).toEqual([...Array(moves).keys()]);
    expect(latest(ada)._stateID).toBe(moves);
    expect((await clockOf(a, matchID))?.misses).toEqual({ '0': 1 });
  });
});
