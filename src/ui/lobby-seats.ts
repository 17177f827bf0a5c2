/**
 * "Your matches": the seats this device holds, checked against the server, each with Rejoin and
 * Leave seat. Seats in matches that are gone, or that were given up, are forgotten.
 */
import { LobbyError, type LobbyMatch, type SeatTicket } from '../client/lobby-client';
import { canRejoin, describeMatch, formatCode, TICKET_STATE_TEXT, type TicketState, ticketState } from '../client/online-rules';
import { SIDE_NAME } from '../content/words';
import { button, fillSlot, h, keepingFocus } from './dom';
import type { LobbyContext } from './lobby-context';

interface SavedSeat {
  readonly ticket: SeatTicket;
  readonly state: TicketState | 'checking' | 'unknown';
  readonly match: LobbyMatch | null;
}

export interface SeatsSection {
  readonly el: HTMLElement;
  fill(): void;
  /** Asks the server about every saved seat. */
  check(): Promise<void>;
}

async function lookUp(ctx: LobbyContext, ticket: SeatTicket): Promise<SavedSeat> {
  try {
    const match = await ctx.opts.lobby.get(ticket.matchID);
    return { ticket, match, state: ticketState(ticket, match) };
  } catch (error) {
    if (error instanceof LobbyError && error.status === 404) return { ticket, match: null, state: 'gone' };
    return { ticket, match: null, state: 'unknown' };
  }
}

function stateText(seat: SavedSeat): string {
  if (seat.state === 'checking') return 'checking…';
  return seat.state === 'unknown' ? 'cannot check right now' : TICKET_STATE_TEXT[seat.state];
}

export function createSeatsSection(ctx: LobbyContext): SeatsSection {
  const el = h('div', {});
  let seats: SavedSeat[] = ctx.opts.tickets.all().map((ticket) => ({ ticket, state: 'checking', match: null }));

  const rejoin = (seat: SavedSeat): Promise<void> => ctx.run(`rejoin match ${formatCode(seat.ticket.matchID)}`, async () => {
    ctx.play(seat.match ?? (await ctx.opts.lobby.get(seat.ticket.matchID)), seat.ticket);
  });

  const leave = (ticket: SeatTicket): Promise<void> => ctx.run('leave the seat', async () => {
    try {
      await ctx.opts.lobby.leave(ticket);
    } catch (error) {
      // A match that is gone, or a seat that is no longer ours, is left already.
      if (!(error instanceof LobbyError) || (error.status !== 404 && error.status !== 403)) throw error;
    }
    ctx.opts.tickets.forget(ticket.matchID);
    seats = seats.filter((s) => s.ticket.matchID !== ticket.matchID);
    ctx.say(`You left your seat in match ${formatCode(ticket.matchID)}.`);
    fill();
    void ctx.refresh(true);
    (ctx.root.querySelector('#lobby-title') as HTMLElement | null)?.focus();
  });

  function item(seat: SavedSeat): HTMLElement {
    const { ticket } = seat;
    const code = formatCode(ticket.matchID);
    const side = seat.match ? describeMatch(seat.match).seats.find((s) => s.seat === ticket.playerID)?.side : undefined;
    const rejoinable = seat.state === 'unknown' || seat.state === 'checking' || canRejoin(seat.state);
    const busy = ctx.isBusy();
    return h('li', { class: 'seat-item' },
      h('p', {}, h('strong', {}, `Match ${code}`), ` — ${side ? `${SIDE_NAME[side]}, ` : ''}as ${ticket.playerName}: ${stateText(seat)}`),
      h('div', { class: 'row' },
        button('Rejoin', () => void rejoin(seat), { key: `rejoin:${ticket.matchID}`, class: 'primary small', disabled: busy || !rejoinable, ariaLabel: `Rejoin match ${code}` }),
        button('Leave seat', () => void leave(ticket), { key: `leave:${ticket.matchID}`, class: 'small', disabled: busy, ariaLabel: `Leave your seat in match ${code}` })));
  }

  function fill(): void {
    const key = JSON.stringify([seats.map((s) => [s.ticket.matchID, s.state]), ctx.isBusy()]);
    keepingFocus(ctx.root, () => fillSlot(el, key, () => {
      el.hidden = seats.length === 0;
      if (seats.length === 0) return h('div', {});
      return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'seats-title' } },
        h('h2', { id: 'seats-title' }, 'Your matches'),
        h('p', { class: 'hint' }, 'Seats this device holds. Rejoin one, or give it up so someone else can sit there. ',
          h('a', { attrs: { href: '#/my-games' } }, 'My games: whose turn, the time left')),
        h('ul', { class: 'plain-list' }, ...seats.map(item)));
    }));
  }

  async function check(): Promise<void> {
    const results = await Promise.all(seats.map(({ ticket }) => lookUp(ctx, ticket)));
    if (ctx.isDestroyed()) return;
    // Seats that no longer exist are forgotten: nothing can be done with them.
    for (const seat of results) if (seat.state === 'gone' || seat.state === 'lost') ctx.opts.tickets.forget(seat.ticket.matchID);
    seats = results.filter((s) => s.state !== 'gone' && s.state !== 'lost');
    fill();
  }

  return { el, fill, check };
}
