/**
 * Secrecy over the wire: the raw socket frames received by both players and a spectator during
 * a real match never hold the opponent's hand, any deck order, the seed or the PRNG state.
 * Ground truth comes from the server's own SQLite file, read after every move.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../src/game';
import { connect, createTable, type Peer, seatBoth, startServer, sync } from './helpers';
import { MATCHES_TABLE } from '../../src/server/storage-schema';
import { INITIAL_STATES_TABLE } from '../../src/server/storage-sqlite-schema';

const dir = mkdtempSync(join(tmpdir(), 'tl-wire-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Records every raw Engine.IO frame a peer receives. */
function tap(peer: Peer): string[] {
  const frames: string[] = [];
  peer.socket.io.engine.on('data', (data: unknown) => frames.push(typeof data === 'string' ? data : String(data)));
  return frames;
}

interface Truth {
  G: GameState;
  seed: string;
  prng: string;
}

function readTruth(file: string, matchID: string): Truth {
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT state, initial_state FROM ${MATCHES_TABLE} JOIN ${INITIAL_STATES_TABLE} USING (id) WHERE id = ?`).get(matchID) as { state: string; initial_state: string };
  db.close();
  const state = JSON.parse(row.state) as { G: GameState; plugins: { random: { data: { prngstate?: unknown } } } };
  const initial = JSON.parse(row.initial_state) as { plugins: { random: { data: { seed: string } } } };
  return { G: state.G, seed: initial.plugins.random.data.seed, prng: JSON.stringify(state.plugins.random.data.prngstate ?? null) };
}

/** Every `hand` array found in a parsed frame, with the side it belongs to. */
function handsIn(value: unknown, out: { side: string; hand: unknown }[] = []): { side: string; hand: unknown }[] {
  if (Array.isArray(value)) for (const v of value) handsIn(v, out);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const sides = record.sides as Record<string, { hand?: unknown }> | undefined;
    if (sides && typeof sides === 'object' && 'dem' in sides && 'aut' in sides) {
      for (const side of ['dem', 'aut']) if (sides[side] && 'hand' in sides[side]!) out.push({ side, hand: sides[side]!.hand });
    }
    for (const v of Object.values(record)) handsIn(v, out);
  }
  return out;
}

describe('secrecy over the wire', () => {
  it('shows each player only its own hand and nobody any deck order, seed or PRNG state', { timeout: 60_000 }, async () => {
    const file = join(dir, 'wire.sqlite');
    const server = await startServer({ storage: { kind: 'sqlite', file } });
    const { matchID, seats } = await createTable(server);
    const peers: [Peer, Peer] = [await connect(server), await connect(server)];
    const watcher = await connect(server);
    const frames = [tap(peers[0]), tap(peers[1]), tap(watcher)];
    const game = await seatBoth(peers, matchID, seats);
    await sync(watcher, matchID);
    const ownSide = [0, 1].map((i) => (game.states[i]!.G as { viewer: string }).viewer);
    expect(ownSide.sort()).toEqual(['aut', 'dem']);
    const seen = [0, 0, 0];
    let ownHandsSeen = 0;
    let steps = 0;
    for (let i = 0; i < 120 && game.states[0].ctx.gameover === undefined; i += 1) {
      await game.step(`wire-${i}`);
      steps += 1;
      await new Promise((resolve) => setTimeout(resolve, 2)); // let the spectator's frame arrive
      // What is secret in the state these frames carry (a deck order can become a hand later: check each step's own).
      const truth = readTruth(file, matchID);
      const secrets = [truth.seed, ...(truth.prng === 'null' ? [] : [truth.prng])];
      for (const pile of [truth.G.sides.dem.deck, truth.G.sides.aut.deck, truth.G.world.deck]) if (pile.length >= 2) secrets.push(JSON.stringify(pile));
      for (const who of [0, 1, 2]) {
        for (const frame of frames[who]!.slice(seen[who])) {
          for (const secret of secrets) expect(frame.includes(secret), `frame to ${who} holds a secret`).toBe(false);
          expect(frame).not.toMatch(/"(deck|seed|prngstate|initialState|credentials)":/);
          const body = frame.replace(/^\d+\/[^,]*,/, '').replace(/^\d+/, '');
          if (!body.startsWith('[')) continue;
          const own = who === 2 ? null : (game.states[who]!.G as { viewer: string }).viewer;
          for (const { side, hand } of handsIn(JSON.parse(body))) {
            if (side !== own) expect(hand, `${side}'s hand sent to ${who}`).toBeNull();
            else if (Array.isArray(hand)) ownHandsSeen += 1;
          }
        }
        seen[who] = frames[who]!.length;
      }
    }
    expect(frames.every((f) => f.length > 20)).toBe(true);
    // The parsing above did find the hands: every step sends each player an update with its own.
    // (The server deals from a random seed, so the match's length varies: count per step played.)
    expect(steps).toBeGreaterThan(20);
    expect(ownHandsSeen).toBeGreaterThanOrEqual(2 * steps);
  });
});
