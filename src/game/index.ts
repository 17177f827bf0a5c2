/** Public surface of the rules engine. */
export { TrustAndLeverage, MOVE_NAMES, toBgioMove } from './game';
export { legalMoves } from './legal';
export { rebuildLog, type ActionLogEntry, type MoveLogMetadata } from './log-book';
export { applyMove, checkMove, parseMove, tryMove, type Move, type MoveKind } from './moves';
export { createGame, validateSetupData, type SetupData } from './setup';
export { playerView, sideOfSeat, viewFor, type PlayerView, type SideView, type DemSideView } from './view';
export { scoreRound, regionsHeld, type RoundScore } from './scoring';
export { incomeOf } from './round';
export { createAlea, type Rng } from './rng';
export { describe } from './describe';
export { ACTIONS, refuseAction } from './actions';
export { CARD, ALL_CARDS, type CardId } from './data/cards';
export { COUNTRY, COUNTRIES, TARGETABLE } from './data/countries';
export { SCENARIOS, DEFAULT_SCENARIO, type ScenarioId } from './data/scenarios';
export type { GameState, CountryState, GameResult } from './state';
export type { LogEntry, LogEvent, LogCause } from './log';
export * from './types';
