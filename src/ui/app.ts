/** The app's screens: menu, rules and game, one at a time in the root element. */
import type { AiLevel } from '../ai';
import type { MatchConfig } from '../client/match';
import { DEFAULT_SCENARIO, type ScenarioId } from '../game/data/scenarios';
import type { Side } from '../game/types';
import { h, screenHeading } from './dom';
import { renderMenu } from './menu';
import { renderRulesPage } from './rules-page';

export interface AppOptions {
  /** Least time per AI move (ms); default: the match's own pace. */
  readonly aiPaceMs?: number;
}

export function mountApp(root: HTMLElement, options: AppOptions = {}): void {
  const last = { side: 'dem' as Side, level: 'normal' as AiLevel, scenario: DEFAULT_SCENARIO as ScenarioId };

  const focusTitle = (id: string): void => (root.querySelector(`#${id}`) as HTMLElement | null)?.focus();

  function menu(): void {
    document.title = 'Trust & Leverage';
    root.replaceChildren(renderMenu({ last, onStart: (config) => void start(config), onRules: rules }));
    focusTitle('menu-title');
  }

  function rules(): void {
    document.title = 'Rules — Trust & Leverage';
    root.replaceChildren(renderRulesPage(menu));
    focusTitle('rules-page-title');
  }

  async function start(config: MatchConfig): Promise<void> {
    if (config.mode === 'solo') Object.assign(last, { side: config.humanSide, level: config.level });
    last.scenario = config.scenario;
    performance.mark('tl:game-start');
    document.title = `${config.mode === 'solo' ? 'Solo' : 'Hot-seat'} — Trust & Leverage`;
    root.replaceChildren(h('div', { class: 'loading' }, screenHeading('h1', 'Trust & Leverage', 'loading-title'), h('p', { attrs: { role: 'status' } }, 'Setting up the match…')));
    const { launchGame } = await import('./game-entry');
    launchGame(root, options.aiPaceMs === undefined ? config : { ...config, aiPaceMs: options.aiPaceMs }, menu);
  }

  menu();
}
