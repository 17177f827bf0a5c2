/**
 * A class of the instructor room (issue 12): what the teacher chose, its tables (one match
 * each), its students (a display name and a seat, nothing else personal), their quiz answers and
 * the teacher's injects. Plain JSON, kept in the `tl_classes` table of the match storage.
 */
import type { AiLevel } from '../../ai';
import type { QuizForm } from '../../content/quiz';
import type { ScenarioId } from '../../game/data/scenarios';
import type { DecisionRule, Seat } from '../../game/types';
import type { Pace } from '../clock/pace';

/** Students play each other (tables filled as they arrive) or each plays the server's AI. */
export type Pairing = 'students' | 'ai';

export interface ClassOptions {
  readonly scenario: ScenarioId;
  /** The rule of every table, or of the even-numbered ones when `split`. */
  readonly decisionRule: DecisionRule;
  readonly dependency: number;
  readonly pairing: Pairing;
  /** The AI's level, for `pairing: 'ai'` and for seats the teacher gives the AI. */
  readonly aiLevel: AiLevel;
  /** Tables alternate between unanimity and majority voting (the class-wide comparison). */
  readonly split: boolean;
  /**
   * The pace of every table (clock/pace.ts): Live for a lesson, Daily for play across days. The
   * clock, its stand-in AI and its deadlines run at this pace. Classes stored before paces are
   * given Live by a migration (class-schema.ts).
   */
  readonly pace: Pace;
}

/** Who holds a seat of a table: a student (by id), the server's AI, or nobody yet. */
export type SeatHolder =
  | { readonly kind: 'student'; readonly student: string }
  | { readonly kind: 'ai'; readonly level: AiLevel; /** The student the AI took over from, if any. */ readonly replaced?: string }
  | { readonly kind: 'empty' };

export interface ClassTable {
  readonly matchID: string;
  readonly decisionRule: DecisionRule;
  /** Index: seat id ("0", "1"). */
  readonly seats: readonly [SeatHolder, SeatHolder];
}

export const QUIZ_PHASES = ['pre', 'post'] as const;
export type QuizPhase = (typeof QUIZ_PHASES)[number];

export interface ClassStudent {
  /** Within the class only (never shown to other students). */
  readonly id: string;
  readonly name: string;
  readonly matchID: string;
  readonly playerID: Seat;
  readonly joinedAt: number;
  /** The forms this student takes (class-quiz.ts). */
  readonly forms: Readonly<Record<QuizPhase, QuizForm>>;
  /**
   * SHA-256 of the seat's credentials as given at joining: the student's proof for the quiz, which
   * still holds after the AI took the seat over (the seat's own credentials then change).
   */
  readonly credentialsHash: string;
}

/** One student's answers to one form: item id → chosen index. */
export interface QuizSheet {
  readonly form: QuizForm;
  readonly answers: Readonly<Record<string, number>>;
  readonly at: number;
}

export interface ClassInject {
  readonly card: string;
  readonly at: number;
  /** Tables the event entered (finished or unseated tables are left out). */
  readonly matches: readonly string[];
}

export interface ClassRecord {
  readonly code: string;
  readonly title: string;
  readonly options: ClassOptions;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly tables: readonly ClassTable[];
  readonly students: readonly ClassStudent[];
  readonly quiz: Readonly<Record<string, Partial<Record<QuizPhase, QuizSheet>>>>;
  readonly injects: readonly ClassInject[];
}

/** A stored class: the record and the hash of its teacher key (the key itself is never kept). */
export interface ClassRow {
  readonly record: ClassRecord;
  readonly keyHash: string;
}
