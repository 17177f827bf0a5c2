/**
 * A solo game one move from its end, for bench:web's `debrief_ms`: a saved local game (the same
 * record and keys the app writes) whose next move, the human's End turn or Pass, ends the game.
 * Found by playing seeded random legal games with the pure rules, so it is the same every run.
 */
import { type GameRecord, RECORD_FORMAT, RECORD_VERSION, type RecordedMove, replayRecord } from '../../src/client/game-record';
import { LocalSaves } from '../../src/client/local-saves';
import type { KeyValueStore } from '../../src/client/seat-tickets';
import { createAlea, createGame, DEFAULT_SCENARIO, legalMoves, type Move, type SetupData, toBgioMove, tryMove } from '../../src/game';

/** The saved game's id (in its address, `#/local/ID`). */
export const END_GAME_ID = 'benchend';

/** The record of a seeded random solo game (the human plays the Democratic bloc, seat 0) up to just before a pass that ends it. */
function recordBeforeFinalPass(seed: string): GameRecord | null {
  const setupData: SetupData = { scenario: DEFAULT_SCENARIO, demSeat: '0' };
  const rng = createAlea(seed);
  const pick = createAlea(`pick-${seed}`);
  const G = createGame(setupData, rng);
  const moves: RecordedMove[] = [];
  const record = (list: readonly RecordedMove[]): GameRecord => ({
    format: RECORD_FORMAT, version: RECORD_VERSION, players: { mode: 'solo', humanSide: 'dem', level: 'easy' }, setupData, seed, moves: list,
  });
  while (G.result === null && moves.length < 2000) {
    const side = G.active;
    const legal = legalMoves(G, side);
    const pass: Move = { kind: 'pass' };
    if (side === 'dem' && legal.some((m) => m.kind === 'pass')) {
      const ended = replayRecord(record([...moves, { seat: G.seats[side], ...toBgioMove(pass) }]));
      if (typeof ended !== 'string' && ended.result !== null) return record(moves);
    }
    const move = legal[Math.floor(pick() * legal.length)]!;
    moves.push({ seat: G.seats[side], ...toBgioMove(move) });
    if (tryMove(G, side, move, rng) !== null) throw new Error('a legal move was refused');
  }
  return null;
}

/** The localStorage items of a saved solo game whose next move (the human's) ends it. */
export function endGameStorage(): Record<string, string> {
  for (let i = 0; i < 50; i++) {
    const record = recordBeforeFinalPass(`bench-end-${i}`);
    if (!record) continue;
    const items = new Map<string, string>();
    const store: KeyValueStore = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
    new LocalSaves(store).save({ id: END_GAME_ID, savedAt: Date.now(), record, aiNotes: [], over: false, summary: 'bench: one move from the end' });
    return Object.fromEntries(items);
  }
  throw new Error('no seeded game ends on a Democratic pass');
}
