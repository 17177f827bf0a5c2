/**
 * The boardgame.io Game is a thin adapter: the same moves through boardgame.io's reducer and
 * through the pure rules (with `createAlea(seed)`) give the same G after every move, the same
 * number of random draws, and a turn order that follows the rules' active side. It also refuses
 * what the rules refuse, and the raw flow events a client could send.
 */
import { describe, expect, it, vi } from 'vitest';
import type { SetupData } from '../src/game';
import { BgioMatch, recordRandomGame, replayBgio, replayPure } from './replay/bgio-runner';

const SETUPS: (SetupData | undefined)[] = [undefined, { demSeat: '1' }, { decisionRule: 'majority', dependency: 0 }, { demSeat: '1', dependency: 5 }];
const SEEDS = Array.from({ length: 20 }, (_, i) => ({ seed: `equivalence-${i}`, setup: SETUPS[i % SETUPS.length] }));

const json = (value: unknown): string => JSON.stringify(value);

describe('boardgame.io and the pure rules agree', () => {
  it.each(SEEDS)('$seed with setup $setup: the same G after every move', ({ seed, setup }) => {
    const record = recordRandomGame(seed, setup);
    const pure: string[] = [];
    const { G, rng } = replayPure(record, (state) => pure.push(json(state)));
    let compared = 0;
    const final = replayBgio(record, (match, i) => {
      const { ctx } = match.state;
      // boardgame.io's G holds no log lines after a move: they ride in its action log (log-book.ts).
      expect(match.state.G.log).toEqual([]);
      const bg = match.fullG();
      if (json(bg) !== pure[i]) expect(bg).toEqual(JSON.parse(pure[i] as string));
      if (bg.result === null) {
        expect(ctx.currentPlayer).toBe(bg.seats[bg.active]);
        expect(ctx.gameover).toBeUndefined();
      } else expect(ctx.gameover).toBeDefined();
      compared += 1;
    });
    expect(compared).toBe(record.moves.length);
    expect(G.result).not.toBeNull();
    expect(final.state.plugins.random?.data).toEqual({ seed, prngstate: rng.state() });
    // The seat that moves first is the Autocratic side's.
    expect(record.moves[0]?.seat).toBe(G.seats.aut);
  });
});

describe('boardgame.io refuses what the rules refuse', () => {
  const record = recordRandomGame('refusals');
  const quietly = <T>(fn: () => T): T => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      return fn();
    } finally {
      spy.mockRestore();
    }
  };

  it('out-of-turn, illegal, malformed and unknown moves leave the state untouched', () => {
    const match = replayBgio({ ...record, moves: record.moves.slice(0, 3) });
    const before = json(match.state);
    const next = record.moves[3] as (typeof record.moves)[number];
    const other = next.seat === '0' ? '1' : '0';
    quietly(() => {
      expect(match.move({ ...next, seat: other })).toBe('action/inactive_player');
      expect(match.move({ seat: next.seat, move: 'playOps', args: ['no-such-card'] })).toBe('action/invalid_move');
      expect(match.move({ seat: next.seat, move: 'act', args: ['lure', 'USA'] })).toBe('action/invalid_move');
      expect(match.move({ seat: next.seat, move: 'cheat', args: [] })).toBe('action/unavailable_move');
      expect(match.move({ seat: '2' as never, move: next.move, args: next.args })).toBe('action/inactive_player');
    });
    expect(json(match.state)).toBe(before);
    expect(match.move(next)).toBeNull();
  });

  it('raw flow events cannot end the game or hand the turn to the wrong seat (regression: events ran although disabled)', () => {
    const match = new BgioMatch(record);
    const seat = match.state.ctx.currentPlayer;
    const other = seat === '0' ? '1' : '0';
    const event = (type: string, ...args: unknown[]) => quietly(() => match.dispatch({ type: 'GAME_EVENT', payload: { type, args, playerID: seat } }));
    const before = json({ G: match.state.G, ctx: { ...match.state.ctx, turn: 0 } });
    expect(event('endGame', { winner: seat })).toBe('action/plugin_invalid');
    expect(event('endGame')).toBe('action/plugin_invalid');
    expect(event('endTurn', { next: other })).toBe('action/plugin_invalid');
    expect(event('setActivePlayers', { all: 'any' })).toBe('action/plugin_invalid');
    expect(event('setStage', 'any')).toBe('action/plugin_invalid');
    expect(match.state.ctx.gameover).toBeUndefined();
    expect(match.state.ctx.currentPlayer).toBe(seat);
    // What got through changed nothing that matters: same G, same player, no active-player set.
    for (const harmless of ['endTurn', 'endPhase', 'pass', 'endStage']) event(harmless);
    expect(json({ G: match.state.G, ctx: { ...match.state.ctx, turn: 0 } })).toBe(before);
    // And the game still plays to its end.
    for (const m of record.moves) expect(match.move(m)).toBeNull();
    expect(match.state.ctx.gameover).toBeDefined();
  });
});
