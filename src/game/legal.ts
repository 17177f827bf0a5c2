import { ACTIONS, type ActionArgs, refuseAction } from './actions';
import { CARD } from './data/cards';
import { TARGETABLE } from './data/countries';
import type { Move } from './moves';
import { matches } from './queries';
import type { GameState } from './state';
import { type ActionId, ACTIONS_OF, FRAMEWORKS, type Side } from './types';

const PASS: Move = { kind: 'pass' };
const NO_ARGS: ActionArgs = { target: null, framework: null };

/**
 * Every legal move for `side` now, and only legal moves. The UI highlights these and the AI
 * chooses among them; neither decides legality itself.
 */
export function legalMoves(G: GameState, side: Side): Move[] {
  if (G.result !== null || side !== G.active) return [];
  return G.pending === null ? cardMoves(G, side) : actionMoves(G, side, G.pending.opsLeft);
}

function cardMoves(G: GameState, side: Side): Move[] {
  const hand = G.sides[side].hand;
  if (hand.length === 0) return [PASS];
  const out: Move[] = [];
  for (const card of hand) {
    out.push({ kind: 'play-ops', card });
    const filter = CARD[card].target;
    if (!filter) {
      out.push({ kind: 'play-event', card });
      continue;
    }
    for (const target of TARGETABLE) if (matches(G, target, filter)) out.push({ kind: 'play-event', card, target });
  }
  return out;
}

function actionMoves(G: GameState, side: Side, opsLeft: number): Move[] {
  const out: Move[] = [];
  for (const action of ACTIONS_OF[side]) {
    const def = ACTIONS[action];
    if (!def.targeted) {
      if (affordable(G, side, action, NO_ARGS, opsLeft)) out.push({ kind: 'action', action });
      continue;
    }
    for (const target of TARGETABLE) {
      if (action === 'framework') {
        for (const framework of FRAMEWORKS) {
          if (affordable(G, side, action, { target, framework }, opsLeft)) out.push({ kind: 'action', action, target, framework });
        }
      } else if (affordable(G, side, action, { target, framework: null }, opsLeft)) {
        out.push({ kind: 'action', action, target });
      }
    }
  }
  out.push(PASS);
  return out;
}

function affordable(G: GameState, side: Side, action: ActionId, args: ActionArgs, opsLeft: number): boolean {
  return refuseAction(G, side, action, args) === null && ACTIONS[action].ops(G, args) <= opsLeft;
}
