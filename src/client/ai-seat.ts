/**
 * Plays one seat with the AI: whenever it is that seat's turn, its own view (and nothing else)
 * goes to the AI worker, and the chosen move goes back through the seat's move facade.
 */
import type { AiDecision, AiLevel } from '../ai';
import { legalMovesOfView, type Move, type PlayerView, type Side } from '../game';
import type { AiRunner } from './ai-runner';
import { moveFacade } from './move-facade';
import { type SeatClient, seatState } from './seat-client';

/** The AI's explanation of one of its moves, placed in the log where that move's entries begin. */
export interface AiNote {
  readonly logIndex: number;
  readonly side: Side;
  readonly reason: string;
  /** Online: the server's AI stood in for a player whose time ran out (at this level). */
  readonly standIn?: AiLevel;
}

export interface AiSeat {
  readonly thinking: boolean;
  readonly notes: readonly AiNote[];
  /** The last failure of the AI, if any (it then played the first legal move instead). */
  readonly error: string | null;
  destroy(): void;
}

export interface AiSeatOptions {
  readonly client: SeatClient;
  readonly runner: AiRunner;
  /** Base of the per-move seeds: the same match seed replays the same AI choices. */
  readonly seed: string;
  /** Least time from the AI's turn coming up to its move, so that a person can follow (ms). */
  readonly paceMs: number;
  readonly onChange: () => void;
  /** The reasons of moves played before (a resumed game). */
  readonly notes?: readonly AiNote[];
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function driveAiSeat(opts: AiSeatOptions): AiSeat {
  const { client, runner } = opts;
  const facade = moveFacade(client);
  const seat = client.playerID as '0' | '1';
  const notes: AiNote[] = [...(opts.notes ?? [])];
  let busyFor = -1;
  let destroyed = false;
  const self = { thinking: false, notes, error: null as string | null, destroy };

  function destroy(): void {
    destroyed = true;
    unsubscribe();
  }

  async function decide(view: PlayerView, stateID: number): Promise<void> {
    const started = performance.now();
    const decision = await runner.choose(view, `${opts.seed}:${stateID}`).catch((error: unknown) => fallback(view, error));
    await wait(Math.max(0, opts.paceMs - (performance.now() - started)));
    if (destroyed) return;
    self.thinking = false;
    if (seatState(client, seat)?.stateID === stateID) {
      const move = checked(view, decision);
      notes.push({ logIndex: view.log.length, side: view.viewer as Side, reason: decision.reason });
      facade.play(move);
    }
    opts.onChange();
  }

  /** The AI's move when it is legal; otherwise the first legal move (and the error is kept). */
  function checked(view: PlayerView, decision: AiDecision): Move {
    const legal = legalMovesOfView(view);
    if (legal.some((m) => JSON.stringify(m) === JSON.stringify(decision.move))) return decision.move;
    self.error = `the AI chose an illegal move (${JSON.stringify(decision.move)})`;
    console.error(self.error);
    return legal[0] ?? { kind: 'pass' };
  }

  function fallback(view: PlayerView, error: unknown): AiDecision {
    self.error = error instanceof Error ? error.message : String(error);
    if (!destroyed) console.error('AI failed:', self.error);
    return { move: legalMovesOfView(view)[0] ?? { kind: 'pass' }, reason: 'could not decide, so it made the first legal move' };
  }

  const unsubscribe = client.subscribe(() => {
    const state = seatState(client, seat);
    if (destroyed || !state || state.view.result !== null || state.view.active !== state.view.viewer) return;
    if (busyFor === state.stateID) return;
    busyFor = state.stateID;
    self.thinking = true;
    opts.onChange();
    void decide(state.view, state.stateID);
  });
  return self;
}
