/**
 * JSON text for the views of one state, with the parts they share encoded once. A move's update
 * goes to each seat (and the spectators) as its own view, and those views are alike but for a
 * hand and the viewer: their countries, history, log lines and ctx are the same objects when the
 * views share them with the state (src/game/view.ts, `sharedViewFor`). `sharedJson` writes the
 * same text as `JSON.stringify`, but looks up the objects it meets in the first `levels` levels
 * in `memo` (by identity) and stores their text there, so the next view of the same state pays
 * only for what is its own. A memo is only valid while none of its objects changes: the server
 * uses one per broadcast, within one synchronous loop over the views of one state.
 */

/**
 * The memo of one state's encodings, keyed by its G: the storage writes the state with it and the
 * broadcast of the same move encodes its views with it, so G's parts (the countries, the
 * history...), ctx and the move's log lines are encoded once for both. A state is never changed
 * once made (each move works on a copy: src/game/game.ts), so an encoding stays right as long as
 * its state lives; the broadcast forgets the memo once it is done (`forgetStateMemo`).
 */
const stateMemos = new WeakMap<object, Map<object, string>>();

/** The memo of the encodings of the state whose G is `G` (created on first use). */
export function stateMemo(G: object): Map<object, string> {
  let memo = stateMemos.get(G);
  if (!memo) stateMemos.set(G, (memo = new Map()));
  return memo;
}

/** Drops the memo of a state's encodings (its updates are sent). */
export function forgetStateMemo(G: object): void {
  stateMemos.delete(G);
}

/** Text already encoded as JSON: socket.io's text encoder puts it on the wire as it is (text-parser.ts). */
export class EncodedJson {
  constructor(readonly text: string) {}
}

const isWalkable = (value: object): boolean =>
  Array.isArray(value) || ((Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)
    && typeof (value as { toJSON?: unknown }).toJSON !== 'function');

/**
 * `JSON.stringify(value)` (undefined where it gives undefined), with the text of every object met
 * in the first `levels` levels below `value` memoized by identity in `memo`.
 */
export function sharedJson(value: unknown, memo: Map<object, string>, levels: number): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const known = memo.get(value);
  if (known !== undefined) return known;
  const text = levels > 0 && isWalkable(value) ? walk(value, memo, levels - 1) : JSON.stringify(value);
  if (text !== undefined) memo.set(value, text);
  return text;
}

function walk(value: object, memo: Map<object, string>, levels: number): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i += 1) text += (i > 0 ? ',' : '') + (sharedJson(value[i], memo, levels) ?? 'null');
    return `${text}]`;
  }
  let text = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item = sharedJson((value as Record<string, unknown>)[key], memo, levels);
    if (item === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:${item}`;
    first = false;
  }
  return `${text}}`;
}
