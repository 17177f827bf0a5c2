/**
 * The server's AI seats. A seat whose player data says `{ ai: level }` is played by the server:
 * whenever such a seat is on move, its player's view (only that: the same `playerView` a client
 * receives) goes to the AI threads, and the chosen move is played through the transport like a
 * client's, with that seat's credentials. The AI's reason goes to everyone in the match.
 */
import type { Server, State } from 'boardgame.io';
import { AI_LEVELS, type AiLevel } from '../ai';
import { type GameState, isSeat, playerView, sideOfSeat, toBgioMove } from '../game';
import type { AiChooser } from './ai-pool';
import type { ServerMoveRequest } from './server-moves';
import type { Storage } from './storage-api';

/** Plays a move for a seat as the server; resolves false when the match moved on meanwhile. */
export type ServerMove = (move: ServerMoveRequest & { note: AiNoteMessage }) => Promise<boolean>;

/** What clients receive (socket event `ai-note`) just before the AI's move: why it plays it. */
export interface AiNoteMessage {
  /** The state the move is played on: its log lines follow the log as it stands there. */
  readonly stateID: number;
  readonly side: 'dem' | 'aut';
  readonly level: AiLevel;
  readonly reason: string;
}

export interface AiSeatsOptions {
  db: Storage;
  chooser: AiChooser;
  play: ServerMove;
  /** The Hard AI's time per move (ms). */
  budgetMs: number;
  /** Least time between the AI's turn coming up and its move, so people can follow (ms). */
  paceMs: number;
  log: (message: string) => void;
}

/** The AI level of a seat, or null when a person (or nobody) holds it. */
export function aiLevelOf(player: Server.PlayerMetadata | undefined): AiLevel | null {
  const level = (player?.data as { ai?: unknown } | undefined)?.ai;
  return typeof level === 'string' && (AI_LEVELS as readonly string[]).includes(level) ? (level as AiLevel) : null;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class AiSeats {
  /** Matches the AI is deciding in now; a match asked about again meanwhile is looked at once more. */
  private readonly busy = new Map<string, boolean>();
  private closed = false;

  constructor(private readonly options: AiSeatsOptions) {}

  /** Looks at a match (after a move, a seat change or a restart) and plays for its AI seat if on move. */
  consider(matchID: string): void {
    if (this.closed) return;
    if (this.busy.has(matchID)) {
      this.busy.set(matchID, true);
      return;
    }
    this.busy.set(matchID, false);
    void this.turn(matchID)
      .catch((error: unknown) => this.options.log(`AI seat in ${matchID}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        const again = this.busy.get(matchID);
        this.busy.delete(matchID);
        if (again) this.consider(matchID);
      });
  }

  /** After a restart: every unfinished match with an AI seat on move gets its move. */
  async resumeAll(gameName: string): Promise<number> {
    const ids = await this.options.db.listMatches({ gameName, where: { isGameover: false } });
    let resumed = 0;
    for (const matchID of ids) {
      const { metadata } = await this.options.db.fetch(matchID, { metadata: true });
      if (metadata && Object.values(metadata.players).some((p) => aiLevelOf(p) !== null)) {
        this.consider(matchID);
        resumed += 1;
      }
    }
    return resumed;
  }

  close(): void {
    this.closed = true;
  }

  private async turn(matchID: string): Promise<void> {
    // After a move made or heard of here, the storage's copy of the match is that move's (no read).
    const { db } = this.options;
    const { state, metadata } = db.fetchCached?.(matchID) ?? await db.fetch(matchID, { state: true, metadata: true });
    const move = state && metadata ? this.seatOnMove(state as State<GameState>, metadata) : null;
    if (!move || !state) return;
    const started = performance.now();
    const view = playerView(state.G as GameState, move.playerID);
    const seed = `${matchID}:${state._stateID}`;
    const decision = await this.options.chooser.choose({ view, level: move.level, seed, ...(move.level === 'hard' ? { budgetMs: this.options.budgetMs } : {}) });
    await wait(Math.max(0, this.options.paceMs - (performance.now() - started)));
    if (this.closed) return;
    const { move: type, args } = toBgioMove(decision.move);
    const note: AiNoteMessage = { stateID: state._stateID, side: move.side, level: move.level, reason: decision.reason };
    await this.options.play({ matchID, playerID: move.playerID, stateID: state._stateID, type, args, note });
  }

  private seatOnMove(state: State<GameState>, metadata: Server.MatchData) {
    if (state.ctx.gameover !== undefined) return null;
    const playerID = state.ctx.currentPlayer;
    if (!isSeat(playerID)) return null;
    const level = aiLevelOf(metadata.players[Number(playerID)]);
    const side = sideOfSeat(state.G, playerID);
    return level && side ? { playerID, level, side } as const : null;
  }
}
