/**
 * The rules' answers to what a player's screen needs, computed from that player's own view only:
 * which moves are legal, what an action costs, what a move would change. The view never restates
 * a rule; it asks here.
 *
 * A player's own moves depend only on what it sees (its hand, capital, the board, standing effects,
 * the public piles), so these queries run the rules on the view with every hidden pile left empty:
 * nothing hidden is sampled or read, and the answers cannot depend on it.
 */
import { ACTIONS } from './actions';
import { cloneState } from './clone-state';
import type { LogEntry } from './log';
import { legalMoves } from './legal';
import { applyMove, checkMove, type Move } from './moves';
import type { GameState, SideState } from './state';
import type { Side } from './types';
import type { PlayerView, SideView } from './view';

function sideOfView(view: SideView): SideState {
  return { capital: view.capital, hand: view.hand ?? [], deck: [], discard: view.discard, removed: view.removed };
}

/**
 * The view as a state whose hidden piles are empty (never a sample of them): a copy made by
 * `cloneState` (several times faster than `structuredClone`; legal moves are asked for at every
 * turn on the screen, and by every load-test bot at every move), history and log left empty.
 */
function stateOfView(view: PlayerView): GameState {
  const { viewer: _viewer, sides, world, ...shared } = view;
  return cloneState({
    ...shared,
    log: [],
    history: [],
    sides: {
      dem: { ...sideOfView(sides.dem), dependency: sides.dem.dependency, decisionRule: sides.dem.decisionRule },
      aut: sideOfView(sides.aut),
    },
    world: { deck: [], upcoming: world.upcoming, discard: world.discard },
  }, false);
}

/** The viewer's side when it is on move in a running game; null otherwise (and for spectators). */
function sideOnMove(view: PlayerView): Side | null {
  return view.viewer !== null && view.result === null && view.active === view.viewer ? view.viewer : null;
}

/** The legal moves of the view's own side now: none on the other side's turn, or for spectators. */
export function legalMovesOfView(view: PlayerView): Move[] {
  const side = sideOnMove(view);
  return side === null ? [] : legalMoves(stateOfView(view), side);
}

/** The ops a basic action costs on its target now (Engage costs more where leverage is high). */
export function actionOpsOfView(view: PlayerView, move: Extract<Move, { kind: 'action' }>): number {
  return ACTIONS[move.action].ops(stateOfView(view), { target: move.target ?? null, framework: move.framework ?? null });
}

/** What a move would change, as the log lines its own card or action would write. */
export interface MovePreview {
  /** The log lines caused by the move itself (not by the turn's end or a round's resolution). */
  readonly changes: readonly LogEntry[];
  /** True when the outcome depends on chance (then `changes` shows the outcome when chance does not strike). */
  readonly chance: boolean;
}

/**
 * What `move` would change if the viewer made it now, or the reason it is illegal. Exact for every
 * move without chance: a test checks it against the real state after the move.
 */
export function previewMove(view: PlayerView, move: Move): MovePreview | string {
  const side = sideOnMove(view);
  if (side === null) return 'it is not your turn';
  const G = stateOfView(view);
  const refusal = checkMove(G, side, move);
  if (refusal !== null) return refusal;
  const cause = causeOf(side, move);
  // rng 1 - ε: a chance effect takes its "no" branch; nothing below reads hidden piles.
  applyMove(G, side, move, () => 0.999999);
  const changes = G.log.filter((entry) => sameCause(entry, cause));
  return { changes, chance: changes.some((entry) => entry.event.type === 'chance') };
}

type MoveCause = LogEntry['cause'];

function causeOf(side: Side, move: Move): MoveCause {
  switch (move.kind) {
    case 'play-event':
    case 'play-ops':
      return { kind: 'card', side, card: move.card };
    case 'action':
      return { kind: 'action', side, action: move.action };
    case 'pass':
      return { kind: 'rules', step: 'turn' };
  }
}

function sameCause(entry: LogEntry, cause: MoveCause): boolean {
  const c = entry.cause;
  if (c.kind !== cause.kind) return false;
  if (c.kind === 'card' && cause.kind === 'card') return c.card === cause.card && c.side === cause.side;
  if (c.kind === 'action' && cause.kind === 'action') return c.action === cause.action && c.side === cause.side;
  return c.kind === 'rules' && cause.kind === 'rules' && c.step === cause.step && entry.event.type === 'pass';
}
