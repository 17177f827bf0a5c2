/**
 * What a batch of self-play games taught: the "story" figures of issue 10, from the games' logs.
 * Pure: game records in, figures out (test/selfplay/story.ts plays the games).
 *
 * A STATE-CHANGING log entry is one that changed the position a player sees on the board, not
 * bookkeeping. Exactly these `LogEvent` types count (see `STATE_CHANGE` below):
 * - `track` (trust, leverage, polarization, resentment), `dem-tie`, `aut-tie`, `regime`,
 *   `dependency`, `decision-rule`, `standing` (a lasting effect put in play or removed);
 * - `bloc-decision` that failed with members present (a veto under unanimity, outvoted under
 *   majority): the decision's effect did not happen, which is the lesson;
 * - `score` when the united-front bonus applied (its +2 moved the World Order).
 * Not counted: capital, income, draws, reshuffles, round starts, card plays and actions as such
 * (their effects are counted), passes, elections and defections as such (their track/tie/regime
 * changes are counted), chances, `no-effect`, setup, game over. Entries the setup writes (cause
 * `rules/setup`) are left out of every figure. Each entry's concept is the one it carries
 * (`LogEntry.concept`).
 */
import type { CardId } from '../../src/game';
import type { LogEntry, LogEvent } from '../../src/game';
import { CONCEPTS, type ConceptId, type CountryId, DEM_TIE_RANK, type Side } from '../../src/game';

/** One played game as the story tool records it. */
export interface StoryGame {
  readonly winner: Side | null;
  readonly rounds: number;
  /** The full game log, setup included. */
  readonly log: readonly LogEntry[];
  /** Player cards that entered either hand at some point (the opening hands included). */
  readonly drawn: readonly CardId[];
}

type EventOf<T extends LogEvent['type']> = Extract<LogEvent, { type: T }>;
type Classifier = { readonly [T in LogEvent['type']]: boolean | ((event: EventOf<T>) => boolean) };

/** Which log events change the position. A Record over every event type: a new type must be classified here. */
const STATE_CHANGE: Classifier = {
  setup: false, 'round-start': false, 'world-event': false, income: false, draw: false, reshuffle: false,
  'card-played': false, action: false, pass: false, capital: false, election: false, defection: false,
  'no-effect': false, chance: false, 'game-over': false,
  track: true, 'dem-tie': true, 'aut-tie': true, regime: true, dependency: true, 'decision-rule': true, standing: true,
  'bloc-decision': (e) => !e.passed && e.members > 0,
  score: (e) => e.unitedFront,
};

export function isStateChange(entry: LogEntry): boolean {
  const rule = STATE_CHANGE[entry.event.type] as boolean | ((event: LogEvent) => boolean);
  return typeof rule === 'boolean' ? rule : rule(entry.event);
}

const isSetup = (entry: LogEntry): boolean => entry.cause.kind === 'rules' && entry.cause.step === 'setup';

/** The figures of one game. */
export interface GameTally {
  vetoes: number;
  outvotes: number;
  slides: number;
  integrations: number;
  membersLost: number;
  breakaways: number;
  lures: number;
  populistWins: number;
  eventPlays: number;
  opsPlays: number;
  /** State-changing entries per concept. */
  changes: Map<ConceptId, number>;
  /** Player cards drawn and world cards resolved. */
  seen: Set<CardId>;
  /** Player cards played for their event; world cards that changed the position. */
  fired: Set<CardId>;
  playCounts: Map<CardId, { event: number; ops: number }>;
}

function emptyTally(drawn: readonly CardId[]): GameTally {
  return {
    vetoes: 0, outvotes: 0, slides: 0, integrations: 0, membersLost: 0, breakaways: 0, lures: 0, populistWins: 0,
    eventPlays: 0, opsPlays: 0, changes: new Map(), seen: new Set(drawn), fired: new Set(), playCounts: new Map(),
  };
}

/** Counts the story events of one log entry into `t`. */
function countEvent(t: GameTally, entry: LogEntry): void {
  const e = entry.event;
  switch (e.type) {
    case 'bloc-decision':
      if (e.passed || e.members === 0) break;
      if (e.rule === 'unanimity') t.vetoes++;
      else t.outvotes++;
      break;
    case 'regime':
      if (e.from === 'democracy' && e.to !== 'democracy') t.slides++;
      break;
    case 'dem-tie':
      if (e.to === 'member') t.integrations++;
      if (e.from === 'member' && DEM_TIE_RANK[e.to] < DEM_TIE_RANK.member) t.membersLost++;
      break;
    case 'defection': t.breakaways++; break;
    case 'action': if (e.action === 'lure') t.lures++; break;
    case 'election': if (e.populist) t.populistWins++; break;
    case 'world-event': t.seen.add(e.card); break;
    case 'card-played': {
      const counts = t.playCounts.get(e.card) ?? { event: 0, ops: 0 };
      counts[e.mode]++;
      t.playCounts.set(e.card, counts);
      if (e.mode === 'event') {
        t.eventPlays++;
        t.fired.add(e.card);
      } else t.opsPlays++;
      break;
    }
    default: break;
  }
}

/** The figures of one game, setup left out. */
export function tallyGame(game: StoryGame): GameTally {
  const t = emptyTally(game.drawn);
  for (const entry of game.log) {
    if (isSetup(entry)) continue;
    countEvent(t, entry);
    if (!isStateChange(entry)) continue;
    t.changes.set(entry.concept, (t.changes.get(entry.concept) ?? 0) + 1);
    if (entry.cause.kind === 'card' && entry.cause.side === 'world') t.fired.add(entry.cause.card);
  }
  return t;
}

const round1 = (x: number): number => Number(x.toFixed(1));
const round2 = (x: number): number => Number(x.toFixed(2));
const pct = (part: number, whole: number): number => (whole === 0 ? 0 : round1((100 * part) / whole));
const sum = (tallies: readonly GameTally[], pick: (t: GameTally) => number): number => tallies.reduce((s, t) => s + pick(t), 0);

/** The concept with the largest (or smallest) value; ties go to the earlier one in `ids`. */
function extreme(ids: readonly ConceptId[], value: (c: ConceptId) => number, largest: boolean): ConceptId | null {
  let best: ConceptId | null = null;
  for (const id of ids) {
    if (best === null || (largest ? value(id) > value(best) : value(id) < value(best))) best = id;
  }
  return best;
}

function conceptFigures(tallies: readonly GameTally[], teaches: readonly ConceptId[]) {
  const total = sum(tallies, (t) => [...t.changes.values()].reduce((s, n) => s + n, 0));
  const share = (c: ConceptId) => pct(sum(tallies, (t) => t.changes.get(c) ?? 0), total);
  const reach = (c: ConceptId) => pct(tallies.filter((t) => t.changes.has(c)).length, tallies.length);
  const maxConcept = total === 0 ? null : extreme(CONCEPTS, share, true);
  const minConcept = extreme(teaches, reach, false);
  return {
    state_changes_per_game: round2(total / Math.max(1, tallies.length)),
    max_concept_share_pct: maxConcept === null ? 0 : share(maxConcept),
    max_concept: maxConcept,
    min_concept_reach_pct: minConcept === null ? null : reach(minConcept),
    min_concept: minConcept,
    concept_share: Object.fromEntries([...CONCEPTS].sort((x, y) => share(y) - share(x)).map((c) => [c, share(c)])),
    concept_reach: Object.fromEntries([...CONCEPTS].sort((x, y) => reach(y) - reach(x)).map((c) => [c, reach(c)])),
  };
}

function cardFigures(tallies: readonly GameTally[]) {
  const cards = [...new Set(tallies.flatMap((t) => [...t.seen]))].sort();
  const eventPct = (card: CardId) => {
    const seen = tallies.filter((t) => t.seen.has(card));
    return pct(seen.filter((t) => t.fired.has(card)).length, seen.length);
  };
  const plays = (card: CardId) => ({
    event: sum(tallies, (t) => t.playCounts.get(card)?.event ?? 0),
    ops: sum(tallies, (t) => t.playCounts.get(card)?.ops ?? 0),
  });
  return {
    card_event_pct: Object.fromEntries(cards.map((c) => [c, eventPct(c)])),
    card_play_counts: Object.fromEntries(cards.filter((c) => tallies.some((t) => t.playCounts.has(c))).map((c) => [c, plays(c)])),
  };
}

/**
 * Did a member of the Autocratic side's own coerced bloc break away in this game? A `defection`
 * of one of `blocMembers` (the scenario's starting members) that ended its framework tie.
 */
export function blocBrokeApart(game: StoryGame, blocMembers: readonly CountryId[]): boolean {
  let defecting: CountryId | null = null;
  for (const entry of game.log) {
    const e = entry.event;
    if (e.type === 'defection') defecting = blocMembers.includes(e.country) ? e.country : null;
    else if (e.type === 'aut-tie' && e.country === defecting && e.from === 'framework') return true;
  }
  return false;
}

/**
 * The story figures of a batch of games; `teaches` is the scenario's list of concepts, and
 * `blocMembers` the starting members of the Autocratic side's own bloc, where it leads one.
 */
export function summarizeStory(games: readonly StoryGame[], teaches: readonly ConceptId[], blocMembers: readonly CountryId[] = []) {
  const tallies = games.map(tallyGame);
  const n = games.length;
  const perGame = (pick: (t: GameTally) => number) => round2(sum(tallies, pick) / Math.max(1, n));
  const plays = sum(tallies, (t) => t.eventPlays + t.opsPlays);
  return {
    games: n,
    democracy_win_pct: pct(games.filter((g) => g.winner === 'dem').length, n),
    avg_rounds: round2(games.reduce((s, g) => s + g.rounds, 0) / Math.max(1, n)),
    failed_decision_games_pct: pct(tallies.filter((t) => t.vetoes + t.outvotes > 0).length, n),
    veto_games_pct: pct(tallies.filter((t) => t.vetoes > 0).length, n),
    /** Games in which a member of the Autocratic side's own bloc broke away (0 where it leads none). */
    bloc_breakaway_games_pct: pct(games.filter((g) => blocBrokeApart(g, blocMembers)).length, n),
    vetoes_per_game: perGame((t) => t.vetoes),
    outvotes_per_game: perGame((t) => t.outvotes),
    slides_per_game: perGame((t) => t.slides),
    integrations_per_game: perGame((t) => t.integrations),
    members_lost_per_game: perGame((t) => t.membersLost),
    breakaways_per_game: perGame((t) => t.breakaways),
    lures_per_game: perGame((t) => t.lures),
    populist_wins_per_game: perGame((t) => t.populistWins),
    event_play_pct: pct(sum(tallies, (t) => t.eventPlays), plays),
    ...conceptFigures(tallies, teaches),
    ...cardFigures(tallies),
  };
}

export type StorySummary = ReturnType<typeof summarizeStory>;

/**
 * What each scenario exists to show, in at least half of the games (issue 12): a veto in the
 * Veto Room, a coerced bloc breaking apart in the Cold War. Empty for the other scenarios.
 */
export function scenarioTargets(scenario: string, s: StorySummary): Record<string, boolean> {
  if (scenario === 'classroom-quick') return { veto_games_pct: s.veto_games_pct >= 50 };
  if (scenario === 'cold-war') return { bloc_breakaway_games_pct: s.bloc_breakaway_games_pct >= 50 };
  return {};
}

/** Issue 10's targets, each true when met. */
export function storyTargets(s: StorySummary): Record<string, boolean> {
  return {
    failed_decision_games_pct: s.failed_decision_games_pct >= 50,
    slides_per_game: s.slides_per_game <= 0.5,
    integrations_vs_members_lost: s.integrations_per_game >= s.members_lost_per_game,
    event_play_pct: s.event_play_pct >= 40,
    max_concept_share_pct: s.max_concept_share_pct <= 25,
    min_concept_reach_pct: (s.min_concept_reach_pct ?? 0) >= 30,
  };
}
