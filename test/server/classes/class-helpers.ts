/** Helpers of the class API tests: requests with a teacher key, a class with students, waiting for a table. */
import { quizForm } from '../../../src/content/quiz';
import type { GameServer } from '../../../src/server/create-server';
import { lobby } from '../helpers';

export type Reply = Awaited<ReturnType<typeof lobby>>;

/** A request to the class API; `key` goes in `Authorization: Bearer`. */
export async function api(server: Pick<GameServer, 'url'>, method: string, path: string, options: { key?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply & { text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.raw !== undefined || options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = options.raw ?? JSON.stringify(options.body);
  }
  const response = await fetch(`${server.url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as Record<string, unknown>, text };
}

export interface MadeClass {
  code: string;
  key: string;
}

export async function makeClass(server: Pick<GameServer, 'url'>, body: Record<string, unknown> = {}): Promise<MadeClass> {
  const reply = await api(server, 'POST', '/classes', { body: { title: 'Period 3', ...body } });
  if (reply.status !== 201) throw new Error(`create failed: ${reply.status} ${reply.text}`);
  return { code: String(reply.json.classCode), key: String(reply.json.teacherKey) };
}

export interface Student {
  name: string;
  matchID: string;
  playerID: '0' | '1';
  playerCredentials: string;
  quiz: { pre: 'A' | 'B'; post: 'A' | 'B' };
}

export async function joinClass(server: Pick<GameServer, 'url'>, code: string, name: string): Promise<Student> {
  const reply = await api(server, 'POST', `/classes/${code}/join`, { body: { name } });
  if (reply.status !== 200) throw new Error(`join failed: ${reply.status} ${reply.text}`);
  return { name, ...(reply.json as unknown as Omit<Student, 'name'>) };
}

/** The grid's JSON, as the teacher sees it. */
export interface Grid {
  classCode: string;
  title: string;
  options: Record<string, unknown>;
  tables: {
    matchID: string; decisionRule: string; status: string; round: number; lastRound: number; worldOrder: number; onMove: string | null;
    players: Record<'dem' | 'aut', { playerID: string; name: string | null; holder: string }>; winner: string | null;
    keyMoments: { kind: string; round: number; text: string }[]; vetoes: number; outvotes: number; integrations: number; breakaways: number; slides: number;
  }[];
  students: { name: string; matchID: string; side: string | null; replacedByAi: boolean; quiz: { pre: boolean; post: boolean } }[];
  injects: { card: string; matches: string[] }[];
  summary: { decisionRule: string; tables: number; finished: number }[];
  quiz: { preCount: number; postCount: number; concepts: { concept: string; pre: number | null; post: number | null }[]; paired: { n: number; meanGain: number } };
}

export async function grid(server: Pick<GameServer, 'url'>, made: MadeClass): Promise<Grid> {
  const reply = await api(server, 'GET', `/classes/${made.code}`, { key: made.key });
  if (reply.status !== 200) throw new Error(`grid failed: ${reply.status} ${reply.text}`);
  return reply.json as unknown as Grid;
}

/** Polls the grid until `done` holds (or fails after `ms`). */
export async function gridUntil(server: Pick<GameServer, 'url'>, made: MadeClass, done: (g: Grid) => boolean, ms = 60_000): Promise<Grid> {
  const until = Date.now() + ms;
  for (;;) {
    const g = await grid(server, made);
    if (done(g)) return g;
    if (Date.now() > until) throw new Error(`grid never got there: ${JSON.stringify(g.tables.map((t) => [t.status, t.round]))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A complete sitting of `form`: every answer right, or every answer wrong. */
export function sitting(form: 'A' | 'B', right: boolean): Record<string, number> {
  return Object.fromEntries(quizForm(form).map((item) => [item.id, right ? item.answer : (item.answer + 1) % item.choices.length]));
}
