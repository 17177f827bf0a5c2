/**
 * `npm run serve` (after the build) and the server half of `npm start`: reads the environment,
 * starts the game server and stops it cleanly on SIGINT/SIGTERM. A bad configuration exits with
 * status 2 and one clear line.
 */
import { ConfigError, configFromEnv, type ServerConfig } from './config';
import { createGameServer } from './create-server';

function describe(config: ServerConfig): string {
  const storage = config.storage.kind === 'sqlite' ? `SQLite ${config.storage.file}` : 'PostgreSQL';
  return `${storage}${config.redisUrl ? ' + Redis pub/sub' : ''}; origins: ${config.allowedOrigins.join(', ') || '(same origin only)'}`;
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = configFromEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  // One bad message must never take the server down: log what escaped and carry on.
  process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
  const server = await createGameServer(config);
  console.log(`Trust & Leverage server listening on ${server.url} (${describe(config)})`);
  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(`Server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
