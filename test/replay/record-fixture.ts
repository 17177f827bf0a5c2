/**
 * Records a replay fixture: a complete game played by uniform random legal moves from a seed,
 * stored as { seed, setupData, moves: [{ seat, move, args }] } in boardgame.io move form.
 *
 *   npx tsx test/replay/record-fixture.ts <name> <seed> [demSeat=1] [decisionRule=majority] [dependency=2] [--force]
 *   npx tsx test/replay/record-fixture.ts --all     (re-records every fixture from its own seed and setup)
 *
 * Then run `npx vitest run test/replay -u` to write the fixture's final-state snapshot, look at
 * the snapshot diff, and commit both. Name a regression fixture after the bug it guards.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SetupData, validateSetupData } from '../../src/game';
import { type GameRecord, recordRandomGame } from './bgio-runner';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Parses `key=value` pairs into setup data (numbers where the field is numeric). */
export function parseSetup(pairs: readonly string[]): SetupData | undefined {
  if (pairs.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  for (const pair of pairs) {
    const [field, value] = pair.split('=');
    if (!field || value === undefined) throw new Error(`expected key=value, got ${pair}`);
    data[field] = field === 'dependency' ? Number(value) : value;
  }
  const error = validateSetupData(data);
  if (error) throw new Error(error);
  return data as SetupData;
}

/** A fixture as text: one move per line, so that a changed fixture diffs readably. */
export function formatFixture(record: GameRecord): string {
  const head = record.setupData === undefined ? '' : `  "setupData": ${JSON.stringify(record.setupData)},\n`;
  const moves = record.moves.map((m) => `    ${JSON.stringify(m)}`).join(',\n');
  return `{\n  "seed": ${JSON.stringify(record.seed)},\n${head}  "moves": [\n${moves}\n  ]\n}\n`;
}

/** The command that re-records a fixture as it is (same seed, same setup). */
export function rerecordCommand(name: string, record: Pick<GameRecord, 'seed' | 'setupData'>): string {
  const pairs = Object.entries(record.setupData ?? {}).map(([k, v]) => ` ${k}=${String(v)}`).join('');
  return `npx tsx test/replay/record-fixture.ts ${name} ${record.seed}${pairs} --force`;
}

function record(file: string, seed: string, setupData: SetupData | undefined): void {
  const { G, ...fixture } = recordRandomGame(seed, setupData);
  mkdirSync(FIXTURE_DIR, { recursive: true });
  writeFileSync(file, formatFixture(fixture));
  const result = G.result;
  console.log(`${file}: ${fixture.moves.length} moves, round ${G.round}, world order ${G.worldOrder}, ` +
    `${result?.reason}, winner ${result?.winner ?? 'none (draw)'}`);
}

function main(argv: readonly string[]): void {
  if (argv[0] === '--all') {
    for (const f of readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json'))) {
      const old = JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as GameRecord;
      record(join(FIXTURE_DIR, f), old.seed, old.setupData);
    }
    console.log('now run: npx vitest run test/replay -u   (rewrites the final-state snapshots; review the diff)');
    return;
  }
  const force = argv.includes('--force');
  const [name, seed, ...pairs] = argv.filter((a) => a !== '--force');
  if (!name || !seed || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    console.error('usage: npx tsx test/replay/record-fixture.ts <kebab-case-name> <seed> [field=value ...] [--force]');
    process.exit(2);
  }
  const file = join(FIXTURE_DIR, `${name}.json`);
  if (existsSync(file) && !force) {
    console.error(`${file} exists; pass --force to overwrite it deliberately`);
    process.exit(1);
  }
  record(file, seed, parseSetup(pairs));
  console.log('now run: npx vitest run test/replay -u   (writes the final-state snapshot)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
