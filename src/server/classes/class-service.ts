/**
 * The instructor room's logic, behind the HTTP routes (class-routes.ts): creating a class,
 * seating students (tables filled as they arrive, or each against the server's AI), the live
 * grid, exports, giving a seat to the AI, injects, the quiz, deletion and expiry.
 *
 * Changes to one class's seats run one at a time: in this process through a queue per class, and
 * across processes through the store's lock (`locked`: the class's row held FOR UPDATE on
 * PostgreSQL), so two processes never give two students one seat; other changes (quiz, injects)
 * use the store's atomic update (SQLite) or compare-and-set (PostgreSQL). Changes to a match's
 * seats run in the match's own queue, shared with its moves.
 */
import { randomBytes } from 'node:crypto';
import type { Game, Server } from 'boardgame.io';
import type { AiLevel } from '../../ai';
import { CARD, type CardId, isCardId } from '../../game/data/cards';
import { type ActionLogEntry, type GameState, INJECT_MOVE, rebuildLog, type Seat } from '../../game';
import { HttpError } from '../lobby-http';
import { createSeededMatch, type Exclusive } from '../lobby-routes';
import { aiLevelOf } from '../ai-seats';
import { clockFieldsOf, withClockFields } from '../clock/clock-store';
import { classMatchOptions, LIVE_DEFAULT, type Pace } from '../clock/pace';
import { aiPlayer } from '../lobby-seat-routes';
import { MatchQueues } from '../match-queue';
import { newCredentials } from '../secrets';
import type { ServerMoveRequest } from '../server-moves';
import type { Storage } from '../storage-api';
import { matchesHash, newClassCode, newTeacherKey, secretHash } from './class-http';
import { checkSitting, classQuizSummary, formsOf } from './class-quiz';
import { classCsv, roundRows, summaryByRule, type TableMatch, tableView } from './class-report';
import type { ClassStore, LockedOutcome } from './class-schema';
import type { ClassOptions, ClassRecord, ClassStudent, ClassTable, QuizPhase, SeatHolder } from './class-types';
import { tableRule } from './class-validate';

/** Most students in one class (a few classes' worth: the grid and exports stay quick). */
export const MAX_STUDENTS = 200;
/** Tries at seating a student (each finding a seat taken outside the class records who holds it). */
const JOIN_TRIES = 4;
/** Tables whose last reading is kept (a few busy schools' worth). */
const TABLE_CACHE_SIZE = 2000;
/** Tries of an inject on one table (an AI seat may move in between). */
const INJECT_TRIES = 5;

export interface ClassServiceOptions {
  db: Storage;
  classes: ClassStore;
  game: Game;
  /** The match queue (shared with moves). */
  exclusive: Exclusive;
  serverMove: (move: ServerMoveRequest) => Promise<boolean>;
  onSeatsChanged: (matchID: string) => void;
  /** How long a class lives after its creation (ms). */
  ttlMs: number;
  now?: () => number;
}

const EMPTY: SeatHolder = { kind: 'empty' };

export class ClassService {
  private readonly queues = new MatchQueues();
  /** The last reading of each table's match, by what it depends on (state id, names, seats). */
  private readonly tableCache = new Map<string, { key: string; match: TableMatch }>();
  private readonly now: () => number;

  constructor(private readonly options: ClassServiceOptions) {
    this.now = options.now ?? (() => Date.now());
  }

  /** Creates a class; returns its code and the teacher key (shown once: only its hash is kept). */
  async create(title: string, options: ClassOptions): Promise<{ classCode: string; teacherKey: string }> {
    const teacherKey = newTeacherKey();
    const createdAt = this.now();
    for (let tries = 0; tries < 20; tries += 1) {
      const code = newClassCode();
      const record: ClassRecord = { code, title, options, createdAt, expiresAt: createdAt + this.options.ttlMs, tables: [], students: [], quiz: {}, injects: [] };
      if (await this.options.classes.create({ record, keyHash: secretHash(teacherKey) })) return { classCode: code, teacherKey };
    }
    throw new Error('no free class code');
  }

  /** The class, for its teacher: 404 when unknown or expired, 403 for any other key. */
  async teacherView(code: string, key: string): Promise<ClassRecord> {
    const row = await this.options.classes.get(code, this.now());
    if (!row) throw new HttpError(404, 'there is no class with this code');
    if (!matchesHash(key, row.keyHash)) throw new HttpError(403, 'this key is not the teacher key of this class');
    return row.record;
  }

  private async record(code: string): Promise<ClassRecord> {
    const row = await this.options.classes.get(code, this.now());
    if (!row) throw new HttpError(404, 'there is no class with this code');
    return row.record;
  }

  private inClass(code: string, task: () => Promise<void>): Promise<void> {
    return this.queues.exclusive(code, task);
  }

  /** Seats a student: a free seat of an open table, or a new table (against the AI, for `pairing: 'ai'`). */
  async join(code: string, name: string): Promise<{ matchID: string; playerID: Seat; playerCredentials: string; quiz: Record<QuizPhase, string> }> {
    let answer: Awaited<ReturnType<ClassService['join']>> | null = null;
    await this.inClass(code, async () => {
      for (let tries = 0; tries < JOIN_TRIES && answer === null; tries += 1) answer = await this.seatStudent(code, name);
    });
    const joined = answer as Awaited<ReturnType<ClassService['join']>> | null;
    if (!joined) throw new HttpError(409, 'no seat could be found: try again');
    this.options.onSeatsChanged(joined.matchID);
    return joined;
  }

  /**
   * One try at seating a student, holding the class (the class's queue here, and the store's lock
   * across processes: two processes never seat from the same reading of the class). Null when the
   * open table's seat was taken outside the class (a student gave it to the AI from the game
   * screen): the class then records who holds it, and the next try looks again.
   */
  private async seatStudent(code: string, name: string): Promise<Awaited<ReturnType<ClassService['join']>> | null> {
    const outcome = await this.options.classes.locked(code, async (record): Promise<LockedOutcome<Awaited<ReturnType<ClassService['join']>> | null>> => {
      this.checkLive(record);
      if (record.students.length >= MAX_STUDENTS) throw new HttpError(409, `the class is full (${MAX_STUDENTS} students)`);
      const folded = name.toLocaleLowerCase();
      if (record.students.some((s) => s.name.toLocaleLowerCase() === folded)) throw new HttpError(409, 'someone in this class already has this name: choose another');
      const open = record.options.pairing === 'students' ? record.tables.find((t) => t.seats.some((s) => s.kind === 'empty')) : undefined;
      const table = open ?? (await this.newTable(record));
      const seatIndex = table.seats.findIndex((s) => s.kind === 'empty');
      const playerID = String(seatIndex) as Seat;
      const playerCredentials = newCredentials();
      let takenBy: Server.PlayerMetadata | null = null;
      await this.options.exclusive(table.matchID, async () => {
        await this.options.db.updateMetadata(table.matchID, (metadata) => {
          const seat = metadata.players[seatIndex];
          if (seat?.name !== undefined) {
            takenBy = seat;
            return null;
          }
          metadata.players[seatIndex] = { id: seatIndex, name, credentials: playerCredentials };
          return metadata;
        });
        await this.options.db.flushed();
      });
      if (takenBy !== null) {
        const holder: SeatHolder = { kind: 'ai', level: aiLevelOf(takenBy) ?? record.options.aiLevel };
        return { change: (current) => ({ ...current, tables: current.tables.map((t) => (t.matchID === table.matchID ? withSeat(t, seatIndex, holder) : t)) }), value: null };
      }
      const student: ClassStudent = {
        id: randomBytes(9).toString('base64url'), name, matchID: table.matchID, playerID, joinedAt: this.now(),
        forms: formsOf(record.students.length), credentialsHash: secretHash(playerCredentials),
      };
      const seated = withSeat(table, seatIndex, { kind: 'student', student: student.id });
      return {
        change: (current) => ({
          ...current,
          tables: open ? current.tables.map((t) => (t.matchID === table.matchID ? seated : t)) : [...current.tables, seated],
          students: [...current.students, student],
        }),
        value: { matchID: table.matchID, playerID, playerCredentials, quiz: student.forms },
      };
    });
    if (outcome === null) throw new HttpError(404, 'there is no class with this code');
    return outcome.value;
  }

  /** Refuses an expired class (a locked task reads the class whatever its expiry). */
  private checkLive(record: ClassRecord): void {
    if (record.expiresAt <= this.now()) throw new HttpError(404, 'there is no class with this code');
  }

  /** A new match for the class's next table (not yet in the record: the caller adds it). */
  private async newTable(record: ClassRecord): Promise<ClassTable> {
    const { options } = record;
    const decisionRule = tableRule(options, record.tables.length);
    const setupData = { scenario: options.scenario, decisionRule, dependency: options.dependency, demSeat: 'random' };
    const againstAi = options.pairing === 'ai';
    const players: Server.MatchData['players'] | undefined = againstAi ? { 1: aiPlayer(1, options.aiLevel) } : undefined;
    // A class's match: the class's pace, no chat, no win by abandonment (the teacher decides about
    // absent students); the clock's stand-in for a student away from their turn plays at the
    // class's AI level.
    const online = classMatchOptions({ pace: classPace(options), chat: 'none', standIn: options.aiLevel });
    // Marked as a class's (no rematch out of the class); the class code itself stays off the match.
    const matchID = await createSeededMatch(this.options.db, this.options.game, setupData, true, players, { online, inClass: true });
    return { matchID, decisionRule, seats: [EMPTY, againstAi ? { kind: 'ai', level: options.aiLevel } : EMPTY] };
  }

  /** Gives a seat to the server's AI: an empty one, or a slow student's (the AI finishes the game). */
  async fillSeat(code: string, key: string, matchID: string, seat: Seat, level: AiLevel | undefined): Promise<void> {
    await this.teacherView(code, key);
    await this.inClass(code, async () => {
      const outcome = await this.options.classes.locked(code, async (record): Promise<LockedOutcome<null>> => {
        this.checkLive(record);
        const table = record.tables.find((t) => t.matchID === matchID);
        if (!table) throw new HttpError(404, 'there is no table with this match code in this class');
        const previous = table.seats[Number(seat)] ?? EMPTY;
        if (previous.kind === 'ai') throw new HttpError(409, 'the AI plays this seat already');
        const aiLevel = level ?? record.options.aiLevel;
        await this.options.exclusive(matchID, async () => {
          await this.options.db.updateMetadata(matchID, (metadata) => {
            if (metadata.gameover !== undefined && metadata.gameover !== null) throw new HttpError(409, 'the game is over');
            metadata.players[Number(seat)] = aiPlayer(Number(seat), aiLevel);
            return metadata;
          });
          await this.options.db.flushed();
        });
        const holder: SeatHolder = previous.kind === 'student' ? { kind: 'ai', level: aiLevel, replaced: previous.student } : { kind: 'ai', level: aiLevel };
        return { change: (current) => ({ ...current, tables: current.tables.map((t) => (t.matchID === matchID ? withSeat(t, Number(seat), holder) : t)) }), value: null };
      });
      if (outcome === null) throw new HttpError(404, 'there is no class with this code');
    });
    this.options.onSeatsChanged(matchID);
  }

  /**
   * A student takes their seat back from the AI the teacher gave it to (or that took it when the
   * student gave it up), proven by the credentials their seat was given at joining: the seat is
   * theirs again with those same credentials, the clock's misses of the seat cleared. A seat the
   * AI filled before any student sat in it has no student to return to. Refused: wrong
   * credentials (403), a seat the AI does not hold for this student, or a game over (409).
   */
  async returnSeat(code: string, seat: { matchID: string; playerID: Seat; credentials: string }): Promise<void> {
    const { matchID, playerID, credentials } = seat;
    await this.inClass(code, async () => {
      const outcome = await this.options.classes.locked(code, async (record): Promise<LockedOutcome<null>> => {
        this.checkLive(record);
        const student = record.students.find((s) => s.matchID === matchID && s.playerID === playerID);
        if (!student || !matchesHash(credentials, student.credentialsHash)) throw new HttpError(403, 'wrong credentials for this seat');
        const table = record.tables.find((t) => t.matchID === matchID);
        const holder = table?.seats[Number(playerID)] ?? EMPTY;
        if (holder.kind === 'student') throw new HttpError(409, 'this seat is yours already');
        if (holder.kind !== 'ai' || holder.replaced !== student.id) throw new HttpError(409, 'the AI does not hold this seat for you');
        await this.options.exclusive(matchID, async () => {
          await this.options.db.updateMetadata(matchID, (metadata) => {
            if (metadata.gameover !== undefined && metadata.gameover !== null) throw new HttpError(409, 'the game is over');
            const index = Number(playerID);
            const { [playerID]: _cleared, ...misses } = clockFieldsOf(metadata).misses ?? {};
            metadata.players[index] = { id: index, name: student.name, credentials };
            return withClockFields(metadata, { misses });
          });
          await this.options.db.flushed();
        });
        const back: SeatHolder = { kind: 'student', student: student.id };
        return { change: (current) => ({ ...current, tables: current.tables.map((t) => (t.matchID === matchID ? withSeat(t, Number(playerID), back) : t)) }), value: null };
      });
      if (outcome === null) throw new HttpError(404, 'there is no class with this code');
    });
    this.options.onSeatsChanged(matchID);
  }

  /** Releases a world event into every running table at once; returns the tables it entered and those it could not. */
  async inject(code: string, key: string, card: unknown): Promise<{ card: CardId; entered: string[]; skipped: string[] }> {
    if (!isCardId(card) || CARD[card].side !== 'world') throw new HttpError(400, 'card must be the id of a world event');
    const record = await this.teacherView(code, key);
    const results = await Promise.all(record.tables.map(async (t) => [t.matchID, await this.injectInto(t.matchID, card)] as const));
    const entered = results.filter(([, ok]) => ok).map(([id]) => id);
    const skipped = results.filter(([, ok]) => !ok).map(([id]) => id);
    await this.options.classes.update(code, (current) => ({ ...current, injects: [...current.injects, { card, at: this.now(), matches: entered }] }));
    return { card, entered, skipped };
  }

  /** Plays the inject for the seat on move (an AI seat may move first: then it tries again on the new state). */
  private async injectInto(matchID: string, card: CardId): Promise<boolean> {
    for (let tries = 0; tries < INJECT_TRIES; tries += 1) {
      const { state, metadata } = await this.options.db.fetch(matchID, { state: true, metadata: true });
      if (!state || !metadata || state.ctx.gameover !== undefined) return false;
      const playerID = state.ctx.currentPlayer as Seat;
      // A seat nobody holds yet has no credentials: the table has not started.
      if (!metadata.players[Number(playerID)]?.credentials) return false;
      if (await this.options.serverMove({ matchID, playerID, stateID: state._stateID, type: INJECT_MOVE, args: [card] })) return true;
    }
    return false;
  }

  /**
   * Stores a student's quiz sitting, proven by the credentials their seat was given at joining.
   * Not in the class's queue: the store's update is atomic, and checks "once per phase" itself.
   */
  async recordQuiz(code: string, sitting: { matchID: string; playerID: string; credentials: string; phase: QuizPhase; answers: Record<string, number> }): Promise<void> {
    const record = await this.record(code);
    const student = record.students.find((s) => s.matchID === sitting.matchID && s.playerID === sitting.playerID);
    if (!student || !matchesHash(sitting.credentials, student.credentialsHash)) throw new HttpError(403, 'wrong credentials for this seat');
    const form = student.forms[sitting.phase];
    checkSitting(form, sitting.answers);
    const sheet = { form, answers: { ...sitting.answers }, at: this.now() };
    const stored = await this.options.classes.update(code, (current) => {
      if (current.quiz[student.id]?.[sitting.phase]) throw new HttpError(409, `you have answered the ${sitting.phase} quiz already`);
      return { ...current, quiz: { ...current.quiz, [student.id]: { ...current.quiz[student.id], [sitting.phase]: sheet } } };
    });
    if (stored === null) throw new HttpError(404, 'there is no class with this code');
  }

  /**
   * Every table's match as stored, with its full log. A teacher's grid asks every few seconds:
   * the log (the costly read) is read again only for a table whose state or seats changed.
   */
  private async matchesOf(record: ClassRecord): Promise<TableMatch[]> {
    return Promise.all(record.tables.map(async (table): Promise<TableMatch> => {
      const { state, metadata } = await this.options.db.fetch(table.matchID, { state: true, metadata: true });
      const name = (seat: number): string | null => seatName(record, table.seats[seat] ?? EMPTY, metadata?.players[seat]?.name ?? null);
      const names = { 0: name(0), 1: name(1) };
      const key = JSON.stringify([state?._stateID ?? null, names, table.seats]);
      const known = this.tableCache.get(table.matchID);
      if (known && known.key === key) return known.match;
      const G = (state?.G as GameState | undefined) ?? null;
      const log = G ? (await this.options.db.fetch(table.matchID, { log: true })).log : [];
      const match: TableMatch = {
        table, G, gameover: state?.ctx.gameover !== undefined, currentPlayer: state?.ctx.currentPlayer ?? null,
        log: G ? rebuildLog((log ?? []) as ActionLogEntry[], G.log) : [], names,
      };
      this.tableCache.delete(table.matchID);
      this.tableCache.set(table.matchID, { key, match });
      if (this.tableCache.size > TABLE_CACHE_SIZE) this.tableCache.delete(this.tableCache.keys().next().value ?? '');
      return match;
    }));
  }

  /** The live grid: every table, every student (name, table, side, quiz taken), the comparison by rule, the quiz summary. */
  async grid(code: string, key: string) {
    const record = await this.teacherView(code, key);
    return gridOf(record, await this.matchesOf(record));
  }

  async csv(code: string, key: string): Promise<string> {
    const record = await this.teacherView(code, key);
    return classCsv(record, await this.matchesOf(record));
  }

  /** The JSON export: the grid's facts, each table's scored rounds, and each student's quiz answers. */
  async exportJson(code: string, key: string) {
    const record = await this.teacherView(code, key);
    const matches = await this.matchesOf(record);
    const grid = gridOf(record, matches);
    const tables = matches.map((m) => ({ ...tableView(m), rounds: roundRows(m) }));
    const students = record.students.map((s, i) => ({ ...grid.students[i], forms: s.forms, answers: record.quiz[s.id] ?? {} }));
    return { format: 'trust-and-leverage/class-export', version: 1, ...grid, tables, students };
  }

  /** Deletes the class and its matches (names and games with it). */
  async remove(code: string, key: string): Promise<void> {
    const record = await this.teacherView(code, key);
    await this.inClass(code, async () => {
      await this.options.classes.delete(code);
      await this.wipeMatches(record);
    });
  }

  private async wipeMatches(record: ClassRecord): Promise<void> {
    for (const table of record.tables) await this.options.exclusive(table.matchID, async () => this.options.db.wipe(table.matchID));
    await this.options.db.flushed();
  }

  /** Removes expired classes and their matches; returns how many. */
  async sweepExpired(): Promise<number> {
    const expired = await this.options.classes.takeExpired(this.now());
    for (const record of expired) await this.wipeMatches(record);
    return expired.length;
  }
}

/** The pace of a class's tables (Live for a class stored by a process older than paces). */
function classPace(options: ClassOptions): Pace {
  return (options as Partial<ClassOptions>).pace ?? LIVE_DEFAULT;
}

/** The table with seat `index` held by `holder`. */
function withSeat(table: ClassTable, index: number, holder: SeatHolder): ClassTable {
  return { ...table, seats: table.seats.map((s, i) => (i === index ? holder : s)) as [SeatHolder, SeatHolder] };
}

/** A seat's name in the grid and exports: the student's (also once the AI finished for them), else the match's. */
function seatName(record: ClassRecord, holder: SeatHolder, stored: string | null): string | null {
  const studentId = holder.kind === 'student' ? holder.student : holder.kind === 'ai' ? holder.replaced : undefined;
  const student = studentId === undefined ? undefined : record.students.find((s) => s.id === studentId);
  if (!student) return stored;
  return holder.kind === 'ai' ? `${student.name} (AI finished)` : student.name;
}

/** The live grid of a class from its tables' matches. */
function gridOf(record: ClassRecord, matches: readonly TableMatch[]) {
  const tables = matches.map(tableView);
  const students = record.students.map((s) => {
    const table = tables.find((t) => t.matchID === s.matchID);
    const side = table ? (table.players.dem.playerID === s.playerID ? 'dem' : 'aut') : null;
    const holder = record.tables.find((t) => t.matchID === s.matchID)?.seats[Number(s.playerID)];
    const sheets = record.quiz[s.id] ?? {};
    return { name: s.name, matchID: s.matchID, side, replacedByAi: holder?.kind === 'ai', quiz: { pre: sheets.pre !== undefined, post: sheets.post !== undefined } };
  });
  const { title, options, createdAt, expiresAt, injects } = record;
  return { classCode: record.code, title, options, createdAt, expiresAt, tables, students, injects, summary: summaryByRule(tables), quiz: classQuizSummary(record) };
}
