/**
 * Moving "My games" to another device without an account: a one-time code, shown as text and as
 * a QR code of the link that redeems it (`#/transfer/CODE`), and the form that redeems a code on
 * the receiving device. Once redeemed, the seats have new credentials: the first device's copies
 * stop working (they moved), and its My games drops them on its next refresh (my-games-screen.ts).
 */
import { LobbyError, type LobbyClient } from '../client/lobby-client';
import { lobbyErrorText } from '../client/online-rules';
import type { SeatTickets } from '../client/seat-tickets';
import { button, h } from './dom';

export interface TransferOptions {
  readonly lobby: LobbyClient;
  readonly tickets: SeatTickets;
  /** A code to redeem at once (the page was opened from a transfer link). */
  readonly receive?: string;
  /** After seats arrived. */
  readonly onReceived: () => void;
}

const formatTransfer = (code: string): string => code.match(/.{1,4}/g)?.join('-') ?? code;

export function transferLink(code: string): string {
  return `${location.origin}${location.pathname}#/transfer/${code}`;
}

export function createTransfer(opts: TransferOptions): HTMLElement {
  const out = h('div', { class: 'transfer-out', attrs: { 'aria-live': 'polite' } });
  const received = h('p', { attrs: { role: 'status' } });
  const input = h('input', { id: 'transfer-code', attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 20 } });
  if (opts.receive) input.value = opts.receive;

  const make = async (): Promise<void> => {
    const tickets = opts.tickets.all();
    if (tickets.length === 0) return void (out.textContent = 'This device holds no seat to move.');
    out.textContent = 'Making a code…';
    try {
      const { code, expiresAt } = await opts.lobby.makeTransfer(tickets);
      const link = transferLink(code);
      const { default: QRCode } = await import('qrcode');
      const qr = await QRCode.toDataURL(link, { margin: 1, width: 220, errorCorrectionLevel: 'M' });
      const until = new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      out.replaceChildren(
        h('p', {}, 'On the other device, scan this code or open My games there and type the code. It works once, until ', until, '.'),
        h('p', { class: 'transfer-code' }, h('strong', { attrs: { 'aria-label': [...code].join(' ') } }, formatTransfer(code))),
        h('img', { class: 'transfer-qr', attrs: { src: qr, width: 220, height: 220, alt: `QR code of the link that moves your games: ${link}` } }),
        h('p', { class: 'hint' }, 'When it is used, your seats move: this device will no longer play them, and My games here drops them. A code nobody uses expires, and the seats stay here.'));
    } catch (error) {
      out.textContent = error instanceof LobbyError ? lobbyErrorText('make a transfer code', error.status, error.message) : 'Could not make a transfer code.';
    }
  };

  const redeem = async (): Promise<void> => {
    received.textContent = 'Receiving…';
    try {
      const seats = await opts.lobby.redeemTransfer(input.value);
      for (const seat of seats) opts.tickets.save(seat);
      received.textContent = `${seats.length} seat${seats.length === 1 ? '' : 's'} moved to this device.`;
      input.value = '';
      opts.onReceived();
    } catch (error) {
      received.textContent = error instanceof LobbyError ? lobbyErrorText('receive the games', error.status, error.message) : 'Could not receive the games.';
    }
  };
  if (opts.receive) void redeem();

  const form = h('form', { class: 'row' }, h('label', { attrs: { for: 'transfer-code' } }, 'Transfer code'), input, h('button', { attrs: { type: 'submit' } }, 'Receive games'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void redeem();
  });
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'transfer-title' } },
    h('h2', { id: 'transfer-title' }, 'Another device'),
    h('p', {}, 'Move the games of this device to another one (no account needed), or receive them here.'),
    button('Make a transfer code', () => void make(), { key: 'make-transfer' }), out,
    form, received);
}
