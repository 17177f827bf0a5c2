/** Web Push settings from the environment: VAPID keys (both or neither) and the sender's contact. */
import type { PushConfig } from './push';

type Env = Readonly<Record<string, string | undefined>>;

const KEY = /^[A-Za-z0-9_-]+$/;
const keyBytes = (key: string): number => Buffer.from(key, 'base64url').length;

/** The push config (null: Web Push off), or why the environment is wrong. */
export function pushConfigFromEnv(env: Env): PushConfig | null | string {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim() ?? '';
  const privateKey = env.VAPID_PRIVATE_KEY?.trim() ?? '';
  const subject = env.VAPID_SUBJECT?.trim() ?? '';
  if (!publicKey && !privateKey) return null;
  if (!publicKey || !privateKey) return 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (npx web-push generate-vapid-keys prints both)';
  if (!KEY.test(publicKey) || keyBytes(publicKey) !== 65) return 'VAPID_PUBLIC_KEY must be a P-256 public key in base64url (65 bytes)';
  if (!KEY.test(privateKey) || keyBytes(privateKey) !== 32) return 'VAPID_PRIVATE_KEY must be a P-256 private key in base64url (32 bytes)';
  if (!/^(https:\/\/|mailto:)\S+$/.test(subject)) return 'VAPID_SUBJECT must be https://… (the site) or mailto:… (who push services may contact)';
  return { publicKey, privateKey, subject };
}
