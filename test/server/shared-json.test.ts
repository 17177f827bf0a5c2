/**
 * An update's views encoded with one memo (shared-json.ts, seat-registry.ts) put on the wire the
 * same text as socket.io's encoder puts for the views the game's own `playerView` cuts: per seat,
 * after every move of whole games, with the parts the views share encoded once. No view carries
 * another seat's hand.
 */
import type { State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import fc from 'fast-check';
import { Encoder, PacketType } from 'socket.io-parser';
import { describe, expect, it } from 'vitest';
import { type GameState, sharedPlayerView } from '../../src/game';
import { EncodedJson, forgetStateMemo, sharedJson, stateMemo } from '../../src/server/shared-json';
import { encodeState } from '../../src/server/stored-state';
import { textParser } from '../../src/server/text-parser';
import { recordRandomGame, replayBgio, seededGame } from '../replay/bgio-runner';

const NSP = '/trust-and-leverage';
const VIEWERS = ['0', '1', null] as const;

describe('sharedJson', () => {
  it('writes what JSON.stringify writes, at any depth of sharing, and memoizes by identity', () => {
    const odd = fc.oneof(fc.constant(undefined), fc.constant(() => 1), fc.constant(Number.NaN), fc.constant(new Date(0)));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), odd, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
    })).node;
    fc.assert(fc.property(value, fc.integer({ min: 0, max: 4 }), (v, levels) => {
      expect(sharedJson(v, new Map(), levels)).toBe(JSON.stringify(v));
    }), { seed: 14, numRuns: 400 });
    const shared = { a: [1, 2] };
    const memo = new Map<object, string>();
    sharedJson({ x: shared }, memo, 2);
    expect(memo.get(shared)).toBe('{"a":[1,2]}');
  });
});

describe('an update encoded with a memo shared by its views', () => {
  const record = recordRandomGame('shared-json', { demSeat: '1' });
  const game = seededGame(record.seed);
  const own = getFilterPlayerView(game);
  const sharing = getFilterPlayerView({ ...game, playerView: ({ G, playerID }) => sharedPlayerView(G as GameState, playerID) });
  const wire = (args: unknown[]) => new textParser.Encoder().encode({ type: PacketType.EVENT, nsp: NSP, data: ['update', ...args] });

  it('is, for every seat and spectators after every move, the text socket.io sends for the game own view', () => {
    let checked = 0;
    replayBgio(record, (match, index) => {
      if (index % 3 !== 0 && index !== record.moves.length - 1) return;
      const payload = { type: 'update', args: ['ABCDEFGH', match.state] } as never;
      const memo = new Map<object, string>();
      for (const seat of VIEWERS) {
        const expected = new Encoder().encode({ type: PacketType.EVENT, nsp: NSP, data: ['update', ...own(seat, payload).args] });
        const encoded = sharing(seat, payload).args.map((arg) => (typeof arg === 'object' && arg !== null ? new EncodedJson(sharedJson(arg, memo, 2)!) : arg));
        expect(wire(encoded)).toEqual(expected);
        checked += 1;
      }
      // The second and third views found the countries in the memo (they were not encoded again).
      expect(memo.has((sharing('1', payload).args[1] as State<GameState>).G.countries)).toBe(true);
    });
    expect(checked).toBeGreaterThan(60);
  });

  it('is the same after the storage encoded the state and its log lines with the state memo, which it reuses', () => {
    replayBgio(record, (match, index) => {
      if (index % 5 !== 0) return;
      const { deltalog, ...stored } = match.state as State<GameState> & { deltalog: unknown[] };
      expect(encodeState(stored as State, true)).toBe(encodeState(stored as State));
      expect(sharedJson(deltalog, stateMemo(stored.G), 2)).toBe(JSON.stringify(deltalog));
      const memo = stateMemo(stored.G);
      expect(memo.has(stored.G.countries)).toBe(true);
      const payload = { type: 'update', args: ['ABCDEFGH', match.state] } as never;
      for (const seat of VIEWERS) {
        const expected = new Encoder().encode({ type: PacketType.EVENT, nsp: NSP, data: ['update', ...own(seat, payload).args] });
        expect(wire(sharing(seat, payload).args.map((arg) => (typeof arg === 'object' && arg !== null ? new EncodedJson(sharedJson(arg, memo, 2)!) : arg)))).toEqual(expected);
      }
      forgetStateMemo(stored.G);
      expect(stateMemo(stored.G).size).toBe(0);
    });
  });

  it('holds no other seat hand and no deck order', () => {
    const state = replayBgio(record).state;
    const G = state.G;
    const memo = new Map<object, string>();
    const texts = VIEWERS.map((seat) => sharedJson(sharing(seat, { type: 'update', args: ['ABCDEFGH', state] } as never).args[1], memo, 2)!);
    const views = texts.map((text) => JSON.parse(text) as State<{ sides: Record<'dem' | 'aut', { hand: unknown }> }>);
    // Seat 1 plays the Democrats here (demSeat '1').
    expect(views.map((v) => [v.G.sides.dem.hand, v.G.sides.aut.hand])).toEqual([[null, G.sides.aut.hand], [G.sides.dem.hand, null], [null, null]]);
    for (const text of texts) expect(text).not.toContain(JSON.stringify(G.world.deck));
  });

  it('leaves packets without encoded arguments to socket.io encoder, byte for byte', () => {
    const packet = { type: PacketType.EVENT, nsp: '/', data: ['refused', { reason: 'no', none: undefined }], id: 3 };
    expect(new textParser.Encoder().encode(packet)).toEqual(new Encoder().encode(packet));
    const encoded = { type: PacketType.EVENT, nsp: '/', data: ['x', new EncodedJson('{"a":1}'), undefined, 2], id: 3 };
    expect(new textParser.Encoder().encode(encoded)).toEqual(new Encoder().encode({ ...encoded, data: ['x', { a: 1 }, undefined, 2] }));
  });
});
