import { AUTOCRATIC_DECK, type CardId, DEMOCRATIC_DECK, WORLD_DECK } from './data/cards';
import { COUNTRIES } from './data/countries';
import { DEFAULT_SCENARIO, isScenarioId, SCENARIOS, type ScenarioId, scenario } from './data/scenarios';
import { addLog, RULES_CAUSE } from './log';
import { type Rng, shuffleInPlace } from './rng';
import { startRound } from './round';
import { scheduledWorldDeck } from './scenario-rules';
import type { CountryState, GameState } from './state';
import type { CountryId, DecisionRule, Seat } from './types';

/**
 * Options a match is created with. Every field is optional; omitted fields take the defaults:
 * scenario `competing-visions`, the Democratic side on seat `0`, and the scenario's own
 * decision rule (unanimity) and starting dependency (3).
 */
export interface SetupData {
  /** Which scenario to play. */
  scenario?: ScenarioId;
  /** The boardgame.io seat of the Democratic side; the other seat plays the Autocratic side. */
  demSeat?: Seat;
  /** Start the bloc under unanimity (default) or already under majority voting. */
  decisionRule?: DecisionRule;
  /** Starting dependency, 0–5. */
  dependency?: number;
}

const SETUP_KEYS: readonly string[] = ['scenario', 'demSeat', 'decisionRule', 'dependency'];

/** Explains what is wrong with setup data, or returns undefined when it is valid. */
export function validateSetupData(data: unknown, numPlayers?: number): string | undefined {
  if (numPlayers !== undefined && numPlayers !== 2) return `Trust & Leverage is a two-player game (got ${numPlayers} players)`;
  if (data === undefined || data === null) return undefined;
  if (typeof data !== 'object' || Array.isArray(data)) return 'setupData must be an object';
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !SETUP_KEYS.includes(key));
  if (unknown.length > 0) return `unknown setupData field(s): ${unknown.join(', ')} (allowed: ${SETUP_KEYS.join(', ')})`;
  const { scenario: id, demSeat, decisionRule, dependency } = record;
  if (id !== undefined && !isScenarioId(id)) {
    return `unknown scenario: ${String(id)} (known: ${Object.keys(SCENARIOS).join(', ')})`;
  }
  if (demSeat !== undefined && demSeat !== '0' && demSeat !== '1') return 'demSeat must be "0" or "1"';
  if (decisionRule !== undefined && decisionRule !== 'unanimity' && decisionRule !== 'majority') {
    return 'decisionRule must be "unanimity" or "majority"';
  }
  if (dependency !== undefined && (typeof dependency !== 'number' || !Number.isInteger(dependency) || dependency < 0 || dependency > 5)) {
    return 'dependency must be a whole number from 0 to 5';
  }
  return undefined;
}

/** Builds the starting state of a game. Throws on invalid setup data (validate it first). */
export function createGame(data: SetupData | undefined, rng: Rng): GameState {
  const error = validateSetupData(data);
  if (error) throw new Error(error);
  const scenarioId = data?.scenario ?? DEFAULT_SCENARIO;
  const def = scenario(scenarioId);
  const demSeat: Seat = data?.demSeat ?? '0';
  const options = { decisionRule: data?.decisionRule ?? def.decisionRule, dependency: data?.dependency ?? def.dependency };
  const deal = (cards: readonly CardId[]): CardId[] => shuffleInPlace(rng, [...cards]);
  // A scheduled world deck keeps the record's order (and draws nothing from the seed).
  const schedule = scheduledWorldDeck(scenarioId);
  const worldDeck = schedule ? [...schedule] : deal(def.decks?.world ?? WORLD_DECK);
  const G: GameState = {
    scenario: scenarioId,
    options,
    seats: { dem: demSeat, aut: demSeat === '0' ? '1' : '0' },
    round: 0,
    lastRound: def.rounds,
    active: 'aut',
    turns: { dem: 0, aut: 0 },
    pending: null,
    countries: startingCountries(def.countries),
    sides: {
      dem: {
        capital: def.capital.dem, hand: [], deck: deal(def.decks?.dem ?? DEMOCRATIC_DECK), discard: [], removed: [],
        dependency: options.dependency, decisionRule: options.decisionRule,
      },
      aut: { capital: def.capital.aut, hand: [], deck: deal(def.decks?.aut ?? AUTOCRATIC_DECK), discard: [], removed: [] },
    },
    world: { upcoming: worldDeck.shift() ?? null, deck: worldDeck, discard: [] },
    standing: [],
    tally: { vetoes: 0, lostWeight: 0, membersLost: 0 },
    worldOrder: def.worldOrder,
    history: [],
    log: [],
    result: null,
  };
  addLog(G, RULES_CAUSE.setup, 'bloc', { type: 'setup', scenario: scenarioId, lastRound: def.rounds });
  startRound(G, rng);
  return G;
}

function startingCountries(overrides: Readonly<Partial<Record<CountryId, Readonly<Partial<CountryState>>>>>): Record<CountryId, CountryState> {
  const out = {} as Record<CountryId, CountryState>;
  for (const info of COUNTRIES) {
    out[info.id] = {
      trust: 0, leverage: 0, demTie: 'none', autTie: 'none', framework: null, polarization: 0, resentment: 0, regime: info.regime,
      ...overrides[info.id],
    };
  }
  return out;
}
