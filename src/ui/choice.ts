/**
 * The player's choice in progress (a draft of a move), checked against the legal moves only:
 * which step comes next, which countries to highlight, and the move once it is complete. Pure.
 */
import type { ActionId, CardId, CountryId, FrameworkId, Move } from '../game';

export interface Draft {
  readonly card?: CardId;
  readonly mode?: 'event' | 'ops';
  readonly action?: ActionId;
  readonly target?: CountryId;
  readonly framework?: FrameworkId;
}

/** What the player chooses next. `start`: a card (or an action when ops are being spent). */
export type Step = 'start' | 'target' | 'framework' | 'confirm';

export const EMPTY: Draft = {};

function fits(move: Move, d: Draft, withTarget: boolean): boolean {
  const targetOk = (t: CountryId | undefined) => !withTarget || d.target === undefined || d.target === t;
  switch (move.kind) {
    case 'play-event':
      return d.mode === 'event' && d.card === move.card && targetOk(move.target);
    case 'play-ops':
      return d.mode === 'ops' && d.card === move.card;
    case 'action':
      return d.action === move.action && targetOk(move.target) && (!withTarget || d.framework === undefined || d.framework === move.framework);
    case 'pass':
      return false;
  }
}

/** Legal moves that agree with everything the draft has chosen. */
export function candidates(moves: readonly Move[], d: Draft): Move[] {
  return moves.filter((m) => fits(m, d, true));
}

const targetOf = (m: Move): CountryId | undefined => (m.kind === 'play-event' || m.kind === 'action' ? m.target : undefined);

/** Countries the draft may still target (what the board and the table highlight). */
export function targets(moves: readonly Move[], d: Draft): CountryId[] {
  const out = new Set<CountryId>();
  for (const m of moves) {
    const t = targetOf(m);
    if (t && fits(m, d, false)) out.add(t);
  }
  return [...out];
}

/** Frameworks the draft may still join (the Framework action only). */
export function frameworks(moves: readonly Move[], d: Draft): FrameworkId[] {
  const out = new Set<FrameworkId>();
  for (const m of candidates(moves, { ...d, framework: undefined })) if (m.kind === 'action' && m.framework) out.add(m.framework);
  return [...out];
}

export function step(moves: readonly Move[], d: Draft): Step {
  if (d.mode === undefined && d.action === undefined) return 'start';
  const c = candidates(moves, d);
  if (c.length === 0) return 'start';
  if (d.target === undefined && c.some((m) => targetOf(m) !== undefined)) return 'target';
  if (d.framework === undefined && c.some((m) => m.kind === 'action' && m.framework !== undefined)) return 'framework';
  return 'confirm';
}

/** The move the draft stands for, once it is complete and legal. */
export function resolve(moves: readonly Move[], d: Draft): Move | null {
  if (step(moves, d) !== 'confirm') return null;
  const c = candidates(moves, d);
  return c.length === 1 ? (c[0] as Move) : null;
}

/** The draft if it still leads to a legal move (after the state changed), else an empty one. */
export function sanitize(moves: readonly Move[], d: Draft): Draft {
  if (d.mode === undefined && d.action === undefined) return EMPTY;
  return candidates(moves, d).length > 0 ? d : EMPTY;
}

export function isEmpty(d: Draft): boolean {
  return d.mode === undefined && d.action === undefined;
}
