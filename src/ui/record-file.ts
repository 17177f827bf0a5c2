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

/** After a local game: watch its replay, or download its record (the seed is revealed now that it is over). */
export function replayActions(record: GameRecord, onWatch: (record: GameRecord) => void): HTMLElement {
  return h('div', { class: 'end-replay' },
    button('Watch the replay', () => onWatch(record), { key: 'watch-replay', class: 'end-secondary' }),
    button('Download the game record', () => downloadRecord(record), { key: 'download-record', class: 'end-secondary' }));
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
