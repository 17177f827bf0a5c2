/**
 * The Lobby API, in place of boardgame.io's routes and at the same paths (so boardgame.io's
 * `LobbyClient` works): every body validated, each match seeded from `crypto`, short match codes,
 * credentials on every seat, no secret ever echoed, and writes serialized with the match's moves.
 * Metadata changes are checked and made in one atomic `updateMetadata` (never a whole write of
 * what was read earlier), so a change made meanwhile by another process is neither lost nor
 * overlooked by a check.
 */
import type { Game, LobbyAPI, Server } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { Server as BgioServer } from 'boardgame.io/server';
import type { Context } from 'koa';
import { type Seat, SEATS } from '../game';
import { aiLevelOf } from './ai-seats';
import { publicClockFields, hasKeptSeat } from './clock/clock-public';
import { parseOnlineOptions } from './clock/pace';
import { HttpError, readJsonObject } from './lobby-http';
import { credentialsOf, displayName, flag, onlyKeys, seatId } from './lobby-validate';
import { isMatchCode, newCredentials, newMatchCode, newSeed, secretsEqual } from './secrets';
import type { Storage } from './storage-api';

type Router = ReturnType<typeof BgioServer>['router'];

/** Runs a task after every earlier task on the same match (shared with the socket transport). */
export type Exclusive = (matchID: string, task: () => Promise<void>) => Promise<void>;

export interface LobbyOptions {
  games: readonly Game[];
  db: Storage;
  maxBodyBytes: number;
  exclusive: Exclusive;
  /** Called when a match's seats changed in a way the server AI must look at (a seat given to it, a rematch). */
  onSeatsChanged?: (matchID: string) => void;
}

/** Looks up what a Lobby request names, or throws the HttpError to answer with. */
export function lobbyAccess(options: Pick<LobbyOptions, 'games' | 'db'>) {
  const { db } = options;
  const gameOf = (ctx: Context): Game => {
    const game = options.games.find((g) => g.name === ctx.params.name);
    if (!game) throw new HttpError(404, 'unknown game');
    return game;
  };
  const metadataOf = async (ctx: Context, game: Game): Promise<{ matchID: string; metadata: Server.MatchData }> => {
    const matchID: unknown = ctx.params.id;
    if (!isMatchCode(matchID)) throw new HttpError(404, 'there is no match with this code');
    const { metadata } = await db.fetch(matchID, { metadata: true });
    if (!metadata || metadata.gameName !== game.name) throw new HttpError(404, 'there is no match with this code');
    return { matchID, metadata };
  };
  const checkSeat = (metadata: Server.MatchData, playerID: Seat, credentials: string) => {
    if (!secretsEqual(credentials, metadata.players[Number(playerID)]?.credentials)) throw new HttpError(403, 'wrong credentials for this seat');
  };
  return { gameOf, metadataOf, checkSeat };
}

/** Checks the `numPlayers` of a create or rematch body: absent, or 2. */
export function twoPlayers(value: unknown): void {
  if (value !== undefined && value !== 2 && value !== '2') throw new HttpError(400, 'this game is for 2 players');
}

/** Most matches listed at once. */
const LIST_LIMIT = 100;

/** A match as the Lobby shows it: credentials stripped, player data reduced to public fields. */
export function publicMatch(matchID: string, metadata: Server.MatchData): LobbyAPI.Match {
  const players = Object.values(metadata.players).map(({ id, name, isConnected, data }) => {
    const ai = aiLevelOf({ id, data });
    return { id, ...(name === undefined ? {} : { name }), ...(isConnected === undefined ? {} : { isConnected }), ...(ai ? { data: { ai } } : {}) };
  });
  const { setupData, gameover, unlisted, createdAt, updatedAt, gameName, nextMatchID } = metadata;
  return { matchID, gameName, players, setupData, gameover, unlisted, createdAt, updatedAt, ...(nextMatchID ? { nextMatchID } : {}), ...publicClockFields(metadata) };
}

/** Replaces `demSeat: "random"` with a seat drawn from `crypto`. */
function randomizeSides(setupData: unknown): unknown {
  if (typeof setupData !== 'object' || setupData === null || Array.isArray(setupData)) return setupData;
  const record = setupData as Record<string, unknown>;
  return record.demSeat === 'random' ? { ...record, demSeat: SEATS[newSeed().charCodeAt(0) % 2] } : record;
}

/**
 * Creates a match with a seed from `crypto` under a fresh short code, durably; `players` may
 * prefill seats (a rematch keeps its AI seats). Throws a 400 when the game refuses the setup.
 */
export async function createSeededMatch(
  db: Storage, game: Game, setupData: unknown, unlisted: boolean, players?: Server.MatchData['players'], extra: Record<string, unknown> = {},
): Promise<string> {
  const match = createMatch({ game: { ...game, seed: newSeed() }, numPlayers: 2, setupData: randomizeSides(setupData), unlisted });
  if ('setupDataError' in match) throw new HttpError(400, match.setupDataError);
  if (players) Object.assign(match.metadata.players, players);
  Object.assign(match.metadata, extra);
  let matchID = newMatchCode();
  for (let tries = 0; (await db.fetch(matchID, { metadata: true })).metadata; tries += 1) {
    if (tries > 10) throw new Error('no free match code');
    matchID = newMatchCode();
  }
  await db.createMatch(matchID, match);
  await db.flushed();
  return matchID;
}

/** Registers the Lobby routes on boardgame.io's router. */
export function registerLobbyRoutes(router: Router, options: LobbyOptions): void {
  const { db, maxBodyBytes, exclusive } = options;
  const { gameOf, metadataOf, checkSeat } = lobbyAccess(options);

  router.get('/games', (ctx: Context) => {
    ctx.body = options.games.map((g) => g.name);
  });

  router.post('/games/:name/create', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['numPlayers', 'setupData', 'unlisted', 'options']);
    twoPlayers(body.numPlayers);
    const unlisted = flag(body.unlisted, 'unlisted');
    // Pace, stand-in AI, abandonment and chat (clock/pace.ts); absent: Live, Normal, allowed, phrases.
    const online = parseOnlineOptions(body.options, unlisted);
    if (typeof online === 'string') throw new HttpError(400, online);
    const matchID = await createSeededMatch(db, game, body.setupData, unlisted, undefined, { online });
    ctx.body = { matchID } satisfies LobbyAPI.CreatedMatch;
  });

  router.get('/games/:name', async (ctx: Context) => {
    const game = gameOf(ctx);
    const ids = await db.listMatches({ gameName: game.name, where: { isGameover: false } });
    const matches: LobbyAPI.Match[] = [];
    for (const matchID of ids) {
      if (matches.length >= LIST_LIMIT) break;
      const { metadata } = await db.fetch(matchID, { metadata: true });
      // A match whose seat the AI keeps for an absent player is no longer offered to watch.
      if (metadata && !metadata.unlisted && !hasKeptSeat(metadata)) matches.push(publicMatch(matchID, metadata));
    }
    ctx.body = { matches } satisfies LobbyAPI.MatchList;
  });

  router.get('/games/:name/:id', async (ctx: Context) => {
    const { matchID, metadata } = await metadataOf(ctx, gameOf(ctx));
    ctx.body = publicMatch(matchID, metadata);
  });

  router.post('/games/:name/:id/join', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'playerName']);
    const name = displayName(body.playerName);
    const wanted = seatId(body.playerID, true);
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      const playerCredentials = newCredentials();
      let playerID: Seat | undefined;
      await db.updateMetadata(matchID, (metadata) => {
        // A finished, abandoned or closed match takes nobody new.
        if (metadata.gameover !== undefined && metadata.gameover !== null) throw new HttpError(409, 'the match is over');
        const free = SEATS.filter((seat) => metadata.players[Number(seat)]?.name === undefined);
        playerID = wanted ?? free[0];
        if (playerID === undefined) throw new HttpError(409, 'the match is full');
        if (!free.includes(playerID)) throw new HttpError(409, `seat ${playerID} is taken`);
        const seat = metadata.players[Number(playerID)];
        metadata.players[Number(playerID)] = { ...seat, id: Number(playerID), name, credentials: playerCredentials };
        return metadata;
      });
      await db.flushed();
      ctx.body = { playerID: playerID!, playerCredentials } satisfies LobbyAPI.JoinedMatch;
    });
    options.onSeatsChanged?.(String(ctx.params.id));
  });

  router.post('/games/:name/:id/leave', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials']);
    const playerID = seatId(body.playerID);
    const credentials = credentialsOf(body.credentials);
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      let anyone = true;
      await db.updateMetadata(matchID, (metadata) => {
        checkSeat(metadata, playerID, credentials);
        const { id, data } = metadata.players[Number(playerID)] ?? { id: Number(playerID) };
        metadata.players[Number(playerID)] = { id, ...(data === undefined ? {} : { data }) };
        anyone = Object.values(metadata.players).some((p) => p.name !== undefined);
        return metadata;
      });
      const { state } = await db.fetch(matchID, { state: true });
      if (!anyone && (state?._stateID ?? 0) === 0) await db.wipe(matchID);
      await db.flushed();
      ctx.body = {};
    });
  });

  router.post('/games/:name/:id/update', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials', 'newName']);
    const playerID = seatId(body.playerID);
    const credentials = credentialsOf(body.credentials);
    const name = displayName(body.newName, 'newName');
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      await db.updateMetadata(matchID, (metadata) => {
        checkSeat(metadata, playerID, credentials);
        const seat = metadata.players[Number(playerID)];
        if (seat) seat.name = name;
        return metadata;
      });
      await db.flushed();
      ctx.body = {};
    });
  });
}
