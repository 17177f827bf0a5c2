/**
 * Runs move lists through boardgame.io's own reducer and through the pure rules, so that tests
 * can compare the two. A game is its seed, its setup data and its moves in boardgame.io form.
 */
import type { Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import {
  type ActionLogEntry, createAlea, rebuildLog, createGame, type GameState, legalMoves, MOVE_NAMES, type Move, type MoveKind, parseMove, type Seat,
  type SetupData, sideOfSeat, toBgioMove, TrustAndLeverage, tryMove,
} from '../../src/game';

/** One move as a client sends it: the seat, the boardgame.io move name and its arguments. */
export interface BgioMove {
  seat: Seat;
  move: string;
  args: unknown[];
}

/** A whole game: replaying its moves from its seed and setup reproduces it exactly. */
export interface GameRecord {
  seed: string;
  setupData?: SetupData;
  moves: BgioMove[];
}

const KIND_OF: Readonly<Record<string, MoveKind>> = Object.fromEntries(
  Object.entries(MOVE_NAMES).map(([kind, name]) => [name, kind as MoveKind]),
);

/** The Game with a fixed seed (boardgame.io otherwise seeds from the clock). */
export function seededGame(seed: string): Game<GameState> {
  return { ...TrustAndLeverage, seed } as Game<GameState>;
}

/** A boardgame.io move in the rules' own form (throws on an unknown move name or bad arguments). */
export function fromBgioMove(m: Pick<BgioMove, 'move' | 'args'>): Move {
  const kind = KIND_OF[m.move];
  if (kind === undefined) throw new Error(`unknown boardgame.io move: ${m.move}`);
  const move = parseMove(kind, m.args);
  if (typeof move === 'string') throw new Error(move);
  return move;
}

/** boardgame.io's reducer, stepped one action at a time, as the master runs it. */
export class BgioMatch {
  state: State<GameState>;
  /** boardgame.io's action log, as the master stores it (each move's log lines ride in it). */
  readonly actions: ActionLogEntry[] = [];
  private readonly reduce: ReturnType<typeof CreateGameReducer>;

  constructor(record: Pick<GameRecord, 'seed' | 'setupData'>) {
    const game = seededGame(record.seed);
    this.state = InitializeGame({ game, numPlayers: 2, setupData: record.setupData }) as State<GameState>;
    this.reduce = CreateGameReducer({ game });
  }

  /** Dispatches one move; returns the error type when boardgame.io refused it (state unchanged). */
  move(m: BgioMove): string | null {
    return this.dispatch({ type: 'MAKE_MOVE', payload: { type: m.move, args: m.args, playerID: m.seat } });
  }

  /** Dispatches a raw action, as a client could send it to the master; returns the error type on refusal. */
  dispatch(action: { type: 'MAKE_MOVE' | 'GAME_EVENT'; payload: { type: string; args: unknown[]; playerID: string } }): string | null {
    const next = this.reduce(this.state, action as never);
    const { transients, ...state } = next as typeof next & { transients?: { error?: { type: string } } };
    if (transients?.error) return transients.error.type;
    this.state = state as State<GameState>;
    this.actions.push(...((state as { deltalog?: ActionLogEntry[] }).deltalog ?? []));
    return null;
  }

  /** G with its full log put back from the action log, comparable with the pure rules' state. */
  fullG(): GameState {
    return { ...this.state.G, log: rebuildLog(this.actions, this.state.G.log) };
  }
}

/** Replays a record through boardgame.io; throws at the first move it refuses. */
export function replayBgio(record: GameRecord, onMove?: (match: BgioMatch, index: number) => void): BgioMatch {
  const match = new BgioMatch(record);
  record.moves.forEach((m, i) => {
    const error = match.move(m);
    if (error !== null) throw new Error(`boardgame.io refused move ${i} (${JSON.stringify(m)}): ${error}`);
    onMove?.(match, i);
  });
  return match;
}

/** Replays a record through the pure rules with `createAlea(seed)`; throws at the first illegal move. */
export function replayPure(record: GameRecord, onMove?: (G: GameState, index: number) => void) {
  const rng = createAlea(record.seed);
  const G = createGame(record.setupData, rng);
  record.moves.forEach((m, i) => {
    const side = sideOfSeat(G, m.seat);
    if (side === null) throw new Error(`move ${i}: seat ${m.seat} plays no side`);
    const error = tryMove(G, side, fromBgioMove(m), rng);
    if (error !== null) throw new Error(`rules refused move ${i} (${JSON.stringify(m)}): ${error}`);
    onMove?.(G, i);
  });
  return { G, rng };
}

/** Plays a random game through the pure rules (uniform among legal moves) and records it. */
export function recordRandomGame(seed: string, setupData?: SetupData, pickSeed = `pick:${seed}`): GameRecord & { G: GameState } {
  const rng = createAlea(seed);
  const pick = createAlea(pickSeed);
  const G = createGame(setupData, rng);
  const moves: BgioMove[] = [];
  while (G.result === null) {
    const options = legalMoves(G, G.active);
    if (options.length === 0 || moves.length > 5_000) throw new Error(`stuck in round ${G.round}`);
    const move = options[Math.trunc(pick() * options.length)] as Move;
    const seat = G.seats[G.active];
    const error = tryMove(G, G.active, move, rng);
    if (error !== null) throw new Error(`legalMoves listed an illegal move: ${error}`);
    moves.push({ seat, ...toBgioMove(move) });
  }
  return setupData === undefined ? { seed, moves, G } : { seed, setupData, moves, G };
}
