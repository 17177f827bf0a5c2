/// <reference types="vite-plugin-pwa/client" />
/**
 * The installed app's updates. The service worker (vite-plugin-pwa, 'prompt' mode) precaches the
 * build; when a new version has installed it waits, and this module offers it on the main menu
 * only: "Update now" activates it and reloads the page. During a game nothing changes: the page
 * keeps the code it started with and the old cache keeps serving its lazily loaded parts, and
 * local games are saved after every move anyway. Without a service worker (dev server, old
 * browsers) registerSW does nothing.
 */
import { registerSW } from 'virtual:pwa-register';
import { button, h } from './dom';

const BANNER_ID = 'app-update';

/** Shows the offer on the menu, under its title, if the menu is on screen and it is not there yet. */
function offerOnMenu(root: HTMLElement, apply: () => void): void {
  const menu = root.querySelector<HTMLElement>('.menu');
  if (!menu || menu.querySelector(`#${BANNER_ID}`)) return;
  const banner = h('section', { id: BANNER_ID, class: 'menu-resume', attrs: { 'aria-labelledby': `${BANNER_ID}-title` } },
    h('h2', { id: `${BANNER_ID}-title` }, 'A new version is ready'),
    h('p', {}, 'Update now to use it (the page reloads; saved games stay on this device), or keep playing this version.'),
    button('Update now', apply, { key: 'update-app', class: 'primary' }));
  // After the menu's title, so that the headings keep their order.
  const head = menu.querySelector('.menu-head');
  if (head) head.after(banner);
  else menu.prepend(banner);
}

/** Resolves when `worker` is active, or after `ms`. */
function activated(worker: ServiceWorker, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'activated') return;
      clearTimeout(timer);
      resolve();
    });
  });
}

export function watchForUpdates(root: HTMLElement): void {
  let pending = false;
  const updateSW = registerSW({
    onNeedRefresh() {
      pending = true;
      offerOnMenu(root, apply);
    },
  });
  function apply(): void {
    void (async () => {
      const next = (await navigator.serviceWorker.getRegistration())?.waiting ?? null;
      const controlled = navigator.serviceWorker.controller !== null;
      await updateSW(true);
      // Workbox reloads a page the new worker takes control of. A page loaded before any worker
      // controlled it (the first visit) is never taken over: reload it once the new worker is
      // active (or already is), at the latest after a few seconds.
      if (controlled) return;
      if (next && next.state !== 'activated') await activated(next, 5000);
      location.reload();
    })();
  }
  // The app replaces the root's content on every screen change: look for the menu each time.
  new MutationObserver(() => {
    if (pending) offerOnMenu(root, apply);
  }).observe(root, { childList: true });
}
