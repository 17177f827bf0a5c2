/**
 * A teacher's inject (src/game/inject.ts) is a move in the match's move list: replaying the seed
 * and the moves, injects included, reproduces the game exactly, and the inject does what a world
 * event does without touching the turn, the ops in play or the world deck.
 */
import { describe, expect, it, vi } from 'vitest';
import { CARD, checkInject, createAlea, type GameState, INJECT_MOVE, legalMoves, type Move, toBgioMove } from '../src/game';
import { WORLD_CARDS } from '../src/game/data/cards';
import { parseGameRecord, RECORD_FORMAT, RECORD_VERSION, replayRecord } from '../src/client/game-record';
import { BgioMatch, type BgioMove, recordRandomGame } from './replay/bgio-runner';

const json = (value: unknown): string => JSON.stringify(value);

/** A random game played through boardgame.io (uniform among legal moves) with an inject of `card` by the seat on move every `every` moves. */
function withInjects(seed: string, card: string, every: number): { seed: string; moves: BgioMove[]; final: BgioMatch } {
  const match = new BgioMatch({ seed });
  const pick = createAlea(`pick:${seed}`);
  const moves: BgioMove[] = [];
  const play = (m: BgioMove) => {
    expect(match.move(m)).toBeNull();
    moves.push(m);
  };
  while (match.state.ctx.gameover === undefined && moves.length < 5000) {
    const G = match.state.G;
    const seat = match.state.ctx.currentPlayer as BgioMove['seat'];
    if (moves.length % every === every - 1) play({ seat, move: INJECT_MOVE, args: [card] });
    const options = legalMoves(G, G.active);
    const move = options[Math.trunc(pick() * options.length)] as Move;
    play({ seat, ...toBgioMove(move) });
  }
  return { seed, moves, final: match };
}

describe('inject', () => {
  it('resolves the world event now, logged, and leaves turn, ops and world deck alone', () => {
    const record = recordRandomGame('inject-one');
    const match = new BgioMatch(record);
    for (const m of record.moves.slice(0, 2)) expect(match.move(m)).toBeNull();
    const before = match.state;
    const seat = before.ctx.currentPlayer as BgioMove['seat'];
    expect(match.move({ seat, move: INJECT_MOVE, args: ['financial-crisis'] })).toBeNull();
    const after = match.state;
    expect(after.ctx.currentPlayer).toBe(before.ctx.currentPlayer);
    expect(after.G.pending).toEqual(before.G.pending);
    expect(after.G.world).toEqual(before.G.world);
    expect(after.G.turns).toEqual(before.G.turns);
    // Financial Crisis costs the Democratic side 2 capital (down to 0 at least).
    expect(after.G.sides.dem.capital).toBe(Math.max(0, before.G.sides.dem.capital - 2));
    const log = match.fullG().log;
    expect(log.some((e) => e.event.type === 'world-event' && e.event.card === 'financial-crisis' && e.round === before.G.round)).toBe(true);
  });

  it('seed + moves with injects replays to the identical state', () => {
    for (const [i, card] of WORLD_CARDS.map((c) => c.id).slice(0, 4).entries()) {
      const game = withInjects(`inject-replay-${i}`, card, 7);
      expect(game.final.state.ctx.gameover).toBeDefined();
      expect(game.moves.filter((m) => m.move === INJECT_MOVE).length).toBeGreaterThan(3);
      const replay = new BgioMatch(game);
      for (const m of game.moves) expect(replay.move(m)).toBeNull();
      expect(json(replay.fullG())).toBe(json(game.final.fullG()));
      expect(replay.state.plugins.random?.data).toEqual(game.final.state.plugins.random?.data);
    }
  });

  it('refuses a card that is not a world event, a game that is over, and the seat not on move', () => {
    const record = recordRandomGame('inject-refusals');
    const match = new BgioMatch(record);
    const G = match.state.G as GameState;
    const dem = Object.keys(CARD).find((id) => CARD[id as keyof typeof CARD].side === 'dem');
    expect(checkInject(G, dem)).toMatch(/world event/);
    expect(checkInject(G, 'no-such-card')).toMatch(/world event/);
    expect(checkInject(G, 'pandemic')).toBeNull();
    expect(checkInject({ ...G, result: { winner: 'dem', reason: 'final-round', worldOrder: 3 } }, 'pandemic')).toMatch(/over/);
    const other = match.state.ctx.currentPlayer === '0' ? '1' : '0';
    const before = json(match.state);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(match.move({ seat: other, move: INJECT_MOVE, args: ['pandemic'] })).toBe('action/inactive_player');
    expect(match.move({ seat: match.state.ctx.currentPlayer as '0', move: INJECT_MOVE, args: [dem] })).toBe('action/invalid_move');
    quiet.mockRestore();
    expect(json(match.state)).toBe(before);
  });
});

describe('game records with injects (src/client/game-record.ts)', () => {
  it('parse, and replay through the pure rules to the state boardgame.io reached', () => {
    const game = withInjects('inject-record', 'pandemic', 5);
    const record = parseGameRecord({ format: RECORD_FORMAT, version: RECORD_VERSION, players: { mode: 'online', matchID: 'ABCD2345' }, setupData: {}, seed: game.seed, moves: game.moves });
    if (typeof record === 'string') throw new Error(record);
    const G = replayRecord(record);
    if (typeof G === 'string') throw new Error(G);
    const bgio = game.final.fullG();
    expect(json({ ...G, log: [] })).toBe(json({ ...bgio, log: [] }));
    expect(G.log.length).toBe(bgio.log.length);
  });

  it('refuse an inject of a card that is not a world event', () => {
    const base = { format: RECORD_FORMAT, version: RECORD_VERSION, players: { mode: 'hot-seat' }, setupData: {}, seed: 's' };
    expect(parseGameRecord({ ...base, moves: [{ seat: '1', move: INJECT_MOVE, args: ['aukus'] }] })).toMatch(/world event/);
    expect(parseGameRecord({ ...base, moves: [{ seat: '1', move: INJECT_MOVE, args: [] }] })).toMatch(/world event/);
  });
});
