/**
 * The game log as groups a reader can follow: the setup, each round's start (world event, income,
 * draws), each turn (it begins where a card is played, with that side and card; the basic actions
 * and the end of the turn follow), and each round's resolution (the common position, upkeep,
 * coercion check, elections, scoring). The AI's reasons sit beside the lines of the move they
 * explain, so the reason for a card play heads its turn. Pure: no DOM.
 */
import type { AiNote } from '../client/ai-seat';
import type { CardId, LogEntry, Side } from '../game';

export type GroupHead =
  | { readonly kind: 'setup' }
  | { readonly kind: 'round-start'; readonly round: number }
  | { readonly kind: 'turn'; readonly round: number; readonly side: Side; readonly card: CardId; readonly mode: 'event' | 'ops' }
  | { readonly kind: 'resolution'; readonly round: number };

/** One item of a group: a log entry (with its index in the log) or an AI reason. */
export type GroupItem =
  | { readonly kind: 'entry'; readonly entry: LogEntry; readonly index: number }
  | { readonly kind: 'note'; readonly note: AiNote };

export interface LogGroup {
  readonly head: GroupHead;
  readonly round: number;
  readonly items: GroupItem[];
}

/** Steps of the round that come after both sides' turns. */
const RESOLUTION_STEPS: ReadonlySet<string> = new Set(['common-position', 'upkeep', 'coercion-check', 'election', 'scoring', 'end-check']);

/** The head of the group `entry` starts, or null when it belongs to the group before it. */
function headStartedBy(entry: LogEntry, current: GroupHead | null): GroupHead | null {
  const { event, cause } = entry;
  if (event.type === 'setup') return { kind: 'setup' };
  if (event.type === 'round-start') return { kind: 'round-start', round: event.round };
  if (event.type === 'card-played') return { kind: 'turn', round: entry.round, side: event.side, card: event.card, mode: event.mode };
  const resolving = cause.kind === 'rules' && RESOLUTION_STEPS.has(cause.step);
  if (resolving && current?.kind !== 'resolution') return { kind: 'resolution', round: entry.round };
  return current === null ? { kind: 'setup' } : null;
}

/** The log's groups in the order they happened, each with its lines and AI reasons in order. */
export function groupLog(log: readonly LogEntry[], notes: readonly AiNote[]): LogGroup[] {
  const groups: LogGroup[] = [];
  let n = 0;
  log.forEach((entry, index) => {
    const head = headStartedBy(entry, groups.at(-1)?.head ?? null);
    if (head) groups.push({ head, round: entry.round, items: [] });
    const group = groups.at(-1) as LogGroup;
    // A reason is noted at the log length when its move was made: it goes before that move's first line.
    for (; n < notes.length && (notes[n] as AiNote).logIndex <= index; n++) group.items.push({ kind: 'note', note: notes[n] as AiNote });
    group.items.push({ kind: 'entry', entry, index });
  });
  // Reasons whose move has not reached the log yet wait for it (they are shown with it).
  return groups;
}

/** The side a group belongs to; null for the round's own steps (setup, round start, resolution). */
export function sideOfGroup(head: GroupHead): Side | null {
  return head.kind === 'turn' ? head.side : null;
}
