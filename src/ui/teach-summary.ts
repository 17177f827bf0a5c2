/**
 * The class summary: tables under unanimity beside tables under majority voting (outcomes, vetoes,
 * outvotes, integrations, breakaways, slides), and the quiz before and after (per-concept correct
 * rates, the mean gain and its effect sizes, beside the published bars to beat).
 */
import type { ClassGrid, RuleSummary } from '../client/class-client';
import { CONCEPT_LABEL } from '../content/concept-labels';
import { DECISION_RULE_NAME, SIDE_SHORT, signed } from '../content/words';
import { h } from './dom';

const percent = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(2));

function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLElement {
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': caption } },
    h('table', { class: 'teach-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((t, i) => h('th', { attrs: { scope: 'col' }, ...(i > 0 ? { class: 'num' } : {}) }, t)))),
      h('tbody', {}, ...rows.map(([first, ...rest]) => h('tr', {},
        h('th', { attrs: { scope: 'row' } }, first ?? ''), ...rest.map((c) => h('td', { class: 'num' }, c)))))));
}

const RULE_ROWS: readonly [string, (s: RuleSummary) => string | number][] = [
  ['Tables', (s) => s.tables],
  ['Finished', (s) => s.finished],
  [`${SIDE_SHORT.dem} wins`, (s) => s.demWins],
  [`${SIDE_SHORT.aut} wins`, (s) => s.autWins],
  ['Draws', (s) => s.draws],
  ['Mean final World Order', (s) => (s.meanWorldOrder === null ? '—' : signed(s.meanWorldOrder))],
  ['Vetoes', (s) => s.vetoes],
  ['Outvotes', (s) => s.outvotes],
  ['Integrations', (s) => s.integrations],
  ['Breakaways', (s) => s.breakaways],
  ['Democratic slides', (s) => s.slides],
];

function byRule(grid: ClassGrid): HTMLElement {
  const [a, b] = grid.summary;
  const rows = RULE_ROWS.map(([label, of]) => [label, ...grid.summary.map(of)] as const);
  const lesson = a && b && a.tables > 0 && b.tables > 0
    ? h('p', {}, `Under ${DECISION_RULE_NAME[a.decisionRule].toLowerCase()}: ${a.vetoes} veto${a.vetoes === 1 ? '' : 'es'}; under ${DECISION_RULE_NAME[b.decisionRule].toLowerCase()}: ${b.outvotes} outvote${b.outvotes === 1 ? '' : 's'}. Ask the class why the same bloc decided differently.`)
    : h('p', {}, 'Split the class between the rules (when creating it) to compare tables under unanimity with tables under majority voting.');
  return h('section', { class: 'teach-summary-rules', attrs: { 'aria-labelledby': 'summary-rules-title' } },
    h('h3', { id: 'summary-rules-title' }, 'Unanimity against majority voting'),
    table('Tables by decision rule', ['', ...grid.summary.map((s) => DECISION_RULE_NAME[s.decisionRule])], rows),
    lesson);
}

function quiz(grid: ClassGrid): HTMLElement {
  const q = grid.quiz;
  const rows = q.concepts.filter((c) => c.pre !== null || c.post !== null).map((c) => [
    CONCEPT_LABEL[c.concept], percent(c.pre), percent(c.post), c.pre === null || c.post === null ? '—' : `${c.post >= c.pre ? '+' : '−'}${Math.abs(Math.round((c.post - c.pre) * 100))} pts`,
  ] as const);
  const p = q.paired;
  return h('section', { class: 'teach-summary-quiz', attrs: { 'aria-labelledby': 'summary-quiz-title' } },
    h('h3', { id: 'summary-quiz-title' }, 'Quiz: before and after'),
    h('p', { class: 'teach-quiz-headline' },
      `${q.preCount} before, ${q.postCount} after, ${p.n} both. Mean score ${percent(q.preMean)} → ${percent(q.postMean)}; `
      + `mean gain ${p.n === 0 ? '—' : `${signed(Math.round(p.meanGain * 100))} pts`}; effect size d_av ${fixed(p.dAv)}, Hedges' g ${fixed(p.hedgesG)}, d_z ${fixed(p.dZ)}.`),
    h('p', { class: 'hint' }, 'Published bars: Mission US, g = 0.15 over about 12 hours; Bad News, d ≈ 0.3–0.5 in 15 minutes. With a few students an effect size is very uncertain.'),
    rows.length === 0 ? h('p', {}, 'No quiz answers yet.') : table('Correct answers by concept', ['Concept', 'Before', 'After', 'Gain'], rows));
}

export function renderSummary(grid: ClassGrid): HTMLElement {
  return h('section', { class: 'teach-summary', attrs: { 'aria-labelledby': 'summary-title' } },
    h('h2', { id: 'summary-title' }, 'Summary across tables'),
    byRule(grid),
    quiz(grid));
}
