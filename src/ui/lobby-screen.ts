/**
 * The online lobby: the player's display name (lobby-name.ts), the seats this browser holds
 * (lobby-seats.ts), a new match (lobby-create.ts), joining or watching by code (lobby-code.ts),
 * the match a link names (lobby-focus.ts) and the open matches (lobby-matches.ts). This file
 * lays them out and runs their Lobby requests: one at a time, every refusal shown in plain words
 * in an alert. Names and everything else from the server go in as text only.
 */
import { LobbyError, type LobbyMatch, type SeatTicket } from '../client/lobby-client';
import { formatCode, lobbyErrorText } from '../client/online-rules';
import type { Seat } from '../game/types';
import { button, h, screenHeading } from './dom';
import { createCodeSection } from './lobby-code';
import type { LobbyContext, LobbyScreenOptions } from './lobby-context';
import { createMatchForm } from './lobby-create';
import { createFocusCard, type FocusCard } from './lobby-focus';
import { createMatchList, type MatchList } from './lobby-matches';
import { createNameField, type NameField } from './lobby-name';
import { createSeatsSection, type SeatsSection } from './lobby-seats';

const ASKING = 'Asking the server…';
const DEFAULT_REFRESH_MS = 15_000;

/** Mounts the lobby in `root`; returns the function that stops its timers. */
export function mountLobbyScreen(root: HTMLElement, opts: LobbyScreenOptions): () => void {
  const screen = new LobbyScreen(root, opts);
  return () => screen.destroy();
}

class LobbyScreen implements LobbyContext {
  private readonly alertLine = h('p', { class: 'lobby-alert', attrs: { role: 'alert' } });
  private readonly statusLine = h('p', { class: 'lobby-status', attrs: { role: 'status' } });
  private readonly name: NameField;
  private readonly seats: SeatsSection;
  private readonly focus: FocusCard;
  private readonly list: MatchList;
  private busy = false;
  private destroyed = false;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(readonly root: HTMLElement, readonly opts: LobbyScreenOptions) {
    this.name = createNameField(opts.names);
    this.seats = createSeatsSection(this);
    this.focus = createFocusCard(this, opts.focusCode || undefined);
    this.list = createMatchList(this);
    root.replaceChildren(this.render());
    if (opts.notice) this.alert(opts.notice);
    this.refill();
    void this.seats.check();
    void this.focus.load();
    void this.refresh();
    const refreshMs = opts.refreshMs ?? DEFAULT_REFRESH_MS;
    if (refreshMs > 0) this.timer = setInterval(() => void this.refresh(true), refreshMs);
    (root.querySelector(opts.focusCode ? '#focus-title' : '#lobby-title') as HTMLElement | null)?.focus();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timer) clearInterval(this.timer);
  }

  private render(): HTMLElement {
    return h('div', { class: 'lobby' },
      h('header', { class: 'lobby-head' },
        h('div', { class: 'row' }, button('Back to the menu', () => this.back(), { key: 'back' })),
        screenHeading('h1', 'Play online', 'lobby-title'),
        h('p', {}, 'Play someone over the internet or the server\'s AI. A match has a short code: read it out or send the link to invite a friend.')),
      this.alertLine,
      this.statusLine,
      this.focus.el,
      h('div', { class: 'lobby-grid' }, this.name.el, this.seats.el, createMatchForm(this), createCodeSection(this), this.list.el));
  }

  private back(): void {
    this.destroy();
    this.opts.onBack();
  }

  isBusy(): boolean {
    return this.busy;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  say(text: string): void {
    this.statusLine.textContent = text;
  }

  alert(text: string): void {
    this.alertLine.textContent = text;
  }

  checkName(focus: boolean): string | null {
    return this.name.check(focus);
  }

  refresh(quiet = false): Promise<void> {
    return this.list.refresh(quiet);
  }

  /** Runs a Lobby request with the buttons disabled; a refusal becomes an alert, never a crash. */
  async run(action: string, task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.alert('');
    this.say(ASKING);
    this.refill();
    try {
      await task();
      // The task may have said how it went: only the "asking" line goes.
      if (!this.destroyed && this.statusLine.textContent === ASKING) this.say('');
    } catch (error) {
      this.say('');
      this.alert(error instanceof LobbyError ? lobbyErrorText(action, error.status, error.message) : `Could not ${action}: ${error instanceof Error ? error.message : String(error)}.`);
      if (error instanceof LobbyError && error.status === 409) void this.refresh(true);
    }
    this.busy = false;
    if (!this.destroyed) this.refill();
  }

  async joinCode(code: string, seat?: Seat): Promise<void> {
    const { lobby, tickets, names } = this.opts;
    const saved = tickets.find(code);
    if (saved) {
      await this.run(`rejoin match ${formatCode(code)}`, async () => this.play(await lobby.get(code), saved));
      return;
    }
    const name = this.checkName(true);
    if (name === null) return;
    await this.run(`join match ${formatCode(code)}`, async () => {
      const ticket = await lobby.join(code, name, seat);
      tickets.save(ticket);
      names.set(name);
      this.play(await lobby.get(ticket.matchID), ticket);
    });
  }

  async watch(code: string): Promise<void> {
    await this.run(`watch match ${formatCode(code)}`, async () => this.play(await this.opts.lobby.get(code)));
  }

  play(match: LobbyMatch, ticket?: SeatTicket, notice?: string): void {
    this.destroy();
    this.opts.onPlay(match, ticket, notice);
  }

  /** Every section whose buttons depend on `busy`. */
  private refill(): void {
    this.seats.fill();
    this.focus.fill();
    this.list.fill();
  }
}
