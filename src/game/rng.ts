/**
 * Randomness for the rules. Rules functions take an `Rng` (a function returning a float in [0, 1)),
 * so the same code runs on boardgame.io's `random.Number` inside the Game and on a fast seeded
 * generator in the AI's search and the benchmarks.
 */
export type Rng = () => number;

/** Serializable state of the Alea generator. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/**
 * Alea (Baagoe), the same algorithm and seeding as boardgame.io's random plugin, so a game
 * replayed through the pure rules with `createAlea(seed)` draws the same numbers as the same
 * game through boardgame.io with that seed.
 */
export function createAlea(seed: string | number, state?: AleaState): Rng & { state: () => AleaState } {
  const mash = createMash();
  let c = 1;
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  if (state) ({ c, s0, s1, s2 } = state);
  const next = (): number => {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = Math.trunc(t);
    s2 = t - c;
    return s2;
  };
  return Object.assign(next, { state: (): AleaState => ({ c, s0, s1, s2 }) });
}

function createMash(): (data: string | number) => number {
  let n = 0xefc8249d;
  return (data) => {
    const str = data.toString();
    for (let i = 0; i < str.length; i++) {
      n += str.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
}

/** A uniformly random integer in [0, n). */
export function randomIndex(rng: Rng, n: number): number {
  return Math.trunc(rng() * n);
}

/** Fisher–Yates shuffle in place; returns the array. */
export function shuffleInPlace<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
