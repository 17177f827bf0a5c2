/**
 * Builds the match clocks of a server: timers from the injected time source, claims named by a
 * random process id, announcements on the match bus (so every process's sockets hear them), and
 * the stand-in AI playing through the transport.
 */
import { randomUUID } from 'node:crypto';
import type { AiChooser } from '../ai-pool';
import { type MatchBus, matchChannel, type MatchPayload } from '../match-bus';
import type { ServerMoveRequest } from '../server-moves';
import type { Storage } from '../storage-api';
import { type ClockAnnouncement, MatchClocks, systemTime, type TimeSource } from './clock-service';
import type { PushSender } from '../push/push';
import { Reminders } from './reminders';
import { playStandIn } from './stand-in';

/** The socket event that carries a match's clock to its players and spectators. */
export const CLOCK_EVENT = 'clock';

export interface ClockWiring {
  db: Storage;
  bus: MatchBus<MatchPayload>;
  chooser: AiChooser;
  play: (move: ServerMoveRequest) => Promise<boolean>;
  exclusive: (matchID: string, task: () => Promise<void>) => Promise<void>;
  time?: TimeSource;
  hourMs: number;
  keptTurnMs: number;
  sweepMs: number;
  staleMs: number;
  budgetMs: number;
  /** Web Push for Daily turns, when configured. */
  push?: PushSender | null;
  log: (message: string) => void;
}

export function wireClocks(wiring: ClockWiring): MatchClocks {
  const { db, bus } = wiring;
  const announce = (matchID: string, announcement: ClockAnnouncement) =>
    bus.publish(matchChannel(matchID), { type: CLOCK_EVENT, args: [matchID, announcement] } as unknown as MatchPayload);
  const time = wiring.time ?? systemTime;
  const push = wiring.push;
  const reminders = push
    ? new Reminders(db, time, (matchID, seat, kind, leftMs) => push.notify(matchID, seat, { kind, matchID, leftMs }), wiring.log)
    : undefined;
  return new MatchClocks({
    db,
    time,
    ...(reminders ? { reminders } : {}),
    processId: randomUUID(),
    settings: { hourMs: wiring.hourMs, keptTurnMs: wiring.keptTurnMs },
    sweepMs: wiring.sweepMs,
    staleMs: wiring.staleMs,
    exclusive: wiring.exclusive,
    announce,
    standIn: (request) => playStandIn({ db, chooser: wiring.chooser, play: wiring.play, budgetMs: wiring.budgetMs }, request),
    log: wiring.log,
  });
}
