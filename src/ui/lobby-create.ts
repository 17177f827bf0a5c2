/**
 * "Create a match": scenario, side, the rule options, listed or by code only, or against the
 * server's AI. Creating also joins the chosen seat and, against the AI, gives it the other one.
 */
import { AI_LEVELS } from '../ai/types';
import { LobbyError } from '../client/lobby-client';
import { createOptions, isAiLevel, lobbyErrorText, type SideChoice } from '../client/online-rules';
import { DEFAULT_SCENARIO, LISTED_SCENARIOS } from '../game/data/scenarios';
import { AI_LEVEL_NAME, SIDE_NAME } from '../content/words';
import { button, h } from './dom';
import { checkedValue, radios, select } from './form';
import type { LobbyContext } from './lobby-context';
import { paceFields, readPace } from './lobby-pace';
import { readRuleOptions, ruleOptions } from './rule-options';

async function create(ctx: LobbyContext, section: HTMLElement): Promise<void> {
  const name = ctx.checkName(true);
  if (name === null) return;
  const value = (id: string) => (section.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement).value;
  const againstAi = (section.querySelector('#create-ai') as HTMLInputElement).checked;
  const level = value('create-ai-level');
  const { options, seat } = createOptions({
    scenario: value('create-scenario'),
    side: checkedValue(section, 'create-side') as SideChoice,
    ...readRuleOptions(section, 'create'),
    listed: !againstAi && (section.querySelector('#create-listed') as HTMLInputElement).checked,
  });
  const { lobby, tickets, names } = ctx.opts;
  await ctx.run('create the match', async () => {
    const code = await lobby.create({ ...options, options: readPace(section) });
    const ticket = await lobby.join(code, name, seat);
    tickets.save(ticket);
    names.set(name);
    let notice: string | undefined;
    if (againstAi && isAiLevel(level)) {
      try {
        await lobby.addAi(ticket, seat === '0' ? '1' : '0', level);
      } catch (error) {
        // The match exists and the seat is ours: the game screen offers the AI again.
        if (!(error instanceof LobbyError)) throw error;
        notice = lobbyErrorText('give the other seat to the server AI', error.status, error.message);
      }
    }
    ctx.play(await lobby.get(code), ticket, notice);
  });
}

export function createMatchForm(ctx: LobbyContext): HTMLElement {
  const section = h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'create-title' } });
  const scenarios = LISTED_SCENARIOS.map((s): [string, string] => [s.id, s.title]);
  const aiBox = h('input', { id: 'create-ai', attrs: { type: 'checkbox' } });
  const listedBox = h('input', { id: 'create-listed', attrs: { type: 'checkbox' } });
  listedBox.checked = true;
  const aiLevel = select('create-ai-level', 'Server AI level', AI_LEVELS.map((v) => [v, AI_LEVEL_NAME[v]] as const), 'easy');
  aiLevel.hidden = true;
  const pace = paceFields();
  // A match against the AI is never listed: nobody else could sit in it.
  aiBox.addEventListener('change', () => {
    aiLevel.hidden = !aiBox.checked;
    pace.hidden = aiBox.checked; // the server's AI waits for its player: no clock
    listedBox.disabled = aiBox.checked;
  });
  const scenario = select('create-scenario', 'Scenario', scenarios, DEFAULT_SCENARIO);
  section.append(
    h('h2', { id: 'create-title' }, 'Create a match'),
    scenario,
    radios<SideChoice>('create-side', 'Your side', [['dem', SIDE_NAME.dem], ['aut', SIDE_NAME.aut], ['random', 'Random (drawn by the server)']], 'dem'),
    ruleOptions('create', scenario.querySelector('select') as HTMLSelectElement),
    h('div', { class: 'check' }, listedBox, h('label', { attrs: { for: 'create-listed' } }, 'List the match in the lobby (anyone can join); otherwise only people with the code can')),
    h('div', { class: 'check' }, aiBox, h('label', { attrs: { for: 'create-ai' } }, 'Play against the server AI')),
    aiLevel,
    pace,
    button('Create match', () => void create(ctx, section), { key: 'create', class: 'primary' }));
  return section;
}
