/**
 * Puts the instructor room on the game server: its store (beside the matches), its CORS and rate
 * limit, its routes, and the hourly removal of expired classes. create-server.ts calls this once.
 */
import type { Game } from 'boardgame.io';
import type { Middleware } from 'koa';
import type { ServerConfig } from '../config';
import type { Exclusive, registerLobbyRoutes } from '../lobby-routes';
import type { ServerMoveRequest } from '../server-moves';
import type { Storage } from '../storage-api';
import { classCors, classRateLimit } from './class-http';
import { registerClassRoutes } from './class-routes';
import { ClassService } from './class-service';
import { openClassStore } from './class-store';

type Router = Parameters<typeof registerLobbyRoutes>[0];

const SWEEP_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ClassWiring {
  config: ServerConfig;
  app: { use(middleware: Middleware): unknown };
  router: Router;
  db: Storage;
  game: Game;
  exclusive: Exclusive;
  serverMove: (move: ServerMoveRequest) => Promise<boolean>;
  onSeatsChanged: (matchID: string) => void;
  log: (message: string) => void;
}

/** Wires the class routes; returns what closes the class store. Call before the router's routes are mounted. */
export async function wireClasses(w: ClassWiring): Promise<{ close(): Promise<void> }> {
  const classes = await openClassStore(w.config.storage);
  const service = new ClassService({
    db: w.db, classes, game: w.game, exclusive: w.exclusive, serverMove: w.serverMove, onSeatsChanged: w.onSeatsChanged,
    ttlMs: w.config.classTtlDays * DAY_MS,
  });
  w.app.use(classCors(w.config.allowedOrigins));
  w.app.use(classRateLimit(w.config.classRatePerMinute));
  registerClassRoutes(w.router, service, w.config.maxBodyBytes);
  const sweep = () => void service.sweepExpired().catch((error: unknown) => w.log(`class expiry sweep failed: ${String(error)}`));
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return {
    close: async () => {
      clearInterval(timer);
      await classes.close();
    },
  };
}
