/**
 * The match bus (match-bus.ts) on Redis (ioredis): every process subscribes to the matches its
 * sockets watch, and each move is published once for all of them. (`@boardgame.io/redis-pubsub`
 * needs redis v3 and crashes with current clients.) Payloads hold unfiltered states: Redis must
 * be private to the servers.
 *
 * A process hands its own payloads to its own subscribers at once, as they are, and skips them
 * when Redis brings them back (each message starts with its sender's tag): nginx sends a match's
 * sockets to one process, so most moves have no other reader, and reading one's own 9 kB back
 * cost a parse of it and every view's encoding again (the storage's encodings are not shared
 * with a decoded copy).
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { MatchBus } from './match-bus';

const PREFIX = 'tl:';

/** Between a message's sender tag and its payload. */
const TAG_END = '|';

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
  /** This bus's tag on what it publishes (its own messages, read back, are skipped). */
  private readonly tag = randomBytes(6).toString('base64url');
  private readonly ownPrefix = Buffer.from(this.tag + TAG_END);

  /** `text`: how a payload is written and read (JSON unless given). */
  constructor(
    url: string,
    private readonly log: (message: string) => void = console.error,
    private readonly text: PayloadText<T> = { encode: (payload) => JSON.stringify(payload), decode: (text) => JSON.parse(text) as T },
  ) {
    this.pub = new Redis(url, { maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { maxRetriesPerRequest: 3 });
    for (const client of [this.pub, this.sub]) client.on('error', (error: Error) => this.log(`redis: ${error.message}`));
    // Buffers, so that one's own messages are skipped before they are even decoded as text.
    this.sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.received(channel.toString(), message));
  }

  /** Resolves once both connections are ready (throws if Redis cannot be reached). */
  async ready(): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  /** Delivers `payload` to this process's subscribers at once, and through Redis to the others'. */
  publish(channelId: string, payload: T): void {
    const message = this.tag + TAG_END + this.text.encode(payload);
    this.pub.publish(PREFIX + channelId, message).catch((error: Error) => this.log(`redis publish: ${error.message}`));
    for (const callback of this.callbacks.get(channelId) ?? []) callback(payload);
  }

  private received(channel: string, message: Buffer): void {
    const callbacks = this.callbacks.get(channel.slice(PREFIX.length));
    if (!callbacks || message.subarray(0, this.ownPrefix.length).equals(this.ownPrefix)) return;
    const text = message.toString();
    const tagEnd = text.indexOf(TAG_END);
    let payload: T;
    try {
      if (tagEnd < 0) throw new Error('no sender tag');
      payload = this.text.decode(text.slice(tagEnd + 1));
    } catch {
      return this.log(`redis: unreadable message on ${channel}`);
    }
    for (const callback of callbacks) callback(payload);
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
