/**
 * The online lobby: the player's display name, the seats this browser holds (rejoin or give
 * up), a new match (scenario, side, rule options, listed or not, or against the server's AI),
 * joining or watching by code, and the list of open matches. Every Lobby refusal is shown in
 * plain words in an alert; names and everything else from the server go in as text only.
 */
import type { AiLevel } from '../ai';
import { type LobbyClient, LobbyError, type LobbyMatch, type SeatTicket } from '../client/lobby-client';
import {
  canRejoin, checkDisplayName, createOptions, describeMatch, formatCode, isAiLevel, lobbyErrorText, parseMatchCode,
  type RuleChoice, type SideChoice, sortMatches, TICKET_STATE_TEXT, type TicketState, ticketState,
} from '../client/online-rules';
import type { SeatTickets } from '../client/seat-tickets';
import { DEFAULT_SCENARIO, SCENARIOS } from '../game/data/scenarios';
import type { Seat } from '../game';
import { button, fillSlot, h, keepingFocus, screenHeading } from './dom';
import { SIDE_NAME } from './labels';

/** Where the display name is remembered. */
export interface NameStore {
  get(): string;
  set(name: string): void;
}

export interface LobbyScreenOptions {
  readonly lobby: LobbyClient;
  readonly tickets: SeatTickets;
  readonly names: NameStore;
  /** A match named by a link, shown first with its Join and Watch buttons. */
  readonly focusCode?: string;
  /** A message to show on arrival (e.g. why a rejoin did not work). */
  readonly notice?: string;
  /** Opens a match: with a ticket as that seat, without as a spectator; `notice`: a problem to show there. */
  readonly onPlay: (match: LobbyMatch, ticket?: SeatTicket, notice?: string) => void;
  readonly onBack: () => void;
  /** Auto-refresh of the open matches (ms); 0: only on request. */
  readonly refreshMs?: number;
}

const LEVELS: ReadonlyArray<[AiLevel, string]> = [['easy', 'Easy'], ['normal', 'Normal'], ['hard', 'Hard']];

function radios<T extends string>(name: string, legend: string, options: ReadonlyArray<[T, string]>, value: T): HTMLFieldSetElement {
  return h('fieldset', {}, h('legend', {}, legend), ...options.map(([v, label]) => {
    const id = `${name}-${v}`;
    const input = h('input', { id, attrs: { type: 'radio', name, value: v } });
    input.checked = v === value;
    return h('div', { class: 'radio' }, input, h('label', { attrs: { for: id } }, label));
  }));
}

function checkedValue(root: HTMLElement, name: string): string {
  return (root.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';
}

function select(id: string, label: string, options: ReadonlyArray<[string, string]>, value: string): HTMLElement {
  const el = h('select', { id, attrs: { 'data-key': id } }, ...options.map(([v, text]) => h('option', { attrs: { value: v } }, text)));
  el.value = value;
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), el);
}

interface SavedSeat {
  readonly ticket: SeatTicket;
  readonly state: TicketState | 'checking' | 'unknown';
  readonly match: LobbyMatch | null;
}

/** Mounts the lobby in `root`; returns the function that stops its timers. */
export function mountLobbyScreen(root: HTMLElement, opts: LobbyScreenOptions): () => void {
  const screen = new LobbyScreen(root, opts);
  return () => screen.destroy();
}

class LobbyScreen {
  private readonly alert = h('p', { class: 'lobby-alert', attrs: { role: 'alert' } });
  private readonly status = h('p', { class: 'lobby-status', attrs: { role: 'status' } });
  private readonly focusSlot = h('div', {});
  private readonly seatsSlot = h('div', {});
  private readonly listSlot = h('div', {});
  private readonly nameInput: HTMLInputElement;
  private readonly nameError = h('p', { id: 'name-error', class: 'field-error' });
  private matches: LobbyMatch[] | null = null;
  private listedAt = '';
  private seats: SavedSeat[] = [];
  private focused: { code: string; match: LobbyMatch | null; error: string } | null = null;
  private busy = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private destroyed = false;

  constructor(private readonly root: HTMLElement, private readonly opts: LobbyScreenOptions) {
    this.nameInput = h('input', {
      id: 'player-name',
      attrs: { type: 'text', autocomplete: 'nickname', spellcheck: 'false', 'aria-describedby': 'name-hint name-error', 'data-key': 'player-name' },
    });
    this.nameInput.value = opts.names.get();
    this.nameInput.addEventListener('change', () => this.saveName());
    this.nameInput.addEventListener('input', () => {
      if (this.nameInput.getAttribute('aria-invalid') === 'true') this.checkName(false);
    });
    if (opts.focusCode) this.focused = { code: opts.focusCode, match: null, error: '' };
    root.replaceChildren(this.render());
    if (opts.notice) this.alert.textContent = opts.notice;
    this.seats = opts.tickets.all().map((ticket) => ({ ticket, state: 'checking', match: null }));
    this.fillSeats();
    this.fillFocus();
    this.fillList();
    void this.checkSeats();
    void this.loadFocus();
    void this.refresh();
    if ((opts.refreshMs ?? 15_000) > 0) this.timer = setInterval(() => void this.refresh(true), opts.refreshMs ?? 15_000);
    const first = opts.focusCode ? '#focus-title' : '#lobby-title';
    (root.querySelector(first) as HTMLElement | null)?.focus();
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
      this.alert,
      this.status,
      this.focusSlot,
      h('div', { class: 'lobby-grid' },
        this.nameSection(),
        this.seatsSlot,
        this.createSection(),
        this.codeSection(),
        h('section', { class: 'menu-card lobby-list', attrs: { 'aria-labelledby': 'open-title' } },
          h('div', { class: 'section-head' },
            h('h2', { id: 'open-title' }, 'Open matches'),
            button('Refresh', () => void this.refresh(), { key: 'refresh', class: 'small' })),
          this.listSlot)));
  }

  private back(): void {
    this.destroy();
    this.opts.onBack();
  }

  // ----- name -----

  private nameSection(): HTMLElement {
    return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'name-title' } },
      h('h2', { id: 'name-title' }, 'Your name'),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'player-name' } }, 'Display name'),
        this.nameInput,
        h('p', { id: 'name-hint', class: 'hint' }, '1 to 24 characters, shown to the other player. Remembered on this device.'),
        this.nameError));
  }

  /** The valid name, or null after saying what is wrong (and focusing the field if asked). */
  private checkName(focus: boolean): string | null {
    const check = checkDisplayName(this.nameInput.value);
    this.nameInput.setAttribute('aria-invalid', String(!check.ok));
    this.nameError.textContent = check.ok ? '' : check.reason;
    if (!check.ok) {
      if (focus) this.nameInput.focus();
      return null;
    }
    return check.name;
  }

  private saveName(): void {
    const name = this.checkName(false);
    if (name !== null) this.opts.names.set(name);
  }

  // ----- saved seats -----

  private async checkSeats(): Promise<void> {
    const results = await Promise.all(this.seats.map(async ({ ticket }): Promise<SavedSeat> => {
      try {
        const match = await this.opts.lobby.get(ticket.matchID);
        return { ticket, match, state: ticketState(ticket, match) };
      } catch (error) {
        if (error instanceof LobbyError && error.status === 404) return { ticket, match: null, state: 'gone' };
        return { ticket, match: null, state: 'unknown' };
      }
    }));
    if (this.destroyed) return;
    // Seats that no longer exist are forgotten: nothing can be done with them.
    for (const seat of results) if (seat.state === 'gone' || seat.state === 'lost') this.opts.tickets.forget(seat.ticket.matchID);
    this.seats = results.filter((s) => s.state !== 'gone' && s.state !== 'lost');
    this.fillSeats();
  }

  private fillSeats(): void {
    const key = JSON.stringify([this.seats.map((s) => [s.ticket.matchID, s.state]), this.busy]);
    keepingFocus(this.root, () => fillSlot(this.seatsSlot, key, () => {
      this.seatsSlot.hidden = this.seats.length === 0;
      if (this.seats.length === 0) return h('div', {});
      const items = this.seats.map((seat) => {
        const { ticket } = seat;
        const code = formatCode(ticket.matchID);
        const stateText = seat.state === 'checking' ? 'checking…' : seat.state === 'unknown' ? 'cannot check right now' : TICKET_STATE_TEXT[seat.state];
        const side = seat.match ? describeMatch(seat.match).seats.find((s) => s.seat === ticket.playerID)?.side : undefined;
        const rejoinable = seat.state === 'unknown' || seat.state === 'checking' || canRejoin(seat.state);
        return h('li', { class: 'seat-item' },
          h('p', {}, h('strong', {}, `Match ${code}`), ` — ${side ? `${SIDE_NAME[side]}, ` : ''}as ${ticket.playerName}: ${stateText}`),
          h('div', { class: 'row' },
            button('Rejoin', () => void this.rejoin(seat), { key: `rejoin:${ticket.matchID}`, class: 'primary small', disabled: this.busy || !rejoinable, ariaLabel: `Rejoin match ${code}` }),
            button('Leave seat', () => void this.leaveSeat(ticket), { key: `leave:${ticket.matchID}`, class: 'small', disabled: this.busy, ariaLabel: `Leave your seat in match ${code}` })));
      });
      return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'seats-title' } },
        h('h2', { id: 'seats-title' }, 'Your matches'),
        h('p', { class: 'hint' }, 'Seats this device holds. Rejoin one, or give it up so someone else can sit there.'),
        h('ul', { class: 'plain-list' }, ...items));
    }));
  }

  private async rejoin(seat: SavedSeat): Promise<void> {
    await this.run(`rejoin match ${formatCode(seat.ticket.matchID)}`, async () => {
      const match = seat.match ?? (await this.opts.lobby.get(seat.ticket.matchID));
      this.play(match, seat.ticket);
    });
  }

  private async leaveSeat(ticket: SeatTicket): Promise<void> {
    await this.run('leave the seat', async () => {
      try {
        await this.opts.lobby.leave(ticket);
      } catch (error) {
        // A match that is gone, or a seat that is no longer ours, is left already.
        if (!(error instanceof LobbyError) || (error.status !== 404 && error.status !== 403)) throw error;
      }
      this.opts.tickets.forget(ticket.matchID);
      this.seats = this.seats.filter((s) => s.ticket.matchID !== ticket.matchID);
      this.status.textContent = `You left your seat in match ${formatCode(ticket.matchID)}.`;
      this.fillSeats();
      void this.refresh(true);
      (this.root.querySelector('#lobby-title') as HTMLElement | null)?.focus();
    });
  }

  // ----- a match named by a link -----

  private async loadFocus(): Promise<void> {
    if (!this.focused) return;
    const { code } = this.focused;
    try {
      this.focused = { code, match: await this.opts.lobby.get(code), error: '' };
    } catch (error) {
      const text = error instanceof LobbyError ? lobbyErrorText(`open match ${formatCode(code)}`, error.status, error.message) : 'Could not open the match.';
      this.focused = { code, match: null, error: text };
    }
    if (!this.destroyed) this.fillFocus();
  }

  private fillFocus(): void {
    const focused = this.focused;
    const key = JSON.stringify([focused?.code, focused?.match, focused?.error, this.busy]);
    keepingFocus(this.root, () => fillSlot(this.focusSlot, key, () => {
      this.focusSlot.hidden = !focused;
      if (!focused) return h('div', {});
      const code = formatCode(focused.code);
      const body: Array<HTMLElement | null> = [];
      if (focused.error) body.push(h('p', {}, focused.error));
      else if (!focused.match) body.push(h('p', {}, 'Looking the match up…'));
      else body.push(...this.matchDetails(focused.match, 'focus'));
      return h('section', { class: 'menu-card focus-card', attrs: { 'aria-labelledby': 'focus-title' } },
        screenHeading('h2', `Match ${code}`, 'focus-title'), ...body);
    }));
  }

  // ----- create -----

  private createSection(): HTMLElement {
    const section = h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'create-title' } });
    const scenarios = Object.values(SCENARIOS).map((s): [string, string] => [s.id, s.title]);
    const def = SCENARIOS[DEFAULT_SCENARIO];
    const deps: Array<[string, string]> = [['scenario', `The scenario's (${def.dependency})`], ...[0, 1, 2, 3, 4, 5].map((n): [string, string] => [String(n), String(n)])];
    const aiBox = h('input', { id: 'create-ai', attrs: { type: 'checkbox' } });
    const listedBox = h('input', { id: 'create-listed', attrs: { type: 'checkbox' } });
    listedBox.checked = true;
    const aiLevel = select('create-ai-level', 'Server AI level', LEVELS, 'easy');
    aiLevel.hidden = true;
    aiBox.addEventListener('change', () => {
      aiLevel.hidden = !aiBox.checked;
      listedBox.disabled = aiBox.checked;
    });
    section.append(
      h('h2', { id: 'create-title' }, 'Create a match'),
      select('create-scenario', 'Scenario', scenarios, DEFAULT_SCENARIO),
      radios<SideChoice>('create-side', 'Your side', [['dem', SIDE_NAME.dem], ['aut', SIDE_NAME.aut], ['random', 'Random (drawn by the server)']], 'dem'),
      h('details', { class: 'options' },
        h('summary', {}, 'Rule options'),
        radios<RuleChoice>('create-rule', 'Bloc decisions', [['scenario', `The scenario's (${def.decisionRule === 'unanimity' ? 'unanimity' : 'majority'})`], ['unanimity', 'Unanimity (veto)'], ['majority', 'Majority voting']], 'scenario'),
        select('create-dependency', 'Starting dependency (0–5)', deps, 'scenario')),
      h('div', { class: 'check' }, listedBox, h('label', { attrs: { for: 'create-listed' } }, 'List the match in the lobby (anyone can join); otherwise only people with the code can')),
      h('div', { class: 'check' }, aiBox, h('label', { attrs: { for: 'create-ai' } }, 'Play against the server AI')),
      aiLevel,
      button('Create match', () => void this.create(section), { key: 'create', class: 'primary' }));
    return section;
  }

  private async create(section: HTMLElement): Promise<void> {
    const name = this.checkName(true);
    if (name === null) return;
    const value = (id: string) => (section.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
    const againstAi = (section.querySelector('#create-ai') as HTMLInputElement).checked;
    const level = value('create-ai-level');
    const dependency = value('create-dependency');
    const { options, seat } = createOptions({
      scenario: value('create-scenario'),
      side: checkedValue(section, 'create-side') as SideChoice,
      decisionRule: checkedValue(section, 'create-rule') as RuleChoice,
      dependency: dependency === 'scenario' ? null : Number(dependency),
      listed: !againstAi && (section.querySelector('#create-listed') as HTMLInputElement).checked,
    });
    await this.run('create the match', async () => {
      const code = await this.opts.lobby.create(options);
      const ticket = await this.opts.lobby.join(code, name, seat);
      this.opts.tickets.save(ticket);
      this.opts.names.set(name);
      let notice: string | undefined;
      if (againstAi && isAiLevel(level)) {
        try {
          await this.opts.lobby.addAi(ticket, seat === '0' ? '1' : '0', level);
        } catch (error) {
          // The match exists and the seat is ours: the game screen offers the AI again.
          if (!(error instanceof LobbyError)) throw error;
          notice = lobbyErrorText('give the other seat to the server AI', error.status, error.message);
        }
      }
      this.play(await this.opts.lobby.get(code), ticket, notice);
    });
  }

  // ----- by code -----

  private codeSection(): HTMLElement {
    const input = h('input', { id: 'join-code', attrs: { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-describedby': 'code-hint', 'data-key': 'join-code' } });
    const read = (): string | null => {
      const code = parseMatchCode(input.value);
      input.setAttribute('aria-invalid', String(code === null));
      if (code === null) {
        this.alert.textContent = 'A match code has 8 letters and digits, like ABCD-EFGH.';
        input.focus();
      }
      return code;
    };
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const code = read();
      if (code) void this.joinCode(code);
    });
    return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'code-title' } },
      h('h2', { id: 'code-title' }, 'Join or watch by code'),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'join-code' } }, 'Match code'),
        input,
        h('p', { id: 'code-hint', class: 'hint' }, '8 letters and digits; case and dashes do not matter.')),
      h('div', { class: 'row' },
        button('Join', () => {
          const code = read();
          if (code) void this.joinCode(code);
        }, { key: 'join-code-button', class: 'primary' }),
        button('Watch', () => {
          const code = read();
          if (code) void this.watch(code);
        }, { key: 'watch-code-button' })));
  }

  private async joinCode(code: string, seat?: Seat): Promise<void> {
    const saved = this.opts.tickets.find(code);
    if (saved) {
      await this.run(`rejoin match ${formatCode(code)}`, async () => this.play(await this.opts.lobby.get(code), saved));
      return;
    }
    const name = this.checkName(true);
    if (name === null) return;
    await this.run(`join match ${formatCode(code)}`, async () => {
      const ticket = await this.opts.lobby.join(code, name, seat);
      this.opts.tickets.save(ticket);
      this.opts.names.set(name);
      this.play(await this.opts.lobby.get(ticket.matchID), ticket);
    });
  }

  private async watch(code: string): Promise<void> {
    await this.run(`watch match ${formatCode(code)}`, async () => this.play(await this.opts.lobby.get(code)));
  }

  // ----- the list -----

  private async refresh(quiet = false): Promise<void> {
    if (this.destroyed) return;
    try {
      this.matches = sortMatches(await this.opts.lobby.list());
      this.listedAt = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      if (!quiet) this.status.textContent = `${this.matches.length} open match${this.matches.length === 1 ? '' : 'es'}.`;
    } catch (error) {
      if (!quiet) this.alert.textContent = error instanceof LobbyError ? lobbyErrorText('list the matches', error.status, error.message) : 'Could not list the matches.';
    }
    if (!this.destroyed) this.fillList();
  }

  /** A match's seats and its Join/Watch buttons. */
  private matchDetails(match: LobbyMatch, where: 'list' | 'focus'): HTMLElement[] {
    const line = describeMatch(match);
    const saved = this.opts.tickets.find(match.matchID);
    const seats = h('ul', { class: 'seat-lines' }, ...line.seats.map((s) => h('li', { class: `seat-line seat-line--${s.side}` },
      h('span', { class: 'seat-side' }, `${SIDE_NAME[s.side]}: `), s.free ? h('em', {}, 'free seat') : s.who)));
    const buttons: HTMLElement[] = [];
    const over = match.gameover !== undefined;
    if (saved) {
      buttons.push(button('Rejoin', () => void this.joinCode(match.matchID), { key: `${where}-rejoin:${match.matchID}`, class: 'primary small', disabled: this.busy, ariaLabel: `Rejoin match ${line.codeText}` }));
    } else if (!over) {
      for (const s of line.seats.filter((x) => x.free)) {
        buttons.push(button(`Join as ${SIDE_NAME[s.side]}`, () => void this.joinCode(match.matchID, s.seat), {
          key: `${where}-join:${match.matchID}:${s.seat}`, class: 'primary small', disabled: this.busy, ariaLabel: `Join match ${line.codeText} as the ${SIDE_NAME[s.side]}`,
        }));
      }
    }
    buttons.push(button('Watch', () => void this.watch(match.matchID), { key: `${where}-watch:${match.matchID}`, class: 'small', disabled: this.busy, ariaLabel: `Watch match ${line.codeText}` }));
    const meta = `${line.scenario} · ${line.rules}${line.aiSeats > 0 ? ' · against the server AI' : ''}${over ? ' · finished' : line.freeSeats === 0 ? ' · in progress' : ''}`;
    return [h('p', { class: 'match-meta' }, meta), seats, h('div', { class: 'row' }, ...buttons)];
  }

  private fillList(): void {
    const key = JSON.stringify([this.matches, this.busy, this.listedAt]);
    keepingFocus(this.root, () => fillSlot(this.listSlot, key, () => {
      if (this.matches === null) return h('p', {}, 'Loading the open matches…');
      const updated = h('p', { class: 'hint' }, `Updated at ${this.listedAt}. The list refreshes by itself every few seconds.`);
      if (this.matches.length === 0) return h('div', {}, h('p', {}, 'No open matches right now: create one, or join a friend\'s by its code.'), updated);
      const items = this.matches.map((m) => {
        const line = describeMatch(m);
        return h('li', { class: 'match-item', attrs: { 'aria-label': `Match ${line.codeText}: ${line.summary}` } },
          h('h3', { class: 'match-code' }, `Match ${line.codeText}`), ...this.matchDetails(m, 'list'));
      });
      return h('div', {}, h('ul', { class: 'plain-list match-list' }, ...items), updated);
    }));
  }

  // ----- shared -----

  /** Runs a Lobby request with the buttons disabled; a refusal becomes an alert, never a crash. */
  private async run(action: string, task: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.alert.textContent = '';
    this.status.textContent = 'Asking the server…';
    this.refill();
    try {
      await task();
      if (!this.destroyed) this.status.textContent = '';
    } catch (error) {
      this.status.textContent = '';
      this.alert.textContent = error instanceof LobbyError ? lobbyErrorText(action, error.status, error.message) : `Could not ${action}: ${error instanceof Error ? error.message : String(error)}.`;
      if (error instanceof LobbyError && error.status === 409) void this.refresh(true);
    }
    this.busy = false;
    if (!this.destroyed) this.refill();
  }

  private refill(): void {
    this.fillSeats();
    this.fillFocus();
    this.fillList();
  }

  private play(match: LobbyMatch, ticket?: SeatTicket, notice?: string): void {
    this.destroy();
    this.opts.onPlay(match, ticket, notice);
  }
}
