/**
 * Shared helpers for the card tests: play a card through the move API on a named position,
 * list exactly what changed, and build the log entries a card is expected to write.
 */
import { expect } from 'vitest';
import { CARD, type CardId, type ConceptId, type CountryId, type GameState, type LogEntry, type LogEvent, type Side, tryMove } from '../../src/game';
import type { LogReason } from '../../src/game/log';
import type { Rng } from '../../src/game/rng';
import type { Track } from '../../src/game/types';
import { noRng, type PositionOverrides, position } from '../support/position';

export interface Played {
  readonly G: GameState;
  /** A deep copy of the position just before the move. */
  readonly before: GameState;
  /** The refusal message, or null when the move was applied. */
  readonly error: string | null;
}

/**
 * Puts `card` alone in the acting side's hand, makes that side active and plays the card for
 * its event (on `target`, when given) through `tryMove`.
 */
export function playEvent(side: Side, card: CardId, target?: CountryId, o: PositionOverrides = {}, rng: Rng = noRng): Played {
  const G = position({ ...o, [side]: { ...o[side], hand: [card] }, active: side });
  const before = structuredClone(G);
  const move = target ? { kind: 'play-event', card, target } as const : { kind: 'play-event', card } as const;
  const error = tryMove(G, side, move, rng);
  return { G, before, error };
}

/**
 * Every field that differs between two states, as `key: [before, after]`, for the parts cards
 * touch: country tracks, ties and regimes, capital, dependency, decision rule, standing effects,
 * the round's tally and the World Order track. Hands, piles and turns are checked separately.
 */
export function changes(before: GameState, after: GameState): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  const note = (key: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out[key] = [a, b];
  };
  for (const id of Object.keys(after.countries) as CountryId[]) {
    const a = before.countries[id];
    const b = after.countries[id];
    for (const key of Object.keys(b) as (keyof typeof b)[]) note(`${id}.${key}`, a[key], b[key]);
  }
  note('dem.capital', before.sides.dem.capital, after.sides.dem.capital);
  note('dem.dependency', before.sides.dem.dependency, after.sides.dem.dependency);
  note('dem.decisionRule', before.sides.dem.decisionRule, after.sides.dem.decisionRule);
  note('aut.capital', before.sides.aut.capital, after.sides.aut.capital);
  note('standing', before.standing, after.standing);
  note('tally', before.tally, after.tally);
  note('worldOrder', before.worldOrder, after.worldOrder);
  return out;
}

/** One expected log line, without its round and cause (the card supplies those). */
export interface Line {
  readonly concept: ConceptId;
  readonly event: LogEvent;
  readonly reason?: LogReason;
}

export function line(concept: ConceptId, event: LogEvent, reason?: LogReason): Line {
  return reason ? { concept, event, reason } : { concept, event };
}

/** A track change line. */
export function tr(concept: ConceptId, country: CountryId, track: Track, from: number, to: number, reason?: LogReason): Line {
  return line(concept, { type: 'track', country, track, from, to }, reason);
}

/** A trust gain in a democracy: the common-values line. */
export function cv(country: CountryId, from: number, to: number): Line {
  return tr('common-values', country, 'trust', from, to, 'common-values');
}

/** The card-played line that opens a played card's log. */
export function played(side: Side, card: CardId, target?: CountryId): Line {
  const event: LogEvent = target
    ? { type: 'card-played', side, card, mode: 'event', target }
    : { type: 'card-played', side, card, mode: 'event' };
  return line(CARD[card].concept, event);
}

/** The full log a card writes: every line caused by the card, in round `round`. */
export function cardLog(side: Side | 'world', card: CardId, lines: readonly Line[], round = 1): LogEntry[] {
  const cause = { kind: 'card', side, card } as const;
  return lines.map((l) => ({ round, cause, ...l }));
}

/** Asserts the bookkeeping of a played event: the card left the hand for its pile and the turn passed. */
export function expectPlayedAndPassed(G: GameState, side: Side, card: CardId): void {
  const s = G.sides[side];
  expect(s.hand).toEqual([]);
  expect({ discard: s.discard, removed: s.removed }).toEqual(
    CARD[card].once ? { discard: [], removed: [card] } : { discard: [card], removed: [] },
  );
  expect(G.turns[side]).toBe(1);
  expect(G.active).toBe(side === 'dem' ? 'aut' : 'dem');
  expect(G.pending).toBeNull();
}
