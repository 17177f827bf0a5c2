/**
 * Where classes are kept: a `tl_classes` table beside the matches, in the same database (the
 * SQLite file, or PostgreSQL when DATABASE_URL is set), so a class survives a restart with its
 * matches. One row per class: its record as JSON, the hash of its teacher key, a version for
 * compare-and-set, and its expiry. `openClassStore` picks the backend the match storage uses.
 */
import { LIVE_DEFAULT } from '../clock/pace';
import type { ClassRecord, ClassRow } from './class-types';

export const CLASSES_TABLE = 'tl_classes';
export const CLASSES_EXPIRY_INDEX = 'tl_classes_expiry';
/** Which migrations a database has had (one row per applied step). */
export const CLASSES_MIGRATIONS_TABLE = 'tl_classes_migrations';

/** A change to a class: the new record, or null to leave it as it is (it may throw to refuse). */
export type ClassChange = (record: ClassRecord) => ClassRecord | null;

/** What a locked task decides: the change to apply to the class (or null), and its own answer. */
export interface LockedOutcome<T> {
  readonly change: ClassChange | null;
  readonly value: T;
}

export interface ClassStore {
  /** Stores a new class; false when its code is taken (nothing written). */
  create(row: ClassRow): Promise<boolean>;
  /** The class, or null when unknown or expired at `now`. */
  get(code: string, now: number): Promise<ClassRow | null>;
  /** Applies `change` atomically (it may run more than once); returns the stored record, or null for an unknown class. */
  update(code: string, change: ClassChange): Promise<ClassRecord | null>;
  /**
   * Runs `task` on the class while holding it against every other `locked` call, in every
   * process, then applies the change the task returns (atomically, over the class as it is then,
   * so changes made meanwhile through `update` are kept). PostgreSQL: the class's row read
   * `FOR UPDATE` in a transaction held until the change is written; SQLite: one process by
   * design, whose callers queue per class (ClassService). Null for an unknown class; a task that
   * throws changes nothing. The task must not call the store (its connection is held).
   */
  locked<T>(code: string, task: (record: ClassRecord) => Promise<LockedOutcome<T>>): Promise<{ value: T } | null>;
  /** Deletes the class; false when there was none. */
  delete(code: string): Promise<boolean>;
  /** Removes every class expired at `now`; returns their records (their matches are the caller's to wipe). */
  takeExpired(now: number): Promise<ClassRecord[]>;
  close(): Promise<void>;
}

/**
 * Migration steps, in order: each runs once per database (`CLASSES_MIGRATIONS_TABLE` keeps count).
 * Step 2 gives every class stored before paces the pace its tables were created with (Live, its
 * defaults), so `options.pace` is always there.
 */
export function classMigrations(dialect: 'sqlite' | 'postgres'): readonly string[] {
  const bigint = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  const live = JSON.stringify(LIVE_DEFAULT);
  return [
    `CREATE TABLE IF NOT EXISTS ${CLASSES_TABLE} (
       code TEXT PRIMARY KEY,
       key_hash TEXT NOT NULL,
       data TEXT NOT NULL,
       version ${bigint} NOT NULL,
       expires_at ${bigint} NOT NULL
     )`,
    `CREATE INDEX IF NOT EXISTS ${CLASSES_EXPIRY_INDEX} ON ${CLASSES_TABLE} (expires_at)`,
    dialect === 'sqlite'
      ? `UPDATE ${CLASSES_TABLE} SET data = json_set(data, '$.options.pace', json('${live}')), version = version + 1
         WHERE json_type(data, '$.options.pace') IS NULL`
      : `UPDATE ${CLASSES_TABLE} SET data = jsonb_set(data::jsonb, '{options,pace}', '${live}'::jsonb)::text, version = version + 1
         WHERE (data::jsonb -> 'options' -> 'pace') IS NULL`,
  ];
}
