/**
 * Lobby routes beyond boardgame.io's basic set: giving a free seat to the server's AI, and
 * boardgame.io's `playAgain` (a rematch both players reach through the same next match code).
 */
import type { Server } from 'boardgame.io';
import type { Context } from 'koa';
import { AI_LEVELS, type AiLevel } from '../ai';
import { aiLevelOf } from './ai-seats';
import { HttpError, readJsonObject } from './lobby-http';
import { createSeededMatch, lobbyAccess, type LobbyOptions, twoPlayers } from './lobby-routes';
import { credentialsOf, onlyKeys, seatId } from './lobby-validate';
import { newCredentials } from './secrets';

type Router = Parameters<typeof import('./lobby-routes').registerLobbyRoutes>[0];

const LEVEL_NAMES: Readonly<Record<AiLevel, string>> = { easy: 'Easy', normal: 'Normal', hard: 'Hard' };

function aiLevel(value: unknown): AiLevel {
  if (typeof value === 'string' && (AI_LEVELS as readonly string[]).includes(value)) return value as AiLevel;
  throw new HttpError(400, `level must be one of ${AI_LEVELS.join(', ')}`);
}

/** A seat played by the server's AI: its name says so, its credentials never leave the server. */
export function aiPlayer(id: number, level: AiLevel): Server.PlayerMetadata {
  return { id, name: `AI (${LEVEL_NAMES[level]})`, credentials: newCredentials(), data: { ai: level } };
}

export function registerSeatRoutes(router: Router, options: LobbyOptions): void {
  const { db, maxBodyBytes, exclusive } = options;
  const { gameOf, metadataOf, checkSeat } = lobbyAccess(options);

  // Body: { playerID, credentials } of the requester's own seat, and the free `seat` and `level` for the AI.
  router.post('/games/:name/:id/ai', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials', 'seat', 'level']);
    const playerID = seatId(body.playerID);
    const credentials = credentialsOf(body.credentials);
    const seat = seatId(body.seat);
    const level = aiLevel(body.level);
    if (seat === playerID) throw new HttpError(400, 'the AI takes the other seat, not your own');
    let matchID = '';
    await exclusive(String(ctx.params.id), async () => {
      matchID = (await metadataOf(ctx, game)).matchID;
      await db.updateMetadata(matchID, (metadata) => {
        checkSeat(metadata, playerID, credentials);
        if (metadata.gameover !== undefined && metadata.gameover !== null) throw new HttpError(409, 'the game is over');
        if (metadata.players[Number(seat)]?.name !== undefined) throw new HttpError(409, `seat ${seat} is taken`);
        metadata.players[Number(seat)] = aiPlayer(Number(seat), level);
        return metadata;
      });
      await db.flushed();
    });
    options.onSeatsChanged?.(matchID);
    ctx.body = {};
  });

  // boardgame.io's rematch: the first call creates the next match (same rules, AI seats kept), later calls return it.
  router.post('/games/:name/:id/playAgain', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials', 'numPlayers', 'setupData', 'unlisted']);
    const playerID = seatId(body.playerID);
    const credentials = credentialsOf(body.credentials);
    twoPlayers(body.numPlayers);
    let nextMatchID = '';
    await exclusive(String(ctx.params.id), async () => {
      const { matchID, metadata } = await metadataOf(ctx, game);
      checkSeat(metadata, playerID, credentials);
      // A class's table is the teacher's: a rematch would take the students out of the class.
      if ((metadata as { inClass?: unknown }).inClass === true) throw new HttpError(409, 'this is a class match: your teacher starts the next game');
      if (metadata.nextMatchID) {
        nextMatchID = metadata.nextMatchID;
        return;
      }
      const ai: Server.MatchData['players'] = {};
      for (const [id, player] of Object.entries(metadata.players)) {
        const level = aiLevelOf(player);
        if (level) ai[Number(id)] = aiPlayer(Number(id), level);
      }
      const unlisted = body.unlisted === undefined ? metadata.unlisted === true : body.unlisted === true;
      const online = (metadata as { online?: unknown }).online;
      const created = await createSeededMatch(db, game, body.setupData ?? metadata.setupData, unlisted, ai, online === undefined ? {} : { online });
      nextMatchID = created;
      // Another process may have made the rematch meanwhile: then both players go to that one.
      await db.updateMetadata(matchID, (current) => {
        if (current.nextMatchID) {
          nextMatchID = current.nextMatchID;
          return null;
        }
        return { ...current, nextMatchID: created };
      });
      if (nextMatchID !== created) await db.wipe(created);
      await db.flushed();
    });
    options.onSeatsChanged?.(nextMatchID);
    ctx.body = { nextMatchID };
  });
}
