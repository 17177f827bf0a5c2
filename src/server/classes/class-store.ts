/** Opens the class store of the configured storage (see class-schema.ts). */
import type { StorageConfig } from '../config';
import type { ClassStore } from './class-schema';

/** Opens the class store on the database `config` names (a connection of its own). */
export async function openClassStore(config: StorageConfig): Promise<ClassStore> {
  if (config.kind === 'sqlite') {
    const { SqliteClassStore } = await import('./class-store-sqlite');
    return new SqliteClassStore(config.file);
  }
  const { PostgresClassStore } = await import('./class-store-postgres');
  const store = new PostgresClassStore(config.url);
  try {
    await store.connect();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
