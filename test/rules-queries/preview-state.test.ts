/**
 * Previews against the state after Confirm, over random positions: for every legal move of the
 * side on move (not only the one played), the preview computed from that player's view says the
 * same as the real move on the full state: the same vote (who is against, pass or fail) for every
 * bloc decision, and each country's tracks and ties end where the preview's lines say they do.
 */
import { describe, expect, it } from 'vitest';
import {
  applyMove, createAlea, createGame, type GameState, legalMoves, type LogEntry, type Move, previewMove, viewFor,
} from '../../src/game';

/** Where the lines leave each country's tracks and ties (the last line about each wins). */
function endPoints(lines: readonly LogEntry[]): Map<string, number | string> {
  const out = new Map<string, number | string>();
  for (const { event: e } of lines) {
    if (e.type === 'track') out.set(`${e.country}.${e.track}`, e.to);
    if (e.type === 'dem-tie') out.set(`${e.country}.demTie`, e.to);
    if (e.type === 'aut-tie') out.set(`${e.country}.autTie`, e.to);
    if (e.type === 'regime') out.set(`${e.country}.regime`, e.to);
    if (e.type === 'capital') out.set(`${e.side}.capital`, e.to);
  }
  return out;
}

function valueAt(G: GameState, key: string): number | string {
  const [owner, field] = key.split('.') as [string, string];
  if (field === 'capital') return G.sides[owner as 'dem' | 'aut'].capital;
  return (G.countries as unknown as Record<string, Record<string, number | string>>)[owner]?.[field] as number | string;
}

describe('a preview is the state after Confirm', () => {
  it('for every legal move of random positions: the same votes, and every touched value where the preview says', () => {
    let moves = 0;
    let votes = 0;
    for (let g = 0; g < 2; g++) {
      const rng = createAlea(`preview-state:${g}`);
      const pick = createAlea(`preview-pick:${g}`);
      const G = createGame(undefined, rng);
      while (G.result === null) {
        const side = G.active;
        const view = viewFor(G, side);
        const legal = legalMoves(G, side);
        for (const move of legal.filter((m) => m.kind !== 'pass')) {
          const preview = previewMove(view, move);
          if (typeof preview === 'string') throw new Error(`legal move refused: ${preview}`);
          if (preview.chance) continue;
          const after = structuredClone(G);
          after.log = [];
          applyMove(after, side, move, createAlea(`confirm:${moves}`));
          const ownLines = after.log.slice(0, preview.changes.length);
          const realVotes = ownLines.filter((e) => e.event.type === 'bloc-decision').map((e) => e.event);
          expect(preview.changes.filter((e) => e.event.type === 'bloc-decision').map((e) => e.event)).toStrictEqual(realVotes);
          votes += realVotes.length;
          // The turn's end resolved the round (or ended the game): its later steps moved things on.
          if (after.round !== G.round || after.result !== null) continue;
          for (const [key, value] of endPoints(preview.changes)) expect(valueAt(after, key), key).toBe(value);
          moves += 1;
        }
        applyMove(G, side, legal[Math.floor(pick() * legal.length)] as Move, rng);
      }
    }
    console.info(`preview = state after Confirm: ${moves} moves, ${votes} votes compared`);
    expect(moves).toBeGreaterThan(1000);
    expect(votes).toBeGreaterThan(50);
  });
});
