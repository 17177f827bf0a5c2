/** Game records as files: the download offered after a game and in its replay. */
import type { GameRecord } from '../client/game-record';
import { button, h } from './dom';

/** The file name: the scenario and the day, e.g. `trust-and-leverage-competing-visions-2026-12-01.json`. */
export function recordFileName(record: GameRecord, now = new Date()): string {
  return `trust-and-leverage-${record.setupData.scenario ?? 'game'}-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves the record as a JSON file through the browser's download. */
export function downloadRecord(record: GameRecord): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(record, null, 1)}\n`], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: recordFileName(record) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * After a game: watch its replay, or download its record (the seed is revealed now that it is
 * over). A local game has its record at hand; an online one asks its server for it (`source`, once,
 * when first wanted), and a refusal is said beside the buttons.
 */
export function replayActions(source: GameRecord | (() => Promise<GameRecord>), onWatch: (record: GameRecord) => void): HTMLElement {
  const status = h('p', { class: 'end-replay-status', attrs: { role: 'status' } });
  let loading: Promise<GameRecord> | null = null;
  const withRecord = (use: (record: GameRecord) => void) => (): void => {
    if (typeof source !== 'function') return use(source);
    status.textContent = 'Fetching the game record from the server…';
    loading ??= source();
    loading.then((record) => {
      status.textContent = '';
      use(record);
    }, (error: unknown) => {
      loading = null;
      status.textContent = `The game record could not be fetched: ${error instanceof Error ? error.message : String(error)}.`;
    });
  };
  return h('div', { class: 'end-replay' },
    button('Watch the replay', withRecord(onWatch), { key: 'watch-replay', class: 'end-secondary' }),
    button('Download the game record', withRecord(downloadRecord), { key: 'download-record', class: 'end-secondary' }),
    typeof source === 'function' ? status : null);
}

/** Longest replay link offered (a whole game of about 200 moves fits; browsers take far longer addresses). */
const MAX_LINK_CHARS = 24_000;

/** The record as a URL fragment's data (base64url of its JSON), or null when too long for a link. */
export function recordToFragment(record: GameRecord): string | null {
  const bytes = new TextEncoder().encode(JSON.stringify(record));
  const data = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return data.length <= MAX_LINK_CHARS ? data : null;
}

/** The JSON text of a record from a link's fragment data, or null when it is not base64url. */
export function fragmentToText(data: string): string | null {
  if (data.length > MAX_LINK_CHARS || !/^[A-Za-z0-9_-]*$/.test(data)) return null;
  try {
    const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}
