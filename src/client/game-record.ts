/**
 * A game record: a local game is its setup, its seed and its moves (boardgame.io form), so that
 * replaying the moves from the seed rebuilds it exactly. Saved games (local-saves.ts) and
 * downloaded replays use it. Records from outside (a file, a link, the device's storage) are
 * untrusted: `parseGameRecord` checks their shape and `replayRecord` their every move.
 */
import type { AiLevel } from '../ai';
// The rules' own modules, not '../game' (which brings boardgame.io): the menu reads saved records.
import { CARD, type CardId, isCardId } from '../game/data/cards';
import { applyInject, checkInject, INJECT_MOVE } from '../game/inject';
import { MOVE_NAMES, type Move, type MoveKind, parseMove, tryMove } from '../game/moves';
import { createAlea } from '../game/rng';
import { createGame, type SetupData, validateSetupData } from '../game/setup';
import type { GameState } from '../game/state';
import type { Seat, Side } from '../game/types';
import { sideOfSeat } from '../game/view';

export const RECORD_FORMAT = 'trust-and-leverage/game-record';
export const RECORD_VERSION = 1;
/** Far above any real game (about 200 moves): a bound on what a file may make us replay. */
const MAX_MOVES = 5_000;

/** One move as a seat sent it: the boardgame.io move name and its arguments. */
export interface RecordedMove {
  readonly seat: Seat;
  readonly move: string;
  readonly args: readonly unknown[];
}

/** Who played: solo (the human's side and the AI's level), hot-seat, or online (a server's match, named by its code). */
export type RecordPlayers =
  | { readonly mode: 'solo'; readonly humanSide: 'dem' | 'aut'; readonly level: AiLevel }
  | { readonly mode: 'hot-seat' }
  | { readonly mode: 'online'; readonly matchID: string };

export interface GameRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly version: typeof RECORD_VERSION;
  readonly players: RecordPlayers;
  readonly setupData: SetupData;
  readonly seed: string;
  readonly moves: readonly RecordedMove[];
}

const KIND_OF: Readonly<Record<string, MoveKind>> = Object.fromEntries(
  Object.entries(MOVE_NAMES).map(([kind, name]) => [name, kind as MoveKind]),
);
const LEVELS: readonly string[] = ['easy', 'normal', 'hard'];

const isWorldCard = (card: unknown): boolean => isCardId(card) && CARD[card].side === 'world';

/** A recorded move in the rules' own form, or why it is not one. */
export function moveOfRecord(m: Pick<RecordedMove, 'move' | 'args'>): Move | string {
  const kind = KIND_OF[m.move];
  return kind === undefined ? `unknown move "${String(m.move).slice(0, 40)}"` : parseMove(kind, m.args as unknown[]);
}

function parsePlayers(value: unknown): RecordPlayers | string {
  const p = value as Record<string, unknown> | null;
  if (!p || typeof p !== 'object') return '"players" is missing';
  if (p['mode'] === 'hot-seat') return { mode: 'hot-seat' };
  if (p['mode'] === 'online') {
    const matchID = p['matchID'];
    return typeof matchID === 'string' && /^[A-Z0-9]{1,16}$/.test(matchID) ? { mode: 'online', matchID } : '"players.matchID" must be a match code';
  }
  if (p['mode'] !== 'solo') return '"players.mode" must be "solo", "hot-seat" or "online"';
  const humanSide = p['humanSide'];
  const level = p['level'];
  if (humanSide !== 'dem' && humanSide !== 'aut') return '"players.humanSide" must be "dem" or "aut"';
  if (typeof level !== 'string' || !LEVELS.includes(level)) return '"players.level" must be easy, normal or hard';
  return { mode: 'solo', humanSide, level: level as AiLevel };
}

function parseMoves(value: unknown): RecordedMove[] | string {
  if (!Array.isArray(value)) return '"moves" must be a list';
  if (value.length > MAX_MOVES) return `too many moves (${value.length}; at most ${MAX_MOVES})`;
  const moves: RecordedMove[] = [];
  for (const [i, raw] of value.entries()) {
    const m = raw as Record<string, unknown> | null;
    if (!m || typeof m !== 'object' || (m['seat'] !== '0' && m['seat'] !== '1') || typeof m['move'] !== 'string' || !Array.isArray(m['args'])) {
      return `move ${i + 1} is not { seat: "0" | "1", move, args }`;
    }
    const move = { seat: m['seat'], move: m['move'], args: m['args'] as unknown[] } as const;
    // A class's inject (src/game/inject.ts): a world event the server played between two moves.
    if (move.move === INJECT_MOVE) {
      if (!isWorldCard(move.args[0]) || move.args.length !== 1) return `move ${i + 1}: an inject takes one world event card`;
      moves.push(move);
      continue;
    }
    const parsed = moveOfRecord(move);
    if (typeof parsed === 'string') return `move ${i + 1}: ${parsed}`;
    moves.push(move);
  }
  return moves;
}

/** A game record from untrusted JSON data, or a sentence saying what is wrong with it. */
export function parseGameRecord(data: unknown): GameRecord | string {
  const r = data as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r) || r['format'] !== RECORD_FORMAT) return 'This is not a Trust & Leverage game record.';
  if (r['version'] !== RECORD_VERSION) return `This game record has version ${String(r['version'])}; this game reads version ${RECORD_VERSION}.`;
  if (typeof r['seed'] !== 'string' || r['seed'].length === 0 || r['seed'].length > 200) return 'The game record has no valid seed.';
  const setupError = validateSetupData(r['setupData']);
  if (setupError !== undefined || typeof r['setupData'] !== 'object') return `The game record's setup is invalid: ${setupError ?? 'it is missing'}.`;
  const players = parsePlayers(r['players']);
  if (typeof players === 'string') return `The game record is invalid: ${players}.`;
  const moves = parseMoves(r['moves']);
  if (typeof moves === 'string') return `The game record is invalid: ${moves}.`;
  return { format: RECORD_FORMAT, version: RECORD_VERSION, players, setupData: r['setupData'] as SetupData, seed: r['seed'], moves };
}

/** A game record from a JSON text (a file, the device's storage), or what is wrong with it. */
export function parseGameRecordText(text: string): GameRecord | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'This file is not JSON, so it is not a game record.';
  }
  return parseGameRecord(data);
}

/**
 * Replays the record through the pure rules (the same random draws as boardgame.io's, see
 * rng.ts) up to `upTo` moves (default all); `beforeMove` sees the state before each. Returns the state, or the first refused move and why.
 */
export function replayRecord(
  record: Pick<GameRecord, 'seed' | 'setupData' | 'moves'>,
  upTo = record.moves.length,
  beforeMove?: (G: GameState, side: Side, move: Move, index: number) => void,
): GameState | string {
  const rng = createAlea(record.seed);
  const G = createGame(record.setupData, rng);
  for (const [i, m] of record.moves.slice(0, upTo).entries()) {
    if (m.move === INJECT_MOVE) {
      const refused = checkInject(G, m.args[0]);
      if (refused !== null) return `Move ${i + 1} of the record is not legal there (${refused}).`;
      applyInject(G, m.args[0] as CardId, rng);
      continue;
    }
    const side = sideOfSeat(G, m.seat);
    const move = moveOfRecord(m);
    if (side !== null && typeof move !== 'string') beforeMove?.(G, side, move, i);
    const error = side === null ? 'no side' : typeof move === 'string' ? move : tryMove(G, side, move, rng);
    if (error !== null) return `Move ${i + 1} of the record is not legal there (${error}).`;
  }
  return G;
}
