/**
 * What this device keeps of classes: a teacher's classes (code, teacher key, title: the key is
 * shown once by the server and lives only here) and a student's class seats (their seat, quiz
 * forms and which sittings are sent). Unreadable entries are dropped, never fixed.
 */
import type { ClassSeat } from './class-client';
import type { KeyValueStore } from './seat-tickets';

const TEACHER_KEY = 'trust-and-leverage.classes';
const STUDENT_KEY = 'trust-and-leverage.class-seats';

export interface TeacherClass {
  readonly code: string;
  readonly key: string;
  readonly title: string;
  readonly createdAt: number;
}

export interface StudentClassSeat extends ClassSeat {
  readonly code: string;
  readonly sent: Readonly<Record<'pre' | 'post', boolean>>;
}

function readList<T>(store: KeyValueStore, key: string, valid: (value: unknown) => value is T): T[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(valid) : [];
  } catch {
    return [];
  }
}

const isTeacherClass = (v: unknown): v is TeacherClass => {
  const c = v as Partial<TeacherClass> | null;
  return !!c && typeof c.code === 'string' && typeof c.key === 'string' && typeof c.title === 'string' && typeof c.createdAt === 'number';
};

const isStudentSeat = (v: unknown): v is StudentClassSeat => {
  const s = v as Partial<StudentClassSeat> | null;
  return !!s && typeof s.code === 'string' && typeof s.matchID === 'string' && (s.playerID === '0' || s.playerID === '1')
    && typeof s.credentials === 'string' && typeof s.playerName === 'string' && typeof s.quiz === 'object' && s.quiz !== null
    && typeof s.sent === 'object' && s.sent !== null;
};

/** The teacher's classes on this device, newest first. */
export class TeacherClasses {
  constructor(private readonly store: KeyValueStore) {}

  all(): TeacherClass[] {
    return readList(this.store, TEACHER_KEY, isTeacherClass);
  }

  find(code: string): TeacherClass | undefined {
    return this.all().find((c) => c.code === code);
  }

  save(entry: TeacherClass): void {
    this.store.setItem(TEACHER_KEY, JSON.stringify([entry, ...this.all().filter((c) => c.code !== entry.code)]));
  }

  forget(code: string): void {
    this.store.setItem(TEACHER_KEY, JSON.stringify(this.all().filter((c) => c.code !== code)));
  }
}

/** A student's class seats on this device, newest first. */
export class StudentClassSeats {
  constructor(private readonly store: KeyValueStore) {}

  all(): StudentClassSeat[] {
    return readList(this.store, STUDENT_KEY, isStudentSeat);
  }

  find(code: string): StudentClassSeat | undefined {
    return this.all().find((s) => s.code === code);
  }

  save(seat: StudentClassSeat): void {
    this.store.setItem(STUDENT_KEY, JSON.stringify([seat, ...this.all().filter((s) => s.code !== seat.code)]));
  }
}
