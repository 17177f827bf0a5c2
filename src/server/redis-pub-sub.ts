/**
 * The match bus (match-bus.ts) on Redis (ioredis): every process subscribes to the matches its
 * sockets watch, and each move is published once for all of them. (`@boardgame.io/redis-pubsub`
 * needs redis v3 and crashes with current clients.) Payloads hold unfiltered states: Redis must
 * be private to the servers.
 */
import { Redis } from 'ioredis';
import type { MatchBus } from './match-bus';

const PREFIX = 'tl:';

/** How payloads are written to Redis and read back. */
interface PayloadText<T> {
  encode(payload: T): string;
  decode(text: string): T;
}

/** Pub/sub between server processes through one Redis. */
export class RedisPubSub<T> implements MatchBus<T> {
  private readonly pub: Redis;
  private readonly sub: Redis;
  private readonly callbacks = new Map<string, ((payload: T) => void)[]>();
  private readonly pending = new Map<string, Promise<unknown>>();

  /** `text`: how a payload is written and read (JSON unless given). */
  constructor(
    url: string,
    private readonly log: (message: string) => void = console.error,
    private readonly text: PayloadText<T> = { encode: (payload) => JSON.stringify(payload), decode: (text) => JSON.parse(text) as T },
  ) {
    this.pub = new Redis(url, { maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { maxRetriesPerRequest: 3 });
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => this.log(`redis: ${error.message}`));
    this.sub.on('message', (channel: string, message: string) => {
      const callbacks = this.callbacks.get(channel.slice(PREFIX.length));
      if (!callbacks) return;
      let payload: T;
      try {
        payload = this.text.decode(message);
      } catch {
        return this.log(`redis: unreadable message on ${channel}`);
      }
      for (const callback of callbacks) callback(payload);
    });
  }

  /** Resolves once both connections are ready (throws if Redis cannot be reached). */
  async ready(): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  publish(channelId: string, payload: T): void {
    this.pub.publish(PREFIX + channelId, this.text.encode(payload)).catch((error: Error) => this.log(`redis publish: ${error.message}`));
  }

  subscribe(channelId: string, callback: (payload: T) => void): void {
    const callbacks = this.callbacks.get(channelId);
    if (callbacks) return void callbacks.push(callback);
    this.callbacks.set(channelId, [callback]);
    const done = this.sub.subscribe(PREFIX + channelId).catch((error: Error) => this.log(`redis subscribe: ${error.message}`));
    this.pending.set(channelId, done);
  }

  /** Resolves once the subscription to `channelId` is active (so no broadcast is missed). */
  async subscribed(channelId: string): Promise<void> {
    await this.pending.get(channelId);
  }

  unsubscribeAll(channelId: string): void {
    if (!this.callbacks.delete(channelId)) return;
    this.pending.delete(channelId);
    this.sub.unsubscribe(PREFIX + channelId).catch((error: Error) => this.log(`redis unsubscribe: ${error.message}`));
  }

  /** Closes both connections. */
  async close(): Promise<void> {
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}
