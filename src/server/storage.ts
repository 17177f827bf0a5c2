/** Opens the configured storage: SQLite by default, PostgreSQL when DATABASE_URL is set. */
import type { StorageAPI } from 'boardgame.io';
import { ConfigError, type StorageConfig } from './config';
import { SqliteStorage } from './storage-sqlite';

/** A storage and how to release it. */
export interface OpenStorage {
  db: StorageAPI.Sync | StorageAPI.Async;
  close(): Promise<void>;
}

/** Opens (and creates, if needed) the storage named by `config`. */
export async function openStorage(config: StorageConfig): Promise<OpenStorage> {
  if (config.kind === 'sqlite') {
    const db = new SqliteStorage(config.file);
    return { db, close: async () => db.close() };
  }
  const { PostgresStorage } = await import('./storage-postgres');
  const db = new PostgresStorage(config.url);
  try {
    await db.connect();
  } catch (error) {
    await db.close();
    throw new ConfigError(`DATABASE_URL: cannot reach PostgreSQL (${error instanceof Error ? error.message : String(error)})`);
  }
  return { db, close: () => db.close() };
}
