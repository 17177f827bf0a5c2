/**
 * The game screen: renders the shown seat's view on every change and turns the player's choices
 * into moves. It reads legality only from the rules (legal moves of the player's own view).
 */
import type { Match, MatchSnapshot } from '../client/match';
import { canUndo, legalMovesForView } from '../client/view-moves';
import type { Move, Seat } from '../game';
import { type BoardSlot, type BoardUiState, mountBoardSlot } from './board-slot';
import { ChoiceController } from './choice-controller';
import { renderCountryTable } from './country-table';
import { clearSlot, fillSlot, keepingFocus } from './dom';
import { renderEndScreen } from './end-screen';
import { createGameLayout, type GameLayout } from './game-layout';
import { renderHand } from './hand-view';
import { renderHud } from './hud';
import { SIDE_NAME } from './labels';
import { createLogView, type LogView } from './log-view';
import { renderPassDevice } from './pass-device';
import { renderTurnPanel } from './turn-panel';

export interface GameScreenOptions {
  readonly match: Match;
  /** Back to the main menu (the match is destroyed first). */
  readonly onExit: () => void;
}

type Overlay = 'none' | 'pass' | 'end';

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
  private boardKey = '';
  private destroyed = false;

  constructor(parent: HTMLElement, private readonly opts: GameScreenOptions) {
    this.layout = createGameLayout('Trust & Leverage', () => this.exit());
    this.layout.logSlot.append(this.log.el);
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
    if (!snap) return this.announce('Setting up the match…');
    this.choice.refresh(snap.myTurn ? legalMovesForView(snap.shown.view) : []);
    if (snap.shown.view.result !== null) return this.showEnd(snap);
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
    this.layout.overlay.replaceChildren(renderPassDevice(snap.side, this.confirmedSeat === null, () => {
      this.confirmedSeat = seat;
      this.render();
      this.focusTurnTitle();
    }));
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

  private showEnd(snap: MatchSnapshot): void {
    this.showGame(snap);
    if (this.overlay === 'end') return;
    this.overlay = 'end';
    const me = snap.mode === 'solo' ? snap.side : null;
    this.layout.overlay.replaceChildren(renderEndScreen(snap.shown.view, me, () => this.exit()));
    (this.layout.overlay.querySelector('#end-title') as HTMLElement).focus();
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
    this.updateBoard(snap, ui);
    this.updateStatus(snap);
  }

  /** Rebuilds each section whose inputs changed (the key lists everything a section shows). */
  private fillSections(snap: MatchSnapshot, ui: BoardUiState): void {
    const { view } = snap.shown;
    const { draft, moves } = this.choice;
    const { log: _log, countries, ...status } = view;
    const mine = { draft, moves, myTurn: snap.myTurn };
    const { hud, turn, hand, countries: table } = this.layout;
    fillSlot(hud, JSON.stringify([status, snap.side]), () => renderHud({ view, who: whoText(snap) }));
    fillSlot(turn, JSON.stringify([status, countries, mine]), () => renderTurnPanel({
      view, side: snap.side, myTurn: snap.myTurn, waitingText: waitingText(snap), moves, draft,
      canUndo: snap.myTurn && canUndo(view),
      setDraft: (d) => this.choice.set(d),
      chooseAction: (action) => this.choice.chooseAction(action),
      confirm: (move) => this.play(move),
      cancel: () => this.choice.cancel(),
      pass: () => this.play({ kind: 'pass' }),
      undo: () => this.opts.match.undo(),
    }));
    fillSlot(hand, JSON.stringify([view.sides[snap.side].hand, view.pending, mine]), () => renderHand({
      view, moves, draft, canPlay: snap.myTurn && view.pending === null, onPick: (card, mode) => this.choice.pickCard(card, mode),
    }));
    fillSlot(table, JSON.stringify([countries, ui]), () => renderCountryTable({
      view, highlighted: ui.highlighted, selected: ui.selected, onSelect: (id) => this.choice.selectTarget(id),
    }));
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
    if (view.result !== null) this.announce('Game over.');
    else if (snap.myTurn && !this.wasMyTurn) this.announce(`Your turn: round ${view.round}.`);
    else if (snap.aiThinking) this.announce('The AI is thinking…');
    else if (snap.aiError) this.announce(`The AI ran into a problem: ${snap.aiError}`);
    else if (status.textContent === 'The AI is thinking…') this.announce('');
    status.classList.toggle('thinking', snap.aiThinking);
    this.wasMyTurn = snap.myTurn;
  }
}

function whoText(snap: MatchSnapshot): string {
  return snap.mode === 'solo' ? `You play the ${SIDE_NAME[snap.side]} against the AI.` : `Hot-seat: the ${SIDE_NAME[snap.side]} is at the device.`;
}

function waitingText(snap: MatchSnapshot): string {
  const active = SIDE_NAME[snap.shown.view.active];
  return snap.mode === 'solo' ? `The AI plays the ${active}. Its moves appear in the log.` : `The ${active} is playing.`;
}

/** Tells the page (and the benchmark) that the board is drawn and the controls work. */
function markReady(live: boolean): void {
  performance.mark('tl:board-ready', { detail: { live } });
  document.documentElement.dataset['boardReady'] = live ? 'map' : 'table';
}
