/**
 * boardgame.io storage on PostgreSQL (`pg`), for several server processes sharing matches. JSON
 * is kept as text (exactly what was written). A state is written only over an older one: when
 * two processes race on a match, the loser's write throws and its move is refused, never lost.
 *
 * A move costs one round trip: its state, log and metadata go in one statement, grouped with the
 * other moves of the same event-loop turn (postgres-move-writes.ts), and the transport checks it
 * against this process's copy of the match (`fetchCached`) instead of reading it first. That
 * copy may be stale (another process moved, or a Lobby request changed a seat): the write then
 * finds a newer state id or other credentials, changes nothing and is refused, and the transport
 * reads the match afresh and tries again. Lobby reads (`fetch`) always read the database.
 */
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import pg from 'pg';
import { applyMetadataPatch, type MetadataChange, type MetadataPatch, onlySetsFields } from './metadata-patch';
import { MoveWriter, type SeatGuard } from './postgres-move-writes';
import { type CachedMatch, type MatchStore, StaleMetadataError, StaleStateError, UnknownMatchError } from './storage-api';
import { decodeState, encodeState } from './stored-state';
import { listMatchesQuery, LOG_MATCH_INDEX, LOG_TABLE, MATCHES_OPEN_INDEX, MATCHES_TABLE, OLD_MATCHES_LIST_INDEX, POSTGRES_DIALECT } from './storage-schema';

type FetchOpts = StorageAPI.FetchOpts;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${MATCHES_TABLE} (
  id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  metadata TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  state TEXT NOT NULL,
  state_id INTEGER NOT NULL,
  gameover BOOLEAN NOT NULL DEFAULT FALSE,
  updated_at BIGINT NOT NULL
);
DROP INDEX IF EXISTS ${OLD_MATCHES_LIST_INDEX};
CREATE INDEX IF NOT EXISTS ${MATCHES_OPEN_INDEX} ON ${MATCHES_TABLE} (game_name, gameover);
CREATE TABLE IF NOT EXISTS ${LOG_TABLE} (
  seq BIGSERIAL PRIMARY KEY,
  match_id TEXT NOT NULL,
  entries TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ${LOG_MATCH_INDEX} ON ${LOG_TABLE} (match_id, seq);
`;
/**
 * The columns holding a state or a log, TOAST-compressed (a state is several kB of JSON): with
 * lz4 instead of PostgreSQL's default pglz, the database's CPU per move fell from 0.51 to 0.36 ms
 * (bench:server; the database shares the server's cores). Set where the server (14 or later, built with lz4) supports it, on new and
 * existing tables alike; rows stored before keep pglz until rewritten (a state at its next move).
 */
const LZ4_COLUMNS: readonly (readonly [string, string])[] = [[MATCHES_TABLE, 'state'], [MATCHES_TABLE, 'initial_state'], [LOG_TABLE, 'entries']];
/** Compare-and-set attempts of one metadata change before giving up (each lost only to another write). */
const METADATA_RETRIES = 50;
/** Any constant: serializes schema creation between processes starting together. */
const SCHEMA_LOCK = 7_317_001;

interface PostgresOptions {
  /** Connections in the pool (DATABASE_POOL_SIZE). */
  poolSize?: number;
  /** Matches whose newest state this process keeps (parsed) to check moves against. */
  cacheSize?: number;
}

/** This process's copy of a match (state parsed, metadata as JSON text); either may be missing. */
interface CacheEntry {
  state?: State;
  metadata?: string;
}

/**
 * Sets lz4 compression on `LZ4_COLUMNS` not yet using it (inside the schema's transaction: a
 * server that cannot is left on pglz, with a line in its log). Altered once per database.
 */
async function preferLz4(client: pg.PoolClient): Promise<void> {
  const version = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  if (Number(version.rows[0]?.server_version_num) < 140_000) return;
  const pending = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE (c.relname, a.attname) IN (${LZ4_COLUMNS.map((_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(', ')})
       AND c.oid = to_regclass(quote_ident(c.relname)) AND a.attcompression IS DISTINCT FROM 'l'`,
    LZ4_COLUMNS.flat());
  for (const { table, column } of pending.rows) {
    await client.query('SAVEPOINT lz4');
    try {
      await client.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4`);
      await client.query('RELEASE SAVEPOINT lz4');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT lz4');
      console.error(`PostgreSQL: ${table}.${column} stays on pglz compression (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
  }
}

/**
 * Space each page of `tl_matches` keeps free (percent) for the next versions of its rows. A move
 * changes no indexed column (storage-schema.ts), so with room on the row's page its UPDATE is HOT:
 * no new index entries, and the old version is pruned in place. The rows are small (the states
 * live in TOAST), so the table stays small. Measured with 500 matches at 230 moves a second,
 * alternated: PostgreSQL's CPU 0.72, 0.81, 0.70 ms a move with this and the new listings' index,
 * against 0.90, 0.81, 0.91 without.
 */
const MATCHES_FILLFACTOR = 50;

/** Sets `MATCHES_FILLFACTOR` on `tl_matches` where it is not set yet (new pages follow it; once per database). */
async function leaveRoomForUpdates(client: pg.PoolClient): Promise<void> {
  const setting = `fillfactor=${MATCHES_FILLFACTOR}`;
  const found = await client.query<{ options: string[] | null }>('SELECT reloptions AS options FROM pg_class WHERE oid = to_regclass($1)', [MATCHES_TABLE]);
  if (found.rows[0]?.options?.includes(setting)) return;
  await client.query(`ALTER TABLE ${MATCHES_TABLE} SET (${setting})`);
}

/** Matches in PostgreSQL tables `tl_matches` and `tl_match_log` (created on connect). */
export class PostgresStorage extends Async implements MatchStore {
  private readonly pool: pg.Pool;
  private readonly moves: MoveWriter;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly cacheSize: number;

  constructor(connectionString: string, options: PostgresOptions = {}) {
    super();
    this.pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
    this.pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
    this.cacheSize = options.cacheSize ?? 10_000;
    this.moves = new MoveWriter(
      this.pool,
      (matchID, stateID) => {
        this.cache.delete(matchID);
        return new StaleStateError(matchID, stateID);
      },
      (matchID, state, metadata) => this.remember(matchID, { state, metadata }),
    );
  }

  /** Keeps `fields` as the newest copy of a match (the least recently used goes first). */
  private remember(matchID: string, fields: CacheEntry): void {
    const entry = { ...this.cache.get(matchID), ...fields };
    this.cache.delete(matchID);
    this.cache.set(matchID, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value ?? '');
  }

  /** This process's copy of a match's state and metadata (possibly stale: see the file's comment). */
  fetchCached(matchID: string): CachedMatch | undefined {
    const entry = this.cache.get(matchID);
    if (!entry?.state || entry.metadata === undefined) return undefined;
    return { state: entry.state, metadata: JSON.parse(entry.metadata) as Server.MatchData };
  }

  /** A state another process stored and published: kept if newer than this process's copy. */
  noteState(matchID: string, state: State): void {
    const known = this.cache.get(matchID)?.state;
    if (!known || known._stateID >= state._stateID) return;
    const { deltalog: _log, ...stored } = state;
    this.remember(matchID, { state: stored as State });
  }

  override async connect(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
      await leaveRoomForUpdates(client);
      await preferLz4(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  override async createMatch(matchID: string, { initialState, metadata }: StorageAPI.CreateMatchOpts): Promise<void> {
    const initial = encodeState(initialState);
    await this.pool.query(
      `INSERT INTO ${MATCHES_TABLE} (id, game_name, metadata, initial_state, state, state_id, gameover, updated_at)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
      [matchID, metadata.gameName, JSON.stringify(metadata), initial, initialState._stateID, metadata.gameover != null, metadata.updatedAt],
    );
  }

  /**
   * Writes a newer state and its deltalog (with the metadata fields `patchMetadata` adds in the
   * same tick) in one statement shared with other matches' moves; throws StaleStateError, having
   * written nothing, if the stored state is as new, or if `guard`'s credentials are no longer the seat's.
   */
  override setState(matchID: string, state: State, deltalog?: LogEntry[], guard?: SeatGuard): Promise<void> {
    return this.moves.setState(matchID, state, deltalog, guard ?? null);
  }

  /**
   * Stores the match's whole metadata unless the stored metadata is newer (a later `updatedAt`,
   * or a game over that this write lacks): then throws StaleMetadataError and stores nothing.
   * Throws UnknownMatchError for an unknown match. The server itself changes metadata through
   * `updateMetadata`/`patchMetadata`, which never overwrite another process's change.
   */
  override async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    const over = metadata.gameover != null;
    this.forgetMetadata(matchID);
    const result = await this.pool.query(
      `UPDATE ${MATCHES_TABLE} SET metadata = $2, gameover = $3, updated_at = $4
       WHERE id = $1 AND updated_at <= $4 AND (NOT gameover OR $3)`,
      [matchID, JSON.stringify(metadata), over, metadata.updatedAt]);
    if (result.rowCount === 0) throw await this.missingOrStale(matchID);
  }

  /**
   * Change, then write only if the stored text is still the one changed (compare-and-set); on a
   * concurrent change, read again and retry. The first try starts from this process's copy when
   * it has one (one round trip when nobody else wrote since), else from a read (two).
   */
  async updateMetadata(matchID: string, change: MetadataChange): Promise<void> {
    let text = this.cache.get(matchID)?.metadata;
    for (let attempt = 0; attempt < METADATA_RETRIES; attempt += 1) {
      // Only a write proves the copy current: a refusal or "no change" made from it is checked on a read.
      const fromCopy = attempt === 0 && text !== undefined;
      if (!fromCopy) {
        const read = await this.pool.query<{ metadata: string }>(`SELECT metadata FROM ${MATCHES_TABLE} WHERE id = $1`, [matchID]);
        text = read.rows[0]?.metadata;
        if (text === undefined) throw new UnknownMatchError(matchID);
      }
      let next: Server.MatchData | null;
      try {
        next = change(JSON.parse(text as string) as Server.MatchData);
      } catch (error) {
        if (fromCopy) continue;
        throw error;
      }
      if (!next && fromCopy) continue;
      if (!next) return;
      const json = JSON.stringify(next);
      const written = await this.pool.query(
        `UPDATE ${MATCHES_TABLE} SET metadata = $3, gameover = $4, updated_at = $5 WHERE id = $1 AND metadata = $2`,
        [matchID, text, json, next.gameover != null, next.updatedAt]);
      if (written.rowCount === 1) {
        if (this.cache.has(matchID)) this.remember(matchID, { metadata: json });
        return;
      }
      this.forgetMetadata(matchID);
    }
    throw new StaleMetadataError(matchID);
  }

  /**
   * A move's patch (top-level fields, and the turn clock's guarded advance) joins the move's own
   * statement; other patches of top-level fields only take one statement; the rest go through `updateMetadata`.
   */
  async patchMetadata(matchID: string, patch: MetadataPatch): Promise<void> {
    const { guarded, ...unguarded } = patch;
    const withMove = onlySetsFields(unguarded) ? this.moves.addFields(matchID, patch.fields, guarded) : null;
    if (withMove) return withMove;
    if (!onlySetsFields(patch)) return this.updateMetadata(matchID, (current) => applyMetadataPatch(current, patch));
    this.forgetMetadata(matchID);
    const { gameover, updatedAt, ...rest } = patch.fields;
    const result = await this.pool.query(
      `UPDATE ${MATCHES_TABLE} SET
         metadata = (metadata::jsonb || $2::jsonb
           || CASE WHEN gameover OR $3::jsonb IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('gameover', $3::jsonb) END
           || CASE WHEN $4::bigint IS NULL OR $4::bigint < updated_at THEN '{}'::jsonb ELSE jsonb_build_object('updatedAt', $4::bigint) END)::text,
         gameover = gameover OR $3::jsonb IS NOT NULL,
         updated_at = GREATEST(updated_at, COALESCE($4::bigint, updated_at))
       WHERE id = $1`,
      [matchID, JSON.stringify(rest), gameover === undefined ? null : JSON.stringify(gameover), typeof updatedAt === 'number' ? updatedAt : null]);
    if (result.rowCount === 0) throw new UnknownMatchError(matchID);
  }

  /** A metadata change not made by a move: this process's copy is no longer worth checking moves against. */
  private forgetMetadata(matchID: string): void {
    const entry = this.cache.get(matchID);
    if (entry) delete entry.metadata;
  }

  private async missingOrStale(matchID: string): Promise<Error> {
    const found = await this.pool.query(`SELECT 1 FROM ${MATCHES_TABLE} WHERE id = $1`, [matchID]);
    return found.rowCount === 0 ? new UnknownMatchError(matchID) : new StaleMetadataError(matchID);
  }

  /** Every write has committed by the time its promise settles: nothing is pending here. */
  async flushed(): Promise<void> {}

  /**
   * Always reads the database. A state is sent back only if it is not the one this process has
   * already parsed (same state id: a state is never changed once stored), which spares moving
   * and parsing ~15 kB for the reads that follow a move made or heard of here.
   */
  override async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> {
    const result: Partial<StorageAPI.FetchFields> = {};
    const known = opts.state ? this.cache.get(matchID)?.state : undefined;
    const columns = [opts.metadata && 'metadata', opts.initialState && 'initial_state'].filter(Boolean) as string[];
    if (opts.state) columns.push(known ? 'state_id, CASE WHEN state_id = $2 THEN NULL ELSE state END AS state' : 'state_id, state');
    const [row, log] = await Promise.all([
      columns.length > 0
        ? this.pool.query<Record<string, string | number | null>>(`SELECT ${columns.join(', ')} FROM ${MATCHES_TABLE} WHERE id = $1`,
          known ? [matchID, known._stateID] : [matchID]).then((r) => r.rows[0])
        : undefined,
      opts.log
        ? this.pool.query<{ entries: string }>(`SELECT entries FROM ${LOG_TABLE} WHERE match_id = $1 ORDER BY seq`, [matchID]).then((r) => r.rows)
        : undefined,
    ]);
    const text = (column: string) => (typeof row?.[column] === 'string' ? row[column] : undefined);
    const metadata = text('metadata');
    if (metadata !== undefined) result.metadata = JSON.parse(metadata) as Server.MatchData;
    if (text('initial_state') !== undefined) result.initialState = decodeState(text('initial_state')!);
    if (text('state') !== undefined) result.state = decodeState(text('state')!);
    else if (row && known && Number(row.state_id) === known._stateID) result.state = known;
    // What was read is the copy to check the next move against (a state is never mutated once stored).
    const newest = this.cache.get(matchID)?.state;
    if (result.state && !(newest && newest._stateID > result.state._stateID)) {
      this.remember(matchID, metadata === undefined ? { state: result.state } : { state: result.state, metadata });
    }
    if (log) result.log = log.flatMap((r) => JSON.parse(r.entries) as LogEntry[]);
    return result as StorageAPI.FetchResult<O>;
  }

  override async wipe(matchID: string): Promise<void> {
    this.cache.delete(matchID);
    await this.pool.query(`WITH d AS (DELETE FROM ${LOG_TABLE} WHERE match_id = $1) DELETE FROM ${MATCHES_TABLE} WHERE id = $1`, [matchID]);
  }

  override async listMatches(opts: StorageAPI.ListMatchesOpts = {}): Promise<string[]> {
    const { sql, params } = listMatchesQuery(opts, POSTGRES_DIALECT);
    const result = await this.pool.query<{ id: string }>(sql, params);
    return result.rows.map((row) => row.id);
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.pool.end();
  }
}
