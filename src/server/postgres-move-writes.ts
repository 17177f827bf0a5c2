/**
 * A move's writes on PostgreSQL in one round trip, and the moves of many matches in one commit.
 * boardgame.io's master stores a move as `setState` (state and deltalog) and `setMetadata` (the
 * new `updatedAt`, and `gameover` at the end), both called in the same tick. Each becomes part
 * of one pending entry per match; at the end of the event-loop turn every pending entry is sent
 * as ONE prepared statement (arrays in, `unnest`; a lone move as plain parameters), which for
 * each match checks the stored state id (and the seat's credentials, for a move checked against
 * a cached copy) and writes state, log and metadata together. The statement is one transaction:
 * when its promise settles the moves are committed (durable with PostgreSQL's default
 * `synchronous_commit`), and a stale move changed nothing: its match is not among the rows the
 * statement returns. Each written match's metadata comes back, so the storage's copy stays
 * exactly the stored text.
 */
import type { LogEntry, State } from 'boardgame.io';
import type { Pool } from 'pg';
import type { GuardedFields } from './metadata-patch';
import { LOG_TABLE, MATCHES_TABLE } from './storage-schema';
import { sharedJson, stateMemo } from './shared-json';
import { encodeState } from './stored-state';

/** Who a move was checked for: the write is refused unless these are still the seat's credentials. */
export interface SeatGuard {
  seat: string;
  credentials: string | undefined;
}

/** Top-level metadata fields a move sets (see `onlySetsFields` in metadata-patch.ts). */
type MoveFields = Record<string, unknown>;

interface PendingMove {
  state: State;
  log: string | null;
  guard: SeatGuard | null;
  fields: MoveFields | null;
  guarded: GuardedFields | null;
  settle: { resolve: () => void; reject: (error: Error) => void }[];
}

/** The columns the statement takes (for many moves, one array per column and one element per match). */
const COLUMN_NAMES = ['id', 'state', 'state_id', 'log', 'fields', 'gameover', 'updated_at', 'seat', 'credentials', 'guard_expect', 'guard_set'];
const TYPES = ['text', 'text', 'int', 'text', 'text', 'text', 'bigint', 'text', 'text', 'text', 'text'];

/**
 * The moves as rows: many matches' moves from arrays, or one move from plain parameters. Most
 * batches hold one move, and PostgreSQL parses every array parameter whole (the state is several
 * kB of JSON, escaped inside an array literal) and plans the unnest: with one move, its backends
 * used 0.43–0.93 ms of CPU a move with plain parameters against 0.79–1.36 with arrays (about a
 * third less, alternated runs of 2,300–3,500 moves at 230 a second over 500 matches).
 */
const UNNEST_INPUT = `SELECT * FROM unnest(${TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) AS t(${COLUMN_NAMES.join(', ')})`;
const SCALAR_INPUT = `SELECT ${TYPES.map((type, i) => `$${i + 1}::${type} AS ${COLUMN_NAMES[i]}`).join(', ')}`;

/**
 * The metadata patch is the one `patchMetadata` makes (a game once over stays over, `updatedAt`
 * never goes back); a guarded move is refused on a match the metadata says is over (closed by
 * its clock, or abandoned) or whose seat now has other credentials. Guarded fields (the turn
 * clock's advance) are set only if the stored values of the fields they expect are still those
 * (jsonb equality; a missing field counts as null); the move is written either way.
 */
const writeMovesSql = (input: string) => `
WITH input AS (
  ${input}
), upd AS (
  UPDATE ${MATCHES_TABLE} m SET
    state = i.state,
    state_id = i.state_id,
    metadata = CASE WHEN i.fields IS NULL THEN m.metadata ELSE (m.metadata::jsonb || i.fields::jsonb
      || CASE WHEN m.gameover OR i.gameover IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('gameover', i.gameover::jsonb) END
      || CASE WHEN i.updated_at IS NULL OR i.updated_at < m.updated_at THEN '{}'::jsonb ELSE jsonb_build_object('updatedAt', i.updated_at) END
      || CASE WHEN i.guard_set IS NULL OR NOT (SELECT bool_and(COALESCE(m.metadata::jsonb -> e.key, 'null'::jsonb) = e.value)
           FROM jsonb_each(i.guard_expect::jsonb) e) THEN '{}'::jsonb ELSE i.guard_set::jsonb END)::text END,
    gameover = m.gameover OR (i.fields IS NOT NULL AND i.gameover IS NOT NULL),
    updated_at = CASE WHEN i.fields IS NULL THEN m.updated_at ELSE GREATEST(m.updated_at, COALESCE(i.updated_at, m.updated_at)) END
  FROM input i
  WHERE m.id = i.id AND m.state_id < i.state_id
    AND (i.seat IS NULL OR (NOT m.gameover
      AND (m.metadata::jsonb #>> ARRAY['players', i.seat, 'credentials']) IS NOT DISTINCT FROM i.credentials))
  RETURNING m.id, m.metadata
), ins AS (
  INSERT INTO ${LOG_TABLE} (match_id, entries) SELECT i.id, i.log FROM input i JOIN upd ON upd.id = i.id WHERE i.log IS NOT NULL
)
SELECT id, metadata FROM upd`;
const WRITE_MOVES_SQL = writeMovesSql(UNNEST_INPUT);
const WRITE_MOVE_SQL = writeMovesSql(SCALAR_INPUT);

/** Writes the moves of one event-loop turn together; `rejected(matchID)` names a refused write's error. */
export class MoveWriter {
  private pending = new Map<string, PendingMove>();
  private scheduled = false;

  constructor(
    private readonly pool: Pick<Pool, 'query'>,
    private readonly rejected: (matchID: string, stateID: number) => Error,
    private readonly written: (matchID: string, state: State, metadata: string) => void,
  ) {}

  /** Queues a move's state and log; settles once written (or refused). */
  setState(matchID: string, state: State, deltalog: LogEntry[] | undefined, guard: SeatGuard | null): Promise<void> {
    // A second state of one match in one turn (not seen from the server's queues) starts a new batch.
    if (this.pending.has(matchID)) this.flush();
    // Encoded with the state's memo (shared-json.ts): the move's update sends the same log lines.
    const log = deltalog && deltalog.length > 0 ? sharedJson(deltalog, stateMemo(state.G as object), 2) ?? null : null;
    const entry: PendingMove = { state, log, guard, fields: null, guarded: null, settle: [] };
    this.pending.set(matchID, entry);
    this.schedule();
    return this.settled(entry);
  }

  /**
   * Adds top-level metadata fields to the match's queued move, if one is queued in this turn
   * (then settles with it); returns null otherwise (the caller writes them on their own).
   */
  addFields(matchID: string, fields: MoveFields, guarded?: GuardedFields): Promise<void> | null {
    const entry = this.pending.get(matchID);
    if (!entry) return null;
    entry.fields = { ...entry.fields, ...fields };
    if (guarded) entry.guarded = guarded;
    return this.settled(entry);
  }

  private settled(entry: PendingMove): Promise<void> {
    return new Promise((resolve, reject) => void entry.settle.push({ resolve, reject }));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Sends what is pending as one statement. */
  private flush(): void {
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending = new Map();
    const columns: unknown[][] = TYPES.map(() => []);
    for (const [matchID, entry] of batch) {
      const { gameover, updatedAt, ...rest } = entry.fields ?? {};
      const row = [
        matchID, encodeState(entry.state, true), entry.state._stateID, entry.log,
        entry.fields ? JSON.stringify(rest) : null, gameover === undefined ? null : JSON.stringify(gameover),
        typeof updatedAt === 'number' ? updatedAt : null, entry.guard?.seat ?? null, entry.guard?.credentials ?? null,
        entry.guarded ? JSON.stringify(entry.guarded.expect) : null, entry.guarded ? JSON.stringify(entry.guarded.set) : null,
      ];
      row.forEach((value, i) => columns[i]!.push(value));
    }
    const query = batch.length === 1
      ? { name: 'tl_write_move', text: WRITE_MOVE_SQL, values: columns.map((column) => column[0]) }
      : { name: 'tl_write_moves', text: WRITE_MOVES_SQL, values: columns };
    this.pool.query<{ id: string; metadata: string }>(query).then(
      (result) => {
        const done = new Map(result.rows.map((row) => [row.id, row.metadata]));
        for (const [matchID, entry] of batch) {
          const metadata = done.get(matchID);
          if (metadata !== undefined) {
            this.written(matchID, entry.state, metadata);
            for (const { resolve } of entry.settle) resolve();
          } else {
            const error = this.rejected(matchID, entry.state._stateID);
            for (const { reject } of entry.settle) reject(error);
          }
        }
      },
      (error: Error) => {
        for (const [matchID, entry] of batch) {
          this.rejected(matchID, entry.state._stateID);
          for (const { reject } of entry.settle) reject(error);
        }
      },
    );
  }
}
