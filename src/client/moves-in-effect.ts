/**
 * The moves in effect, read from boardgame.io's action log: every MAKE_MOVE, less those an UNDO
 * took back (a REDO puts the last undone one back; a new move forgets what was undone, as
 * boardgame.io's own redo stack does). With the seed and the setup, they rebuild the game. The
 * in-page master (local-master.ts) feeds it each batch as it is stored; the server
 * (server/match-record.ts) feeds it a finished match's whole stored log. Other entries (the
 * flow's automatic events) change nothing here.
 */
import type { LogEntry } from 'boardgame.io';
import type { Seat } from '../game/types';
import type { RecordedMove } from './game-record';

export class MovesInEffect {
  private readonly effective: RecordedMove[] = [];
  private undone: RecordedMove[] = [];

  /** Takes in the next stored actions, in order. */
  add(entries: readonly LogEntry[]): void {
    for (const { action } of entries) {
      const payload = action.payload as { type?: unknown; args?: unknown; playerID?: unknown } | undefined;
      if (action.type === 'MAKE_MOVE' && payload && typeof payload.type === 'string') {
        this.effective.push({ seat: payload.playerID as Seat, move: payload.type, args: Array.isArray(payload.args) ? payload.args : [] });
        this.undone = [];
      } else if (action.type === 'UNDO') {
        const last = this.effective.pop();
        if (last) this.undone.unshift(last);
      } else if (action.type === 'REDO') {
        const next = this.undone.shift();
        if (next) this.effective.push(next);
      }
    }
  }

  /** The moves in effect so far, in order. */
  get moves(): readonly RecordedMove[] {
    return this.effective;
  }
}
