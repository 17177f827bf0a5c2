/**
 * Opting in to Web Push reminders for a Daily match on this device: the browser's permission, a
 * push subscription with the server's VAPID key (`GET /games/push-key`), registered for the seat.
 * Needs the app's service worker (a production build; `npm start` has none).
 */
import type { LobbyClient, SeatTicket } from './lobby-client';

export type PushOutcome = 'on' | 'off' | 'denied' | 'unavailable';

/** Whether this browser could receive push messages at all. */
export function pushSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof window !== 'undefined' && 'PushManager' in window && 'Notification' in window;
}

function keyBytes(base64url: string): Uint8Array {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Turns reminders on for the ticket's seat; says why not when it cannot. */
export async function remindMe(lobby: LobbyClient, ticket: SeatTicket): Promise<PushOutcome> {
  if (!pushSupported()) return 'unavailable';
  let key: string;
  try {
    key = await lobby.pushKey();
  } catch {
    return 'unavailable';
  }
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return 'unavailable';
  const subscription = await registration.pushManager.getSubscription()
    ?? await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) as BufferSource });
  await lobby.registerPush(ticket, subscription.toJSON());
  return 'on';
}

/** Turns them off for the seat (the browser's subscription stays for other matches). */
export async function stopReminders(lobby: LobbyClient, ticket: SeatTicket): Promise<PushOutcome> {
  await lobby.registerPush(ticket, null);
  return 'off';
}
