/**
 * Validation of what a socket sends, before any of it reaches boardgame.io's master. Everything
 * here is untrusted: each parser returns a typed message or a reason fit to show to the sender.
 */
import { isSeat, type Seat } from '../game';
import { shapeProblem, SOCKET_MESSAGE_LIMITS } from './input-bounds';

/** A request to (re)join a match as a player or, with no seat, as a spectator. */
export interface SyncMessage {
  matchID: string;
  playerID: Seat | null;
  credentials: string | undefined;
}

/** The only client actions accepted: moves, and undo/redo of one's own last action. */
export type ClientActionType = 'MAKE_MOVE' | 'UNDO' | 'REDO';

/** A move (or undo/redo) in the canonical shape the master receives; nothing else is kept. */
export interface UpdateMessage {
  action: {
    type: ClientActionType;
    payload: { type: string | null; args: unknown[] | null; playerID: Seat; credentials: string };
  };
  stateID: number;
  matchID: string;
  playerID: Seat;
}

/** The largest serialized move arguments accepted, in characters. */
export const MAX_ARGS_CHARS = 2048;
const MATCH_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_CREDENTIALS = 256;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function seat(value: unknown): Seat | null | 'bad' {
  if (value === null || value === undefined) return null;
  return isSeat(value) ? value : 'bad';
}

function matchId(value: unknown): string | null {
  return typeof value === 'string' && MATCH_ID.test(value) ? value : null;
}

/** Parses the arguments of a `sync` message: matchID, playerID, credentials[, numPlayers]. */
export function parseSync(args: readonly unknown[]): SyncMessage | string {
  const shape = shapeProblem(args, SOCKET_MESSAGE_LIMITS);
  if (shape !== null) return `sync: the message is ${shape}`;
  const [rawMatch, rawPlayer, rawCredentials] = args;
  const matchID = matchId(rawMatch);
  if (matchID === null) return 'sync: matchID must be a match code';
  const playerID = seat(rawPlayer);
  if (playerID === 'bad') return 'sync: playerID must be "0", "1" or null (spectator)';
  if (rawCredentials !== undefined && rawCredentials !== null &&
    (typeof rawCredentials !== 'string' || rawCredentials.length > MAX_CREDENTIALS)) {
    return 'sync: credentials must be a string';
  }
  const credentials = typeof rawCredentials === 'string' ? rawCredentials : undefined;
  if (playerID !== null && credentials === undefined) return 'sync: a seat needs its credentials (join through the lobby)';
  return { matchID, playerID, credentials };
}

function actionType(type: unknown): ClientActionType | string {
  if (type === 'MAKE_MOVE' || type === 'UNDO' || type === 'REDO') return type;
  if (type === 'GAME_EVENT') return 'game events are not accepted: turns and phases follow the rules alone';
  return `action type ${JSON.stringify(type)?.slice(0, 40) ?? 'undefined'} is not accepted`;
}

function moveArgs(type: ClientActionType, rawArgs: unknown): unknown[] | null | string {
  if (type !== 'MAKE_MOVE') return null;
  if (rawArgs === undefined || rawArgs === null) return [];
  if (!Array.isArray(rawArgs)) return 'move arguments must be an array';
  if (JSON.stringify(rawArgs).length > MAX_ARGS_CHARS) return 'move arguments are too large';
  return rawArgs;
}

/**
 * Parses the arguments of an `update` message: action, stateID, matchID, playerID. `moveNames`
 * are the game's moves; the action is rebuilt from known fields only, so nothing a client adds
 * (extra fields, its credentials) reaches the log that other players receive.
 */
export function parseUpdate(args: readonly unknown[], moveNames: ReadonlySet<string>): UpdateMessage | string {
  // Before anything below walks it (JSON.stringify of a type or of the arguments is recursive).
  const shape = shapeProblem(args, SOCKET_MESSAGE_LIMITS);
  if (shape !== null) return `update: the message is ${shape}`;
  const [rawAction, rawStateID, rawMatch, rawPlayer] = args;
  const matchID = matchId(rawMatch);
  if (matchID === null) return 'update: matchID must be a match code';
  const playerID = seat(rawPlayer);
  if (playerID === 'bad' || playerID === null) return 'update: only a seated player ("0" or "1") can act';
  if (typeof rawStateID !== 'number' || !Number.isSafeInteger(rawStateID) || rawStateID < 0) {
    return 'update: stateID must be a whole number';
  }
  if (!isRecord(rawAction) || !isRecord(rawAction.payload)) return 'update: the action must be an object with a payload';
  const type = actionType(rawAction.type);
  if (type !== 'MAKE_MOVE' && type !== 'UNDO' && type !== 'REDO') return type;
  const { payload } = rawAction;
  if (payload.playerID !== playerID) return 'update: the action is for another seat';
  if (typeof payload.credentials !== 'string' || payload.credentials.length > MAX_CREDENTIALS) {
    return 'update: credentials are missing';
  }
  let name: string | null = null;
  if (type === 'MAKE_MOVE') {
    if (typeof payload.type !== 'string' || !moveNames.has(payload.type)) {
      return `unknown move ${JSON.stringify(payload.type)?.slice(0, 40) ?? 'undefined'}`;
    }
    name = payload.type;
  }
  const moveArguments = moveArgs(type, payload.args);
  if (typeof moveArguments === 'string') return moveArguments;
  return {
    action: { type, payload: { type: name, args: moveArguments, playerID, credentials: payload.credentials } },
    stateID: rawStateID,
    matchID,
    playerID,
  };
}
