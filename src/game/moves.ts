/**
 * Player moves as typed intents, with one check and one apply for each. Illegal moves are
 * refused with a clear message before anything changes.
 */
import { ACTIONS, type ActionArgs, refuseAction } from './actions';
import { assertNever } from './assert-never';
import { CARD, type CardId, isCardId } from './data/cards';
import { COUNTRY, isCountryId } from './data/countries';
import { applyEffects } from './effects';
import { addLog } from './log';
import { changeCapital } from './mutate';
import { eventCanTarget, matches } from './queries';
import { homeOf, inPlay, sanctionShieldRefusal } from './scenario-rules';
import type { Rng } from './rng';
import { endTurn } from './round';
import type { GameState } from './state';
import { type ActionId, type CountryId, FRAMEWORKS, type FrameworkId, type Side } from './types';

/** Everything a player can do. */
export type Move =
  /** Play a card from hand for its event (with a target when the card needs one). */
  | { readonly kind: 'play-event'; readonly card: CardId; readonly target?: CountryId }
  /** Play a card from hand for its ops, then spend them on basic actions. */
  | { readonly kind: 'play-ops'; readonly card: CardId }
  /** Spend ops of the card in play on a basic action. */
  | { readonly kind: 'action'; readonly action: ActionId; readonly target?: CountryId; readonly framework?: FrameworkId }
  /** End the turn: give up unspent ops, or pass when there is no card to play. */
  | { readonly kind: 'pass' };

export type MoveKind = Move['kind'];

/** boardgame.io move names, one per kind of `Move` (here, not in game.ts, so that code without boardgame.io can read records). */
export const MOVE_NAMES = {
  'play-event': 'playEvent',
  'play-ops': 'playOps',
  action: 'act',
  pass: 'pass',
} as const satisfies Record<MoveKind, string>;

/** Why a move is illegal for this side now, or null when it is legal. */
export function checkMove(G: GameState, side: Side, move: Move): string | null {
  if (G.result !== null) return 'the game is over';
  if (side !== G.active) return 'it is not your turn';
  switch (move.kind) {
    case 'play-event':
      return checkPlayEvent(G, side, move);
    case 'play-ops':
      return checkCardInHand(G, side, move.card) ?? checkPivotal(G, move.card);
    case 'action':
      return checkAction(G, side, move);
    case 'pass':
      if (G.pending === null && G.sides[side].hand.length > 0) return 'play a card first (you may pass only with no card in hand)';
      return null;
    default:
      return assertNever(move, 'move');
  }
}

function checkCardInHand(G: GameState, side: Side, card: CardId): string | null {
  if (G.pending !== null) return 'spend or give up the ops of the card in play first';
  if (!G.sides[side].hand.includes(card)) return `${card} is not in your hand`;
  return null;
}

/** A pivotal card goes for its event while the event can be played. */
function checkPivotal(G: GameState, card: CardId): string | null {
  return CARD[card].pivotal && eventPlayable(G, card) ? `${CARD[card].title} is pivotal: play it for its event` : null;
}

/** Can this card's event be played now (on some target, when it needs one)? */
export function eventPlayable(G: GameState, card: CardId): boolean {
  const filter = CARD[card].target;
  return !filter || inPlay(G).some((id) => eventCanTarget(G, card, id));
}

function checkPlayEvent(G: GameState, side: Side, move: Extract<Move, { kind: 'play-event' }>): string | null {
  const inHand = checkCardInHand(G, side, move.card);
  if (inHand) return inHand;
  const def = CARD[move.card];
  if (!def.target) return move.target === undefined ? null : `${def.title} takes no target`;
  if (move.target === undefined) return `${def.title} needs a target country`;
  if (homeOf(G, move.target)) return 'home countries cannot be targeted';
  if (!inPlay(G).includes(move.target)) return `${COUNTRY[move.target].name} is out of play in this scenario`;
  if (!matches(G, move.target, def.target)) return `${COUNTRY[move.target].name} is not a valid target for ${def.title}`;
  return sanctionShieldRefusal(G, move.target, move.card);
}

function checkAction(G: GameState, side: Side, move: Extract<Move, { kind: 'action' }>): string | null {
  const pending = G.pending;
  if (pending === null || pending.side !== side) return 'play a card for its ops first';
  const args = actionArgs(move);
  const reason = refuseAction(G, side, move.action, args);
  if (reason) return reason;
  const ops = ACTIONS[move.action].ops(G, args);
  if (ops > pending.opsLeft) return `${move.action} costs ${ops} ops here; ${pending.opsLeft} left`;
  return null;
}

function actionArgs(move: Extract<Move, { kind: 'action' }>): ActionArgs {
  return { target: move.target ?? null, framework: move.framework ?? null };
}

/** Applies a legal move (check it with `checkMove` first). Mutates `G`. */
export function applyMove(G: GameState, side: Side, move: Move, rng: Rng): void {
  switch (move.kind) {
    case 'play-event':
      return playEvent(G, side, move.card, move.target ?? null, rng);
    case 'play-ops':
      return playOps(G, side, move.card);
    case 'action':
      return takeAction(G, side, move, rng);
    case 'pass': {
      addLog(G, { kind: 'rules', step: 'turn' }, 'cooperation', { type: 'pass', side, opsLost: G.pending?.opsLeft ?? 0 });
      return endTurn(G, rng);
    }
    default:
      return assertNever(move, 'move');
  }
}

/** Checks, then applies. Returns the error message for an illegal move, having changed nothing. */
export function tryMove(G: GameState, side: Side, move: Move, rng: Rng): string | null {
  const error = checkMove(G, side, move);
  if (error === null) applyMove(G, side, move, rng);
  return error;
}

function takeFromHand(G: GameState, side: Side, card: CardId): void {
  const hand = G.sides[side].hand;
  hand.splice(hand.indexOf(card), 1);
}

function playEvent(G: GameState, side: Side, card: CardId, target: CountryId | null, rng: Rng): void {
  const def = CARD[card];
  takeFromHand(G, side, card);
  const cause = { kind: 'card', side, card } as const;
  addLog(G, cause, def.concept, target ? { type: 'card-played', side, card, mode: 'event', target } : { type: 'card-played', side, card, mode: 'event' });
  applyEffects(G, def.effects, { origin: { cause, concept: def.concept }, target, rng });
  (def.once ? G.sides[side].removed : G.sides[side].discard).push(card);
  endTurn(G, rng);
}

function playOps(G: GameState, side: Side, card: CardId): void {
  const def = CARD[card];
  takeFromHand(G, side, card);
  G.sides[side].discard.push(card);
  addLog(G, { kind: 'card', side, card }, def.concept, { type: 'card-played', side, card, mode: 'ops' });
  G.pending = { side, card, opsLeft: def.ops };
}

function takeAction(G: GameState, side: Side, move: Extract<Move, { kind: 'action' }>, rng: Rng): void {
  const def = ACTIONS[move.action];
  const args = actionArgs(move);
  const ops = def.ops(G, args);
  const capital = def.capital(G);
  const pending = G.pending as NonNullable<GameState['pending']>;
  pending.opsLeft -= ops;
  const cause = { kind: 'action', side, action: move.action } as const;
  addLog(G, cause, def.concept, args.target
    ? { type: 'action', side, action: move.action, target: args.target, ops }
    : { type: 'action', side, action: move.action, ops });
  changeCapital(G, side, -capital, { cause, concept: def.concept });
  def.apply(G, args, { cause, concept: def.concept });
  if (pending.opsLeft === 0) endTurn(G, rng);
}

/**
 * Parses untrusted move input (from the network or the UI) into a `Move`, or explains what is
 * wrong with it. Only shape is checked here; legality is `checkMove`'s job.
 */
export function parseMove(kind: unknown, args: readonly unknown[]): Move | string {
  switch (kind) {
    case 'play-event': {
      const [card, target] = args;
      if (!isCardId(card)) return 'play-event needs a card id';
      if (target === undefined || target === null) return { kind, card };
      return isCountryId(target) ? { kind, card, target } : `unknown country: ${String(target)}`;
    }
    case 'play-ops': {
      const [card] = args;
      return isCardId(card) ? { kind, card } : 'play-ops needs a card id';
    }
    case 'action':
      return parseAction(args);
    case 'pass':
      return { kind: 'pass' };
    default:
      return `unknown move: ${String(kind)}`;
  }
}

function parseAction(args: readonly unknown[]): Move | string {
  const [action, target, framework] = args;
  if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(ACTIONS, action)) return `unknown action: ${String(action)}`;
  if (target !== undefined && target !== null && !isCountryId(target)) return `unknown country: ${String(target)}`;
  if (framework !== undefined && framework !== null && !FRAMEWORKS.includes(framework as FrameworkId)) {
    return `unknown framework: ${String(framework)}`;
  }
  const move: { kind: 'action'; action: ActionId; target?: CountryId; framework?: FrameworkId } = { kind: 'action', action: action as ActionId };
  if (isCountryId(target)) move.target = target;
  if (framework !== undefined && framework !== null) move.framework = framework as FrameworkId;
  return move;
}
