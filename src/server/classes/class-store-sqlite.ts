/**
 * Classes in the SQLite file of the matches, on a connection of their own (better-sqlite3 is
 * synchronous, so each change below is atomic in this process; the match storage never holds a
 * write lock across event-loop turns, so the two connections do not wait on each other).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type ClassChange, classMigrations, CLASSES_MIGRATIONS_TABLE, CLASSES_TABLE, type ClassStore, type LockedOutcome } from './class-schema';
import type { ClassRecord, ClassRow } from './class-types';

interface Row {
  key_hash: string;
  data: string;
  version: number;
  expires_at: number;
}

export class SqliteClassStore implements ClassStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // As the match storage: a commit is durable against a killed process without an fsync of its
    // own, and the match storage's checkpoint thread folds the shared WAL into the file.
    this.db.pragma('synchronous = NORMAL');
    if (file !== ':memory:') this.db.pragma('wal_autocheckpoint = 0');
    this.migrate();
  }

  private migrate(): void {
    this.db.transaction(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS ${CLASSES_MIGRATIONS_TABLE} (step INTEGER PRIMARY KEY)`);
      const done = (this.db.prepare(`SELECT count(*) AS n FROM ${CLASSES_MIGRATIONS_TABLE}`).get() as { n: number }).n;
      classMigrations('sqlite').forEach((sql, step) => {
        if (step < done) return;
        this.db.exec(sql);
        this.db.prepare(`INSERT INTO ${CLASSES_MIGRATIONS_TABLE} (step) VALUES (?)`).run(step);
      });
    }).immediate();
  }

  create(row: ClassRow): Promise<boolean> {
    const { changes } = this.db
      .prepare(`INSERT OR IGNORE INTO ${CLASSES_TABLE} (code, key_hash, data, version, expires_at) VALUES (?, ?, ?, 1, ?)`)
      .run(row.record.code, row.keyHash, JSON.stringify(row.record), row.record.expiresAt);
    return Promise.resolve(changes === 1);
  }

  get(code: string, now: number): Promise<ClassRow | null> {
    const row = this.db.prepare(`SELECT key_hash, data, version, expires_at FROM ${CLASSES_TABLE} WHERE code = ?`).get(code) as Row | undefined;
    if (!row || row.expires_at <= now) return Promise.resolve(null);
    return Promise.resolve({ keyHash: row.key_hash, record: JSON.parse(row.data) as ClassRecord });
  }

  update(code: string, change: ClassChange): Promise<ClassRecord | null> {
    try {
      return Promise.resolve(this.db.transaction(() => {
        const row = this.db.prepare(`SELECT data FROM ${CLASSES_TABLE} WHERE code = ?`).get(code) as Pick<Row, 'data'> | undefined;
        if (!row) return null;
        const current = JSON.parse(row.data) as ClassRecord;
        const next = change(current);
        if (next === null) return current;
        this.db.prepare(`UPDATE ${CLASSES_TABLE} SET data = ?, version = version + 1, expires_at = ? WHERE code = ?`)
          .run(JSON.stringify(next), next.expiresAt, code);
        return next;
      }).immediate());
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  /** One process: the caller's per-class queue holds the class; the change lands atomically over the class as it is then. */
  async locked<T>(code: string, task: (record: ClassRecord) => Promise<LockedOutcome<T>>): Promise<{ value: T } | null> {
    const row = this.db.prepare(`SELECT data FROM ${CLASSES_TABLE} WHERE code = ?`).get(code) as Pick<Row, 'data'> | undefined;
    if (!row) return null;
    const { change, value } = await task(JSON.parse(row.data) as ClassRecord);
    if (change !== null && (await this.update(code, change)) === null) return null;
    return { value };
  }

  delete(code: string): Promise<boolean> {
    return Promise.resolve(this.db.prepare(`DELETE FROM ${CLASSES_TABLE} WHERE code = ?`).run(code).changes === 1);
  }

  takeExpired(now: number): Promise<ClassRecord[]> {
    return Promise.resolve(this.db.transaction(() => {
      const rows = this.db.prepare(`SELECT data FROM ${CLASSES_TABLE} WHERE expires_at <= ?`).all(now) as Pick<Row, 'data'>[];
      this.db.prepare(`DELETE FROM ${CLASSES_TABLE} WHERE expires_at <= ?`).run(now);
      return rows.map((row) => JSON.parse(row.data) as ClassRecord);
    }).immediate());
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}
