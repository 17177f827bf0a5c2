/**
 * Lobby routes of the clock: a player takes their seat back from the stand-in AI
 * (`POST …/:code/return`), or ends the match as a win when the other seat was abandoned
 * (`POST …/:code/abandon`), each with their seat's credentials.
 */
import type { Context } from 'koa';
import { sideOfSeat, type GameState } from '../../game';
import { HttpError, readJsonObject } from '../lobby-http';
import { lobbyAccess, type LobbyOptions } from '../lobby-routes';
import { credentialsOf, onlyKeys, seatId } from '../lobby-validate';
import type { MatchClocks } from './clock-service';

type Router = Parameters<typeof import('../lobby-routes').registerLobbyRoutes>[0];

export function registerClockRoutes(router: Router, options: LobbyOptions, clocks: MatchClocks): void {
  const { db, maxBodyBytes, exclusive } = options;
  const { gameOf, metadataOf, checkSeat } = lobbyAccess(options);

  const seatRequest = async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials']);
    return { game, playerID: seatId(body.playerID), credentials: credentialsOf(body.credentials) };
  };

  router.post('/games/:name/:id/return', async (ctx: Context) => {
    const { game, playerID, credentials } = await seatRequest(ctx);
    await exclusive(String(ctx.params.id), async () => {
      const { matchID, metadata } = await metadataOf(ctx, game);
      checkSeat(metadata, playerID, credentials);
      await clocks.returnSeat(matchID, playerID);
    });
    ctx.body = {};
  });

  router.post('/games/:name/:id/abandon', async (ctx: Context) => {
    const { game, playerID, credentials } = await seatRequest(ctx);
    await exclusive(String(ctx.params.id), async () => {
      const { matchID, metadata } = await metadataOf(ctx, game);
      checkSeat(metadata, playerID, credentials);
      const { state } = await db.fetch(matchID, { state: true });
      const side = state ? sideOfSeat(state.G as GameState, playerID) : null;
      if (!side) throw new HttpError(409, 'the game has not started');
      const refusal = await clocks.claimAbandonment(matchID, playerID, side);
      if (refusal !== null) throw new HttpError(409, refusal);
    });
    ctx.body = {};
  });
}
