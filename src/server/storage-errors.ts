/** Errors the storages throw. */

/** A state write that lost a race: a state at least as new is already stored. */
export class StaleStateError extends Error {
  override name = 'StaleStateError';

  constructor(matchID: string, stateID: number) {
    super(`match ${matchID}: state ${stateID} is not newer than the stored state`);
  }
}

/**
 * Storages that batch their writes (SQLite commits once per event-loop turn) expose `flushed`.
 * Whoever acknowledges a write to a client (a move's update, a Lobby answer) awaits `durable`
 * first, so what a client was told has happened survives a crash.
 */
export async function durable(db: object): Promise<void> {
  await (db as { flushed?: () => Promise<void> }).flushed?.();
}
