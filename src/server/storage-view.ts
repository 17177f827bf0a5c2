/**
 * The storage the master reads through. boardgame.io's master fetches the match's `initialState`
 * at every sync and sends it to the client unfiltered: both hands, every deck order and the PRNG
 * seed (ARCHITECTURE.md defect #3). It also creates any match a client syncs to (defect #5).
 * This view never reads `initialState` and refuses to create matches. It can also serve fields
 * the transport already fetched for this message, so a move parses the stored state only once.
 */
import type { Server, State, StorageAPI } from 'boardgame.io';
import type { Storage } from './storage-api';

/** `StorageAPI.Type.SYNC`: boardgame.io's enum is not exported at run time. */
const SYNC = 0;

/** Fields of one match already read for the current message. */
export interface Preloaded {
  matchID: string;
  state?: State;
  metadata?: Server.MatchData;
}

/** Thrown when the master tries to create a match on a client's behalf. */
export class ImplicitMatchError extends Error {
  override name = 'ImplicitMatchError';
}

type Fields = Partial<StorageAPI.FetchFields>;

function fetchThrough(target: Storage, preloaded: Preloaded | undefined, matchID: string, opts: StorageAPI.FetchOpts): Fields | Promise<Fields> {
  const { initialState: _never, ...wanted } = opts;
  const known: Fields = {};
  if (preloaded && preloaded.matchID === matchID) {
    if (wanted.state && preloaded.state) {
      known.state = preloaded.state;
      wanted.state = false;
    }
    if (wanted.metadata && preloaded.metadata) {
      known.metadata = preloaded.metadata;
      wanted.metadata = false;
    }
  }
  const sync = target.type() === SYNC;
  if (!wanted.state && !wanted.metadata && !wanted.log) return sync ? known : Promise.resolve(known);
  const rest = target.fetch(matchID, wanted);
  return sync ? { ...(rest as Fields), ...known } : (rest as Promise<Fields>).then((r) => ({ ...r, ...known }));
}

/** The same storage, except that `fetch` never returns `initialState` and `createMatch` throws. */
export function masterStorage<T extends Storage>(db: T, preloaded?: Preloaded): T {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'fetch') return (matchID: string, opts: StorageAPI.FetchOpts) => fetchThrough(target, preloaded, matchID, opts);
      if (prop === 'createMatch' || prop === 'createGame') {
        return () => {
          throw new ImplicitMatchError('matches are created through the lobby only');
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
