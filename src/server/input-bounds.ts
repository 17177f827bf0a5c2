/**
 * Bounds on the shape of untrusted input, checked before anything walks it. A message a few kB
 * long can nest arrays thousands deep, and every recursive walk (`JSON.stringify`, `Number()` of
 * an array, boardgame.io's setup) then overflows the stack. This walk is iterative and stops at
 * the first bound exceeded, so it is safe on any input.
 */

export interface ShapeLimits {
  /** Deepest nesting of arrays and objects (a scalar is depth 0, `[1]` depth 1). */
  maxDepth: number;
  /** Most values in all (arrays, objects, scalars, object keys). */
  maxNodes: number;
}

/** Lobby bodies: the deepest legitimate one is `setupData` with a scenario object inside. */
export const LOBBY_BODY_LIMITS: ShapeLimits = { maxDepth: 8, maxNodes: 2000 };

/** Socket messages: a move's arguments are a few numbers and strings in at most a couple of levels. */
export const SOCKET_MESSAGE_LIMITS: ShapeLimits = { maxDepth: 8, maxNodes: 1000 };

/** Why `value` exceeds `limits` (a reason fit to show the sender), or null when it is within them. */
export function shapeProblem(value: unknown, limits: ShapeLimits): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    nodes += 1;
    if (nodes > limits.maxNodes) return `too many values (at most ${limits.maxNodes})`;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > limits.maxDepth) return `nested too deeply (at most ${limits.maxDepth} levels)`;
    const children = Array.isArray(item) ? item : Object.entries(item as Record<string, unknown>).flat();
    for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
}
