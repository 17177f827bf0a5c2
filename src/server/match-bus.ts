/**
 * The channel a match's updates travel on, between the process that ran a move and every process
 * with a socket in that match: in process (one server) or through Redis (redis-pub-sub.ts).
 */
import type { Master } from 'boardgame.io/master';
import type { GenericPubSub } from 'boardgame.io/server';
import type { State } from 'boardgame.io';
import { sharedJson, stateMemo } from './shared-json';
import { fromStoredForm, toStoredForm } from './stored-state';

type MasterTransport = ConstructorParameters<typeof Master>[2];
/** What the master publishes for a whole match (before each client's view is cut). */
export type MatchPayload = Parameters<MasterTransport['sendAll']>[0];

/**
 * Levels of an update payload ({type, args: [matchID, state, ...]}) above the state's own parts,
 * whose encodings the storage left in the state's memo: the payload, its args, the state.
 */
const PAYLOAD_LEVELS = 4;

/**
 * A payload as text between processes (Redis): JSON, with each state in it written as the
 * storages write one (stored-state.ts: the last undo entry does not repeat G, ctx and plugins).
 * An update reuses the encodings of its state that the storage made (the state's memo).
 */
export const matchPayloadText = {
  encode(payload: MatchPayload): string {
    if (payload.type === 'update') {
      // Anything after the state (the new turn's clock, move-runner.ts) rides along as it is.
      const [matchID, state, ...rest] = payload.args as unknown[] as [string, State, ...unknown[]];
      const stored = { ...payload, args: [matchID, toStoredForm(state), ...rest] };
      const G = state.G as unknown;
      if (G === null || typeof G !== 'object') return JSON.stringify(stored);
      return sharedJson(stored, stateMemo(G), PAYLOAD_LEVELS) ?? 'null';
    }
    if (payload.type === 'patch') {
      const [matchID, stateID, prev, next] = payload.args;
      return JSON.stringify({ ...payload, args: [matchID, stateID, toStoredForm(prev), toStoredForm(next)] });
    }
    return JSON.stringify(payload);
  },
  decode(text: string): MatchPayload {
    const payload = JSON.parse(text) as MatchPayload;
    if (payload.type === 'update') fromStoredForm(payload.args[1]);
    if (payload.type === 'patch') payload.args.slice(2).forEach((state) => fromStoredForm(state as State));
    return payload;
  },
};

/** The bus channel of one match. */
export const matchChannel = (matchID: string): string => `MATCH-${matchID}`;

/** boardgame.io's pub/sub, plus what the transport needs to miss nothing and to shut down. */
export interface MatchBus<T> extends GenericPubSub<T> {
  /** Resolves once the subscription to `channelId` is active, so no later publish is missed. */
  subscribed(channelId: string): Promise<void>;
  /** Releases connections, if any. */
  close(): Promise<void>;
}

/** The bus of a single server process: delivery is immediate, a subscription is active at once. */
export class LocalBus<T> implements MatchBus<T> {
  private readonly callbacks = new Map<string, ((payload: T) => void)[]>();

  publish(channelId: string, payload: T): void {
    for (const callback of this.callbacks.get(channelId) ?? []) callback(payload);
  }

  subscribe(channelId: string, callback: (payload: T) => void): void {
    this.callbacks.set(channelId, [...(this.callbacks.get(channelId) ?? []), callback]);
  }

  async subscribed(): Promise<void> {}

  unsubscribeAll(channelId: string): void {
    this.callbacks.delete(channelId);
  }

  async close(): Promise<void> {
    this.callbacks.clear();
  }
}
