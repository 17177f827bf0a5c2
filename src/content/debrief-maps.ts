/**
 * Trust and leverage country by country at the end of each round, rebuilt from the game's log.
 * The log records every change as from → to, so walking it backwards from the final position
 * undoes each round in turn; no other record of past rounds is needed (online clients have the
 * log and the final view, nothing else). Pure.
 */
import { TARGETABLE } from '../game/data/countries';
import { isScenarioId } from '../game/data/scenarios';
import { inPlay } from '../game/scenario-rules';
import type { LogEntry } from '../game/log';
import type { AutTie, CountryId, DemTie } from '../game/types';

export interface CountryAtRound {
  readonly trust: number;
  readonly leverage: number;
  readonly demTie: DemTie;
  readonly autTie: AutTie;
}

export interface RoundMap {
  /** 0: the start (after setup, before round 1's world event); r: the end of round r. */
  readonly round: number;
  readonly countries: Readonly<Record<CountryId, CountryAtRound>>;
}

type Mutable = Record<CountryId, { trust: number; leverage: number; demTie: DemTie; autTie: AutTie }>;

const isSetup = (entry: LogEntry): boolean => entry.cause.kind === 'rules' && entry.cause.step === 'setup';

function snapshot(state: Mutable, ids: readonly CountryId[]): Record<CountryId, CountryAtRound> {
  const out = {} as Record<CountryId, CountryAtRound>;
  for (const id of ids) out[id] = { ...state[id] };
  return out;
}

/** The countries in play in the game this log records (its setup entry names the scenario). */
function countriesOf(log: readonly LogEntry[]): readonly CountryId[] {
  const setup = log.find((entry) => entry.event.type === 'setup')?.event;
  return setup?.type === 'setup' && isScenarioId(setup.scenario) ? inPlay({ scenario: setup.scenario }) : TARGETABLE;
}

/** Puts one entry's change back (its `from`). */
function undo(state: Mutable, entry: LogEntry): void {
  const e = entry.event;
  if (e.type === 'track' && (e.track === 'trust' || e.track === 'leverage') && state[e.country]) state[e.country][e.track] = e.from;
  else if (e.type === 'dem-tie' && state[e.country]) state[e.country].demTie = e.from;
  else if (e.type === 'aut-tie' && state[e.country]) state[e.country].autTie = e.from;
}

/**
 * One map per round, from the start to the last round played. `final` is the position the log
 * ends on (a view's `countries`); `lastRound` the round the game ended in.
 */
export function roundMaps(
  log: readonly LogEntry[],
  final: Readonly<Record<CountryId, CountryAtRound>>,
  lastRound: number,
): RoundMap[] {
  const ids = countriesOf(log);
  const state = {} as Mutable;
  for (const id of ids) {
    const { trust, leverage, demTie, autTie } = final[id];
    state[id] = { trust, leverage, demTie, autTie };
  }
  const maps: RoundMap[] = [];
  let i = log.length - 1;
  for (let round = lastRound; round >= 1; round--) {
    maps.push({ round, countries: snapshot(state, ids) });
    for (; i >= 0 && (log[i] as LogEntry).round >= round; i--) {
      const entry = log[i] as LogEntry;
      if (!isSetup(entry)) undo(state, entry);
    }
  }
  // Whatever is left before round 1 is the setup's own (kept) or nothing.
  maps.push({ round: 0, countries: snapshot(state, ids) });
  return maps.reverse();
}
