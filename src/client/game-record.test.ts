/**
 * Saved local games: a game is its setup, seed and moves. A hot-seat match played with random
 * legal moves (undos included) is recorded, saved, loaded and resumed into a new match, which
 * must hold the identical state for both seats; damaged or foreign data is refused with a reason.
 */
import { describe, expect, it, vi } from 'vitest';
import { canUndo, createAlea, legalMovesOfView, type Move, type PlayerView } from '../game';
import { type GameRecord, parseGameRecord, parseGameRecordText, replayRecord } from './game-record';
import { LocalSaves } from './local-saves';
import { type Match, startMatch } from './match';
import type { KeyValueStore } from './seat-tickets';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/**
 * The shown seat's state (its view with hand and log, boardgame.io's ctx): what "the identical
 * state" means. The state id is left out: it counts undos too, which a record leaves out.
 */
async function shownState(match: Match): Promise<unknown> {
  await tick();
  const { stateID: _counter, ...shown } = match.snapshot()?.shown ?? { stateID: 0 };
  return JSON.parse(JSON.stringify(shown));
}

/** Plays `count` random legal moves for whoever is on move, with an undo now and then; returns the undos. */
async function playRandomly(match: Match, seed: string, count: number): Promise<number> {
  const pick = createAlea(seed);
  let undos = 0;
  for (let i = 0; i < count; i++) {
    await tick();
    const snap = match.snapshot();
    if (!snap || snap.shown.view.result !== null) return undos;
    const legal = legalMovesOfView(snap.shown.view);
    const move = legal[Math.trunc(pick() * legal.length)] as Move;
    match.play(move);
    await tick();
    const after = match.snapshot()?.shown.view;
    if (after && canUndo(after) && pick() < 0.6) {
      match.undo();
      undos++;
    }
  }
  return undos;
}

describe('saved local games', () => {
  // Seeds whose random games last past 30 moves (random play from the +5 start often reaches +20 early).
  it.each(['seed-b', 'seed-e', 'seed-f'])('a hot-seat game saved after random moves resumes to the identical state (%s)', async (seed) => {
    const first = startMatch({ mode: 'hot-seat', scenario: 'competing-visions', seed, decisionRule: 'majority' });
    expect(await playRandomly(first, `pick:${seed}`, 60)).toBeGreaterThan(0);
    const record = first.record?.() as GameRecord;
    expect(record.moves.length).toBeGreaterThan(30);
    const before = await shownState(first);
    const saves = new LocalSaves(memoryStore());
    saves.save({ id: 'abcd2345', savedAt: 1, record, aiNotes: [], over: false, summary: 'Hot-seat, round 2' });
    first.destroy();

    const loaded = saves.load('abcd2345');
    if (typeof loaded === 'string') throw new Error(loaded);
    expect(loaded.record).toEqual(record);
    expect(record.players).toEqual({ mode: 'hot-seat' });
    expect(record.setupData).toEqual({ scenario: 'competing-visions', demSeat: '0', decisionRule: 'majority' });
    const resumed = startMatch({
      mode: 'hot-seat', scenario: 'competing-visions', seed: loaded.record.seed, decisionRule: 'majority', moves: loaded.record.moves,
    });
    await resumed.restored;
    expect(await shownState(resumed)).toEqual(before);
    // The pure rules agree with the master on the same record.
    const G = replayRecord(record);
    if (typeof G === 'string') throw new Error(G);
    const shown = resumed.snapshot()?.shown.view as PlayerView;
    expect(G.worldOrder).toBe(shown.worldOrder);
    expect(G.countries).toEqual(shown.countries);
    expect(G.log.length).toBe(shown.log.length);
    resumed.destroy();
  });

  it('a resumed game whose saved move is not legal is refused, not half-played', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const match = startMatch({ mode: 'hot-seat', scenario: 'competing-visions', seed: 'x', moves: [{ seat: '0', move: 'pass', args: [] }] });
    await expect(match.restored).rejects.toThrow(/saved move 1 \(pass\) was refused/);
    match.destroy();
    logged.mockRestore();
  });

  it('damaged, foreign or unknown saves get a clear reason and change nothing', () => {
    const store = memoryStore();
    const saves = new LocalSaves(store);
    store.setItem('trust-and-leverage.local-games', JSON.stringify(['abcd2345', 'zzzz9999']));
    store.setItem('trust-and-leverage.local-game.abcd2345', '{not json');
    store.setItem('trust-and-leverage.local-game.zzzz9999', JSON.stringify({ id: 'zzzz9999', record: { format: 'chess' } }));
    const copy = new Map(store.map);
    expect(saves.load('abcd2345')).toMatch(/damaged \(not JSON\)/);
    expect(saves.load('zzzz9999')).toMatch(/not a Trust & Leverage game record/);
    expect(saves.load('nope')).toMatch(/not the name of a saved game/);
    expect(saves.load('aaaa2222')).toMatch(/no saved game aaaa2222/);
    const latest = saves.latestInProgress();
    expect(latest.save).toBeNull();
    expect(latest.problems).toHaveLength(2);
    expect(store.map).toEqual(copy);
    store.setItem('trust-and-leverage.local-games', '"oops"');
    expect(saves.latestInProgress()).toEqual({ save: null, problems: [] });
  });

  it('records from files are checked field by field and move by move', () => {
    const base = { format: 'trust-and-leverage/game-record', version: 1, players: { mode: 'hot-seat' }, setupData: {}, seed: 's', moves: [] };
    expect(parseGameRecordText('nope')).toMatch(/not JSON/);
    expect(parseGameRecord([])).toMatch(/not a Trust & Leverage game record/);
    expect(parseGameRecord({ ...base, version: 2 })).toMatch(/version 2/);
    expect(parseGameRecord({ ...base, seed: '' })).toMatch(/no valid seed/);
    expect(parseGameRecord({ ...base, setupData: { scenario: 'mars' } })).toMatch(/setup is invalid: unknown scenario/);
    expect(parseGameRecord({ ...base, players: { mode: 'solo', humanSide: 'dem', level: 'godlike' } })).toMatch(/players.level/);
    expect(parseGameRecord({ ...base, moves: [{ seat: '2', move: 'pass', args: [] }] })).toMatch(/move 1 is not/);
    expect(parseGameRecord({ ...base, moves: [{ seat: '0', move: 'castle', args: [] }] })).toMatch(/move 1: unknown move "castle"/);
    const ok = parseGameRecord({ ...base, moves: [{ seat: '0', move: 'pass', args: [] }] });
    if (typeof ok === 'string') throw new Error(ok);
    expect(replayRecord(ok)).toMatch(/Move 1 of the record is not legal there/);
  });
});
