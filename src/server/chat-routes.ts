/**
 * The chat's Lobby routes: `GET …/:code/chat` (the stored lines and whether free text is on: for
 * players and spectators), `POST …/:code/chat` `{ playerID, credentials, message }` (a seat's
 * holder says a phrase or, where allowed, free text), `POST …/:code/chat-free` `{ …, on }`
 * (a player turns free text on or off) and `POST …/:code/report` `{ …, line }` (a player reports
 * a line: kept with the match and written to the server's log for a moderator). New lines reach
 * every socket of the match as the event `chat-line` (boardgame.io's client keeps `chat` for itself).
 */
import type { Context } from 'koa';
import { type ChatLine, chatFieldsOf, chatRefusal, parseChatMessage, withChatLine } from './chat';
import { onlineOptionsOf } from './clock/pace';
import { HttpError, readJsonObject } from './lobby-http';
import { lobbyAccess, type LobbyOptions } from './lobby-routes';
import { credentialsOf, flag, onlyKeys, seatId } from './lobby-validate';

type Router = Parameters<typeof import('./lobby-routes').registerLobbyRoutes>[0];

/** The socket event that carries a new chat line to the match. */
export const CHAT_LINE_EVENT = 'chat-line';

export interface ChatWiring {
  /** Sends a new line to every socket of the match (the match bus). */
  announce: (matchID: string, line: ChatLine) => void;
  now: () => number;
  log: (message: string) => void;
}

export function registerChatRoutes(router: Router, options: LobbyOptions, wiring: ChatWiring): void {
  const { db, maxBodyBytes, exclusive } = options;
  const { gameOf, metadataOf, checkSeat } = lobbyAccess(options);

  const seated = async (ctx: Context, extra: string[]) => {
    const game = gameOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['playerID', 'credentials', ...extra]);
    return { game, body, playerID: seatId(body.playerID), credentials: credentialsOf(body.credentials) };
  };

  router.get('/games/:name/:id/chat', async (ctx: Context) => {
    const { metadata } = await metadataOf(ctx, gameOf(ctx));
    const fields = chatFieldsOf(metadata);
    ctx.body = { policy: onlineOptionsOf(metadata).chat, lines: fields.chat ?? [], free: fields.chatFree ?? {} };
  });

  router.post('/games/:name/:id/chat', async (ctx: Context) => {
    const { game, body, playerID, credentials } = await seated(ctx, ['message']);
    const message = parseChatMessage(body.message);
    if (typeof message === 'string') throw new HttpError(400, message);
    let line: ChatLine | null = null;
    let matchID = '';
    await exclusive(String(ctx.params.id), async () => {
      matchID = (await metadataOf(ctx, game)).matchID;
      await db.updateMetadata(matchID, (current) => {
        checkSeat(current, playerID, credentials);
        const refusal = chatRefusal(current, message);
        if (refusal !== null) throw new HttpError(403, refusal);
        const added = withChatLine(current, playerID, message, wiring.now());
        line = added.line;
        return added.metadata;
      });
      await db.flushed();
    });
    if (line) wiring.announce(matchID, line);
    ctx.body = { line };
  });

  router.post('/games/:name/:id/chat-free', async (ctx: Context) => {
    const { game, body, playerID, credentials } = await seated(ctx, ['on']);
    const on = flag(body.on, 'on');
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      await db.updateMetadata(matchID, (current) => {
        checkSeat(current, playerID, credentials);
        if (onlineOptionsOf(current).chat !== 'free') throw new HttpError(403, 'this match allows the fixed phrases only');
        return { ...current, chatFree: { ...chatFieldsOf(current).chatFree, [playerID]: on } } as typeof current;
      });
      await db.flushed();
    });
    ctx.body = {};
  });

  router.post('/games/:name/:id/report', async (ctx: Context) => {
    const { game, body, playerID, credentials } = await seated(ctx, ['line']);
    const lineId = body.line;
    if (typeof lineId !== 'number' || !Number.isSafeInteger(lineId)) throw new HttpError(400, 'line must be a line number');
    await exclusive(String(ctx.params.id), async () => {
      const { matchID } = await metadataOf(ctx, game);
      await db.updateMetadata(matchID, (current) => {
        checkSeat(current, playerID, credentials);
        const fields = chatFieldsOf(current);
        const line = (fields.chat ?? []).find((l) => l.id === lineId);
        if (!line) throw new HttpError(404, 'there is no such line');
        if (line.seat === playerID) throw new HttpError(400, 'you cannot report your own line');
        wiring.log(`chat report in ${matchID}: seat ${playerID} reports line ${lineId} (${JSON.stringify(line).slice(0, 400)})`);
        return { ...current, chatReports: [...(fields.chatReports ?? []), { line: lineId, by: playerID, at: wiring.now() }].slice(-MAX_REPORTS) } as typeof current;
      });
      await db.flushed();
    });
    ctx.body = {};
  });
}

const MAX_REPORTS = 100;
