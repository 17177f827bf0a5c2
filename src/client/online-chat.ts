/**
 * The chat of an online match on the client: the stored lines fetched once (so a reload shows
 * them), new lines as the server sends them, each line checked before it is kept (shown as text,
 * never HTML), and the player's choices: say, turn free text on or off, mute, report. Muting is
 * this device's choice (kept per match), so it needs nothing from the server.
 */
import type { ChatLineData, ChatState, LobbyClient, SeatTicket } from './lobby-client';
import type { KeyValueStore } from './seat-tickets';

export interface ChatView {
  readonly policy: ChatState['policy'] | null;
  readonly lines: readonly ChatLineData[];
  readonly free: ChatState['free'];
  /** The other player's lines are hidden on this device. */
  readonly muted: boolean;
  readonly problem: string | null;
}

export interface OnlineChat {
  view(): ChatView;
  say(message: { phrase: string } | { text: string }): Promise<void>;
  setFree(on: boolean): Promise<void>;
  setMuted(muted: boolean): void;
  report(line: number): Promise<void>;
  /** A line the server sent on the socket. */
  receive(value: unknown): void;
  /** Fetches the stored lines again. */
  load(): Promise<void>;
}

const MUTE_KEY = 'trust-and-leverage.chat-muted';
const isSeat = (value: unknown): value is '0' | '1' => value === '0' || value === '1';

/** A well-formed line, or null. */
export function parseChatLine(value: unknown): ChatLineData | null {
  const l = value as Record<string, unknown> | null;
  if (!l || typeof l !== 'object' || typeof l.id !== 'number' || !isSeat(l.seat) || typeof l.at !== 'number') return null;
  if (l.kind === 'phrase' && typeof l.phrase === 'string') return { id: l.id, seat: l.seat, at: l.at, kind: 'phrase', phrase: l.phrase };
  if (l.kind === 'text' && typeof l.text === 'string') return { id: l.id, seat: l.seat, at: l.at, kind: 'text', text: l.text.slice(0, 200) };
  return null;
}

export function createOnlineChat(opts: { lobby: LobbyClient; code: string; ticket: SeatTicket | null; store: KeyValueStore | null; onChange: () => void }): OnlineChat {
  let policy: ChatState['policy'] | null = null;
  let lines: ChatLineData[] = [];
  let free: ChatState['free'] = {};
  let problem: string | null = null;
  const mutedMatches = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(opts.store?.getItem(MUTE_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  let muted = mutedMatches().includes(opts.code);
  const add = (line: ChatLineData): void => {
    if (lines.some((l) => l.id === line.id)) return;
    lines = [...lines, line].sort((a, b) => a.id - b.id).slice(-100);
  };
  const attempt = async (what: string, run: () => Promise<void>): Promise<void> => {
    problem = null;
    try {
      await run();
    } catch (error) {
      problem = `Could not ${what}: ${error instanceof Error ? error.message : String(error)}`;
    }
    opts.onChange();
  };
  const mine = (): SeatTicket => {
    if (!opts.ticket) throw new Error('spectators read the chat only');
    return opts.ticket;
  };
  const chat: OnlineChat = {
    view: () => ({ policy, lines, free, muted, problem }),
    say: (message) => attempt('send the message', () => opts.lobby.say(mine(), message)),
    setFree: (on) => attempt('change free text', async () => {
      await opts.lobby.setFreeChat(mine(), on);
      await chat.load();
    }),
    setMuted(value) {
      muted = value;
      const others = mutedMatches().filter((code) => code !== opts.code);
      opts.store?.setItem(MUTE_KEY, JSON.stringify(value ? [opts.code, ...others].slice(0, 50) : others));
      opts.onChange();
    },
    report: (line) => attempt('report the line', () => opts.lobby.report(mine(), line)),
    receive(value) {
      const line = parseChatLine(value);
      if (!line) return;
      add(line);
      opts.onChange();
    },
    async load() {
      try {
        const state = await opts.lobby.chat(opts.code);
        policy = state.policy;
        free = state.free;
        for (const value of state.lines) {
          const line = parseChatLine(value);
          if (line) add(line);
        }
      } catch {
        // Offline or rate-limited: the lines come with the next load or on the socket.
      }
      opts.onChange();
    },
  };
  return chat;
}
