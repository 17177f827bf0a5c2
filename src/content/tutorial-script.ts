/**
 * The tutorial's other side: the Autocratic power's moves, scripted turn by turn, so that the
 * tutorial is the same every time. `tutorialReply` reads only the Autocratic side's own view (like
 * any AI seat) and answers with the scripted move for this point of the turn; when the learner's
 * own choices made a scripted move illegal, it falls back to a fixed legal one (play the first
 * card it can for its ops, then stop), so the game always goes on, and still the same way. Pure.
 */
import type { CardId } from '../game/data/cards';
import type { Move } from '../game/moves';
import type { AutActionId, CountryId, FrameworkId } from '../game/types';
import type { PlayerView } from '../game/view';
import { legalMovesOfView } from '../game/view-rules';

/** The tutorial's match seed: with the scenario's one-hand decks, it fixes the order cards are drawn in. */
export const TUTORIAL_SEED = 'trust-and-leverage-tutorial';

/** One basic action of a scripted turn. */
interface ScriptedAction {
  readonly action: AutActionId;
  readonly target: CountryId;
  readonly framework?: FrameworkId;
}

/** One scripted turn: a card played for its ops, the actions bought with them, and the reason the log shows. */
export interface ScriptedTurn {
  readonly card: CardId;
  readonly actions: readonly ScriptedAction[];
  readonly reason: string;
}

const invest = (target: CountryId): ScriptedAction => ({ action: 'invest', target });

/**
 * The Autocratic side's turns, by round and by its turn in the round (it moves first). Round 1
 * builds leverage quietly while the learner meets the bloc's tools; round 2 shows its own:
 * a deal and a framework, coercion, disinformation.
 */
export const AUT_SCRIPT: Readonly<Record<number, readonly ScriptedTurn[]>> = {
  1: [
    { card: 'vaccine-diplomacy', actions: [invest('AUS'), invest('ZAF')], reason: 'Trade with Australia and South Africa, out of mutual interest, turns into leverage.' },
    { card: 'debt-leverage', actions: [invest('MEX'), invest('KEN')], reason: 'Loans and investment in Mexico and Kenya add leverage.' },
    { card: 'win-win-cooperation', actions: [invest('VNM'), invest('SAU'), invest('ARG')], reason: 'Deals with no conditions attached: Vietnam, Saudi Arabia, Argentina.' },
    { card: 'state-media-campaign', actions: [invest('IDN'), invest('EGY')], reason: 'More investment, in Indonesia and Egypt.' },
  ],
  2: [
    {
      card: 'win-win-cooperation',
      actions: [invest('NGA'), { action: 'framework', target: 'IRN', framework: 'sco' }],
      reason: 'A bilateral deal with Nigeria, and Iran brought into the SCO framework: partnerships of mutual interest.',
    },
    {
      card: 'economic-coercion',
      actions: [{ action: 'coerce', target: 'AUS' }, { action: 'coerce', target: 'AUS' }, { action: 'coerce', target: 'AUS' }],
      reason: 'Punishes Australia, its trade partner, for standing with the bloc: trust falls, but resentment builds.',
    },
    { card: 'state-media-campaign', actions: [{ action: 'disinform', target: 'ITA' }], reason: 'State media deepen divisions in Italy, a member of the bloc.' },
    { card: 'vaccine-diplomacy', actions: [invest('SAU'), invest('VNM')], reason: 'Adds leverage in Saudi Arabia and Vietnam before the round ends.' },
  ],
};

/** A scripted reply: the move, the reason the log shows, and whether the script had to fall back. */
export interface TutorialReply {
  readonly move: Move;
  readonly reason: string;
  readonly fallback: boolean;
}

/** What the scripted side plays now; a fixed legal fallback when the script no longer fits the board. */
export function tutorialReply(view: PlayerView): TutorialReply {
  const legal = legalMovesOfView(view);
  const turn = AUT_SCRIPT[view.round]?.[view.turns.aut];
  const wanted = turn ? scriptedMove(view, turn) : null;
  if (turn && wanted && legal.some((m) => sameMove(m, wanted))) return { move: wanted, reason: turn.reason, fallback: false };
  return { move: fallback(view, legal), reason: 'Plays on: the board no longer fits its script.', fallback: true };
}

/** The scripted move at this point of the turn: the card, then its actions in order, then stop. */
function scriptedMove(view: PlayerView, turn: ScriptedTurn): Move {
  if (view.pending === null) return { kind: 'play-ops', card: turn.card };
  const next = turn.actions[actionsThisTurn(view)];
  if (!next) return { kind: 'pass' };
  return next.framework ? { kind: 'action', action: next.action, target: next.target, framework: next.framework } : { kind: 'action', action: next.action, target: next.target };
}

/** Basic actions the Autocratic side has taken since it last played a card. */
function actionsThisTurn(view: PlayerView): number {
  let count = 0;
  for (let i = view.log.length - 1; i >= 0; i--) {
    const event = view.log[i]?.event;
    if (event?.type === 'card-played' && event.side === 'aut') return count;
    if (event?.type === 'action' && event.side === 'aut') count += 1;
  }
  return count;
}

function fallback(view: PlayerView, legal: readonly Move[]): Move {
  if (view.pending !== null) return { kind: 'pass' };
  return legal.find((m) => m.kind === 'play-ops') ?? legal[0] ?? { kind: 'pass' };
}

function sameMove(a: Move, b: Move): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
