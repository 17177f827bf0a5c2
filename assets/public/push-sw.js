/*
 * Web Push for Daily matches, imported by the app's Workbox service worker (vite.config.ts,
 * workbox.importScripts). A message holds only the match code, its kind ('turn' or 'warning')
 * and the time left (src/server/push/push.ts); it is worded here. A click opens the match.
 */
/* global self, clients */
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const code = typeof data.matchID === 'string' && /^[A-Z2-9]{8}$/.test(data.matchID) ? data.matchID : null;
  if (!code) return;
  const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
  const hours = Math.max(1, Math.round((Number(data.leftMs) || 0) / 3600000));
  const warning = data.kind === 'warning';
  const title = warning ? `Little time left in match ${shown}` : `Your turn in match ${shown}`;
  const body = warning
    ? `About ${hours} hour${hours === 1 ? '' : 's'} left for your turn; then the AI plays it for you.`
    : 'Trust & Leverage: your opponent has played.';
  event.waitUntil(self.registration.showNotification(title, { body, tag: `tl-${code}`, data: { code }, icon: 'icons/icon-192.png' }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const code = event.notification.data && event.notification.data.code;
  if (!code) return;
  const url = new URL(`./#/match/${code}`, self.registration.scope).href;
  event.waitUntil(clients.matchAll({ type: 'window' }).then((windows) => {
    const open = windows.find((w) => 'focus' in w);
    return open ? open.navigate(url).then((w) => (w ?? open).focus()) : clients.openWindow(url);
  }));
});
