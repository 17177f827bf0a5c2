/**
 * The player's choice in progress on the game screen: it keeps the draft in step with the legal
 * moves and moves keyboard focus to whatever is to be chosen next.
 */
import type { ActionId, CardId, CountryId, Move } from '../game';
import { type Draft, EMPTY, isEmpty, sanitize, step, targets } from './choice';
import { focusKey } from './dom';

export interface ChoiceHost {
  /** The element the choice's controls live in (focus is looked up under it). */
  readonly root: HTMLElement;
  /** Re-render after the draft changed. */
  readonly changed: () => void;
  readonly announce: (text: string) => void;
  /** Focus for when there is nothing better to focus (the turn's heading). */
  readonly focusFallback: () => void;
}

export class ChoiceController {
  draft: Draft = EMPTY;
  moves: Move[] = [];

  constructor(private readonly host: ChoiceHost) {}

  /** New legal moves: the draft stays only if it still leads to one of them. */
  refresh(moves: Move[]): void {
    this.moves = moves;
    this.draft = sanitize(moves, this.draft);
  }

  /** The countries to highlight (on the board and in the table) for the current step. */
  highlighted(): CountryId[] {
    return step(this.moves, this.draft) === 'start' ? [] : targets(this.moves, this.draft);
  }

  isEmpty(): boolean {
    return isEmpty(this.draft);
  }

  /** Replaces the draft (from a select: focus stays where it is). */
  set(next: Draft, focus?: string): void {
    this.draft = next;
    this.host.changed();
    if (focus) focusKey(this.host.root, focus);
  }

  pickCard(card: CardId, mode: 'event' | 'ops'): void {
    this.advance({ card, mode });
  }

  chooseAction(action: ActionId): void {
    this.advance({ action });
  }

  /** A country chosen on the board or in the table; ignored unless it is a legal target now. */
  selectTarget(id: CountryId): void {
    if (step(this.moves, this.draft) === 'start' || !targets(this.moves, this.draft).includes(id)) return;
    this.advance({ ...this.draft, target: id, framework: undefined });
  }

  /** Drops the choice and gives focus back to the control it started from. */
  cancel(): void {
    const d = this.draft;
    const back = d.action ? `action:${d.action}` : d.card ? `${d.mode}:${d.card}` : undefined;
    this.host.announce('Choice cancelled.');
    this.set(EMPTY, back);
    if (!back || !this.host.root.contains(document.activeElement)) this.host.focusFallback();
  }

  /** Forgets the choice without re-rendering (a move was just sent). */
  clear(): void {
    this.draft = EMPTY;
  }

  private advance(next: Draft): void {
    const s = step(this.moves, next);
    this.set(next, s === 'target' ? 'target-select' : s === 'framework' ? 'framework-select' : 'confirm');
  }
}
