/**
 * Web Push for Daily matches (the `web-push` library, VAPID keys from configuration): a player
 * who opts in registers their browser's push subscription for their seat (`POST …/:code/push`),
 * kept with the match's metadata; the server then tells them when their turn comes and when a
 * fifth of its time is left. A message holds the match code and what happened, nothing else (no
 * name, no game state); a subscription the push service says is gone is dropped.
 */
import type { Agent } from 'node:https';
import type { Server } from 'boardgame.io';
import webpush from 'web-push';
import type { Seat } from '../../game';
import { HttpError } from '../lobby-http';
import type { Storage } from '../storage-api';

/** VAPID keys (base64url, as `web-push generate-vapid-keys` prints them) and the contact URL. */
export interface PushConfig {
  readonly publicKey: string;
  readonly privateKey: string;
  /** `https://…` (the site) or `mailto:…`: who the push service may contact about this sender. */
  readonly subject: string;
}

/** A browser's push subscription (PushSubscription.toJSON()). */
export interface PushSubscriptionData {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
}

/** What a push message says (the service worker words it). */
export interface PushMessage {
  readonly kind: 'turn' | 'warning';
  readonly matchID: string;
  /** Time left on the clock when it was sent (ms). */
  readonly leftMs: number;
}

type PushFields = { push?: Partial<Record<Seat, PushSubscriptionData>> };
export const pushFieldsOf = (metadata: Server.MatchData): PushFields => metadata as unknown as PushFields;

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const bytes = (text: string): number => Buffer.from(text, 'base64url').length;

/** A subscription from a request body, or throws a 400 with the reason. */
export function parseSubscription(value: unknown): PushSubscriptionData {
  const s = value as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } } | null;
  if (!s || typeof s !== 'object' || typeof s.endpoint !== 'string' || s.endpoint.length > 1000) throw new HttpError(400, 'subscription.endpoint must be a URL');
  let url: URL;
  try {
    url = new URL(s.endpoint);
  } catch {
    throw new HttpError(400, 'subscription.endpoint must be a URL');
  }
  if (url.protocol !== 'https:') throw new HttpError(400, 'subscription.endpoint must be an https URL');
  const { p256dh, auth } = s.keys ?? {};
  if (typeof p256dh !== 'string' || !BASE64URL.test(p256dh) || bytes(p256dh) !== 65) throw new HttpError(400, 'subscription.keys.p256dh must be a P-256 public key (base64url)');
  if (typeof auth !== 'string' || !BASE64URL.test(auth) || bytes(auth) !== 16) throw new HttpError(400, 'subscription.keys.auth must be 16 bytes (base64url)');
  return { endpoint: s.endpoint, keys: { p256dh, auth } };
}

/** Sends push messages to the subscriptions stored with matches. */
export class PushSender {
  /** Messages sent (and accepted by the push service), for tests and the load report. */
  sent = 0;

  /** `agent`: the HTTPS agent for push services (tests trust their local service's certificate with it). */
  constructor(private readonly config: PushConfig, private readonly db: Storage, private readonly log: (message: string) => void, private readonly agent?: Agent) {}

  get publicKey(): string {
    return this.config.publicKey;
  }

  /** Sends `message` to `seat`'s subscription in the match, if it has one. */
  async notify(matchID: string, seat: Seat, message: PushMessage): Promise<void> {
    const { metadata } = await this.db.fetch(matchID, { metadata: true });
    const subscription = metadata ? pushFieldsOf(metadata).push?.[seat] : undefined;
    if (!subscription) return;
    try {
      await webpush.sendNotification(subscription, JSON.stringify(message), {
        vapidDetails: { subject: this.config.subject, publicKey: this.config.publicKey, privateKey: this.config.privateKey },
        TTL: Math.max(60, Math.floor(message.leftMs / 1000)),
        contentEncoding: 'aes128gcm',
        urgency: message.kind === 'warning' ? 'high' : 'normal',
        ...(this.agent ? { agent: this.agent } : {}),
      });
      this.sent += 1;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 404/410: the browser dropped the subscription; forget it.
      if (status === 404 || status === 410) await this.forget(matchID, seat, subscription.endpoint);
      else this.log(`push in ${matchID}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async forget(matchID: string, seat: Seat, endpoint: string): Promise<void> {
    await this.db.updateMetadata(matchID, (current) => {
      const push = pushFieldsOf(current).push ?? {};
      if (push[seat]?.endpoint !== endpoint) return null;
      const { [seat]: _gone, ...rest } = push;
      return { ...current, push: rest } as Server.MatchData;
    });
  }
}
