/** Errors the storages throw. */

/** A state write that lost a race: a state at least as new is already stored. */
export class StaleStateError extends Error {
  override name = 'StaleStateError';

  constructor(matchID: string, stateID: number) {
    super(`match ${matchID}: state ${stateID} is not newer than the stored state`);
  }
}
