/**
 * The server-owned clock of every match between two people. After each move (and each seat
 * change) the match's clock is advanced and stored with its metadata; a timer waits for the
 * deadline. When it passes, the process first claims the turn by a compare-and-set of the
 * metadata (only one process wins, whichever sees the deadline first), then the stand-in AI plays
 * that turn from the absent seat's view. Timers are only a shortcut: a sweep of the unfinished
 * matches (at start, then every `sweepMs`) finds every deadline, including those set by a process
 * that stopped. Time comes from an injected `TimeSource`, so tests never wait.
 */
import type { Server, State } from 'boardgame.io';
import type { AiLevel } from '../../ai';
import type { Seat } from '../../game';
import type { GuardedFields } from '../metadata-patch';
import type { Storage } from '../storage-api';
import { clockFieldsOf, isOver, mayRunClock, turnOf, withClockFields } from './clock-store';
import { advanceClock, claimable, type ClockSettings, isKept, type Misses, publicClock, type PublicClock, returnToSeat, type TurnClock } from './match-clock';
import { onlineOptionsOf } from './pace';
import type { Reminders } from './reminders';

/** The time, and timers, as the clock sees them. */
export interface TimeSource {
  now(): number;
  /** Calls `run` after `ms`; returns a function that cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** Most moves the stand-in plays in one turn (a card and its ops: a few). */
const MAX_TURN_MOVES = 12;

/** Longest single timer (setTimeout holds 2^31 - 1 ms); a longer wait is made of several. */
const MAX_TIMER_MS = 2_000_000_000;

export const systemTime: TimeSource = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/** A turn the stand-in AI is to play: the seat, the state it plays on and the AI's level. */
export interface StandInRequest {
  readonly matchID: string;
  readonly seat: Seat;
  readonly stateID: number;
  readonly level: AiLevel;
}

/** What every socket of a match hears when its clock changes (event `clock`). */
export interface ClockAnnouncement {
  readonly clock: PublicClock | null;
  /** The match ended as a win by abandonment: the seat that was abandoned. */
  readonly abandoned?: Seat;
}

export interface MatchClocksOptions {
  db: Storage;
  time: TimeSource;
  /** Names this process in claims. */
  processId: string;
  settings: ClockSettings;
  /** How often every unfinished match is looked at (ms). */
  sweepMs: number;
  /** A match nobody touched for this long (no move, no seat change) is closed by the sweep (ms). */
  staleMs: number;
  /** Runs a task in the match's queue, after the moves before it. */
  exclusive: (matchID: string, task: () => Promise<void>) => Promise<void>;
  /** Sends the clock to every socket of the match, on every process (the match bus). */
  announce: (matchID: string, announcement: ClockAnnouncement) => void;
  /** Web Push reminders of Daily turns (when configured). */
  reminders?: Reminders;
  /** Plays the turn for the seat from its own view; resolves false if the match moved on. */
  standIn: (request: StandInRequest) => Promise<boolean>;
  log: (message: string) => void;
}

export class MatchClocks {
  private readonly timers = new Map<string, () => void>();
  /** The clock each match's timer waits for (its turn and deadline). */
  private readonly waitingFor = new Map<string, { turnKey: string; deadline: number }>();
  /** The turn a move made here started, its clock carried by the move's own write (`fieldsForMove`). */
  private readonly carried = new Map<string, string>();
  /** Turns whose clock went out inside the update of the move that started them (`announcementForMove`). */
  private readonly announcedWithMove = new Map<string, string>();
  private stopSweep: (() => void) | null = null;
  private closed = false;
  /** Stand-in moves this process played (the load test reports them). */
  standIns = 0;

  constructor(private readonly options: MatchClocksOptions) {}

  /** Sweeps now and then every `sweepMs`. */
  start(gameName: string): void {
    const loop = (): void => {
      if (this.closed) return;
      void this.sweep(gameName)
        .catch((error: unknown) => this.options.log(`clock sweep failed: ${String(error)}`))
        .finally(() => {
          if (!this.closed) this.stopSweep = this.options.time.after(this.options.sweepMs, loop);
        });
    };
    loop();
  }

  close(): void {
    this.closed = true;
    this.stopSweep?.();
    this.options.reminders?.close();
    for (const cancel of this.timers.values()) cancel();
    this.timers.clear();
    this.waitingFor.clear();
    this.carried.clear();
    this.announcedWithMove.clear();
  }

  /**
   * Looks at every unfinished match: closes those nobody touched for `staleMs`, starts missing
   * clocks, acts on expired ones, sets timers. Returns the matches with a clock.
   */
  async sweep(gameName: string): Promise<number> {
    const { db, time, staleMs } = this.options;
    const before = time.now() - staleMs;
    const stale = new Set(await db.listMatches({ gameName, where: { isGameover: false, updatedBefore: before } }));
    const ids = await db.listMatches({ gameName, where: { isGameover: false } });
    let clocked = 0;
    for (const matchID of ids) {
      if (this.closed) break;
      if (stale.has(matchID) && await this.closeIfStale(matchID, before)) continue;
      // A match whose deadline this process already waits for costs the sweep nothing; its timer
      // re-reads the stored clock when it fires (another process may have moved it on).
      if (this.timers.has(matchID)) {
        clocked += 1;
        continue;
      }
      const { metadata } = await db.fetch(matchID, { metadata: true });
      if (!metadata || !mayRunClock(metadata)) continue;
      if (await this.refreshNow(matchID)) clocked += 1;
    }
    return clocked;
  }

  /** After a move or a seat change: the clock for the turn now on (in the match's queue). */
  refresh(matchID: string): void {
    if (this.closed) return;
    void this.options.exclusive(matchID, async () => void (await this.refreshNow(matchID)))
      .catch((error: unknown) => this.options.log(`clock of ${matchID}: ${String(error)}`));
  }

  /** A player takes their seat back from the stand-in AI (the Lobby checked their credentials). */
  async returnSeat(matchID: string, seat: Seat): Promise<void> {
    const now = this.options.time.now();
    let result: { clock: TurnClock | null; misses: Misses } | null = null;
    let stored: Server.MatchData | null = null;
    await this.options.db.updateMetadata(matchID, (current) => {
      const fields = clockFieldsOf(current);
      result = returnToSeat(fields.clock ?? null, fields.misses ?? {}, seat, now, onlineOptionsOf(current), this.options.settings);
      stored = withClockFields(current, result);
      return stored;
    });
    await this.options.db.flushed();
    const done = result as { clock: TurnClock | null; misses: Misses } | null;
    if (done?.clock) {
      this.schedule(matchID, done.clock);
      if (stored) this.options.reminders?.onClock(matchID, done.clock, stored, false);
      this.options.announce(matchID, { clock: publicClock(done.clock, done.misses, now) });
    }
  }

  /**
   * Ends the match as a win for `seat` when the other seat is kept by the AI and the match allows
   * it. Returns why not, or null once it is done.
   */
  async claimAbandonment(matchID: string, seat: Seat, winnerSide: 'dem' | 'aut'): Promise<string | null> {
    const other: Seat = seat === '0' ? '1' : '0';
    const now = this.options.time.now();
    let refusal: string | null = null;
    await this.options.db.updateMetadata(matchID, (current) => {
      refusal = abandonmentRefusal(current, other);
      if (refusal !== null) return null;
      const gameover = { winner: seat, side: winnerSide, abandoned: other };
      return withClockFields({ ...current, gameover } as Server.MatchData, { clock: null, abandoned: { seat: other, at: now } });
    });
    if (refusal !== null) return refusal;
    await this.options.db.flushed();
    this.cancel(matchID);
    this.options.announce(matchID, { clock: null, abandoned: other });
    return null;
  }

  /** Plays the expired turn of a match if this process wins the claim; true if it played. */
  async expire(matchID: string): Promise<boolean> {
    const { db, time, processId } = this.options;
    const now = time.now();
    const { state, metadata } = await db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return false;
    const turn = turnOf(state, metadata);
    const seen = clockFieldsOf(metadata).clock;
    if (!turn || !seen || seen.turnKey !== turn.turnKey || !claimable(seen, now)) {
      if (turn && seen && seen.turnKey === turn.turnKey && now < seen.deadline) this.schedule(matchID, seen);
      return false;
    }
    let claimed: { clock: TurnClock; misses: Misses } | null = null;
    let bothGone = false;
    await db.updateMetadata(matchID, (current) => {
      claimed = null;
      bothGone = false;
      const fields = clockFieldsOf(current);
      const clock = fields.clock;
      if (!clock || clock.turnKey !== seen.turnKey || !claimable(clock, now) || isOver(undefined, current)) return null;
      const misses = { ...fields.misses, [clock.seat]: (fields.misses?.[clock.seat] ?? 0) + 1 };
      // Both players gone: the match closes rather than the AI playing itself to the end.
      if (isKept(misses, '0') && isKept(misses, '1')) {
        bothGone = true;
        return withClockFields({ ...current, gameover: { closed: 'abandoned' } } as Server.MatchData, { clock: null, misses });
      }
      claimed = { clock: { ...clock, claim: { by: processId, at: now } }, misses };
      return withClockFields(current, claimed);
    });
    if (bothGone) {
      await db.flushed();
      this.cancel(matchID);
      this.options.announce(matchID, { clock: null });
      return false;
    }
    const won = claimed as { clock: TurnClock; misses: Misses } | null;
    if (!won) return false;
    await db.flushed();
    this.options.announce(matchID, { clock: publicClock(won.clock, won.misses, now) });
    const played = await this.playTurn(matchID, won.clock, onlineOptionsOf(metadata).standIn, state._stateID);
    if (played) this.standIns += 1;
    else await this.releaseClaim(matchID, won.clock);
    return played;
  }

  /**
   * A turn is one card and then its ops spent one action at a time: the stand-in plays moves
   * until the turn passes (or the match ends). Returns whether it played at least one.
   */
  private async playTurn(matchID: string, clock: TurnClock, level: AiLevel, firstStateID: number): Promise<boolean> {
    let stateID = firstStateID;
    let played = 0;
    for (let step = 0; step < MAX_TURN_MOVES && !this.closed; step += 1) {
      const ok = await this.options.standIn({ matchID, seat: clock.seat, stateID, level }).catch((error: unknown) => {
        this.options.log(`stand-in in ${matchID}: ${String(error)}`);
        return false;
      });
      if (!ok) break;
      played += 1;
      const { state, metadata } = await this.options.db.fetch(matchID, { state: true, metadata: true });
      const turn = state && metadata ? turnOf(state, metadata) : null;
      if (!turn || !state || turn.turnKey !== clock.turnKey) break;
      stateID = state._stateID;
    }
    return played > 0;
  }

  /**
   * The clock's advance for a move made here (called as the move is written, with the state it
   * made and the metadata as read plus the master's change): when the move starts a new turn,
   * that turn's clock and the misses, to be stored by the move's own write (one statement on
   * PostgreSQL, the same commit on SQLite). They are set only if the stored clock and misses are
   * still the ones this process read: if another process changed them meanwhile (a claim, a seat
   * given back), the move is stored without them and the refresh after it advances the clock by
   * compare-and-set from what is stored, as for any change made elsewhere.
   */
  fieldsForMove(matchID: string, state: State, metadata: Server.MatchData): GuardedFields | null {
    if (this.closed) return null;
    const turn = turnOf(state, metadata);
    const fields = clockFieldsOf(metadata);
    const prev = fields.clock ?? null;
    if (!turn || prev?.turnKey === turn.turnKey) return null;
    const { time, settings } = this.options;
    const next = advanceClock(prev, fields.misses ?? {}, turn, time.now(), onlineOptionsOf(metadata), settings);
    this.carried.set(matchID, next.clock.turnKey);
    return { expect: { clock: prev, misses: fields.misses ?? null }, set: { clock: next.clock, misses: next.misses } };
  }

  /**
   * The clock to send inside the update of a move made here, once the move is durable: the clock
   * of the turn the move started, when the move's own write stored it (`fieldsForMove`). The
   * players then get the move and the new turn's clock in one message instead of two, and the
   * refresh after the move does not announce it again. Null otherwise: the refresh announces what
   * it stores, as for any other change (another process's claim won the write, say).
   */
  async announcementForMove(matchID: string): Promise<ClockAnnouncement | null> {
    const carried = this.carried.get(matchID);
    if (this.closed || carried === undefined) return null;
    const { db, time } = this.options;
    const { state, metadata } = db.fetchCached?.(matchID) ?? await db.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return null;
    const turn = turnOf(state as State, metadata);
    const { clock, misses } = clockFieldsOf(metadata);
    if (!turn || !clock || clock.turnKey !== turn.turnKey || clock.turnKey !== carried) return null;
    this.announcedWithMove.set(matchID, carried);
    return { clock: publicClock(clock, misses ?? {}, time.now()) };
  }

  /** Advances and stores the clock of a match; returns whether a clock runs. */
  private async refreshNow(matchID: string): Promise<boolean> {
    const { db, time, settings } = this.options;
    // Most moves do not end a turn, and one that does stored the new turn's clock itself: with
    // the storage's copy of the match (PostgreSQL keeps one), the clock then costs no read and no write.
    const cached = db.fetchCached?.(matchID);
    const { state, metadata } = cached ?? await db.fetch(matchID, { state: true, metadata: true });
    const turn = state && metadata ? turnOf(state as State, metadata) : null;
    const carried = this.carried.get(matchID);
    this.carried.delete(matchID);
    const announced = this.announcedWithMove.get(matchID);
    this.announcedWithMove.delete(matchID);
    if (!turn || !metadata) {
      this.cancel(matchID);
      return false;
    }
    const now = time.now();
    const known = clockFieldsOf(metadata).clock;
    if (known && known.turnKey === turn.turnKey) {
      const waiting = this.waitingFor.get(matchID);
      if (waiting?.turnKey === known.turnKey && waiting.deadline === known.deadline) return true;
      if (carried === known.turnKey) {
        // The move that started this turn stored its clock: tell the match (unless the move's update
        // carried it), and wait for the deadline.
        const misses = clockFieldsOf(metadata).misses ?? {};
        if (announced !== known.turnKey) this.options.announce(matchID, { clock: publicClock(known, misses, now) });
        this.options.reminders?.onClock(matchID, known, metadata, true);
        this.waitForDeadline(matchID, known, now);
        return true;
      }
    }
    let next: { clock: TurnClock; misses: Misses } | null = null;
    let changed = false;
    let newTurn = false;
    let stored: Server.MatchData = metadata;
    await db.updateMetadata(matchID, (current) => {
      const fields = clockFieldsOf(current);
      const prev = fields.clock ?? null;
      next = advanceClock(prev, fields.misses ?? {}, turn, now, onlineOptionsOf(current), settings);
      changed = next.clock !== prev || next.misses !== (fields.misses ?? {});
      newTurn = next.clock.turnKey !== prev?.turnKey;
      stored = changed ? withClockFields(current, next) : current;
      return changed ? stored : null;
    });
    const done = next as { clock: TurnClock; misses: Misses } | null;
    if (!done) return false;
    if (changed) {
      await db.flushed();
      this.options.announce(matchID, { clock: publicClock(done.clock, done.misses, now) });
    }
    this.options.reminders?.onClock(matchID, done.clock, stored, changed && newTurn);
    this.waitForDeadline(matchID, done.clock, now);
    return true;
  }

  /** Plays an expired turn now, or waits for its deadline. */
  private waitForDeadline(matchID: string, clock: TurnClock, now: number): void {
    if (now >= clock.deadline) {
      void this.expire(matchID).catch((error: unknown) => this.options.log(`clock of ${matchID}: ${String(error)}`));
    } else {
      this.schedule(matchID, clock);
    }
  }

  /** Closes the match if nothing happened in it since `before` (its `updatedAt`); true if closed. */
  private async closeIfStale(matchID: string, before: number): Promise<boolean> {
    let closed = false;
    await this.options.db.updateMetadata(matchID, (current) => {
      closed = false;
      if (current.updatedAt >= before || isOver(undefined, current)) return null;
      closed = true;
      return withClockFields({ ...current, gameover: { closed: 'untouched' } } as Server.MatchData, { clock: null });
    });
    if (!closed) return false;
    await this.options.db.flushed();
    this.cancel(matchID);
    this.options.announce(matchID, { clock: null });
    return true;
  }

  private async releaseClaim(matchID: string, claimed: TurnClock): Promise<void> {
    await this.options.db.updateMetadata(matchID, (current) => {
      const clock = clockFieldsOf(current).clock;
      if (!clock || clock.turnKey !== claimed.turnKey || clock.claim?.by !== this.options.processId) return null;
      const { claim: _released, ...rest } = clock;
      return withClockFields(current, { clock: rest });
    });
  }

  private schedule(matchID: string, clock: Pick<TurnClock, 'turnKey' | 'deadline'>): void {
    if (this.closed) return;
    this.timers.get(matchID)?.();
    const { turnKey, deadline } = clock;
    const wait = deadline - this.options.time.now();
    const cancel = this.options.time.after(Math.min(wait, MAX_TIMER_MS), () => {
      this.timers.delete(matchID);
      this.waitingFor.delete(matchID);
      if (wait > MAX_TIMER_MS) return this.schedule(matchID, clock);
      void this.expire(matchID).catch((error: unknown) => this.options.log(`clock of ${matchID}: ${String(error)}`));
    });
    this.timers.set(matchID, cancel);
    this.waitingFor.set(matchID, { turnKey, deadline });
  }

  /** Stops the match's timers (its clock stopped: the match ended, or no clock runs). */
  private cancel(matchID: string): void {
    this.options.reminders?.cancel(matchID);
    this.timers.get(matchID)?.();
    this.timers.delete(matchID);
    this.waitingFor.delete(matchID);
  }
}

/** Why a win by abandonment cannot be claimed against `other`, or null. */
function abandonmentRefusal(metadata: Server.MatchData, other: Seat): string | null {
  if (isOver(undefined, metadata)) return 'the game is over';
  if (!onlineOptionsOf(metadata).abandonment) return 'this match cannot be ended by abandonment';
  if (!isKept(clockFieldsOf(metadata).misses ?? {}, other)) return 'the other player has not missed enough turns in a row';
  return null;
}
