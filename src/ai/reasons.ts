/**
 * One sentence, in the game's terms, for why the AI made a move. Written from the position
 * before the move; these feed the log and the teaching layer.
 */
import { RULES } from '../game/rules-config';
import { CARD } from '../game/data/cards';
import { COUNTRY } from '../game/data/countries';
import type { Move } from '../game/moves';
import type { GameState } from '../game/state';
import type { CountryId } from '../game/types';

const T = RULES.thresholds;
const name = (id: CountryId): string => COUNTRY[id].name;

/** What a reason reads of the position: public state only. */
export type ReasonContext = Pick<GameState, 'countries' | 'pending'>;

/** Why `move` was chosen in position `G`. */
export function reasonFor(G: ReasonContext, move: Move): string {
  switch (move.kind) {
    case 'play-event': {
      const card = CARD[move.card];
      return `plays ${card.title}${move.target ? ` on ${name(move.target)}` : ''}: ${lowerFirst(card.explanation)}`;
    }
    case 'play-ops':
      return `plays ${CARD[move.card].title} for its ${CARD[move.card].ops} ops, to spend on basic actions`;
    case 'pass':
      return G.pending ? 'keeps its remaining ops: no action is worth them now' : 'has no card left to play';
    case 'action':
      return actionReason(G, move);
  }
}

function actionReason(G: ReasonContext, move: Extract<Move, { kind: 'action' }>): string {
  if (!move.target) {
    return move.action === 'diversify' ? 'diversifies its economy to cut its dependency on the autocratic one' : `takes the ${move.action} action`;
  }
  const cs = G.countries[move.target];
  const who = name(move.target);
  switch (move.action) {
    case 'engage':
      return cs.regime === 'democracy'
        ? `engages ${who}, a fellow democracy, where common values build trust fastest`
        : `engages ${who} to build trust on mutual interest`;
    case 'ally':
      return `turns ${who} into an ally now that trust is high enough`;
    case 'integrate':
      return `proposes integrating ${who}: members pool sovereignty, the deepest and most valuable tie`;
    case 'counter-disinformation':
      return `counters disinformation in ${who} before polarization blocks any trust gain`;
    case 'sanction':
      return `proposes bloc sanctions on ${who} to cut autocratic leverage, at a price set by dependency`;
    case 'invest':
      if (cs.demTie === 'member' && cs.leverage + 1 >= T.vetoLeverage) return `invests in ${who} to build a veto wedge inside the bloc`;
      return cs.autTie === 'none' ? `invests in ${who} to open a bilateral deal of mutual interest` : `invests in ${who} to deepen its leverage`;
    case 'coerce':
      return `coerces ${who} to break its trust in the bloc, accepting the resentment it leaves`;
    case 'disinform':
      return `spreads disinformation in ${who} to polarize it and stall trust-building`;
    case 'framework':
      return `brings ${who} into the ${move.framework === 'sco' ? 'SCO-like' : '16+1-like'} framework: breadth without depth`;
    case 'lure':
      return `lures ${who} away from the bloc, where leverage now outweighs trust`;
    default:
      return `acts in ${who}`;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
