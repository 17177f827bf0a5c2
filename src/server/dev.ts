/**
 * `npm start`: the game server (SQLite in ./data/) and the Vite dev server in one command. Vite
 * serves the client with hot reload and proxies the Lobby (/games), the classes (/classes) and the sockets (/socket.io)
 * to the game server, so the page talks to one origin, as it does in production.
 */
import { createServer as createVite } from 'vite';
import { ConfigError, configFromEnv } from './config';
import { createGameServer } from './create-server';

const VITE_PORT = Number(process.env.VITE_PORT ?? 5173);

async function main(): Promise<void> {
  const pageOrigins = [`http://127.0.0.1:${VITE_PORT}`, `http://localhost:${VITE_PORT}`];
  const config = configFromEnv({
    ...process.env,
    PORT: process.env.GAME_PORT ?? '8000',
    ALLOWED_ORIGINS: [process.env.ALLOWED_ORIGINS ?? '', ...pageOrigins].filter(Boolean).join(','),
  });
  const game = await createGameServer(config);
  console.log(`game server on ${game.url} (SQLite ${config.storage.kind === 'sqlite' ? config.storage.file : 'PostgreSQL'})`);
  const vite = await createVite({
    server: {
      port: VITE_PORT,
      strictPort: true, // the game server allows exactly this origin
      proxy: {
        '/games': { target: game.url },
        '/classes': { target: game.url },
        '/socket.io': { target: game.url, ws: true },
      },
    },
  });
  await vite.listen();
  vite.printUrls();
  const stop = async () => {
    await vite.close();
    await game.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
