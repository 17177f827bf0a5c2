/**
 * A client of the instructor room's API (src/server/classes, README "Classes"): the teacher's
 * calls carry the class's teacher key as `Authorization: Bearer`; a student's carry their seat.
 * Refusals come back as a `LobbyError` (status and the server's reason), as the Lobby's do.
 */
import type { AiLevel } from '../ai/types';
import type { QuizForm } from '../content/quiz';
import type { QuizAnswers, ClassQuizSummary } from '../content/quiz-stats';
import type { DecisionRule, Side } from '../game/types';
import type { Pace } from '../server/clock/pace';
import type { RuleSummary, SeatView, TableView } from '../server/classes/class-report';
import { LobbyError, type SeatTicket } from './lobby-client';

export type Pairing = 'students' | 'ai';

export interface ClassOptions {
  readonly scenario: string;
  readonly decisionRule: DecisionRule;
  readonly dependency: number;
  readonly pairing: Pairing;
  readonly aiLevel: AiLevel;
  readonly split: boolean;
  /** The pace of every table (Live or Daily), as online matches have. */
  readonly pace: Pace;
}

/** What a student's join returns: the seat, and the quiz forms to take before and after. */
export interface ClassSeat extends SeatTicket {
  readonly quiz: Readonly<Record<'pre' | 'post', QuizForm>>;
}

// The grid's shapes are the server's own (type-only: nothing of the server is bundled).
export type { RuleSummary } from '../server/classes/class-report';
export type GridSeat = SeatView;
export type GridTable = TableView;

export interface ClassGrid {
  readonly classCode: string;
  readonly title: string;
  readonly options: ClassOptions;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly tables: readonly GridTable[];
  readonly students: readonly { readonly name: string; readonly matchID: string; readonly side: Side | null; readonly replacedByAi: boolean; readonly quiz: { readonly pre: boolean; readonly post: boolean } }[];
  readonly injects: readonly { readonly card: string; readonly at: number; readonly matches: readonly string[] }[];
  readonly summary: readonly RuleSummary[];
  readonly quiz: ClassQuizSummary;
}

export class ClassClient {
  constructor(private readonly base = '') {}

  private async request(method: string, path: string, options: { key?: string; body?: object } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.base}/classes${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    } catch {
      throw new LobbyError(0, 'the server cannot be reached');
    }
    if (!response.ok) {
      const json = (await response.json().catch(() => ({}))) as { error?: unknown };
      throw new LobbyError(response.status, typeof json.error === 'string' ? json.error : `HTTP ${response.status}`);
    }
    return response;
  }

  private async json<T>(method: string, path: string, options: { key?: string; body?: object } = {}): Promise<T> {
    const response = await this.request(method, path, options);
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  create(title: string, options: Partial<ClassOptions>): Promise<{ classCode: string; teacherKey: string }> {
    return this.json('POST', '', { body: { title, ...options } });
  }

  async join(code: string, name: string): Promise<ClassSeat> {
    const seat = await this.json<{ matchID: string; playerID: '0' | '1'; playerCredentials: string; quiz: ClassSeat['quiz'] }>('POST', `/${encodeURIComponent(code)}/join`, { body: { name } });
    return { matchID: seat.matchID, playerID: seat.playerID, credentials: seat.playerCredentials, playerName: name, quiz: seat.quiz };
  }

  quiz(code: string, seat: SeatTicket, phase: 'pre' | 'post', answers: QuizAnswers): Promise<void> {
    return this.json('POST', `/${encodeURIComponent(code)}/quiz`, { body: { matchID: seat.matchID, playerID: seat.playerID, credentials: seat.credentials, phase, answers } });
  }

  /** Takes back the student's seat from the AI the teacher gave it to (the seat's credentials from joining). */
  returnSeat(code: string, seat: SeatTicket): Promise<void> {
    return this.json('POST', `/${encodeURIComponent(code)}/return`, { body: { matchID: seat.matchID, playerID: seat.playerID, credentials: seat.credentials } });
  }

  grid(code: string, key: string): Promise<ClassGrid> {
    return this.json('GET', `/${encodeURIComponent(code)}`, { key });
  }

  /** An export's text (`csv` or `json`). */
  async exportText(code: string, key: string, kind: 'csv' | 'json'): Promise<string> {
    return (await this.request('GET', `/${encodeURIComponent(code)}/export.${kind}`, { key })).text();
  }

  remove(code: string, key: string): Promise<void> {
    return this.json('DELETE', `/${encodeURIComponent(code)}`, { key });
  }

  fillSeat(code: string, key: string, matchID: string, seat: '0' | '1', level?: AiLevel): Promise<void> {
    return this.json('POST', `/${encodeURIComponent(code)}/tables/${encodeURIComponent(matchID)}/ai`, { key, body: { seat, ...(level ? { level } : {}) } });
  }

  inject(code: string, key: string, card: string): Promise<{ card: string; entered: string[]; skipped: string[] }> {
    return this.json('POST', `/${encodeURIComponent(code)}/inject`, { key, body: { card } });
  }
}
