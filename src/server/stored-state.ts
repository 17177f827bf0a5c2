/**
 * A match's state as text, for the storages (and the Redis bus). boardgame.io's reducer keeps in
 * `_undo` one entry per move of the current turn, and the entry it pushes last is the state it
 * returns: the same G, ctx and plugins objects (after an undo or a redo too: the restored entry
 * becomes both). Written as plain JSON that entry repeats the whole G: about half of every stored
 * state (~7 of ~14.5 kB in most states, whose undo stack holds that one entry), serialized, stored,
 * compressed and parsed again at every move. Here that entry is written without them, marked, and
 * reading puts the state's own objects back, so a read state is what was written, with the
 * sharing the reducer made. Text without the mark (every state stored before) reads as before;
 * an earlier version of the server would not read the mark, so a deployment's processes are
 * upgraded together.
 */
import type { Game, State } from 'boardgame.io';
import { sharedJson, stateMemo } from './shared-json';

/** Marks the undo entry whose G, ctx and plugins are the state's own. */
const SAME_AS_STATE = 'tl_sameAsState';

type UndoEntry = State['_undo'][number];

/** The state to write as JSON: its last undo entry shortened (a shallow copy) when it is the state itself. */
export function toStoredForm(state: State): State {
  const undo = state._undo as UndoEntry[] | undefined;
  const last = undo?.at(-1);
  if (!undo || !last || last.G !== state.G || last.ctx !== state.ctx || last.plugins !== state.plugins) return state;
  const { G: _G, ctx: _ctx, plugins: _plugins, ...rest } = last;
  return { ...state, _undo: [...undo.slice(0, -1), { ...rest, [SAME_AS_STATE]: true } as unknown as UndoEntry] };
}

/**
 * The state as JSON text, its last undo entry shortened when it is the state itself. With
 * `sharing`, G's parts and ctx are looked up in (and added to) the state's memo of encodings
 * (shared-json.ts), which the broadcast of the same move then uses: the same text either way.
 */
export function encodeState(state: State, sharing = false): string {
  const stored = toStoredForm(state);
  if (!sharing || state.G === null || typeof state.G !== 'object') return JSON.stringify(stored);
  return sharedJson(stored, stateMemo(state.G), 2) ?? 'null';
}

/** A state from `encodeState`'s text (or any state's JSON). */
export function decodeState(text: string): State {
  return fromStoredForm(JSON.parse(text) as State);
}

/** A state parsed from `toStoredForm`'s JSON (or any state's), its last undo entry made whole again (in place). */
export function fromStoredForm(state: State): State {
  const undo = state._undo as (UndoEntry & { [SAME_AS_STATE]?: true })[] | undefined;
  const last = undo?.at(-1);
  if (undo && last?.[SAME_AS_STATE] === true) {
    // The entry was written without G, ctx and plugins (their types notwithstanding).
    const { [SAME_AS_STATE]: _mark, G: _G, ctx: _ctx, plugins: _plugins, ...rest } = last;
    undo[undo.length - 1] = { G: state.G, ctx: state.ctx, plugins: state.plugins, ...rest };
  }
  return state;
}

/** A game's move definitions, wherever the game defines moves (top level, phases, stages). */
function moveDefinitions(game: Game): [string, unknown][] {
  type Stages = Record<string, { moves?: Record<string, unknown> }> | undefined;
  const stagesOf = (turn: unknown) => Object.values(((turn as { stages?: Stages } | undefined)?.stages ?? {}));
  const phases = Object.values(game.phases ?? {}) as { moves?: Record<string, unknown>; turn?: unknown }[];
  const sets = [game.moves, ...stagesOf(game.turn).map((stage) => stage.moves),
    ...phases.flatMap((phase) => [phase.moves, ...stagesOf(phase.turn).map((stage) => stage.moves)])];
  return sets.flatMap((moves) => Object.entries(moves ?? {}));
}

/**
 * The moves boardgame.io never undoes: `undoable: false` wherever the game defines them. A
 * move whose `undoable` is a function (it may say yes) or that is defined twice differently is
 * not among them.
 */
export function neverUndoneMoves(game: Game): ReadonlySet<string> {
  const verdicts = new Map<string, boolean>();
  for (const [name, move] of moveDefinitions(game)) {
    const never = typeof move === 'object' && move !== null && (move as { undoable?: unknown }).undoable === false;
    verdicts.set(name, (verdicts.get(name) ?? true) && never);
  }
  return new Set([...verdicts].filter(([, never]) => never).map(([name]) => name));
}

/**
 * The state without the undo entries no undo can reach. boardgame.io's undo pops the last entry
 * and restores the one before it, and refuses to pop an entry made by a move that is never
 * undone: so below the newest such entry (index k) only entry k - 1 is ever looked at, and only
 * its ctx (boardgame.io reads the move's definition in it before refusing). That entry is kept
 * with its ctx alone; the entries below it are dropped. Every undo and redo is then accepted or
 * refused exactly as before, with the same reason, and the stored state holds one G for a turn
 * that began with a card played (the usual turn) instead of two or more.
 */
export function compactUndo(state: State, neverUndone: ReadonlySet<string>): State {
  const undo = state._undo as UndoEntry[] | undefined;
  if (!undo || undo.length < 2) return state;
  let k = undo.length - 1;
  while (k >= 1 && !(undo[k]!.moveType !== undefined && neverUndone.has(undo[k]!.moveType!))) k -= 1;
  if (k < 1) return state;
  const restore = undo[k - 1]!;
  if (k === 1 && !('G' in restore)) return state;
  const { G: _G, plugins: _plugins, ...kept } = restore;
  return { ...state, _undo: [kept as UndoEntry, ...undo.slice(k)] };
}
