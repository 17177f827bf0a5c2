/**
 * Plain-English sentences for log entries: what happened and why, in the words every screen
 * shares (./words.ts). The teaching layer links each entry's concept to the glossary; this file
 * only words the event.
 */
import { ACTIONS } from '../game/actions';
import { CARD } from '../game/data/cards';
import { COUNTRY } from '../game/data/countries';
import { isScenarioId, SCENARIOS } from '../game/data/scenarios';
import type { LogCause, LogEntry, LogEvent, LogReason } from '../game/log';
import type { ActionId, BlocDecisionId, Side } from '../game/types';
import type { AiLevel } from '../ai/types';
import { AI_LEVEL_NAME, DECISION_RULE_WORD, FRAMEWORK_NAME, SIDE_NAME as SIDE, SIDE_SHORT, signed, STANDING_NAME } from './words';

/** A side as the subject of a sentence ("The Democratic bloc …"). */
const SIDE_NAME: Record<Side, string> = { dem: `The ${SIDE.dem}`, aut: `The ${SIDE.aut}` };

const ACTION_NAME: Record<ActionId, string> = {
  engage: 'engages', ally: 'forms an alliance with', integrate: 'proposes integrating', 'counter-disinformation': 'counters disinformation in',
  diversify: 'diversifies its economy', sanction: 'proposes sanctions on', invest: 'invests in', coerce: 'coerces',
  disinform: 'spreads disinformation in', framework: 'brings into a framework', lure: 'lures away', crush: 'crushes a revolt in',
};

const REASON_TEXT: Record<LogReason, string> = {
  'common-values': 'shared democratic values add trust',
  'polarization-blocks': 'polarization is at its peak, so no trust can be gained',
  'polarization-peaks': 'polarization peaked and eroded trust',
  'trust-too-low': 'trust fell too low to sustain the tie',
  'resentment-exceeds': 'resentment outweighs leverage',
  'coerced-to-the-limit': 'coerced to the limit, no leverage holds it any more',
  'populist-result': 'a populist won',
  'mainstream-result': 'the mainstream held',
  exposed: 'the operation was exposed',
  retaliation: 'it drew retaliation',
  resilience: 'pushing democracy in an autocracy backfired',
  veto: 'members under autocratic leverage blocked it',
  outvoted: 'most members, under autocratic leverage, voted against',
  'no-members': 'the bloc has no members left to decide anything',
  sovereignty: 'an autocracy will not pool sovereignty',
  'no-target': 'nothing met its conditions',
};

const name = (id: keyof typeof COUNTRY): string => COUNTRY[id].name;

export const DECISION_NAME: Record<BlocDecisionId, string> = {
  integration: 'integration',
  sanction: 'sanction',
  'common-statement': 'common statement',
  reform: 'reform of the voting rule',
  'investment-agreement': 'investment agreement',
};

function causeText(cause: LogCause): string {
  switch (cause.kind) {
    case 'action':
      return `${SIDE_SHORT[cause.side]} action: ${cause.action}`;
    case 'card':
      return CARD[cause.card].title;
    case 'rules':
      return cause.step.replaceAll('-', ' ');
  }
}

function eventText(e: LogEvent): string {
  switch (e.type) {
    case 'setup': return `A new game of ${e.lastRound} rounds begins: ${isScenarioId(e.scenario) ? SCENARIOS[e.scenario].title : e.scenario}.`;
    case 'round-start': return `Round ${e.round} begins.`;
    case 'world-event': return `World event: ${CARD[e.card].title}. ${CARD[e.card].explanation}`;
    case 'income': return `${SIDE_NAME[e.side]} collects ${e.amount} capital.`;
    case 'draw': return `${SIDE_NAME[e.side]} draws ${e.count} card${e.count === 1 ? '' : 's'}.`;
    case 'reshuffle': return `The ${e.pile === 'world' ? 'world' : SIDE_SHORT[e.pile]} discard pile (${e.count} cards) is reshuffled.`;
    case 'card-played':
      return `${SIDE_NAME[e.side]} plays ${CARD[e.card].title} for its ${e.mode === 'event' ? 'event' : `ops (${CARD[e.card].ops})`}${e.target ? ` on ${name(e.target)}` : ''}.`;
    case 'action': {
      const what = ACTIONS[e.action].targeted && e.target ? `${ACTION_NAME[e.action]} ${name(e.target)}` : ACTION_NAME[e.action];
      return `${SIDE_NAME[e.side]} ${what} (${e.ops} op${e.ops === 1 ? '' : 's'}).`;
    }
    case 'pass': return `${SIDE_NAME[e.side]} ends its turn${e.opsLost > 0 ? `, leaving ${e.opsLost} op${e.opsLost === 1 ? '' : 's'} unspent` : ''}.`;
    case 'track': return `${name(e.country)}: ${e.track} ${e.from} → ${e.to}.`;
    case 'dem-tie': return `${name(e.country)}: Democratic tie ${e.from} → ${e.to}.`;
    case 'aut-tie': return `${name(e.country)}: Autocratic tie ${e.from} → ${e.to}${e.framework ? ` (${FRAMEWORK_NAME[e.framework]} framework)` : ''}.`;
    case 'regime': return `${name(e.country)} becomes a${e.to === 'autocracy' ? 'n' : ''} ${e.to}.`;
    case 'capital': return `${SIDE_NAME[e.side]}'s capital ${e.from} → ${e.to}.`;
    case 'dependency': return `Dependency ${e.from} → ${e.to}.`;
    case 'decision-rule': return `The bloc now decides by ${DECISION_RULE_WORD[e.to]}.`;
    case 'standing': return `${STANDING_NAME[e.id]} ${e.on ? 'takes effect' : 'ends'}.`;
    case 'bloc-decision':
      return e.passed
        ? `The bloc approves the ${DECISION_NAME[e.decision]} (${e.rule}).`
        : `The ${DECISION_NAME[e.decision]} fails under ${e.rule}: ${e.against.map(name).join(', ') || 'no member'} against.`;
    case 'election': return `${name(e.country)} holds an election.`;
    case 'defection': return `${name(e.country)} breaks with the Autocratic power.`;
    case 'no-effect': return e.country ? `No effect in ${name(e.country)}.` : 'No effect.';
    case 'chance': return e.hit ? 'The gamble comes up.' : 'The gamble does not come up.';
    case 'score':
      return `Scoring: Democratic ${e.dem}, Autocratic ${e.aut}; the World Order moves ${signed(e.shift)} to ${signed(e.worldOrder)}${e.unitedFront ? ' (united front)' : ''}.`;
    case 'game-over':
      return e.winner === null ? `The game ends in a draw at ${e.worldOrder}.` : `${SIDE_NAME[e.winner]} wins with the World Order at ${e.worldOrder}.`;
  }
}

/** One sentence for a log entry: what happened, and why when a reason is known. */
export function logSentence(entry: LogEntry): string {
  const why = entry.reason ? ` Why: ${REASON_TEXT[entry.reason]}.` : '';
  const by = entry.cause.kind === 'rules' ? '' : ` [${causeText(entry.cause)}]`;
  return `${eventText(entry.event)}${why}${by}`;
}

/**
 * An online match's note that the server's AI played a move for a player whose time ran out
 * (the stand-in plays from that seat's own view: it knows nothing the player did not).
 */
export function standInText(side: Side, level: AiLevel, reason: string): string {
  return `Time ran out for the ${SIDE[side]}: the AI (${AI_LEVEL_NAME[level]}) played this move for it, from its own view. It ${reason.replace(/\.$/, '')}.`;
}
