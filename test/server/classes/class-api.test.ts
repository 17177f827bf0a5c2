/**
 * The class API (src/server/classes): every answer and refusal of `POST /classes`, `…/join`,
 * `GET /classes/:code`, the exports, `DELETE`, the teacher's actions (a seat to the AI, an
 * inject) and the quiz; what a student's answer and a class code reveal (no hand, no deck, no
 * other seat's credentials).
 */
import { describe, expect, it } from 'vitest';
import { connect, GAME, lastRefusal, lobby, startServer, sync } from '../helpers';
import { api, grid, gridUntil, joinClass, makeClass, sitting, type Student } from './class-helpers';

const fast = { aiPaceMs: 0, aiBudgetMs: 50 };

describe('POST /classes', () => {
  it('creates a class: 201 with a class code and a teacher key', async () => {
    const server = await startServer();
    const reply = await api(server, 'POST', '/classes', { body: { title: 'IR 101', decisionRule: 'majority', dependency: 2, pairing: 'ai', aiLevel: 'easy', split: true } });
    expect(reply.status).toBe(201);
    expect(reply.json.classCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(String(reply.json.teacherKey).length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(reply.json).sort()).toEqual(['classCode', 'teacherKey']);
    const g = await grid(server, { code: String(reply.json.classCode), key: String(reply.json.teacherKey) });
    expect(g.options).toEqual({ scenario: 'competing-visions', decisionRule: 'majority', dependency: 2, pairing: 'ai', aiLevel: 'easy', split: true, pace: { kind: 'live', turnSeconds: 60, bankSeconds: 180 } });
    expect(g.title).toBe('IR 101');
  });

  it.each([
    [{}, /title/],
    [{ title: '' }, /title/],
    [{ title: 'x'.repeat(81) }, /title/],
    [{ title: 'Bad \uD800 title' }, /surrogate/],
    [{ title: 'ok', scenario: 'atlantis' }, /scenario/],
    [{ title: 'ok', decisionRule: 'dictator' }, /decisionRule/],
    [{ title: 'ok', dependency: 6 }, /dependency/],
    [{ title: 'ok', dependency: '2' }, /dependency/],
    [{ title: 'ok', pairing: 'random' }, /pairing/],
    [{ title: 'ok', aiLevel: 'godlike' }, /aiLevel/],
    [{ title: 'ok', split: 'yes' }, /split/],
    [{ title: 'ok', pace: { kind: 'hourly' } }, /pace\.kind/],
    [{ title: 'ok', teacher: 'me' }, /unknown field/],
  ])('refuses %j with 400', async (body, reason) => {
    const server = await startServer();
    const reply = await api(server, 'POST', '/classes', { body });
    expect(reply.status).toBe(400);
    expect(String(reply.json.error)).toMatch(reason);
  });

  it('refuses bodies that are too large, too deep, not JSON or not an object', async () => {
    const server = await startServer({ maxBodyBytes: 1024 });
    expect((await api(server, 'POST', '/classes', { body: { title: 'x'.repeat(2000) } })).status).toBe(413);
    let deep: unknown = 'x';
    for (let i = 0; i < 20; i += 1) deep = [deep];
    expect((await api(server, 'POST', '/classes', { body: { title: 'ok', split: deep } })).status).toBe(400);
    expect((await api(server, 'POST', '/classes', { raw: '{"title":' })).status).toBe(400);
    expect((await api(server, 'POST', '/classes', { raw: '["x"]' })).status).toBe(400);
    expect((await api(server, 'POST', '/classes', { raw: 'title=x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
  });
});

describe('POST /classes/:code/join', () => {
  it('fills tables as students arrive; a split class alternates the rules; the answer holds only the seat', async () => {
    const server = await startServer();
    const made = await makeClass(server, { split: true, decisionRule: 'unanimity' });
    const [a, b, c] = [await joinClass(server, made.code, 'Ana'), await joinClass(server, made.code, 'Ben'), await joinClass(server, made.code.toLowerCase(), 'Cy')];
    expect(Object.keys(await api(server, 'POST', `/classes/${made.code}/join`, { body: { name: 'Dee' } }).then((r) => r.json)).sort())
      .toEqual(['matchID', 'playerCredentials', 'playerID', 'quiz']);
    expect(a.matchID).toBe(b.matchID);
    expect([a.playerID, b.playerID]).toEqual(['0', '1']);
    expect(c.matchID).not.toBe(a.matchID);
    expect(a.quiz).toEqual({ pre: 'A', post: 'B' });
    expect(b.quiz).toEqual({ pre: 'B', post: 'A' });
    const first = await lobby(server, `/games/${GAME}/${a.matchID}`);
    const second = await lobby(server, `/games/${GAME}/${c.matchID}`);
    expect((first.json.setupData as { decisionRule: string }).decisionRule).toBe('unanimity');
    expect((second.json.setupData as { decisionRule: string }).decisionRule).toBe('majority');
    expect(first.json.unlisted).toBe(true);
    // A class's match: no chat, no win by abandonment, the class's AI level stands in for an absent student.
    expect(first.json.online).toMatchObject({ chat: 'none', abandonment: false, standIn: 'normal' });
    const g = await grid(server, made);
    expect(g.tables.map((t) => [t.decisionRule, t.status])).toEqual([['unanimity', 'playing'], ['majority', 'playing']]);
    expect(g.summary.map((s) => [s.decisionRule, s.tables])).toEqual([['unanimity', 1], ['majority', 1]]);
  });

  it('a seat given to the AI from the game screen is not offered to the next student', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    const other = a.playerID === '0' ? '1' : '0';
    const given = await lobby(server, `/games/${GAME}/${a.matchID}/ai`, { playerID: a.playerID, credentials: a.playerCredentials, seat: other, level: 'easy' });
    expect(given.status).toBe(200);
    const b = await joinClass(server, made.code, 'Ben');
    expect(b.matchID).not.toBe(a.matchID);
    const g = await grid(server, made);
    expect(g.tables[0]?.players.dem.holder === 'ai' || g.tables[0]?.players.aut.holder === 'ai').toBe(true);
    expect(g.tables[0]?.status).toBe('playing');
  });

  it('refuses bad names, a name taken in the class, an unknown class and a malformed code', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    await joinClass(server, made.code, 'Ana');
    for (const name of ['', '   ', 'x'.repeat(25), 'Ann\uD800', 'a\u0000b', 42]) {
      const reply = await api(server, 'POST', `/classes/${made.code}/join`, { body: { name } });
      expect(reply.status, JSON.stringify(name)).toBe(400);
    }
    expect((await api(server, 'POST', `/classes/${made.code}/join`, { body: { name: 'ana' } })).status).toBe(409);
    expect((await api(server, 'POST', `/classes/${made.code}/join`, { body: { name: 'Bo', seat: '1' } })).status).toBe(400);
    expect((await api(server, 'POST', '/classes/ZZZZZZ/join', { body: { name: 'Bo' } })).status).toBe(404);
    expect((await api(server, 'POST', '/classes/not-a-code!/join', { body: { name: 'Bo' } })).status).toBe(404);
    expect((await grid(server, made)).students.map((s) => s.name)).toEqual(['Ana']);
  });

  it('against the AI: each student gets a table of their own, the AI at the class level plays the other seat', async () => {
    const server = await startServer(fast);
    const made = await makeClass(server, { pairing: 'ai', aiLevel: 'easy' });
    const a = await joinClass(server, made.code, 'Ana');
    const b = await joinClass(server, made.code, 'Ben');
    expect(a.matchID).not.toBe(b.matchID);
    expect(a.playerID).toBe('0');
    const g = await grid(server, made);
    for (const t of g.tables) {
      const seats = [t.players.dem, t.players.aut].sort((x, y) => x.playerID.localeCompare(y.playerID));
      expect(seats.map((s) => s.holder)).toEqual(['student', 'ai']);
      expect(seats[1]?.name).toBe('AI (Easy)');
    }
  });
});

describe('teacher routes: 401 without the key, 403 with another class\'s, 404 for an unknown class', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', ''], ['GET', '/export.csv'], ['GET', '/export.json'], ['DELETE', ''],
    ['POST', '/inject', { card: 'pandemic' }], ['POST', '/tables/ABCDEFGH/ai', { seat: '1' }],
  ];

  it.each(routes)('%s /classes/:code%s', async (method, suffix, body) => {
    const server = await startServer();
    const mine = await makeClass(server);
    const other = await makeClass(server);
    const send = (code: string, key?: string) => api(server, method, `/classes/${code}${suffix}`, { ...(key === undefined ? {} : { key }), ...(body === undefined ? {} : { body }) });
    expect((await send(mine.code)).status).toBe(401);
    expect((await send(mine.code, other.key)).status).toBe(403);
    expect((await send(mine.code, `${mine.key}x`)).status).toBe(403);
    expect((await send('ZZZZZZ', mine.key)).status).toBe(404);
    expect((await api(server, method, `/classes/${mine.code}${suffix}`, { headers: { authorization: `Basic ${mine.key}` }, ...(body === undefined ? {} : { body }) })).status).toBe(401);
    // Nothing was changed by the refusals.
    expect((await grid(server, mine)).tables).toEqual([]);
  });
});

describe('the grid, the seats and what stays hidden', () => {
  it('shows round, World Order, whose turn and names, and never a hand, a deck, a seed or credentials', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    await joinClass(server, made.code, 'Ben');
    const reply = await api(server, 'GET', `/classes/${made.code}`, { key: made.key });
    const table = (reply.json as unknown as { tables: { round: number; worldOrder: number; onMove: string; status: string }[] }).tables[0];
    expect(table).toMatchObject({ round: 1, onMove: 'aut', status: 'playing' });
    expect(typeof table?.worldOrder).toBe('number');
    for (const secret of ['"hand"', '"deck"', 'seed', 'redentials', a.playerCredentials, made.key]) expect(reply.text).not.toContain(secret);
    for (const path of ['/export.json', '/export.csv']) {
      const text = (await api(server, 'GET', `/classes/${made.code}${path}`, { key: made.key })).text;
      for (const secret of ['"hand"', '"deck"', 'seed', 'redentials', a.playerCredentials, made.key]) expect(text).not.toContain(secret);
    }
  });

  it('a student\'s credentials open their own seat only', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    const b = await joinClass(server, made.code, 'Ben');
    const peer = await connect(server);
    await expect(sync(peer, a.matchID, { playerID: b.playerID, credentials: a.playerCredentials })).rejects.toThrow(/refused/);
    const state = await sync(peer, a.matchID, { playerID: a.playerID, credentials: a.playerCredentials });
    // A seat's view holds its own hand only (the opponent's is hidden by the rules' playerView).
    const sides = (state.G as { sides: Record<string, { hand: unknown }> }).sides;
    const own = a.playerID === (state.G as { seats: { dem: string } }).seats.dem ? 'dem' : 'aut';
    expect(Array.isArray(sides[own]?.hand)).toBe(true);
    expect(Array.isArray(sides[own === 'dem' ? 'aut' : 'dem']?.hand)).toBe(false);
  });

  // Regression: Play again on a class table made a rematch outside the class.
  it('refuses a student\'s rematch: the class\'s tables are the teacher\'s', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    const again = await lobby(server, `/games/${GAME}/${a.matchID}/playAgain`, { playerID: a.playerID, credentials: a.playerCredentials });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.json)).toMatch(/class match/);
    const meta = await lobby(server, `/games/${GAME}/${a.matchID}`);
    expect((meta.json as { nextMatchID?: string }).nextMatchID).toBeUndefined();
    expect(JSON.stringify(meta.json)).not.toContain(made.code);
  });

  it('the teacher gives an empty seat, then a slow student\'s, to the AI, which plays it', async () => {
    const server = await startServer(fast);
    const made = await makeClass(server, { aiLevel: 'easy' });
    const a = await joinClass(server, made.code, 'Ana');
    expect((await grid(server, made)).tables[0]?.status).toBe('waiting');
    const seat = (playerID: string, level?: string) => api(server, 'POST', `/classes/${made.code}/tables/${a.matchID}/ai`, { key: made.key, body: { seat: playerID, ...(level ? { level } : {}) } });
    expect((await seat('2')).status).toBe(400);
    expect((await seat('1', 'godlike')).status).toBe(400);
    expect((await api(server, 'POST', `/classes/${made.code}/tables/ABCDEFGH/ai`, { key: made.key, body: { seat: '1' } })).status).toBe(404);
    expect((await seat('1')).status).toBe(200);
    expect((await seat('1')).status).toBe(409);
    // The AI took the empty seat; now it takes the student's too, and finishes the game.
    expect((await seat('0', 'easy')).status).toBe(200);
    const done = await gridUntil(server, made, (g) => g.tables[0]?.status === 'over', 120_000);
    expect(done.tables[0]?.winner).not.toBeNull();
    expect(done.students[0]).toMatchObject({ name: 'Ana', replacedByAi: true });
    expect((await seat('0')).status).toBe(409);
  }, 150_000);
});

describe('inject', () => {
  it('enters every running table as a move, skips a table still waiting for a player, refuses a non-world card and a client\'s inject', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const students: Student[] = [];
    for (const name of ['Ana', 'Ben', 'Cy', 'Dee', 'Eve']) students.push(await joinClass(server, made.code, name));
    const inject = (card: unknown) => api(server, 'POST', `/classes/${made.code}/inject`, { key: made.key, body: { card } });
    expect((await inject('aukus')).status).toBe(400);
    expect((await inject(7)).status).toBe(400);
    const reply = await inject('financial-crisis');
    expect(reply.status).toBe(200);
    const tables = (await grid(server, made)).tables.map((t) => t.matchID);
    // The third table has one student: the event enters it only if that student's side is on move.
    const answer = reply.json as { entered: string[]; skipped: string[] };
    expect(answer.entered.slice(0, 2)).toEqual(tables.slice(0, 2));
    expect([...answer.entered, ...answer.skipped].sort()).toEqual([...tables].sort());
    // Round 1 opens with the Autocratic side on move.
    const eve = students[4] as Student;
    const third = (await grid(server, made)).tables[2];
    expect(answer.entered.includes(eve.matchID)).toBe(third?.players.aut.playerID === eve.playerID);
    const g = await grid(server, made);
    expect(g.injects).toMatchObject([{ card: 'financial-crisis', matches: answer.entered }]);
    // The seat on move sees the event in its log; its state moved on by one.
    const peer = await connect(server);
    const ana = students[0] as Student;
    const state = await sync(peer, ana.matchID, { playerID: ana.playerID, credentials: ana.playerCredentials });
    expect(state._stateID).toBe(1);
    // A client cannot inject.
    const mover = students.find((s) => s.matchID === ana.matchID && s.playerID === state.ctx.currentPlayer) as Student;
    const moverPeer = await connect(server);
    await sync(moverPeer, mover.matchID, { playerID: mover.playerID, credentials: mover.playerCredentials });
    moverPeer.socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'inject', args: ['pandemic'], playerID: mover.playerID, credentials: mover.playerCredentials } }, 1, mover.matchID, mover.playerID);
    await moverPeer.next('refused');
    expect(lastRefusal(moverPeer)).toMatch(/teacher/);
  });
});

describe('quiz', () => {
  it('records each student\'s pre and post sittings once, with their own credentials, and summarizes them', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    const b = await joinClass(server, made.code, 'Ben');
    const post = (s: Student, phase: 'pre' | 'post', answers: Record<string, number>, credentials = s.playerCredentials) =>
      api(server, 'POST', `/classes/${made.code}/quiz`, { body: { matchID: s.matchID, playerID: s.playerID, credentials, phase, answers } });
    expect((await post(a, 'pre', sitting(a.quiz.pre, false), b.playerCredentials)).status).toBe(403);
    expect((await post(a, 'pre', sitting(a.quiz.post, false))).status).toBe(400);
    const partial = sitting(a.quiz.pre, false);
    delete partial[Object.keys(partial)[0] as string];
    expect((await post(a, 'pre', partial)).status).toBe(400);
    expect((await post(a, 'pre', { ...sitting(a.quiz.pre, false), Z99: 0 })).status).toBe(400);
    expect((await api(server, 'POST', `/classes/${made.code}/quiz`, { body: { matchID: a.matchID, playerID: a.playerID, credentials: a.playerCredentials, phase: 'during', answers: {} } })).status).toBe(400);
    expect((await post(a, 'pre', sitting(a.quiz.pre, false))).status).toBe(200);
    expect((await post(a, 'pre', sitting(a.quiz.pre, true))).status).toBe(409);
    expect((await post(b, 'pre', sitting(b.quiz.pre, true))).status).toBe(200);
    expect((await post(a, 'post', sitting(a.quiz.post, true))).status).toBe(200);
    expect((await post(b, 'post', sitting(b.quiz.post, true))).status).toBe(200);
    const g = await grid(server, made);
    expect(g.students.map((s) => s.quiz)).toEqual([{ pre: true, post: true }, { pre: true, post: true }]);
    expect(g.quiz.preCount).toBe(2);
    expect(g.quiz.postCount).toBe(2);
    expect(g.quiz.paired.n).toBe(2);
    expect(g.quiz.paired.meanGain).toBeCloseTo(0.5);
    for (const c of g.quiz.concepts.filter((x) => x.pre !== null)) {
      expect(c.pre).toBeCloseTo(0.5);
      expect(c.post).toBe(1);
    }
  });
});

describe('exports and deletion', () => {
  it('CSV: the columns, one row per table and scored round, names safe from spreadsheet formulas', async () => {
    const server = await startServer(fast);
    const made = await makeClass(server, { pairing: 'ai', aiLevel: 'easy' });
    const a = await joinClass(server, made.code, '=SUM(A1)');
    expect((await api(server, 'POST', `/classes/${made.code}/tables/${a.matchID}/ai`, { key: made.key, body: { seat: '0', level: 'easy' } })).status).toBe(200);
    const done = await gridUntil(server, made, (g) => g.tables[0]?.status === 'over', 120_000);
    const reply = await api(server, 'GET', `/classes/${made.code}/export.csv`, { key: made.key });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = reply.text.trim().split('\r\n');
    expect(lines[0]).toBe('class_code,match_id,round,dem_player,aut_player,decision_rule,world_order,dem_points,aut_points,vetoes,outvotes,integrations,breakaways,slides,winner');
    const table = done.tables[0] as (typeof done.tables)[number];
    expect(lines.length - 1).toBe(table.round);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => Number(r[2]))).toEqual(Array.from({ length: table.round }, (_, i) => i + 1));
    expect(rows.at(-1)?.[6]).toBe(String(table.worldOrder));
    expect(rows.every((r) => r[14] === table.winner)).toBe(true);
    expect(lines[1]).toContain("'=SUM(A1) (AI finished)");
    const sum = (i: number) => rows.reduce((s, r) => s + Number(r[i]), 0);
    expect([sum(9), sum(10), sum(11), sum(12), sum(13)]).toEqual([table.vetoes, table.outvotes, table.integrations, table.breakaways, table.slides]);
    const json = await api(server, 'GET', `/classes/${made.code}/export.json`, { key: made.key });
    expect(json.json.format).toBe('trust-and-leverage/class-export');
    expect((json.json.tables as { rounds: unknown[] }[])[0]?.rounds).toHaveLength(table.round);
  }, 150_000);

  it('DELETE removes the class and its matches', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const a = await joinClass(server, made.code, 'Ana');
    const reply = await api(server, 'DELETE', `/classes/${made.code}`, { key: made.key });
    expect(reply.status).toBe(204);
    expect((await api(server, 'GET', `/classes/${made.code}`, { key: made.key })).status).toBe(404);
    expect((await api(server, 'POST', `/classes/${made.code}/join`, { body: { name: 'Ben' } })).status).toBe(404);
    expect((await lobby(server, `/games/${GAME}/${a.matchID}`)).status).toBe(404);
    expect((await api(server, 'DELETE', `/classes/${made.code}`, { key: made.key })).status).toBe(404);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past the class limit of an address', async () => {
    const server = await startServer({ classRatePerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await api(server, 'POST', '/classes', { body: { title: `T${i}` } })).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const reply = await api(server, 'GET', '/classes/ZZZZZZ', { key: 'k' });
    expect(reply.status).toBe(429);
    expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('a class of 40 behind one school address', () => {
  it('the default limits let it join, take the quiz, poll the Lobby every 4 s for a minute and the teacher poll the grid', async () => {
    const server = await startServer();
    const made = await makeClass(server);
    const statuses: number[] = [];
    const seats: Student[] = [];
    for (let i = 0; i < 40; i += 1) seats.push(await joinClass(server, made.code, `Student ${i}`));
    await Promise.all(seats.map(async (s) => {
      const reply = await api(server, 'POST', `/classes/${made.code}/quiz`, { body: { matchID: s.matchID, playerID: s.playerID, credentials: s.playerCredentials, phase: 'pre', answers: sitting(s.quiz.pre, true) } });
      statuses.push(reply.status);
    }));
    // A minute of the online match screen's polling (every 4 s while waiting) by all 40, and the teacher's grid every 3 s.
    for (let poll = 0; poll < 15; poll += 1) {
      const replies = await Promise.all(seats.map((s) => lobby(server, `/games/${GAME}/${s.matchID}`)));
      statuses.push(...replies.map((r) => r.status));
      if (poll % 3 === 0) statuses.push((await api(server, 'GET', `/classes/${made.code}`, { key: made.key })).status);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(statuses.length).toBe(40 + 600 + 5);
  }, 60_000);
});

