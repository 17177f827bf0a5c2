/**
 * The round's scoring breakdown (`scoreDetail`, carried by every `score` log event) is the rules'
 * own account of the points: it lists what earned them on a position worked out by hand, and in
 * random games its lines always add up to the totals the World Order moved by.
 */
import { describe, expect, it } from 'vitest';
import { applyMove, COUNTRY, createAlea, createGame, type LogEvent, legalMoves, scoreDetail, scoreRound, TARGETABLE } from '../../src/game';
import { quietPosition } from '../scenarios/quiet-board';

type ScoreEvent = Extract<LogEvent, { type: 'score' }>;

describe('the scoring breakdown', () => {
  it('names each country, region and bonus that scores, with its points', () => {
    const G = quietPosition({
      countries: {
        DEU: { demTie: 'member', trust: 5 },
        POL: { demTie: 'ally', trust: 4 },
        HUN: { demTie: 'member', trust: 4, leverage: 3, autTie: 'framework', framework: 'cee' },
      },
    });
    G.tally = { vetoes: 1, lostWeight: 0, membersLost: 0 };
    expect(scoreDetail(G)).toStrictEqual([
      { side: 'dem', part: 'members', points: 6, country: 'DEU' },
      { side: 'dem', part: 'allies', points: 2, country: 'POL' },
      { side: 'dem', part: 'members', points: 2, country: 'HUN' },
      { side: 'aut', part: 'leverage', points: 1, country: 'HUN' },
      { side: 'aut', part: 'frameworks', points: 2, country: 'HUN' },
      { side: 'aut', part: 'vetoes', points: 1, count: 1 },
    ]);
    const score = scoreRound(G);
    expect([score.dem.total, score.aut.total]).toStrictEqual([10, 4]);
    expect(score.dem.parts).toStrictEqual({ allies: 2, members: 8, unitedFront: 0, regions: 0 });
  });

  it('scores a region held at the scenario\'s value: 4 in Competing Visions, the default 5 elsewhere', () => {
    const allies = Object.fromEntries(TARGETABLE.map((id) => [id, { demTie: 'ally' as const, trust: 4 }]));
    const G = quietPosition({ countries: allies });
    const regionPoints = (): number[] => scoreDetail(G).filter((l) => l.part === 'regions').map((l) => l.points);
    expect(G.scenario).toBe('competing-visions');
    expect(regionPoints().length).toBeGreaterThan(1);
    expect(new Set(regionPoints())).toStrictEqual(new Set([4]));
    G.scenario = 'classroom-quick';
    expect(regionPoints().length).toBeGreaterThan(0);
    expect(new Set(regionPoints())).toStrictEqual(new Set([5]));
  });

  it('is logged with the round\'s score, and its lines add up to both totals (random games)', () => {
    let rounds = 0;
    for (let g = 0; g < 12; g++) {
      const rng = createAlea(`detail:${g}`);
      const pick = createAlea(`detail-pick:${g}`);
      const G = createGame(undefined, rng);
      const scores: ScoreEvent[] = [];
      while (G.result === null) {
        const moves = legalMoves(G, G.active);
        const before = G.log.length;
        applyMove(G, G.active, moves[Math.floor(pick() * moves.length)] as (typeof moves)[number], rng);
        for (const e of G.log.slice(before)) if (e.event.type === 'score') scores.push(e.event);
      }
      for (const s of scores) {
        const total = (side: 'dem' | 'aut') => s.lines.filter((l) => l.side === side).reduce((sum, l) => sum + l.points, 0);
        expect([total('dem'), total('aut')]).toStrictEqual([s.dem, s.aut]);
        expect(s.lines.every((l) => l.points > 0)).toBe(true);
        rounds += 1;
      }
    }
    expect(rounds).toBeGreaterThan(40);
  });

  it('the region bonus names the region held, and the united front its bonus', () => {
    const G = quietPosition();
    for (const id of TARGETABLE) if (COUNTRY[id].region === 'europe') Object.assign(G.countries[id], { demTie: 'member', trust: 5 });
    const bonuses = scoreDetail(G).filter((l) => !('country' in l));
    expect(bonuses).toStrictEqual([
      { side: 'dem', part: 'regions', points: 4, region: 'europe' }, // Competing Visions' value
      { side: 'dem', part: 'unitedFront', points: 2, count: 1 },
    ]);
  });
});
