/**
 * What a scenario changes in the rules beyond its starting position: each side's home, which
 * countries are in play, how many action turns a round has and its world schedule. Computed once per scenario (legal-move generation asks
 * these thousands of times a game).
 */
import { CARD, type CardId } from './data/cards';
import type { Effect } from './data/card-types';
import { COUNTRIES, COUNTRY } from './data/countries';
import { SCENARIOS, type ScenarioId } from './data/scenarios';
import { RULES } from './rules-config';
import type { GameState } from './state';
import type { CountryId, RegionId, Side } from './types';

interface ScenarioRules {
  readonly homes: Readonly<Record<Side, CountryId>>;
  readonly inPlay: readonly CountryId[];
  readonly inPlaySet: ReadonlySet<CountryId>;
  readonly regionWeight: ReadonlyMap<RegionId, number>;
  readonly turnsPerRound: number;
  /** The world schedule by round (each round's events, in order), or null for a shuffled world deck. */
  readonly schedule: ReadonlyArray<readonly CardId[]> | null;
}

/** The country table's homes (the United States and China). */
const DEFAULT_HOMES = Object.fromEntries(COUNTRIES.flatMap((info) => (info.home ? [[info.home, info.id]] : []))) as Record<Side, CountryId>;

const BY_SCENARIO = new Map<ScenarioId, ScenarioRules>();
for (const [id, def] of Object.entries(SCENARIOS) as Array<[ScenarioId, (typeof SCENARIOS)[ScenarioId]]>) {
  const homes = def.homes ?? DEFAULT_HOMES;
  const listed = def.inPlay ? new Set(def.inPlay) : null;
  // Board order, homes never in play.
  const inPlay = COUNTRIES.map((info) => info.id).filter((c) => c !== homes.dem && c !== homes.aut && (listed === null || listed.has(c)));
  const regionWeight = new Map<RegionId, number>();
  for (const c of inPlay) regionWeight.set(COUNTRY[c].region, (regionWeight.get(COUNTRY[c].region) ?? 0) + COUNTRY[c].weight);
  const schedule = def.worldSchedule ? def.worldSchedule.map((round): readonly CardId[] => (typeof round === 'string' ? [round] : round)) : null;
  if (schedule?.some((round) => round.length === 0)) throw new Error(`${id}: a round of the world schedule has no event`);
  BY_SCENARIO.set(id, { homes, inPlay, inPlaySet: new Set(inPlay), regionWeight, turnsPerRound: def.turnsPerRound ?? RULES.turnsPerRound, schedule });
}

function rulesOf(scenario: ScenarioId): ScenarioRules {
  const rules = BY_SCENARIO.get(scenario);
  if (!rules) throw new Error(`unknown scenario: ${scenario}`);
  return rules;
}

/** The countries in play in this game's scenario, in board order (homes excluded). */
export function inPlay(G: { readonly scenario: ScenarioId }): readonly CountryId[] {
  return rulesOf(G.scenario).inPlay;
}

/** Is this country in play (targetable, scored) in this game's scenario? */
export function isInPlay(G: { readonly scenario: ScenarioId }, id: CountryId): boolean {
  return rulesOf(G.scenario).inPlaySet.has(id);
}

/** Total weight of the region's countries in play (for the region majority). */
export function inPlayRegionWeight(G: { readonly scenario: ScenarioId }, region: RegionId): number {
  return rulesOf(G.scenario).regionWeight.get(region) ?? 0;
}

/** Action turns each side takes in a round of this game's scenario. */
export function turnsPerRound(G: { readonly scenario: ScenarioId }): number {
  return rulesOf(G.scenario).turnsPerRound;
}

/** The side that acts first in this round of this game's scenario (ScenarioDef.initiative). */
export function firstToAct(G: { readonly scenario: ScenarioId; readonly round: number }): Side {
  const initiative = SCENARIOS[G.scenario].initiative ?? 'autocratic-first';
  if (initiative === 'autocratic-first') return 'aut';
  return G.round % 2 === 1 ? 'aut' : 'dem';
}

/** Does this game's world deck follow the record's order (never shuffled, never reused)? */
export function hasWorldSchedule(G: { readonly scenario: ScenarioId }): boolean {
  return rulesOf(G.scenario).schedule !== null;
}

/** The scheduled world deck in the record's order (every round's events, one after another), or null. */
export function scheduledWorldDeck(scenario: ScenarioId): readonly CardId[] | null {
  return rulesOf(scenario).schedule?.flat() ?? null;
}

/** The world events the schedule puts in this round (in order); empty past its end or without a schedule. */
export function scheduledEvents(G: { readonly scenario: ScenarioId }, round: number): readonly CardId[] {
  return rulesOf(G.scenario).schedule?.[round - 1] ?? [];
}

/** How many world events open this round: one, or the events that share it in the scenario's schedule. */
export function worldEventsInRound(G: { readonly scenario: ScenarioId; readonly round: number }): number {
  return Math.max(1, scheduledEvents(G, G.round).length);
}

/** Whose home this country is in this game's scenario, or null. */
export function homeOf(G: { readonly scenario: ScenarioId }, id: CountryId): Side | null {
  const { homes } = rulesOf(G.scenario);
  return homes.dem === id ? 'dem' : homes.aut === id ? 'aut' : null;
}

/** Does any of these effects, however nested, lower the leverage over the card's chosen target? */
function lowersTargetLeverage(effects: readonly Effect[]): boolean {
  return effects.some((e) => {
    if (e.op === 'track') return e.track === 'leverage' && e.delta < 0 && e.scope.kind === 'target';
    if (e.op === 'when' || e.op === 'chance') return lowersTargetLeverage(e.ifTrue) || lowersTargetLeverage(e.ifFalse ?? []);
    if (e.op === 'bloc-decision') return lowersTargetLeverage(e.ifTrue);
    return false;
  });
}

/**
 * The sanction cards: coercion whose event cuts the leverage over the country it targets (Export
 * Controls, Human Rights Sanctions). A trade deal that loosens a rival's hold is not one.
 */
const SANCTION_CARDS: ReadonlySet<CardId> = new Set(
  (Object.keys(CARD) as CardId[]).filter((card) => CARD[card].concept === 'coercion' && CARD[card].target !== undefined && lowersTargetLeverage(CARD[card].effects)),
);

/**
 * Why the Sanction action (`card` null) or a sanction card cannot target `id`: it is a member of an
 * Autocratic bloc the scenario shields from sanctions (AutBlocRules.shieldedFromSanctions). Null
 * when it can (and for any other card).
 */
export function sanctionShieldRefusal(G: Pick<GameState, 'scenario' | 'countries'>, id: CountryId, card: CardId | null): string | null {
  if (card !== null && !SANCTION_CARDS.has(card)) return null;
  const bloc = SCENARIOS[G.scenario].autBloc;
  if (bloc?.shieldedFromSanctions !== true) return null;
  const cs = G.countries[id];
  if (cs.autTie !== 'framework' || cs.framework !== bloc.framework) return null;
  return `${COUNTRY[id].name} is in the Autocratic side's own bloc: in this scenario it breaks away only when its resentment outweighs the leverage over it, and sanctions cannot cut that leverage`;
}
