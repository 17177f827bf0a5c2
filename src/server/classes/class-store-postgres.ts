/**
 * Classes in PostgreSQL, beside the matches, for several server processes: a change reads the
 * row with its version and writes only over that version (compare-and-set), retrying when
 * another process changed the class meanwhile. Seating (`locked`) holds the class's row
 * `FOR UPDATE` in a transaction from the read to the write, so two processes never seat two
 * students from the same reading of the class.
 */
import pg from 'pg';
import { type ClassChange, classMigrations, CLASSES_MIGRATIONS_TABLE, CLASSES_TABLE, type ClassStore, type LockedOutcome } from './class-schema';
import type { ClassRecord, ClassRow } from './class-types';

/** Any constant: serializes the migration between processes starting together. */
const MIGRATION_LOCK = 7_317_012;
const RETRIES = 50;
/** Longest wait for a class another process holds (a join takes a few milliseconds; then the caller is told to try again). */
const LOCK_TIMEOUT = '20s';

export class PostgresClassStore implements ClassStore {
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 5 });
    this.pool.on('error', (error) => console.error('PostgreSQL pool error (classes):', error.message));
  }

  async connect(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS ${CLASSES_MIGRATIONS_TABLE} (step INTEGER PRIMARY KEY)`);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${CLASSES_MIGRATIONS_TABLE}`);
      const done = Number(rows[0]?.n ?? 0);
      const steps = classMigrations('postgres');
      for (let step = done; step < steps.length; step += 1) {
        await client.query(steps[step] as string);
        await client.query(`INSERT INTO ${CLASSES_MIGRATIONS_TABLE} (step) VALUES ($1)`, [step]);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async create(row: ClassRow): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO ${CLASSES_TABLE} (code, key_hash, data, version, expires_at) VALUES ($1, $2, $3, 1, $4) ON CONFLICT (code) DO NOTHING`,
      [row.record.code, row.keyHash, JSON.stringify(row.record), row.record.expiresAt],
    );
    return result.rowCount === 1;
  }

  async get(code: string, now: number): Promise<ClassRow | null> {
    const { rows } = await this.pool.query<{ key_hash: string; data: string }>(
      `SELECT key_hash, data FROM ${CLASSES_TABLE} WHERE code = $1 AND expires_at > $2`, [code, now],
    );
    const row = rows[0];
    return row ? { keyHash: row.key_hash, record: JSON.parse(row.data) as ClassRecord } : null;
  }

  async update(code: string, change: ClassChange): Promise<ClassRecord | null> {
    for (let attempt = 0; attempt < RETRIES; attempt += 1) {
      const { rows } = await this.pool.query<{ data: string; version: string }>(`SELECT data, version FROM ${CLASSES_TABLE} WHERE code = $1`, [code]);
      const row = rows[0];
      if (!row) return null;
      const current = JSON.parse(row.data) as ClassRecord;
      const next = change(current);
      if (next === null) return current;
      const written = await this.pool.query(
        `UPDATE ${CLASSES_TABLE} SET data = $2, version = version + 1, expires_at = $3 WHERE code = $1 AND version = $4`,
        [code, JSON.stringify(next), next.expiresAt, row.version],
      );
      if (written.rowCount === 1) return next;
    }
    throw new Error(`class ${code}: too many concurrent changes`);
  }

  async locked<T>(code: string, task: (record: ClassRecord) => Promise<LockedOutcome<T>>): Promise<{ value: T } | null> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`);
      const { rows } = await client.query<{ data: string }>(`SELECT data FROM ${CLASSES_TABLE} WHERE code = $1 FOR UPDATE`, [code]);
      const row = rows[0];
      if (!row) {
        await client.query('ROLLBACK');
        return null;
      }
      const current = JSON.parse(row.data) as ClassRecord;
      const { change, value } = await task(current);
      // The row is locked: nobody changed it since the read.
      const next = change === null ? null : change(current);
      if (next !== null) {
        await client.query(`UPDATE ${CLASSES_TABLE} SET data = $2, version = version + 1, expires_at = $3 WHERE code = $1`, [code, JSON.stringify(next), next.expiresAt]);
      }
      await client.query('COMMIT');
      return { value };
    } catch (error) {
      await client.query('ROLLBACK').catch((failure: unknown) => void (broken = failure instanceof Error ? failure : new Error(String(failure))));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async delete(code: string): Promise<boolean> {
    return (await this.pool.query(`DELETE FROM ${CLASSES_TABLE} WHERE code = $1`, [code])).rowCount === 1;
  }

  async takeExpired(now: number): Promise<ClassRecord[]> {
    const { rows } = await this.pool.query<{ data: string }>(`DELETE FROM ${CLASSES_TABLE} WHERE expires_at <= $1 RETURNING data`, [now]);
    return rows.map((row) => JSON.parse(row.data) as ClassRecord);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
