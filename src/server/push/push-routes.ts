/**
 * Web Push routes: `GET /games/push-key` (the server's VAPID public key, for the browser's
 * `pushManager.subscribe`; 404 when Web Push is off) and `POST /games/:name/:id/push`
 * `{ playerID, credentials, subscription }` (a Daily match's player registers their browser for
 * their seat; `subscription: null` unregisters).
 */
import type { Server } from 'boardgame.io';
import type { Context } from 'koa';
import { onlineOptionsOf } from '../clock/pace';
import { HttpError, readJsonObject } from '../lobby-http';
import { lobbyAccess, type LobbyOptions } from '../lobby-routes';
import { credentialsOf, onlyKeys, seatId } from '../lobby-validate';
import { parseSubscription, type PushSender, pushFieldsOf } from './push';

type Router = Parameters<typeof import('../lobby-routes').registerLobbyRoutes>[0];

export function registerPushRoutes(router: Router, options: LobbyOptions, sender: PushSender | null): void {
  const { db, maxBodyBytes, exclusive } = options;
  const { gameOf, metadataOf, checkSeat } = lobbyAccess(options);

  router.get('/games/push-key', (ctx: Context) => {
    if (!sender) throw new HttpError(404, 'Web Push is not configured on this server');
    ctx.body = { publicKey: sender.publicKey };
  });

  router.post('/games/:name/:id/push', async (ctx: Context) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials', 'subscription']);
    const playerID = seatId(body.playerID);
    const credentials = credentialsOf(body.credentials);
    if (!sender) throw new HttpError(404, 'Web Push is not configured on this server');
    const subscription = body.subscription === null ? null : parseSubscription(body.subscription);
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      await db.updateMetadata(matchID, (current) => {
        checkSeat(current, playerID, credentials);
        if (onlineOptionsOf(current).pace.kind !== 'daily') throw new HttpError(409, 'reminders are for Daily matches only');
        const { [playerID]: _old, ...others } = pushFieldsOf(current).push ?? {};
        return { ...current, push: subscription ? { ...others, [playerID]: subscription } : others } as Server.MatchData;
      });
      await db.flushed();
    });
    ctx.body = {};
  });
}
