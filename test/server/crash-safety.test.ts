/**
 * Crash safety: the server process is killed (SIGKILL) in the middle of a match, restarted on the
 * same storage, and both players resume from the last move they were told about. A move is
 * persisted before it is broadcast, so no acknowledged move can be lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { crashAndResume } from './crash-scenario';

const dir = mkdtempSync(join(tmpdir(), 'tl-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it('resumes at the last acknowledged move after SIGKILL (SQLite)', { timeout: 90_000 }, async () => {
    await crashAndResume({ SQLITE_FILE: join(dir, 'crash.sqlite') });
  });
});
