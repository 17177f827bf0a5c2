/**
 * Words for the board's animation events: the short stamp shown on a country and a one-line
 * toast. Pure.
 */
import { COUNTRY } from '../game/data/countries';
import type { Track } from '../game/types';
import { DECISION_RULE_WORD, SIDE_NAME, signed, TRACK_LETTER } from '../content/words';
import type { BoardEvent } from './diff';

export interface EventWords {
  /** A word or two, stamped on the country. */
  readonly stamp: string;
  /** One sentence for the toast line. */
  readonly toast: string;
}

const name = (id: keyof typeof COUNTRY): string => COUNTRY[id].name;

/** The stamp and toast for a named event, or null for a plain state change. */
export function namedEventWords(e: BoardEvent): EventWords | null {
  switch (e.kind) {
    case 'veto': {
      const who = e.against.map(name).join(', ') || 'No member';
      const what = e.decision.replace('-', ' ');
      const on = e.target ? ` on ${name(e.target)}` : '';
      return e.rule === 'unanimity'
        ? { stamp: 'VETO', toast: `Veto: ${who} blocked the ${what}${on} under ${DECISION_RULE_WORD.unanimity}.` }
        : { stamp: 'OUTVOTED', toast: `Outvoted: ${who} voted down the ${what}${on} under ${DECISION_RULE_WORD.majority}.` };
    }
    case 'defection':
      return { stamp: 'DEFECTS', toast: `${name(e.country)} breaks away: resentment outweighed leverage.` };
    case 'integration':
      return { stamp: 'INTEGRATED', toast: `${name(e.country)} joins the bloc as a member (integration).` };
    case 'populist-election':
      return { stamp: 'POPULIST WIN', toast: `Populist win in ${name(e.country)}: trust falls.` };
    default:
      return null;
  }
}

/** A short floating label for a track change, e.g. "T +2". */
export function trackDelta(track: Track, from: number, to: number): string {
  return `${TRACK_LETTER[track]} ${signed(to - from)}`;
}

/** A toast for a World Order shift. */
export function worldOrderWords(from: number, to: number): string {
  const shift = to - from;
  const favour = shift > 0 ? SIDE_NAME.dem : SIDE_NAME.aut;
  return `World Order ${signed(shift)} to ${signed(to)}, towards the ${favour}.`;
}
