/**
 * A match's broadcast cuts each distinct view once (seat 0, seat 1, spectators) and sends it to
 * every socket that sees it: one socket alone gets its own emit, several as one packet to all
 * their ids (socket.io encodes a broadcast once). No socket gets another view than its own.
 */
import type { Socket } from 'socket.io';
import { describe, expect, it } from 'vitest';
import { LocalBus, matchChannel, type MatchPayload } from '../../src/server/match-bus';
import { type PlayerViewFilter, SeatRegistry } from '../../src/server/seat-registry';
import { connect, createTable, seatBoth, startServer, stateOf, sync } from './helpers';

interface Sent { to: string[]; type: string; args: unknown[] }

/** Sockets of one namespace that record what they were sent, alone or by broadcast. */
function fakeSockets(sent: Sent[]) {
  const nsp = {
    to: (ids: string[]) => ({ emit: (type: string, ...args: unknown[]) => void sent.push({ to: [...ids].sort(), type, args }) }),
  };
  return (id: string) => ({ id, nsp, emit: (type: string, ...args: unknown[]) => void sent.push({ to: [id], type, args }) }) as unknown as Socket;
}

/** A seat registry on an in-process bus, with sockets that record what they were sent. */
function registry() {
  const sent: Sent[] = [];
  const bus = new LocalBus<MatchPayload>();
  return { sent, socket: fakeSockets(sent), bus, seats: new SeatRegistry(bus) };
}

describe('SeatRegistry broadcast', () => {
  it('cuts each view once and sends it to all the sockets that see it', () => {
    const { sent, socket, bus, seats } = registry();
    const cuts: (string | null)[] = [];
    const filter = ((playerID: string | null, payload: MatchPayload) => {
      cuts.push(playerID);
      return { type: payload.type, args: [`view of ${playerID ?? 'spectators'}`] };
    }) as unknown as PlayerViewFilter;
    const seat = (id: string, playerID: '0' | '1' | null, matchID = 'AAAA') =>
      seats.seat({ socket: socket(id), matchID, playerID, credentials: playerID === null ? undefined : 'c' }, filter);
    seat('s0', '0');
    seat('s1', '1');
    seat('s1-tab', '1');
    for (const id of ['w1', 'w2', 'w3']) seat(id, null);
    seat('other', '0', 'BBBB');
    bus.publish(matchChannel('AAAA'), { type: 'update', args: ['AAAA', {}] } as unknown as MatchPayload);
    expect(cuts.sort()).toEqual(['0', '1', null].sort());
    expect(sent.sort((a, b) => a.to.join().localeCompare(b.to.join()))).toEqual([
      { to: ['s0'], type: 'update', args: ['view of 0'] },
      { to: ['s1', 's1-tab'], type: 'update', args: ['view of 1'] },
      { to: ['w1', 'w2', 'w3'], type: 'update', args: ['view of spectators'] },
    ]);
    // A socket that left hears nothing more.
    sent.length = 0;
    seats.unseat('w2');
    bus.publish(matchChannel('AAAA'), { type: 'update', args: ['AAAA', {}] } as unknown as MatchPayload);
    expect(sent.find((s) => s.to.includes('w1'))?.to).toEqual(['w1', 'w3']);
    expect(sent.some((s) => s.to.includes('w2') || s.to.includes('other'))).toBe(false);
  });
});

describe('SeatRegistry: never a move undone', () => {
  it('drops an update older than one already sent to the match (another process\'s, late through Redis)', () => {
    const { sent, socket, bus, seats } = registry();
    const filter = ((_: string | null, payload: MatchPayload) => payload) as unknown as PlayerViewFilter;
    seats.seat({ socket: socket('s0'), matchID: 'AAAA', playerID: '0', credentials: 'c' }, filter);
    const update = (stateID: number) => ({ type: 'update', args: ['AAAA', { _stateID: stateID }] }) as unknown as MatchPayload;
    for (const stateID of [3, 5, 4, 5, 6]) bus.publish(matchChannel('AAAA'), update(stateID));
    bus.publish(matchChannel('AAAA'), { type: 'matchData', args: ['AAAA', []] } as unknown as MatchPayload);
    expect(sent.map((s) => (s.type === 'update' ? JSON.parse((s.args[1] as { text: string }).text)._stateID : s.type))).toEqual([3, 5, 6, 'matchData']);
    // Nothing is kept for a match with no socket here: its next socket starts the count afresh.
    seats.unseat('s0');
    sent.length = 0;
    seats.seat({ socket: socket('s1'), matchID: 'AAAA', playerID: '1', credentials: 'c' }, filter);
    bus.publish(matchChannel('AAAA'), update(2));
    expect(sent).toHaveLength(1);
  });
});

describe('a server with several spectators and two tabs on one seat', () => {
  it('sends each of them the update for their view', { timeout: 60_000 }, async () => {
    const server = await startServer();
    const { matchID, seats } = await createTable(server);
    const players = [await connect(server), await connect(server)] as const;
    const game = await seatBoth([players[0], players[1]], matchID, seats);
    const tab = await connect(server);
    await sync(tab, matchID, seats[1]);
    const watchers = [await connect(server), await connect(server), await connect(server)];
    for (const watcher of watchers) await sync(watcher, matchID);
    const from = [tab, ...watchers].map((peer) => peer.received.length);
    await game.step('spectated');
    const [tabUpdate, ...seen] = await Promise.all([tab, ...watchers].map((peer, i) => peer.next('update', () => true, from[i])));
    const views = seen.map((r) => stateOf(r!));
    expect(views.map((v) => v._stateID)).toEqual(watchers.map(() => game.states[0]._stateID));
    for (const view of views) expect(view).toEqual(views[0]);
    // The second tab sees seat 1's view (its hand), the spectators see no hand.
    expect(stateOf(tabUpdate!)).toEqual(game.states[1]);
    expect(JSON.stringify((views[0] as { G: unknown }).G)).not.toEqual(JSON.stringify((game.states[1] as { G: unknown }).G));
    for (const peer of [...players, tab, ...watchers]) peer.close();
  });
});
