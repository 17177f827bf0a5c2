import type { Game, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { CARD, type CardId, createAlea, type GameState, INJECT_MOVE, legalMoves, type Move, MOVE_NAMES, toBgioMove, TrustAndLeverage } from '../../src/game';
import { UNDOABLE } from '../../src/game/undo';
import { checkUndoRedo } from '../../src/server/game-rules';
import { type MatchPayload, matchPayloadText } from '../../src/server/match-bus';
import { forgetStateMemo, stateMemo } from '../../src/server/shared-json';
import { compactUndo, decodeState, encodeState, neverUndoneMoves } from '../../src/server/stored-state';

const game: Game<GameState> = { ...TrustAndLeverage, seed: 'stored-state' };
const reducer = CreateGameReducer({ game });

function act(state: State, type: 'MAKE_MOVE' | 'UNDO' | 'REDO', move?: Move): State {
  const { move: name, args } = move ? toBgioMove(move) : { move: null, args: null };
  return reducer(state, { type, payload: { type: name, args, playerID: state.ctx.currentPlayer } } as never) as State;
}

/** A turn with an undo stack of several entries: a card played for ops, two actions, an undo and a redo. */
function turnWithUndo(): State[] {
  const start = InitializeGame({ game, numPlayers: 2 }) as State;
  const G = start.G as GameState;
  const ops = legalMoves(G, G.active).filter((m): m is Extract<Move, { kind: 'play-ops' }> => m.kind === 'play-ops');
  ops.sort((a, b) => CARD[b.card as CardId].ops - CARD[a.card as CardId].ops);
  const states = [start, act(start, 'MAKE_MOVE', ops[0])];
  // Actions that leave ops to spend, so the turn (and its undo stack) goes on.
  for (let i = 0; i < 2; i++) {
    const now = states.at(-1)!;
    const actions = legalMoves(now.G as GameState, (now.G as GameState).active).filter((m) => m.kind === 'action');
    const next = actions.map((m) => act(now, 'MAKE_MOVE', m)).find((after) => (after.G as GameState).pending !== null);
    if (next) states.push(next);
  }
  states.push(act(states.at(-1)!, 'UNDO'));
  states.push(act(states.at(-1)!, 'REDO'));
  return states;
}

describe('stored state (stored-state.ts)', () => {
  const states = turnWithUndo();

  it('writes the undo entry that is the state itself without a second copy of G, and reads back the same state', () => {
    expect(states.at(-3)!._undo.length).toBeGreaterThanOrEqual(3);
    for (const state of states) {
      const plain = JSON.stringify(state);
      const text = encodeState(state);
      expect(state._undo.at(-1)!.G).toBe(state.G);
      expect(text.length).toBeLessThan(plain.length - JSON.stringify(state.G).length + 200);
      const read = decodeState(text);
      expect(read).toEqual(JSON.parse(plain));
      // The read state shares its objects with its last undo entry, as the reducer made it.
      expect(read._undo.at(-1)!.G).toBe(read.G);
      expect(read._undo.at(-1)!.ctx).toBe(read.ctx);
      expect(read._undo.at(-1)!.plugins).toBe(read.plugins);
    }
  });

  it('an undo and a redo from a read state give what they give from the state as played', () => {
    const acted = states.at(-3)!;
    const read = decodeState(encodeState(acted));
    expect(act(read, 'UNDO')).toEqual(JSON.parse(JSON.stringify(act(acted, 'UNDO'))));
    const undone = act(acted, 'UNDO');
    expect(act(decodeState(encodeState(undone)), 'REDO')).toEqual(JSON.parse(JSON.stringify(act(undone, 'REDO'))));
  });

  it('reads text written as plain JSON (states stored before) as JSON.parse does', () => {
    for (const state of states) expect(decodeState(JSON.stringify(state))).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('writes plain JSON when the last undo entry is only equal to the state, not the state itself', () => {
    const state = states[1]!;
    const copy = JSON.parse(JSON.stringify(state)) as State;
    expect(encodeState(copy)).toBe(JSON.stringify(copy));
    const empty = { ...state, _undo: [] };
    expect(encodeState(empty)).toBe(JSON.stringify(empty));
  });
});

describe('undo entries no undo can reach (compactUndo)', () => {
  const neverUndone = neverUndoneMoves(game);

  it('are those below a move the game never undoes (a card played, a pass, a world event)', () => {
    const expected = Object.entries(UNDOABLE).filter(([, undoable]) => !undoable).map(([kind]) => MOVE_NAMES[kind as keyof typeof MOVE_NAMES]);
    expect([...neverUndone].sort()).toEqual([...expected, INJECT_MOVE].sort());
    expect(neverUndone.has(MOVE_NAMES.action)).toBe(false);
  });

  /** What a player sees of a state, and what an undo or redo by either seat would answer. */
  const observed = (state: State) => ({
    G: state.G, ctx: state.ctx, plugins: state.plugins, _stateID: state._stateID, _redo: state._redo,
    checks: (['0', '1'] as const).flatMap((seat) => [checkUndoRedo(state, 'UNDO', seat), checkUndoRedo(state, 'REDO', seat)]),
  });

  it('leave every undo and redo, accepted or refused, as it was: 400 steps of random moves, undos and redos', () => {
    const rng = createAlea('compact-undo');
    let full = InitializeGame({ game, numPlayers: 2 }) as State;
    let compact = compactUndo(full, neverUndone);
    const bytes = { full: 0, compact: 0 };
    let oneG = 0;
    for (let step = 0; step < 400 && full.ctx.gameover === undefined; step++) {
      const roll = rng();
      const G = full.G as GameState;
      const options = legalMoves(G, G.active);
      const type = roll < 0.3 ? 'UNDO' : roll < 0.4 ? 'REDO' : 'MAKE_MOVE';
      const move = type === 'MAKE_MOVE' ? options[Math.floor(rng() * options.length)] : undefined;
      full = act(full, type, move);
      // As the server stores it: compacted after every step, read back from its text.
      const stored = encodeState(compactUndo(act(compact, type, move), neverUndone));
      compact = decodeState(stored);
      expect(observed(compact)).toEqual(observed(full));
      bytes.full += encodeState(full).length;
      bytes.compact += stored.length;
      // Below a card just played nothing is reachable: the stored state holds one G (none to redo).
      if (full._undo.length >= 2 && full._redo.length === 0 && neverUndone.has(full._undo.at(-1)!.moveType ?? '')) {
        expect(stored.split('"countries"').length - 1).toBe(1);
        oneG += 1;
      }
    }
    expect(oneG).toBeGreaterThan(10);
    expect(bytes.compact).toBeLessThan(bytes.full * 0.8);
  });

  it('is the same state when compacted twice', () => {
    const acted = turnWithUndo()[2]!;
    const once = compactUndo(acted, neverUndone);
    expect(once).not.toBe(acted);
    expect(compactUndo(once, neverUndone)).toBe(once);
  });
});

describe('match payloads between processes (matchPayloadText, the Redis bus)', () => {
  it('carry each state as it is stored (no second G) and read back the same payload', () => {
    const state = turnWithUndo()[2]!;
    expect(state.deltalog?.length).toBeGreaterThan(0);
    const update = { type: 'update', args: ['ABCDEFGH', state] } as unknown as MatchPayload;
    const text = matchPayloadText.encode(update);
    expect(text.length).toBeLessThan(JSON.stringify(update).length - JSON.stringify(state.G).length + 200);
    const read = matchPayloadText.decode(text) as { type: string; args: [string, State] };
    expect(read).toEqual(JSON.parse(JSON.stringify(update)));
    expect(read.args[1]._undo.at(-1)!.G).toBe(read.args[1].G);
    const prev = turnWithUndo()[1]!;
    const patch = { type: 'patch', args: ['ABCDEFGH', prev._stateID, prev, state] } as unknown as MatchPayload;
    expect(matchPayloadText.decode(matchPayloadText.encode(patch))).toEqual(JSON.parse(JSON.stringify(patch)));
    const other = { type: 'clock', args: ['ABCDEFGH', { deadline: 5 }] } as unknown as MatchPayload;
    expect(matchPayloadText.encode(other)).toBe(JSON.stringify(other));
  });

  it('an update written after its state was stored reuses the storage\'s encodings, and is the same text', () => {
    const state = turnWithUndo()[2]!;
    const update = { type: 'update', args: ['ABCDEFGH', state, { deadline: 7 }] } as unknown as MatchPayload;
    const plain = matchPayloadText.encode(update);
    forgetStateMemo(state.G as object);
    encodeState(state, true); // as the storage writes it: G's encoding is now in the state's memo
    const memo = stateMemo(state.G as object);
    const knownG = memo.get(state.G as object);
    expect(knownG).toBeDefined();
    memo.set(state.G as object, knownG!.replace('{', '{"marker":1,'));
    // The memo's text of G is what the payload carries (so it was not encoded again)...
    expect(matchPayloadText.encode(update)).toContain('"marker":1');
    memo.set(state.G as object, knownG!);
    forgetStateMemo(state.G as object);
    encodeState(state, true);
    // ...and with the true text it is byte for byte the payload written without a memo.
    expect(matchPayloadText.encode(update)).toBe(plain);
    forgetStateMemo(state.G as object);
  });
});
