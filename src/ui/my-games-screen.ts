/**
 * The "My games" screen (`#/my-games`): every match this device holds a seat in, whose turn it
 * is and the time left (your turn first), each opening its match: a running one to play (and to
 * take the seat back from the AI), a finished one to its end screen, debrief and replay. Seats
 * a redeemed transfer code moved to another device leave the list, with a note.
 */
import { LobbyError, type LobbyClient, type SeatTicket } from '../client/lobby-client';
import { movedAway, type MyGameRow, myGameRow, sortRows } from '../client/my-games';
import { PlayerRecords } from '../client/player-record';
import type { KeyValueStore, SeatTickets } from '../client/seat-tickets';
import { button, fillSlot, h, screenHeading } from './dom';
import { createTransfer } from './my-games-transfer';

export interface MyGamesOptions {
  readonly lobby: LobbyClient;
  readonly tickets: SeatTickets;
  /** Where the player's record is kept (the page's localStorage). */
  readonly store: KeyValueStore;
  readonly onOpen: (ticket: SeatTicket) => void;
  readonly onLobby: () => void;
  readonly onMenu: () => void;
  /** A transfer code to redeem at once (opened from a transfer link). */
  readonly receive?: string;
}

/** How often the list asks the server again while it is open (ms). */
const REFRESH_MS = 30_000;

export function mountMyGames(root: HTMLElement, opts: MyGamesOptions): () => void {
  const list = h('div', { class: 'my-games-list' });
  const status = h('p', { attrs: { role: 'status' } }, 'Checking your matches…');
  const record = h('p', { class: 'my-record' });
  // Seats a transfer code moved to another device since this device last looked.
  const movedNote = h('p', { class: 'my-games-moved', attrs: { role: 'status' } });
  root.replaceChildren(h('main', { class: 'menu my-games' },
    screenHeading('h1', 'My games', 'my-games-title'),
    h('p', {}, 'Every match this device holds a seat in. Your seats are kept in this browser only.'),
    status, movedNote, record, list,
    createTransfer({ lobby: opts.lobby, tickets: opts.tickets, ...(opts.receive ? { receive: opts.receive } : {}), onReceived: () => void check() }),
    h('div', { class: 'row' }, button('Online lobby', opts.onLobby, { key: 'my-games-lobby' }), button('Main menu', opts.onMenu, { key: 'my-games-menu' }))));
  let stopped = false;
  const records = new PlayerRecords(opts.store);

  const render = (rows: readonly MyGameRow[]): void => {
    fillSlot(list, JSON.stringify(rows.map((r) => [r.code, r.state, r.turn, r.summary])), () => {
      if (rows.length === 0) return h('p', {}, 'You hold no seat in any match on this device.');
      return h('ul', { class: 'my-games-rows' }, ...rows.map((row) => h('li', { class: `my-game${row.mine ? ' my-game--your-turn' : ''}` },
        h('p', {}, h('strong', {}, `Match ${row.code}`), ` — as ${row.ticket.playerName}. `, row.turn),
        row.summary ? h('p', { class: 'hint' }, row.summary) : null,
        row.state === 'gone' || row.state === 'lost' ? null
          : button(row.state === 'finished' ? 'See the end, debrief and replay' : 'Open', () => opts.onOpen(row.ticket),
            { key: `open-${row.ticket.matchID}`, class: row.mine ? 'primary small' : 'small', ariaLabel: `${row.state === 'finished' ? 'See the end of' : 'Open'} match ${row.code}` }))));
    });
  };

  /** Drops the seats a redeemed transfer code moved away (the server says so only to their old credentials). */
  const dropMoved = async (): Promise<void> => {
    const held = opts.tickets.all();
    if (held.length === 0) return;
    try {
      const { moved, note } = movedAway(held, await opts.lobby.transferStatus(held));
      for (const ticket of moved) opts.tickets.forget(ticket.matchID);
      if (note !== null && !stopped) movedNote.textContent = note;
    } catch {
      // The server cannot say now: the seats stay listed, the next refresh asks again.
    }
  };

  const check = async (): Promise<void> => {
    await dropMoved();
    if (stopped) return;
    const tickets = opts.tickets.all();
    const rows = await Promise.all(tickets.map(async (ticket) => {
      try {
        const match = await opts.lobby.get(ticket.matchID);
        records.count(ticket, match);
        return myGameRow(ticket, match, false, Date.now());
      } catch (error) {
        return myGameRow(ticket, null, error instanceof LobbyError && error.status === 404, Date.now());
      }
    }));
    if (stopped) return;
    const mine = rows.filter((r) => r.mine).length;
    status.textContent = `${rows.length} match${rows.length === 1 ? '' : 'es'}${mine > 0 ? `; your turn in ${mine}` : ''}.`;
    render(sortRows(rows));
    const names = [...new Set(tickets.map((t) => t.playerName))];
    record.textContent = names.map((name) => {
      const { finished, abandoned } = records.of(name);
      return `${name}: ${finished} match${finished === 1 ? '' : 'es'} finished, ${abandoned} abandoned.`;
    }).join(' ');
  };
  void check();
  const timer = setInterval(() => void check(), REFRESH_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
