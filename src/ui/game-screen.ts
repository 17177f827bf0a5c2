/**
 * The game screen: renders the shown seat's view on every change and turns the player's choices
 * into moves. It reads legality only from the rules (legal moves of the player's own view).
 */
import type { Match, MatchSnapshot } from '../client/match';
import type { OnlineSession, OnlineState } from '../client/online-match';
import { canUndo, type CardId, legalMovesOfView, type Move, type Seat } from '../game';
import { type BoardSlot, type BoardUiState, mountBoardSlot } from './board-slot';
import { ChoiceController } from './choice-controller';
import { renderCountryTable } from './country-table';
import { clearSlot, fillSlot, h, keepingFocus } from './dom';
import { renderEndScreen } from './end-screen';
import type { GameRecord } from '../client/game-record';
import { replayActions } from './record-file';
import { focusDebrief, renderDebrief, switchSidesFor } from './debrief-screen';
import { type MatchConfig, randomSeed, startMatch } from '../client/match';
import { createGameLayout, type GameLayout, leaveControl, type LeaveWords } from './game-layout';
import { renderHand } from './hand-view';
import { renderHud } from './hud';
import { createHintPanel, type HintPanel } from './hint-panel';
import { createLogView, type LogView } from './log-view';
import { createOnlinePanel, type OnlinePanel } from './online-panel';
import { renderPassDevice } from './pass-device';
import { RematchPanel } from './rematch-panel';
import { type Opponent, thinkingText, waitingText, whoText } from './screen-words';
import { renderTurnPanel } from './turn-panel';

export interface GameScreenOptions {
  readonly match: Match;
  /** Back to the main menu, or to the lobby online (the match is destroyed first). */
  readonly onExit: () => void;
  /** An online match: its session and what the end screen offers. */
  readonly online?: OnlineScreenOptions;
  /** After the end: opens the game's replay (a local game's own record, an online match's from its server). */
  readonly onReplay?: (record: GameRecord) => void;
  /** Switch sides: the app starts this new local game (and tears this screen down). */
  readonly onSwitchSides?: (config: MatchConfig) => void;
  /** A panel shown with the game (the tutorial's steps), above the board; told of every change. */
  readonly companion?: GameCompanion;
  /** The leave control's words, when not the local or online game's. */
  readonly leave?: LeaveWords;
}

export interface GameCompanion {
  readonly el: HTMLElement;
  update(snap: MatchSnapshot): void;
  /** A card of the hand to point out (the tutorial step's): the hand shows it first, marked. */
  pointedCard?(): CardId | null;
}

interface OnlineScreenOptions {
  readonly session: OnlineSession;
  /** The link that opens this match. */
  readonly inviteLink: string;
  /** A problem to show on arrival. */
  readonly notice?: string;
  /** A rematch: this seat moves to the next match (the app shows it). Throws `LobbyError`. */
  readonly playAgain: () => Promise<void>;
  /** The finished match's record from the server (its replay and download). */
  readonly loadRecord?: () => Promise<GameRecord>;
}

type Overlay = 'none' | 'pass' | 'end';

const FROM_SERVER = 'Waiting for the game from the server…';
/** A local game is saved after every move: leaving keeps it, and the menu offers it again. */
const LEAVE_LOCAL = { label: 'Leave game', question: 'Leave this game? It stays saved on this device: resume it from the menu.', confirm: 'Leave' };

/** Mounts the game screen in `parent`; returns the function that tears it down. */
export function mountGameScreen(parent: HTMLElement, opts: GameScreenOptions): () => void {
  const screen = new GameScreen(parent, opts);
  return () => screen.destroy();
}

class GameScreen {
  private readonly layout: GameLayout;
  private readonly log: LogView = createLogView();
  private readonly choice: ChoiceController;
  private readonly unsubscribe: () => void;
  /** Hot-seat: the seat whose player said they hold the device. */
  private confirmedSeat: Seat | null = null;
  private overlay: Overlay = 'none';
  private wasMyTurn = false;
  private board: BoardSlot | null = null;
  private readonly onlinePanel: OnlinePanel | null = null;
  /** Solo, not the tutorial: "What would the AI do?" for the learner's own seat. */
  private readonly hint: HintPanel | null = null;
  /** The end screen's online part (rematch), updated while the end screen shows. */
  private readonly rematch: RematchPanel | null;
  private boardKey = '';
  private destroyed = false;

  constructor(parent: HTMLElement, private readonly opts: GameScreenOptions) {
    this.layout = createGameLayout('Trust & Leverage', () => this.exit(), opts.leave ?? (!opts.online ? LEAVE_LOCAL : opts.match.config.mode === 'spectator'
      ? { label: 'Back to the lobby', question: 'Stop watching this match?', confirm: 'Leave' }
      : { label: 'Back to the lobby', question: 'Leave this screen? Your seat stays yours: rejoin it from the lobby.', confirm: 'Leave' }));
    this.layout.logSlot.append(this.log.el);
    if (opts.companion) this.layout.board.before(opts.companion.el);
    // Not in the tutorial: its steps say what to do, and the AI's advice would contradict them
    // (and take the room the step's controls need).
    if (opts.match.config.mode === 'solo' && !opts.match.config.scripted) {
      this.hint = createHintPanel();
      this.layout.turn.after(this.hint.el);
    }
    if (opts.online) {
      this.onlinePanel = createOnlinePanel({
        session: opts.online.session, inviteLink: opts.online.inviteLink, ...(opts.online.notice ? { notice: opts.online.notice } : {}),
      });
      this.layout.online.append(this.onlinePanel.el);
    }
    const online = opts.online;
    this.rematch = online ? new RematchPanel(() => online.playAgain()) : null;
    parent.replaceChildren(this.layout.root);
    this.choice = new ChoiceController({
      root: this.layout.root,
      changed: () => this.render(),
      announce: (text) => this.announce(text),
      focusFallback: () => this.focusTurnTitle(),
    });
    document.addEventListener('keydown', this.onKey);
    this.unsubscribe = opts.match.subscribe(() => this.render());
    this.render();
    void mountBoardSlot(this.layout.board, { onCountrySelect: (id) => this.choice.selectTarget(id) }).then((slot) => this.boardMounted(slot));
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    document.removeEventListener('keydown', this.onKey);
    this.unsubscribe();
    this.layout.dispose();
    this.hint?.destroy();
    this.board?.destroy();
    this.opts.match.destroy();
  }

  private exit(): void {
    this.destroy();
    this.opts.onExit();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.choice.isEmpty()) return;
    event.preventDefault();
    this.choice.cancel();
  };

  private boardMounted(slot: BoardSlot): void {
    if (this.destroyed) return slot.destroy();
    this.board = slot;
    this.render();
    // Two frames: the board has drawn its first frame by then.
    requestAnimationFrame(() => requestAnimationFrame(() => markReady(slot.live)));
  }

  private render(): void {
    if (this.destroyed) return;
    const snap = this.opts.match.snapshot();
    const online = this.opts.online?.session.state() ?? null;
    if (online) this.onlinePanel?.update(online, snap?.shown.view.result != null);
    if (!snap) return this.announce(online ? FROM_SERVER : 'Setting up the match…');
    this.opts.companion?.update(snap);
    this.choice.refresh(snap.myTurn && !snap.sending ? legalMovesOfView(snap.shown.view) : []);
    if (snap.shown.view.result !== null) return this.showEnd(snap, online);
    if (snap.mode === 'hot-seat' && this.confirmedSeat !== snap.shown.seat) return this.showPass(snap);
    this.showGame(snap);
  }

  private play(move: Move): void {
    this.choice.clear();
    this.opts.match.play(move);
  }

  private announce(text: string): void {
    this.layout.status.textContent = text;
  }

  private focusTurnTitle(): void {
    (this.layout.root.querySelector('#turn-title') as HTMLElement | null)?.focus();
  }

  /** Hot-seat, between turns: the hand leaves the page until the next player is ready. */
  private showPass(snap: MatchSnapshot): void {
    clearSlot(this.layout.hand);
    clearSlot(this.layout.turn);
    this.cover(true);
    if (this.overlay === 'pass') return;
    this.overlay = 'pass';
    this.announce('');
    const seat = snap.shown.seat;
    // Hot-seat always shows a seat (only online spectators have no side).
    const leave = leaveControl(() => this.exit(), this.opts.leave ?? LEAVE_LOCAL);
    this.layout.overlay.replaceChildren(renderPassDevice(snap.side ?? snap.shown.view.active, this.confirmedSeat === null, () => {
      this.confirmedSeat = seat;
      this.render();
      this.focusTurnTitle();
    }, leave));
    (this.layout.overlay.querySelector('#pass-title') as HTMLElement).focus();
  }

  /**
   * Covers the game while the device is passed. The rest of the screen is made invisible and
   * inert but keeps its size, so that the board never lays itself out at 0×0.
   */
  private cover(on: boolean): void {
    this.layout.body.classList.toggle('is-covered', on);
    this.layout.body.inert = on;
    this.layout.overlay.classList.toggle('overlay--cover', on);
  }

  private showEnd(snap: MatchSnapshot, online: OnlineState | null): void {
    this.showGame(snap);
    if (online) this.rematch?.update(online);
    if (this.overlay === 'end') return;
    this.overlay = 'end';
    const me = snap.mode === 'solo' || snap.mode === 'online' ? snap.side : null;
    performance.mark('tl:debrief-start');
    const debrief = renderDebrief({
      view: snap.shown.view, seed: this.opts.match.record?.().seed ?? null, freshSeed: randomSeed, ...this.seedLoader(),
      switchSides: switchSidesFor(this.opts.match.config, snap.side, (config) => this.restartWith(config)),
    });
    const source = this.opts.match.record?.() ?? this.opts.online?.loadRecord;
    const readDebrief = { onDebrief: () => focusDebrief(debrief), ...(source && this.opts.onReplay ? { replay: replayActions(source, this.opts.onReplay) } : {}) };
    const end = online
      ? renderEndScreen(snap.shown.view, me, () => this.exit(), { newGameLabel: 'Back to the lobby', extra: this.rematch?.element ?? h('div'), ...readDebrief })
      : renderEndScreen(snap.shown.view, me, () => this.exit(), readDebrief);
    this.layout.overlay.replaceChildren(end, debrief);
    performance.measure('tl:debrief', 'tl:debrief-start');
    (this.layout.overlay.querySelector('#end-title') as HTMLElement).focus();
  }

  /** Online: the debrief's what-if asks the server for the finished match's seed. */
  private seedLoader(): { loadSeed?: () => Promise<string> } {
    const load = this.opts.online?.loadRecord;
    return load ? { loadSeed: () => load().then((record) => record.seed) } : {};
  }

  /** Switch sides: a new local match in this screen's place. */
  private restartWith(config: MatchConfig): void {
    if (this.opts.onSwitchSides) return this.opts.onSwitchSides(config);
    const parent = this.layout.root.parentElement;
    this.destroy();
    if (parent) mountGameScreen(parent, { ...this.opts, match: startMatch(config) });
  }

  private showGame(snap: MatchSnapshot): void {
    this.cover(false);
    if (this.overlay === 'pass') {
      this.layout.overlay.replaceChildren();
      this.overlay = 'none';
    }
    const ui: BoardUiState = { highlighted: this.choice.highlighted(), selected: this.choice.draft.target ?? null };
    keepingFocus(this.layout.root, () => this.fillSections(snap, ui));
    this.log.update(snap.shown.view.log, snap.aiNotes);
    this.hint?.update(snap);
    this.updateBoard(snap, ui);
    this.updateStatus(snap);
  }

  /** Rebuilds each section whose inputs changed (the key lists everything a section shows). */
  private fillSections(snap: MatchSnapshot, ui: BoardUiState): void {
    const { view } = snap.shown;
    const { draft, moves } = this.choice;
    const { log: _log, countries, ...status } = view;
    const sending = snap.sending === true;
    const mine = { draft, moves, myTurn: snap.myTurn, sending };
    const { hud, turn, hand, countries: table } = this.layout;
    const online = this.opts.online?.session.state() ?? null;
    const opponent = this.opponent();
    const who = whoText(snap, online, opponent);
    const waiting = waitingText(snap, online, opponent);
    fillSlot(hud, JSON.stringify([status, who]), () => renderHud({ view, who }));
    fillSlot(turn, JSON.stringify([status, countries, mine, waiting]), () => renderTurnPanel({
      view, side: snap.side ?? view.active, myTurn: snap.myTurn, sending, waitingText: waiting, moves, draft,
      canUndo: snap.myTurn && !sending && canUndo(view),
      setDraft: (d) => this.choice.set(d),
      chooseAction: (action) => this.choice.chooseAction(action),
      confirm: (move) => this.play(move),
      cancel: () => this.choice.cancel(),
      pass: () => this.play({ kind: 'pass' }),
      undo: () => this.opts.match.undo(),
    }));
    // A spectator holds no hand: the slot stays empty.
    const pointed = this.opts.companion?.pointedCard?.() ?? null;
    if (snap.side === null) clearSlot(hand);
    else fillSlot(hand, JSON.stringify([view.sides[snap.side].hand, view.pending, mine, pointed]), () => renderHand({
      view, moves, draft, canPlay: snap.myTurn && !sending && view.pending === null, onPick: (card, mode) => this.choice.pickCard(card, mode), pointed,
    }));
    fillSlot(table, JSON.stringify([countries, ui]), () => renderCountryTable({
      view, highlighted: ui.highlighted, selected: ui.selected, onSelect: (id) => this.choice.selectTarget(id),
    }));
  }

  /** Solo: the tutorial's script plays the other seat, not the AI. */
  private opponent(): Opponent {
    return this.opts.match.config.scripted ? 'script' : 'ai';
  }

  /** The board redraws on every update: it gets each new state or choice once, not every render. */
  private updateBoard(snap: MatchSnapshot, ui: BoardUiState): void {
    const key = JSON.stringify([snap.shown.stateID, snap.shown.seat, ui]);
    if (!this.board || key === this.boardKey) return;
    this.boardKey = key;
    this.board.update(snap.shown.view, ui);
  }

  private updateStatus(snap: MatchSnapshot): void {
    const { view } = snap.shown;
    const status = this.layout.status;
    const thinking = thinkingText(snap, this.opponent());
    if (view.result !== null) this.announce('Game over.');
    else if (snap.myTurn && !this.wasMyTurn) this.announce(`Your turn: round ${view.round}.`);
    else if (snap.aiThinking) this.announce(thinking);
    else if (snap.aiError) this.announce(`The AI ran into a problem: ${snap.aiError}`);
    else if (status.textContent === thinking || status.textContent === FROM_SERVER) this.announce('');
    // Online, the other player's moves come in the log: the turn's greeting goes when the turn does.
    else if (snap.mode === 'online' && !snap.myTurn && this.wasMyTurn) this.announce('');
    status.classList.toggle('thinking', snap.aiThinking);
    this.wasMyTurn = snap.myTurn;
  }
}

/** Tells the page (and the benchmark) that the board is drawn and the controls work. */
function markReady(live: boolean): void {
  performance.mark('tl:board-ready', { detail: { live } });
  document.documentElement.dataset['boardReady'] = live ? 'map' : 'table';
}
