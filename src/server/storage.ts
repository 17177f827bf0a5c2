/** Opens the configured storage: SQLite by default, PostgreSQL when DATABASE_URL is set. */
import { ConfigError, type StorageConfig } from './config';
import type { Storage } from './storage-api';
import { SqliteStorage } from './storage-sqlite';

/** Opens (and creates, if needed) the storage named by `config`; release it with its `close()`. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (config.kind === 'sqlite') return new SqliteStorage(config.file);
  const { PostgresStorage } = await import('./storage-postgres');
  const db = new PostgresStorage(config.url, { poolSize: config.poolSize ?? 10 });
  try {
    await db.connect();
  } catch (error) {
    await db.close();
    throw new ConfigError(`DATABASE_URL: cannot reach PostgreSQL (${error instanceof Error ? error.message : String(error)})`);
  }
  return db;
}
