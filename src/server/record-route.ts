/**
 * `GET /games/:name/:id/record`: a finished match's game record (setup, seed, moves in effect),
 * in the format of src/client/game-record.ts, so the replay screen opens it and anyone can
 * download it (a match abandoned or closed midway too: its moves so far). The seed and the decks
 * are the match's secrets while it runs: before the end the route answers 409 having read
 * nothing but the match's metadata and current state (never its initial state or its log), and
 * says only that the match is not over. Unknown match: 404.
 */
import type { Game, LogEntry, Server, State } from 'boardgame.io';
import type { Server as BgioServer } from 'boardgame.io/server';
import type { Context } from 'koa';
import { type GameRecord, parseGameRecord, RECORD_FORMAT, RECORD_VERSION, replayRecord } from '../client/game-record';
import { MovesInEffect } from '../client/moves-in-effect';
import { SOCKET_MESSAGE_LIMITS, shapeProblem } from './input-bounds';
import { HttpError } from './lobby-http';
import { isMatchCode } from './secrets';
import type { Storage } from './storage-api';

type Router = ReturnType<typeof BgioServer>['router'];

export interface RecordRouteOptions {
  readonly games: readonly Game[];
  readonly db: Storage;
}

/** What a finished match's storage holds. */
interface FinishedMatch {
  readonly matchID: string;
  readonly metadata: Server.MatchData;
  readonly state: State;
  readonly initialState: State | undefined;
  readonly log: readonly LogEntry[];
}

/**
 * The record of a finished match, or why it cannot be made (a server fault: the stored log does
 * not rebuild the stored game). Every move's arguments stay within the socket's bounds, and the
 * record must pass the same checks as a file a player opens, and replay to the stored result.
 */
export function recordOfMatch(match: FinishedMatch): GameRecord | string {
  const seed = (match.initialState?.plugins?.['random']?.data as { seed?: unknown } | undefined)?.seed;
  if (typeof seed !== 'string') return 'the match has no stored seed';
  const moves = new MovesInEffect();
  moves.add(match.log);
  for (const [i, m] of moves.moves.entries()) {
    const shape = shapeProblem(m.args, SOCKET_MESSAGE_LIMITS);
    if (shape !== null) return `stored move ${i + 1} is ${shape}`;
  }
  const record = parseGameRecord({
    format: RECORD_FORMAT, version: RECORD_VERSION, players: { mode: 'online', matchID: match.matchID },
    setupData: match.metadata.setupData ?? {}, seed, moves: moves.moves,
  });
  if (typeof record === 'string') return record;
  const replayed = replayRecord(record);
  if (typeof replayed === 'string') return replayed;
  const stored = (match.state.G as { result?: unknown }).result;
  if (JSON.stringify(replayed.result) !== JSON.stringify(stored)) return 'the stored log does not rebuild the stored result';
  return record;
}

/** Registers the record route on boardgame.io's router. */
export function registerRecordRoute(router: Router, options: RecordRouteOptions): void {
  const { db } = options;
  router.get('/games/:name/:id/record', async (ctx: Context) => {
    // The path is all a request may carry: a body is refused before anything is read.
    if (Number(ctx.get('Content-Length') || '0') > 0 || ctx.get('Transfer-Encoding')) throw new HttpError(400, 'this request takes no body');
    if (!options.games.some((g) => g.name === ctx.params.name)) throw new HttpError(404, 'unknown game');
    const matchID: unknown = ctx.params.id;
    if (!isMatchCode(matchID)) throw new HttpError(404, 'there is no match with this code');
    const { metadata, state } = await db.fetch(matchID, { metadata: true, state: true });
    if (!metadata || !state || metadata.gameName !== ctx.params.name) throw new HttpError(404, 'there is no match with this code');
    // Over by the rules, or ended by abandonment or closed (clock/): either way no move is taken any more.
    if (state.ctx.gameover === undefined && (metadata.gameover ?? null) === null) {
      throw new HttpError(409, 'the match is not over: its record (with the seed) is given once the game has ended');
    }
    const { initialState, log } = await db.fetch(matchID, { initialState: true, log: true });
    const record = recordOfMatch({ matchID, metadata, state, initialState, log: log ?? [] });
    if (typeof record === 'string') throw new Error(`match ${matchID}: no record (${record})`);
    // A finished match never changes: its record may be kept.
    ctx.set('Cache-Control', 'public, max-age=86400, immutable');
    ctx.body = record;
  });
}
