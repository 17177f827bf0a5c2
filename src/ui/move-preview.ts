/**
 * What a move will do, shown before Confirm: the rules' own preview (`previewMove`, run on the
 * player's view) as the log lines it will write, the countries it touches, and for a bloc
 * decision who votes against and whether it fails (the rules' vote, as the log will record it).
 * Nothing here works a consequence out: it only words the rules' answer.
 */
import { DECISION_NAME, logSentence } from '../content/log-text';
import { COUNTRY, type CountryId, type LogEntry, type LogEvent, type Move, type PlayerView, previewMove } from '../game';
import { DECISION_RULE_WORD } from '../content/words';
import { h } from './dom';

type Vote = Extract<LogEvent, { type: 'bloc-decision' }>;

/** Lines that restate the move itself (the card played, the action taken) rather than its effect. */
const isMoveItself = (entry: LogEntry): boolean => entry.event.type === 'card-played' || entry.event.type === 'action';

function touched(changes: readonly LogEntry[]): CountryId[] {
  const ids = new Set<CountryId>();
  for (const { event } of changes) if ('country' in event && event.country !== undefined) ids.add(event.country);
  return [...ids];
}

function voteLine(vote: Vote): HTMLElement {
  const against = vote.against.map((id) => COUNTRY[id].name);
  const who = against.length === 0 ? 'no member votes against' : `${against.join(', ')} will vote against (${against.length} of ${vote.members})`;
  return h('p', { class: vote.passed ? 'vote-passes' : 'vote-fails' },
    `Vote on the ${DECISION_NAME[vote.decision]} under ${DECISION_RULE_WORD[vote.rule]}: ${who}; it will ${vote.passed ? 'pass' : 'fail'}.`);
}

/** The sentence without its "[cause]" tail: in a preview every line has the same cause. */
const effectText = (entry: LogEntry): string => logSentence(entry).replace(/ \[[^\]]*\]$/, '');

/** The preview of `move` for the player on move, or null when the rules refuse it. */
export function renderMovePreview(view: PlayerView, move: Move): HTMLElement | null {
  const preview = previewMove(view, move);
  if (typeof preview === 'string') return null;
  const effects = preview.changes.filter((entry) => !isMoveItself(entry) && entry.event.type !== 'chance');
  const votes = effects.flatMap((entry) => (entry.event.type === 'bloc-decision' ? [entry.event] : []));
  const lines = effects.filter((entry) => entry.event.type !== 'bloc-decision');
  const countries = touched(effects);
  return h('section', { class: 'preview', attrs: { 'aria-labelledby': 'preview-title' } },
    h('h3', { id: 'preview-title' }, preview.chance ? 'What it will do (may differ: chance)' : 'What it will do'),
    ...votes.map(voteLine),
    lines.length > 0 ? h('ul', {}, ...lines.map((entry) => h('li', {}, effectText(entry)))) : h('p', {}, move.kind === 'play-ops' ? 'No change on the board: you then spend the ops on basic actions.' : 'No change on the board.'),
    countries.length > 0 ? h('p', {}, `Countries touched: ${countries.map((id) => COUNTRY[id].name).join(', ')}.`) : null,
    preview.chance ? h('p', {}, 'Shown as if the gamble does not come up; chance decides when you confirm.') : null);
}
