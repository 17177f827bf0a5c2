/**
 * The instructor room's HTTP API (README, "Classes"): `POST /classes`, `POST /classes/:code/join`,
 * `GET /classes/:code` (the live grid), `GET /classes/:code/export.csv` and `export.json`,
 * `DELETE /classes/:code`, and the teacher's actions (`POST …/tables/:matchID/ai`,
 * `POST …/inject`) with `Authorization: Bearer TEACHER_KEY`; the student's quiz
 * (`POST …/quiz`) and taking their seat back from the AI (`POST …/return`) with their seat's
 * credentials. No answer to a student or to a class code holds
 * anything of a hand, a deck or another student's seat.
 */
import type { Context } from 'koa';
import type { AiLevel } from '../../ai';
import { AI_LEVELS } from '../../ai';
import { HttpError, readJsonObject } from '../lobby-http';
import { credentialsOf, displayName, onlyKeys, seatId } from '../lobby-validate';
import type { registerLobbyRoutes } from '../lobby-routes';
import { bearerKey, classCodeOf } from './class-http';
import { quizBodyOf } from './class-quiz';
import type { ClassService } from './class-service';
import { classOptionsOf } from './class-validate';

type Router = Parameters<typeof registerLobbyRoutes>[0];

function codeOf(ctx: Context): string {
  const code = classCodeOf(ctx.params.code);
  if (code === null) throw new HttpError(404, 'there is no class with this code');
  return code;
}

/** The teacher's key, then the class's code: 401 without a key comes before 404 and 403. */
function teacher(ctx: Context): { code: string; key: string } {
  const key = bearerKey(ctx);
  return { code: codeOf(ctx), key };
}

function levelOf(value: unknown): AiLevel | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (AI_LEVELS as readonly string[]).includes(value)) return value as AiLevel;
  throw new HttpError(400, `level must be one of ${AI_LEVELS.join(', ')}`);
}

export function registerClassRoutes(router: Router, service: ClassService, maxBodyBytes: number): void {
  router.post('/classes', async (ctx: Context) => {
    const { title, options } = classOptionsOf(await readJsonObject(ctx, maxBodyBytes));
    ctx.status = 201;
    ctx.body = await service.create(title, options);
  });

  router.post('/classes/:code/join', async (ctx: Context) => {
    const code = codeOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['name']);
    ctx.body = await service.join(code, displayName(body.name, 'name'));
  });

  // A student takes back the seat the AI was given (their seat's credentials from joining).
  router.post('/classes/:code/return', async (ctx: Context) => {
    const code = codeOf(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['matchID', 'playerID', 'credentials']);
    if (typeof body.matchID !== 'string' || body.matchID.length > 64) throw new HttpError(400, 'matchID of your seat is required');
    await service.returnSeat(code, { matchID: body.matchID, playerID: seatId(body.playerID), credentials: credentialsOf(body.credentials) });
    ctx.body = {};
  });

  router.post('/classes/:code/quiz', async (ctx: Context) => {
    const code = codeOf(ctx);
    await service.recordQuiz(code, quizBodyOf(await readJsonObject(ctx, maxBodyBytes)));
    ctx.body = {};
  });

  router.get('/classes/:code', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await service.grid(code, key);
  });

  router.get('/classes/:code/export.csv', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    const csv = await service.csv(code, key);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="class-${code}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = csv;
  });

  router.get('/classes/:code/export.json', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    const data = await service.exportJson(code, key);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Disposition', `attachment; filename="class-${code}.json"`);
    ctx.body = data;
  });

  router.delete('/classes/:code', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    await service.remove(code, key);
    ctx.status = 204;
  });

  router.post('/classes/:code/tables/:matchID/ai', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['seat', 'level']);
    await service.fillSeat(code, key, String(ctx.params.matchID), seatId(body.seat), levelOf(body.level));
    ctx.body = {};
  });

  router.post('/classes/:code/inject', async (ctx: Context) => {
    const { code, key } = teacher(ctx);
    const body = await readJsonObject(ctx, maxBodyBytes);
    onlyKeys(body, ['card']);
    ctx.body = await service.inject(code, key, body.card);
  });
}
