/**
 * The compiler catches a missing case: a copy of the rules with one more kind of card effect (or
 * of move) that no interpreter handles fails the rules' typecheck, the same `tsc` that
 * `npm run typecheck` runs, while the unchanged copy passes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const dirs: string[] = [];

/** A throwaway copy of src/game and src/ai with the same compiler settings as tsconfig.game.json. */
function copyOfRules(patch?: { file: string; from: string; to: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-exhaustive-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'src/game'), join(dir, 'src/game'), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  cpSync(join(ROOT, 'src/ai'), join(dir, 'src/ai'), { recursive: true, filter: (p) => !p.endsWith('.test.ts') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  const game = JSON.parse(readFileSync(join(ROOT, 'tsconfig.game.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  const config = { compilerOptions: { ...base.compilerOptions, ...game.compilerOptions }, include: ['src/game', 'src/ai'] };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
  if (patch) {
    const file = join(dir, patch.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(patch.from)) throw new Error(`patch anchor not found in ${patch.file}: ${patch.from}`);
    writeFileSync(file, text.replace(patch.from, patch.to));
  }
  return dir;
}

/** Runs tsc on a copy; returns its exit status and output. */
function typecheck(dir: string): { status: number; output: string } {
  try {
    execFileSync(TSC, ['-p', join(dir, 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('exhaustive interpreters', () => {
  it('the unchanged rules typecheck', () => {
    expect(typecheck(copyOfRules())).toStrictEqual({ status: 0, output: '' });
  }, 60_000);

  it('a new Effect kind that applyEffect does not handle fails the typecheck in effects.ts', () => {
    const dir = copyOfRules({
      file: 'src/game/data/card-types.ts',
      from: 'export type Effect =\n',
      to: "export type Effect =\n  | { readonly op: 'kind-nobody-handles' }\n",
    });
    const { status, output } = typecheck(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/game\/effects\.ts\(\d+,\d+\): error TS2345/);
    expect(output).toContain('"kind-nobody-handles"');
  }, 60_000);

  it('a new Move kind that applyMove does not handle fails the typecheck in moves.ts', () => {
    const dir = copyOfRules({
      file: 'src/game/moves.ts',
      from: "  | { readonly kind: 'pass' };",
      to: "  | { readonly kind: 'pass' }\n  | { readonly kind: 'kind-nobody-handles' };",
    });
    const { status, output } = typecheck(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/src\/game\/moves\.ts\(\d+,\d+\): error/);
  }, 60_000);
});
