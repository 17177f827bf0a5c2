/**
 * The debrief after every game (solo, hot-seat, online, spectators), shown with the end screen:
 * the World Order as a chart, trust and leverage by round, the key moments, the concepts shown and
 * not shown, reflection prompts, the "what if" under the other decision rule, and Switch sides.
 * Everything but the what-if is read from the game's own log at once; the what-if plays two AI
 * games and fills in afterwards.
 */
import { conceptCoverage, type GameFigures, gameFigures, keyMoments, MOMENT_TITLE } from '../content/debrief';
import { roundMaps } from '../content/debrief-maps';
import { reflectionPrompts } from '../content/debrief-prompts';
import { AI_LEVEL_NAME, DECISION_RULE_WORD, SIDE_NAME, signed } from '../content/words';
import type { MatchConfig } from '../client/match';
import { opponent, type PlayerView, type Side } from '../game';
import { RULES } from '../game/rules-config';
import { DEFAULT_SCENARIO, SCENARIOS } from '../game/data/scenarios';
import { type ChartSeries, chartLegend, worldOrderChart, worldOrderTable } from './debrief-chart';
import { renderRoundMaps } from './debrief-maps';
import { button, h } from './dom';
import { conceptLink } from './glossary-links';

/** What Switch sides offers: a button (local games) or a note (online). */
export type SwitchSides = { readonly label: string; readonly note: string; readonly onClick: () => void } | { readonly note: string };

export interface DebriefOptions {
  readonly view: PlayerView;
  /** The match's seed (local games); null online, where `loadSeed` asks the server for it. */
  readonly seed: string | null;
  /** Online: the finished match's seed from its server; refused or failed, the what-if deals afresh and says so. */
  readonly loadSeed?: () => Promise<string>;
  /** A fresh seed, for online games. */
  readonly freshSeed: () => string;
  readonly switchSides: SwitchSides | null;
}

const LIMIT = RULES.worldOrderLimit;

function section(id: string, title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'debrief-part', attrs: { 'aria-labelledby': id } }, h('h3', { id }, title), ...children);
}

function chartPart(view: PlayerView): HTMLElement {
  const series: ChartSeries[] = [{ label: 'World Order', values: view.history.map((r) => r.worldOrder), className: 'series-game' }];
  return section('debrief-chart-title', 'The World Order, round by round',
    h('p', { class: 'muted' }, `Above zero the order leans to the ${SIDE_NAME.dem}, below to the ${SIDE_NAME.aut}; ±${LIMIT} ends the game.`),
    worldOrderChart('The World Order after each round', series, LIMIT),
    worldOrderTable('The World Order after each round', series));
}

function momentsPart(view: PlayerView): HTMLElement {
  const moments = keyMoments(view.log);
  const list = moments.length === 0
    ? h('p', {}, 'No veto, integration, breakaway, lure, populist win or slide happened in this game.')
    : h('ol', { class: 'moments' }, ...moments.map((m) => h('li', { class: `moment moment--${m.kind}`, attrs: { 'data-kind': m.kind } },
      h('span', { class: 'moment-round' }, `Round ${m.round}`), ' ',
      h('strong', {}, MOMENT_TITLE[m.kind]), ': ', m.text, ' ', conceptLink(m.concept))));
  return section('debrief-moments-title', `Key moments (${moments.length})`, list);
}

function conceptsPart(view: PlayerView): HTMLElement {
  const { shown, missing } = conceptCoverage(view.log);
  return section('debrief-concepts-title', 'Concepts',
    h('p', {}, `This game showed ${shown.length} of ${shown.length + missing.length} concepts (changes on the board, most first):`),
    h('ul', { class: 'concept-list' }, ...shown.map((c) => h('li', {}, conceptLink(c.concept), ` ×${c.count}`))),
    missing.length === 0 ? null : h('p', {}, 'Not shown this time:'),
    missing.length === 0 ? null : h('ul', { class: 'concept-list concept-list--missing' }, ...missing.map((c) => h('li', {}, conceptLink(c)))));
}

function promptsPart(view: PlayerView): HTMLElement {
  const prompts = reflectionPrompts({
    moments: keyMoments(view.log), coverage: conceptCoverage(view.log), history: view.history, rule: view.options.decisionRule,
  });
  return section('debrief-prompts-title', 'To think about', h('ol', { class: 'prompts' }, ...prompts.map((p) => h('li', {}, p))));
}

const WINNER = (f: GameFigures): string => (f.winner === null ? 'Draw' : SIDE_NAME[f.winner]);

function figuresTable(games: readonly { readonly title: string; readonly f: GameFigures }[]): HTMLElement {
  const row = (label: string, cell: (f: GameFigures) => string) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, label),
    ...games.map((g) => h('td', { class: 'num' }, cell(g.f))));
  const table = h('table', { class: 'history debrief-table' },
    h('caption', {}, 'The games side by side'),
    h('thead', {}, h('tr', {}, h('td', {}), ...games.map((g) => h('th', { attrs: { scope: 'col' } }, g.title)))),
    h('tbody', {},
      row('Decision rule at the start', (f) => DECISION_RULE_WORD[f.rule]),
      row('Winner', WINNER),
      row('Final World Order', (f) => signed(f.worldOrder)),
      row('Vetoes', (f) => String(f.vetoes)),
      row('Outvoted decisions', (f) => String(f.outvotes)),
      row('Integrations', (f) => String(f.integrations)),
      row('Breakaways', (f) => String(f.breakaways))));
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'The games side by side' } }, table);
}

/** The what-if part: a status line now, both AI games once they are played. */
function whatIfPart(opts: DebriefOptions, played: GameFigures): HTMLElement {
  const rule = opts.view.options.decisionRule;
  const other = rule === 'unanimity' ? 'majority' : 'unanimity';
  const status = h('p', { attrs: { role: 'status' } }, 'Replaying the deal with the AI…');
  const results = h('div', {});
  const freshDeal = 'This match’s seed could not be had from the server, so the AI plays a fresh deal of the same scenario and options instead.';
  const dealNote = h('p', {}, opts.seed === null && !opts.loadSeed
    ? freshDeal
    : 'The AI (Normal against Normal) plays the same deal twice: once under this game’s rule and once under the other.');
  const part = section('debrief-whatif-title', `What if: ${DECISION_RULE_WORD[other]} instead of ${DECISION_RULE_WORD[rule]}`, dealNote, status, results);
  const stop = new AbortController();
  // The debrief leaves with the game screen: stop replaying then.
  const watch = setInterval(() => { if (!part.isConnected) stop.abort(); }, 500);
  // The deal: the game's own seed (online, the server reveals it once the match is over), else a fresh one.
  const dealSeed = async (): Promise<string> => {
    const seed = opts.seed ?? (await opts.loadSeed?.().catch(() => null)) ?? null;
    if (seed !== null) return seed;
    dealNote.textContent = freshDeal;
    return opts.freshSeed();
  };
  setTimeout(() => {
    void Promise.all([import('../client/what-if'), dealSeed()]).then(async ([{ whatIfInWorker }, seed]) => {
      const setup = { scenario: opts.view.scenario, dependency: opts.view.options.dependency, seed };
      // Both games at once, one worker each (a machine has at least two cores to give).
      const [same, changed] = await Promise.all([
        whatIfInWorker({ ...setup, decisionRule: rule }, stop.signal),
        whatIfInWorker({ ...setup, decisionRule: other }, stop.signal),
      ]);
      const games = [
        { title: 'Your game', f: played, className: 'series-game' },
        { title: `AI, ${DECISION_RULE_WORD[rule]}`, f: same, className: 'series-same' },
        { title: `AI, ${DECISION_RULE_WORD[other]}`, f: changed, className: 'series-other' },
      ];
      const series = games.map((g) => ({ label: g.title, values: g.f.curve, className: g.className }));
      status.textContent = `Replayed: under ${DECISION_RULE_WORD[other]} the AI's game ended ${signed(changed.worldOrder)} (${WINNER(changed)}), under ${DECISION_RULE_WORD[rule]} ${signed(same.worldOrder)} (${WINNER(same)}).`;
      results.replaceChildren(figuresTable(games), worldOrderChart('The World Order in the three games', series, LIMIT), chartLegend(series));
    }).catch((error: unknown) => {
      if (!stop.signal.aborted) status.textContent = `The replay could not be played: ${error instanceof Error ? error.message : String(error)}`;
    }).finally(() => clearInterval(watch));
  }, 50);
  return part;
}

/** Switch sides for each kind of match; `restart` starts a local match in this one's place. */
export function switchSidesFor(config: MatchConfig, side: Side | null, restart: (config: MatchConfig) => void): SwitchSides | null {
  // A new deal: no seed, no resumed moves.
  const { seed: _seed, moves: _moves, aiNotes: _notes, ...rest } = config;
  if (config.mode === 'solo' && config.scripted) {
    // The tutorial: the rematch is a real game (the screen's onSwitchSides starts it), not the script.
    const other = opponent(config.humanSide ?? 'dem');
    return {
      label: `Now a real game: play the ${SIDE_NAME[other]}`,
      note: `A full game of ${SCENARIOS[DEFAULT_SCENARIO].title} against the ${AI_LEVEL_NAME.normal} AI, with a new deal and no script.`,
      onClick: () => restart({ ...rest, humanSide: other }),
    };
  }
  if (config.mode === 'solo') {
    const other = opponent(config.humanSide ?? 'dem');
    return {
      label: `Switch sides: play the ${SIDE_NAME[other]}`,
      note: `A new deal with the same rules, against the same AI (${AI_LEVEL_NAME[config.level ?? 'normal']}).`,
      onClick: () => restart({ ...rest, humanSide: other }),
    };
  }
  if (config.mode === 'hot-seat') {
    return {
      label: 'Switch sides: rematch with the seats swapped',
      note: `A new deal with the same rules: whoever led the ${SIDE_NAME.dem} now leads the ${SIDE_NAME.aut}, so swap places at the device.`,
      onClick: () => restart(rest),
    };
  }
  if (side === null) return null;
  return { note: `Online, Play again keeps each player on the same side (you stay the ${SIDE_NAME[side]}). To switch sides, create a new match in the lobby and choose the other side.` };
}

function switchPart(s: SwitchSides): HTMLElement {
  return h('div', { class: 'debrief-switch' },
    'onClick' in s ? button(s.label, s.onClick, { key: 'switch-sides', class: 'primary' }) : null,
    h('p', { class: 'muted' }, s.note));
}

/** Brings the debrief into view and moves focus to its heading (the end screen's button). */
export function focusDebrief(debrief: HTMLElement): void {
  const title = debrief.querySelector<HTMLElement>('#debrief-title');
  title?.scrollIntoView({ block: 'start' });
  title?.focus({ preventScroll: true });
}

/** The debrief, ready to show (the what-if fills in later). */
export function renderDebrief(opts: DebriefOptions): HTMLElement {
  const { view } = opts;
  const maps = roundMaps(view.log, view.countries, view.round);
  const played = gameFigures(view.options.decisionRule, view.log, view.history, view.result);
  return h('section', { class: 'debrief', id: 'debrief', attrs: { 'aria-labelledby': 'debrief-title' } },
    h('h2', { id: 'debrief-title', attrs: { tabindex: -1 } }, 'Debrief'),
    h('p', {}, 'What this game showed, read from its own log.'),
    chartPart(view),
    section('debrief-maps-title', 'Trust and leverage by round', renderRoundMaps(maps)),
    momentsPart(view),
    conceptsPart(view),
    promptsPart(view),
    whatIfPart(opts, played),
    opts.switchSides ? switchPart(opts.switchSides) : null);
}
