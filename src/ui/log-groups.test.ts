import { describe, expect, it } from 'vitest';
import { illustratesConcept } from '../content/log-concepts';
import { applyMove, createAlea, createGame, type GameState, legalMoves } from '../game';
import { groupLog } from './log-groups';

function gameTo(round: number): GameState {
  const rng = createAlea('groups');
  const pick = createAlea('groups-pick');
  const G = createGame(undefined, rng);
  while (G.round < round && G.result === null) {
    const moves = legalMoves(G, G.active);
    applyMove(G, G.active, moves[Math.floor(pick() * moves.length)] as (typeof moves)[number], rng);
  }
  return G;
}

describe('the log grouped by turn', () => {
  const G = gameTo(3);

  it('starts a turn at each card played, and keeps every line once, in order', () => {
    const groups = groupLog(G.log, []);
    const played = G.log.filter((e) => e.event.type === 'card-played');
    const turns = groups.filter((g) => g.head.kind === 'turn');
    expect(turns).toHaveLength(played.length);
    for (const turn of turns) expect(turn.items[0]).toMatchObject({ kind: 'entry', entry: { event: { type: 'card-played' } } });
    const indexes = groups.flatMap((g) => g.items.flatMap((i) => (i.kind === 'entry' ? [i.index] : [])));
    expect(indexes).toStrictEqual(G.log.map((_, i) => i));
    expect(groups.map((g) => g.head.kind).slice(0, 2)).toStrictEqual(['setup', 'round-start']);
  });

  it('gives each round\'s resolution its own group, holding that round\'s score', () => {
    const resolutions = groupLog(G.log, []).filter((g) => g.head.kind === 'resolution');
    expect(resolutions.map((g) => g.round)).toStrictEqual([1, 2]);
    for (const group of resolutions) {
      expect(group.items.some((i) => i.kind === 'entry' && i.entry.event.type === 'score')).toBe(true);
      expect(group.items.every((i) => i.kind === 'entry' && i.entry.cause.kind === 'rules')).toBe(true);
    }
  });

  it('puts the AI\'s reason for a card play at the head of that turn', () => {
    const at = G.log.findIndex((e) => e.event.type === 'card-played' && e.event.side === 'aut');
    const note = { logIndex: at, side: 'aut' as const, reason: 'it builds leverage' };
    const turn = groupLog(G.log, [note]).find((g) => g.items.some((i) => i.kind === 'entry' && i.index === at));
    expect(turn?.head.kind).toBe('turn');
    expect(turn?.items[0]).toStrictEqual({ kind: 'note', note });
  });

  it('puts concept chips only on lines that illustrate one (none on draws, round starts or income)', () => {
    const chipped = (type: string) => G.log.filter((e) => e.event.type === type).map(illustratesConcept);
    for (const type of ['setup', 'round-start', 'draw', 'income']) expect(chipped(type).every((c) => !c), type).toBe(true);
    for (const type of ['card-played', 'track', 'bloc-decision']) expect(chipped(type).every(Boolean), type).toBe(true);
  });
});
