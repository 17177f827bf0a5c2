/**
 * What a teacher sees of a class, from the stored matches: each table's live facts (round, World
 * Order, whose turn, key moments as they happen: the debrief's own finder over the stored log),
 * each scored round (the export's rows) and the comparison across tables. Pure: the routes fetch
 * the matches and hand them in. Nothing here reads a hand, a deck or a seed.
 */
import { gameFigures, keyMoments, type MomentKind } from '../../content/debrief';
import type { GameState } from '../../game/state';
import type { LogEntry } from '../../game/log';
import { DECISION_RULES, type DecisionRule, type Seat, type Side } from '../../game/types';
import type { ClassRecord, ClassTable, SeatHolder } from './class-types';

/** One table's match as stored: its state (null when it is gone) and its full game log. */
export interface TableMatch {
  readonly table: ClassTable;
  readonly G: GameState | null;
  readonly gameover: boolean;
  readonly currentPlayer: string | null;
  readonly log: readonly LogEntry[];
  /** Display names by seat, as the match's metadata holds them. */
  readonly names: Readonly<Record<Seat, string | null>>;
}

export type Winner = Side | 'draw';

export interface Counts {
  readonly vetoes: number;
  readonly outvotes: number;
  readonly integrations: number;
  readonly breakaways: number;
  readonly slides: number;
}

export interface SeatView {
  readonly playerID: Seat;
  readonly name: string | null;
  readonly holder: SeatHolder['kind'];
}

export interface TableView extends Counts {
  readonly matchID: string;
  readonly decisionRule: DecisionRule;
  readonly status: 'waiting' | 'playing' | 'over' | 'missing';
  readonly round: number;
  readonly lastRound: number;
  readonly worldOrder: number;
  /** The side on move (null once over, or while a seat waits for its player). */
  readonly onMove: Side | null;
  readonly players: Readonly<Record<Side, SeatView>>;
  readonly winner: Winner | null;
  readonly keyMoments: readonly { readonly kind: MomentKind; readonly round: number; readonly text: string }[];
}

/** One scored round of one table: a row of the CSV export. */
export interface RoundRow extends Counts {
  readonly round: number;
  readonly decisionRule: DecisionRule;
  readonly worldOrder: number;
  readonly demPoints: number;
  readonly autPoints: number;
}

const isPlay = (entry: LogEntry): boolean => !(entry.cause.kind === 'rules' && entry.cause.step === 'setup');

/** The counts of a stretch of log, by the debrief's definitions (a failed reform vote is a veto or an outvote too). */
export function countsOf(rule: DecisionRule, log: readonly LogEntry[]): Counts {
  const figures = gameFigures(rule, log, [], null);
  const slides = keyMoments(log).filter((m) => m.kind === 'slide').length;
  const { vetoes, outvotes, integrations, breakaways } = figures;
  return { vetoes, outvotes, integrations, breakaways, slides };
}

function seatView(match: TableMatch, playerID: Seat): SeatView {
  const holder = match.table.seats[Number(playerID)]?.kind ?? 'empty';
  return { playerID, name: match.names[playerID], holder };
}

/** Views already made of a reading (the service keeps a reading while its table is unchanged). */
const VIEWS = new WeakMap<TableMatch, TableView>();

/** The live facts of one table. */
export function tableView(match: TableMatch): TableView {
  let view = VIEWS.get(match);
  if (!view) VIEWS.set(match, (view = makeTableView(match)));
  return view;
}

function makeTableView(match: TableMatch): TableView {
  const { table, G } = match;
  const empty: Counts = { vetoes: 0, outvotes: 0, integrations: 0, breakaways: 0, slides: 0 };
  if (G === null) {
    const players = { dem: seatView(match, '0'), aut: seatView(match, '1') };
    return { matchID: table.matchID, decisionRule: table.decisionRule, status: 'missing', round: 0, lastRound: 0, worldOrder: 0, onMove: null, players, winner: null, keyMoments: [], ...empty };
  }
  const players = { dem: seatView(match, G.seats.dem), aut: seatView(match, G.seats.aut) };
  const waiting = table.seats.some((s) => s.kind === 'empty');
  const over = match.gameover || G.result !== null;
  const status = over ? 'over' : waiting ? 'waiting' : 'playing';
  const onMove = status === 'playing' ? (G.seats.dem === match.currentPlayer ? 'dem' : 'aut') : null;
  const winner: Winner | null = G.result === null ? null : G.result.winner ?? 'draw';
  const moments = keyMoments(match.log).map(({ kind, round, text }) => ({ kind, round, text }));
  return {
    matchID: table.matchID, decisionRule: table.decisionRule, status, round: G.round, lastRound: G.lastRound, worldOrder: G.worldOrder,
    onMove, players, winner, keyMoments: moments, ...countsOf(table.decisionRule, match.log),
  };
}

/** Each scored round of a table, with the rule in effect when it was scored. */
export function roundRows(match: TableMatch): RoundRow[] {
  let rule = match.table.decisionRule;
  const rows: RoundRow[] = [];
  const played = match.log.filter(isPlay);
  for (const entry of played) {
    const e = entry.event;
    if (e.type === 'decision-rule') rule = e.to;
    if (e.type !== 'score') continue;
    const ofRound = played.filter((x) => x.round === entry.round);
    rows.push({ round: entry.round, decisionRule: rule, worldOrder: e.worldOrder, demPoints: e.dem, autPoints: e.aut, ...countsOf(rule, ofRound) });
  }
  return rows;
}

export interface RuleSummary extends Counts {
  readonly decisionRule: DecisionRule;
  readonly tables: number;
  readonly finished: number;
  readonly demWins: number;
  readonly autWins: number;
  readonly draws: number;
  /** Mean final World Order of finished tables (null when none has finished). */
  readonly meanWorldOrder: number | null;
}

/** The class-wide comparison: tables under unanimity beside tables under majority voting. */
export function summaryByRule(tables: readonly TableView[]): RuleSummary[] {
  return DECISION_RULES.map((decisionRule) => {
    const mine = tables.filter((t) => t.decisionRule === decisionRule && t.status !== 'missing');
    const done = mine.filter((t) => t.status === 'over');
    const sum = (key: keyof Counts): number => mine.reduce((s, t) => s + t[key], 0);
    const wins = (w: Winner): number => done.filter((t) => t.winner === w).length;
    const mean = done.length === 0 ? null : Math.round((done.reduce((s, t) => s + t.worldOrder, 0) / done.length) * 10) / 10;
    return {
      decisionRule, tables: mine.length, finished: done.length, demWins: wins('dem'), autWins: wins('aut'), draws: wins('draw'), meanWorldOrder: mean,
      vetoes: sum('vetoes'), outvotes: sum('outvotes'), integrations: sum('integrations'), breakaways: sum('breakaways'), slides: sum('slides'),
    };
  });
}

export const CSV_COLUMNS = [
  'class_code', 'match_id', 'round', 'dem_player', 'aut_player', 'decision_rule', 'world_order', 'dem_points', 'aut_points',
  'vetoes', 'outvotes', 'integrations', 'breakaways', 'slides', 'winner',
] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a text starting with = + - @
 * (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs a display
 * name as a formula.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV export: one row per table and scored round (a table that has scored no round has no row yet). */
export function classCsv(record: ClassRecord, matches: readonly TableMatch[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const match of matches) {
    if (match.G === null) continue;
    const view = tableView(match);
    const winner = view.winner ?? '';
    for (const row of roundRows(match)) {
      lines.push([
        record.code, view.matchID, row.round, view.players.dem.name ?? '', view.players.aut.name ?? '', row.decisionRule, row.worldOrder,
        row.demPoints, row.autPoints, row.vetoes, row.outvotes, row.integrations, row.breakaways, row.slides, winner,
      ].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
