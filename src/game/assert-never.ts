/**
 * The end of every interpreter of a union (effects, moves, log events): with it, a new kind that
 * no case handles fails the typecheck instead of silently doing nothing.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
