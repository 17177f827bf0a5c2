import { type ActionArgs, type ActionDef, ACTIONS } from './actions';
import { CARD } from './data/cards';
import type { Move } from './moves';
import { eventCanTarget } from './queries';
import { inPlay } from './scenario-rules';
import type { GameState } from './state';
import { ACTIONS_OF, FRAMEWORKS, type Side } from './types';

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
    const filter = CARD[card].target;
    if (!filter) {
      if (!CARD[card].pivotal) out.push({ kind: 'play-ops', card });
      out.push({ kind: 'play-event', card });
      continue;
    }
    const events: Move[] = [];
    for (const target of inPlay(G)) if (eventCanTarget(G, card, target)) events.push({ kind: 'play-event', card, target });
    // A pivotal card goes for its event while it has one (see CardDef.pivotal).
    if (!CARD[card].pivotal || events.length === 0) out.push({ kind: 'play-ops', card });
    out.push(...events);
  }
  return out;
}

function actionMoves(G: GameState, side: Side, opsLeft: number): Move[] {
  const out: Move[] = [];
  const capital = G.sides[side].capital;
  for (const action of ACTIONS_OF[side]) {
    const def = ACTIONS[action];
    // Whole-action checks first: most actions drop out here without looking at any country.
    if (def.minOps > opsLeft || def.capital(G) > capital) continue;
    if (!def.targeted) {
      if (legalAction(G, def, NO_ARGS, opsLeft)) out.push({ kind: 'action', action });
      continue;
    }
    for (const target of inPlay(G)) {
      if (action !== 'framework') {
        if (legalAction(G, def, { target, framework: null }, opsLeft)) out.push({ kind: 'action', action, target });
        continue;
      }
      for (const framework of FRAMEWORKS) {
        if (legalAction(G, def, { target, framework }, opsLeft)) out.push({ kind: 'action', action, target, framework });
      }
    }
  }
  out.push(PASS);
  return out;
}

/**
 * The per-target part of `refuseAction` (the side, target kind and capital were checked above for
 * the whole action). Kept in step with `refuseAction` by the property test that every listed move
 * passes `checkMove`.
 */
function legalAction(G: GameState, def: ActionDef, args: ActionArgs, opsLeft: number): boolean {
  return def.refuse(G, args) === null && def.ops(G, args) <= opsLeft;
}
