/**
 * A local match: one in-page master and a client per seat, so that each seat only ever receives
 * its own filtered view. Hot-seat shows the client of the seat whose turn it is; solo shows the
 * human's client while the AI plays the other seat from a Web Worker.
 */
import type { AiDecision, AiLevel } from '../ai';
import { type DecisionRule, type Move, type PlayerView, type ScenarioId, type Seat, type Side, TrustAndLeverage } from '../game';
import { type AiNote, type AiSeat, driveAiSeat } from './ai-seat';
import { type AiRunner, createAiRunner } from './ai-runner';
import { type GameRecord, RECORD_FORMAT, RECORD_VERSION, type RecordedMove } from './game-record';
import { LocalMatchHost } from './local-master';
import { moveFacade } from './move-facade';
import { createSeatClient, type SeatClient, type SeatState, seatState } from './seat-client';

/** Local matches are hot-seat or solo; online ones (online-match.ts) a seat or a spectator. */
export type MatchMode = 'hot-seat' | 'solo' | 'online' | 'spectator';

export interface MatchConfig {
  readonly mode: MatchMode;
  readonly scenario: ScenarioId;
  /** Solo: the human's side (the AI plays the other). */
  readonly humanSide?: Side;
  /** Solo: the AI's level. */
  readonly level?: AiLevel;
  /** The bloc's starting decision rule; default: the scenario's. */
  readonly decisionRule?: DecisionRule;
  /** Starting dependency 0–5; default: the scenario's. */
  readonly dependency?: number;
  /** The match seed; default: fresh from `crypto`. */
  readonly seed?: string;
  /** Solo: least time per AI move, so a person can follow it (ms). */
  readonly aiPaceMs?: number;
  /** Solo: the Hard AI's time budget per move (ms). */
  readonly aiBudgetMs?: number;
  /** A resumed game: its moves so far, replayed from `seed` before the seats sync. */
  readonly moves?: readonly RecordedMove[];
  /** A resumed solo game: the AI's reasons for its moves so far. */
  readonly aiNotes?: readonly AiNote[];
  /** Solo: the other seat plays these scripted replies (the tutorial) instead of the AI; given its own view only. */
  readonly scripted?: (view: PlayerView) => AiDecision;
}

/** What the UI shows at one moment. */
export interface MatchSnapshot {
  readonly mode: MatchMode;
  /** The seat on screen: the human's in solo, the seat whose turn it is in hot-seat. */
  readonly shown: SeatState;
  /** The shown seat's side; null for a spectator (who holds no seat). */
  readonly side: Side | null;
  /** The shown seat may move now. */
  readonly myTurn: boolean;
  /** Online: a move of this seat is on its way to the server (the controls wait for its answer). */
  readonly sending?: boolean;
  readonly aiThinking: boolean;
  readonly aiNotes: readonly AiNote[];
  readonly aiError: string | null;
}

export interface Match {
  readonly config: MatchConfig;
  snapshot(): MatchSnapshot | null;
  /** Called (coalesced) after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Plays a move for the shown seat. */
  play(move: Move): void;
  /** Undoes the shown seat's last basic action of the turn. */
  undo(): void;
  /** A local match's record so far (setup, seed, moves): what a save or a replay needs. */
  record?(): GameRecord;
  /** A local match: settles once resumed moves are in; rejects when one is refused. */
  readonly restored?: Promise<void>;
  destroy(): void;
}

const SEATS: readonly Seat[] = ['0', '1'];
export const DEFAULT_AI_PACE_MS = 450;

/** A fresh unpredictable seed (boardgame.io's default is the clock, which is guessable). */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function startMatch(config: MatchConfig): Match {
  const seed = config.seed ?? randomSeed();
  const humanSide = config.humanSide ?? 'dem';
  // The human is always seat 0 in solo; the side decides which side seat 0 plays.
  const demSeat: Seat = config.mode === 'solo' && humanSide === 'aut' ? '1' : '0';
  const rules = { ...(config.decisionRule ? { decisionRule: config.decisionRule } : {}), ...(config.dependency !== undefined ? { dependency: config.dependency } : {}) };
  const setupData = { scenario: config.scenario, demSeat, ...rules };
  const host = new LocalMatchHost({ ...TrustAndLeverage, seed }, setupData);
  // Queued before the clients' first sync, so that they first see the resumed game.
  const restored = host.replay(config.moves ?? []);
  const clients: Record<Seat, SeatClient> = { '0': createSeatClient(host, '0'), '1': createSeatClient(host, '1') };
  const listeners = new Set<() => void>();
  let queued = false;
  // Both clients get each change in one synchronous loop: notify once, after both have it.
  const notify = (): void => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      for (const listener of listeners) listener();
    });
  };
  const unsubscribes = SEATS.map((seat) => clients[seat].subscribe(notify));
  const ai: AiSeat | null = config.mode === 'solo' ? soloAi(config, clients['1'], seed, notify) : null;

  const shownSeat = (): Seat => {
    if (config.mode === 'solo') return '0';
    const latest = SEATS.map((seat) => seatState(clients[seat], seat)).sort((a, b) => (b?.stateID ?? -1) - (a?.stateID ?? -1))[0];
    return (latest?.ctx.currentPlayer as Seat | undefined) ?? '0';
  };

  const snapshot = (): MatchSnapshot | null => {
    const seat = shownSeat();
    const shown = seatState(clients[seat], seat);
    if (!shown || shown.view.viewer === null) return null;
    const side = shown.view.viewer;
    return {
      mode: config.mode,
      shown,
      side,
      myTurn: shown.view.result === null && shown.view.active === side,
      aiThinking: ai?.thinking ?? false,
      aiNotes: ai?.notes ?? [],
      aiError: ai?.error ?? null,
    };
  };

  return {
    config,
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    play: (move) => moveFacade(clients[shownSeat()]).play(move),
    undo: () => moveFacade(clients[shownSeat()]).undo(),
    record: () => ({
      format: RECORD_FORMAT, version: RECORD_VERSION, setupData, seed, moves: [...host.moves()],
      players: config.mode === 'solo' ? { mode: 'solo', humanSide, level: config.level ?? 'normal' } : { mode: 'hot-seat' },
    }),
    restored,
    destroy() {
      listeners.clear();
      ai?.destroy();
      for (const off of unsubscribes) off();
      for (const seat of SEATS) clients[seat].stop();
    },
  };
}

function soloAi(config: MatchConfig, client: SeatClient, seed: string, onChange: () => void): AiSeat {
  const runner = config.scripted ? scriptedRunner(config.scripted) : createAiRunner(config.level ?? 'normal', config.aiBudgetMs);
  const seat = driveAiSeat({ client, runner, seed, paceMs: config.aiPaceMs ?? DEFAULT_AI_PACE_MS, onChange, notes: config.aiNotes ?? [] });
  return {
    get thinking() { return seat.thinking; },
    get notes() { return seat.notes; },
    get error() { return seat.error; },
    destroy() {
      seat.destroy();
      runner.destroy();
    },
  };
}

/** Scripted replies as an AI runner: the seat's own view in, the script's move out (no worker needed). */
function scriptedRunner(reply: (view: PlayerView) => AiDecision): AiRunner {
  return { choose: (view) => Promise.resolve(reply(view)), destroy: () => undefined };
}
