/**
 * Solo and hot-seat games kept on this device (`localStorage`), saved after every move, so that a
 * reload, a crash or the Back button never loses one. A save is the game's record (setup, seed,
 * moves: enough to rebuild it exactly) plus the AI's reasons for its moves. Each game has its own
 * key and an index lists them: one unreadable entry spoils only itself. Nothing here leaves the
 * device (the seed of a game in progress must never be sent anywhere).
 */
import type { AiNote } from './ai-seat';
import { DEFAULT_SCENARIO } from '../game/data/scenarios';
import { type GameRecord, parseGameRecord } from './game-record';
import type { MatchConfig } from './match';
import type { KeyValueStore } from './seat-tickets';

const INDEX_KEY = 'trust-and-leverage.local-games';
const GAME_KEY = (id: string): string => `trust-and-leverage.local-game.${id}`;
/** The most games kept: the oldest goes when a new one starts. */
const MAX_GAMES = 5;
const ID_PATTERN = /^[a-z0-9]{8}$/;

export interface LocalSave {
  /** The game's id, in its address (`#/local/ID`). */
  readonly id: string;
  /** When it was last saved (ms since 1970, from the caller's clock). */
  readonly savedAt: number;
  readonly record: GameRecord;
  readonly aiNotes: readonly AiNote[];
  /** The game has ended (the menu no longer offers to resume it). */
  readonly over: boolean;
  /** A few words for the menu: "Solo, Democratic bloc, round 3". */
  readonly summary: string;
}

/** A fresh game id: 8 lower-case letters and digits. */
export function newLocalGameId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % alphabet.length]).join('');
}

function isLocalGameId(id: string): boolean {
  return ID_PATTERN.test(id);
}

function parseNotes(value: unknown): AiNote[] | null {
  if (!Array.isArray(value)) return null;
  const ok = value.every((n: Partial<AiNote> | null) => !!n && typeof n.logIndex === 'number' && (n.side === 'dem' || n.side === 'aut') && typeof n.reason === 'string');
  return ok ? (value as AiNote[]) : null;
}

/** A save from stored text, or a sentence saying why it cannot be read. */
function parseSave(id: string, text: string | null): LocalSave | string {
  if (text === null) return `There is no saved game ${id} on this device.`;
  let data: Partial<Record<keyof LocalSave, unknown>>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return `The saved game ${id} is damaged (not JSON) and cannot be resumed.`;
  }
  if (!data || typeof data !== 'object') return `The saved game ${id} is damaged and cannot be resumed.`;
  const record = parseGameRecord(data.record);
  if (typeof record === 'string') return `The saved game ${id} cannot be resumed: ${record}`;
  // Only local games are kept here: an online match lives on its server.
  if (record.players.mode === 'online') return `The saved game ${id} is an online match's record, not a local game.`;
  const aiNotes = parseNotes(data.aiNotes);
  if (data.id !== id || typeof data.savedAt !== 'number' || typeof data.over !== 'boolean' || typeof data.summary !== 'string' || aiNotes === null) {
    return `The saved game ${id} is damaged and cannot be resumed.`;
  }
  return { id, savedAt: data.savedAt, record, aiNotes, over: data.over, summary: data.summary.slice(0, 120) };
}

/** The match config that resumes a save: its rules, seed and moves (and the AI's reasons). */
export function resumeConfig(save: LocalSave): MatchConfig {
  const { players, setupData, seed, moves } = save.record;
  return {
    mode: players.mode,
    scenario: setupData.scenario ?? DEFAULT_SCENARIO,
    ...(players.mode === 'solo' ? { humanSide: players.humanSide, level: players.level } : {}),
    ...(setupData.decisionRule ? { decisionRule: setupData.decisionRule } : {}),
    ...(setupData.dependency !== undefined ? { dependency: setupData.dependency } : {}),
    seed, moves, aiNotes: save.aiNotes,
  };
}

export class LocalSaves {
  constructor(private readonly store: KeyValueStore) {}

  /** The ids of the kept games, most recent first (an unreadable index counts as none). */
  private ids(): string[] {
    try {
      const parsed: unknown = JSON.parse(this.store.getItem(INDEX_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && isLocalGameId(id)) : [];
    } catch {
      return [];
    }
  }

  /** One saved game, or why it cannot be resumed (missing, damaged, foreign). Changes nothing. */
  load(id: string): LocalSave | string {
    if (!isLocalGameId(id)) return `"${id.slice(0, 40)}" is not the name of a saved game.`;
    return parseSave(id, this.store.getItem(GAME_KEY(id)));
  }

  /** The most recent game still in progress, and the problems found on the way (to show, not to fix). */
  latestInProgress(): { save: LocalSave | null; problems: string[] } {
    const problems: string[] = [];
    for (const id of this.ids()) {
      const save = this.load(id);
      if (typeof save === 'string') problems.push(save);
      else if (!save.over) return { save, problems };
    }
    return { save: null, problems };
  }

  /** Saves a game (it becomes the most recent); the oldest beyond the limit are forgotten. */
  save(save: LocalSave): void {
    const ids = [save.id, ...this.ids().filter((id) => id !== save.id)];
    this.store.setItem(GAME_KEY(save.id), JSON.stringify(save));
    this.store.setItem(INDEX_KEY, JSON.stringify(ids.slice(0, MAX_GAMES)));
    for (const old of ids.slice(MAX_GAMES)) this.store.removeItem(GAME_KEY(old));
  }

  forget(id: string): void {
    this.store.removeItem(GAME_KEY(id));
    this.store.setItem(INDEX_KEY, JSON.stringify(this.ids().filter((other) => other !== id)));
  }
}
