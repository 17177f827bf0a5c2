/**
 * The pace of a new match and who stands in for an absent player: Live (a clock per turn with a
 * small bank, for a sitting) or Daily (hours per turn, for play across days), and the level of the
 * server's AI that plays a turn whose time ran out.
 */
import { AI_LEVELS } from '../ai/types';
import type { CreateOptions } from '../client/lobby-client';
import { isAiLevel } from '../client/online-rules';
import { AI_LEVEL_NAME } from '../content/words';
import { DAILY_DEFAULT, LIVE_DEFAULT } from '../server/clock/pace';
import { h } from './dom';
import { checkedValue, radios, select } from './form';

const DAILY_HOURS = [8, 12, 24, 48, 72] as const;

export function paceFields(): HTMLElement {
  const hours = select('create-daily-hours', 'Hours per turn (Daily)', DAILY_HOURS.map((n) => [String(n), `${n} hours`] as const), String(DAILY_DEFAULT.turnHours));
  const standIn = select('create-stand-in', 'If a player’s time runs out, the AI plays that turn at level', AI_LEVELS.map((v) => [v, AI_LEVEL_NAME[v]] as const), 'normal');
  const pace = radios('create-pace', 'Pace', [
    ['live', 'Live', `${LIVE_DEFAULT.turnSeconds} seconds a turn, plus a ${LIVE_DEFAULT.bankSeconds / 60}-minute bank for slow turns`],
    ['daily', 'Daily', 'hours per turn: play a few turns a day'],
  ], 'live');
  const showHours = (): void => void (hours.hidden = checkedValue(pace, 'create-pace') !== 'daily');
  pace.addEventListener('change', showHours);
  showHours();
  return h('div', { class: 'create-pace' }, pace, hours, standIn,
    h('p', { class: 'hint' }, 'After three turns in a row played by the AI, it keeps the seat until its player comes back; the other player may then end the match as a win.'));
}

/** The pace options chosen under `root`. */
export function readPace(root: HTMLElement): NonNullable<CreateOptions['options']> {
  const level = (root.querySelector('#create-stand-in') as HTMLSelectElement | null)?.value;
  const standIn = isAiLevel(level) ? level : 'normal';
  if (checkedValue(root, 'create-pace') !== 'daily') return { pace: LIVE_DEFAULT, standIn };
  const turnHours = Number((root.querySelector('#create-daily-hours') as HTMLSelectElement | null)?.value ?? DAILY_DEFAULT.turnHours);
  return { pace: { kind: 'daily', turnHours }, standIn };
}
