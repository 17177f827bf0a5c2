/**
 * The World Order round by round as a small inline SVG line chart (no charting library: a few
 * hundred bytes of code), with a title and description for screen readers and the same numbers
 * as a table beside it.
 */
import { signed } from '../content/words';
import { h } from './dom';

export interface ChartSeries {
  readonly label: string;
  /** The World Order after each round (index 0: round 1). */
  readonly values: readonly number[];
  /** A CSS class for the line's colour and dash. */
  readonly className: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const W = 320;
const H = 160;
const PAD = { left: 30, right: 10, top: 10, bottom: 24 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

let chartIds = 0;

/** A line chart of one or more World Order curves; `limit` is the track's end (±). */
export function worldOrderChart(title: string, series: readonly ChartSeries[], limit: number): SVGSVGElement {
  const rounds = Math.max(1, ...series.map((s) => s.values.length));
  const top = Math.max(4, ...series.flatMap((s) => s.values.map(Math.abs)));
  const span = Math.min(limit, top + 1);
  const x = (i: number): number => PAD.left + (rounds === 1 ? 0 : (i * (W - PAD.left - PAD.right)) / (rounds - 1));
  const y = (v: number): number => PAD.top + ((span - v) * (H - PAD.top - PAD.bottom)) / (2 * span);
  const id = `chart-${++chartIds}`;
  const desc = series.map((s) => `${s.label}: ${s.values.map((v, i) => `round ${i + 1} ${signed(v)}`).join(', ')}`).join('. ');
  const grid = [span, 0, -span].map((v) => svg('g', {},
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: v === 0 ? 'chart-zero' : 'chart-grid' }),
    svg('text', { x: PAD.left - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-label' }, signed(v))));
  const ticks = Array.from({ length: rounds }, (_, i) => svg('text', { x: x(i), y: H - 6, 'text-anchor': 'middle', class: 'chart-label' }, String(i + 1)));
  const lines = series.map((s) => svg('g', { class: `chart-series ${s.className}` },
    svg('polyline', { points: s.values.map((v, i) => `${x(i)},${y(v)}`).join(' '), fill: 'none' }),
    ...s.values.map((v, i) => svg('circle', { cx: x(i), cy: y(v), r: 3 }))));
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart', 'aria-labelledby': `${id}-t ${id}-d`, 'data-rounds': rounds },
    svg('title', { id: `${id}-t` }, title),
    svg('desc', { id: `${id}-d` }, desc),
    ...grid, ...ticks, ...lines);
}

/** The chart's numbers as a table (the accessible alternative, also good to read). */
export function worldOrderTable(caption: string, series: readonly ChartSeries[]): HTMLElement {
  const rounds = Math.max(0, ...series.map((s) => s.values.length));
  const table = h('table', { class: 'history debrief-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Round'), ...series.map((s) => h('th', { attrs: { scope: 'col' } }, s.label)))),
    h('tbody', {}, ...Array.from({ length: rounds }, (_, i) => h('tr', {},
      h('th', { attrs: { scope: 'row' } }, i + 1),
      ...series.map((s) => h('td', { class: 'num' }, s.values[i] === undefined ? '—' : signed(s.values[i] as number)))))));
  return h('div', { class: 'table-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': caption } }, table);
}

/** A legend for several series (the lines' colours and dashes). */
export function chartLegend(series: readonly ChartSeries[]): HTMLElement {
  return h('ul', { class: 'chart-legend' }, ...series.map((s) => h('li', {},
    h('span', { class: `chart-swatch ${s.className}`, attrs: { 'aria-hidden': 'true' } }), s.label)));
}
