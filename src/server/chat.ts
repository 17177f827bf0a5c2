/**
 * Chat that is safe by default. Everyone may send the fixed phrases (src/content/chat-phrases.ts);
 * free text only in an unlisted match created with `chat: 'free'`, once both players turned it
 * on; a match created with `chat: 'none'` (a class whose teacher allows no chat) has none.
 * Only a seat's holder writes (spectators read). Lines are stored with the match (metadata
 * `chat`, the newest MAX_LINES), so a reload shows them, and reach every socket of the match
 * through the match bus (event `chat-line`).
 */
import type { Server } from 'boardgame.io';
import { isChatPhrase, type ChatPhraseId } from '../content/chat-phrases';
import type { Seat } from '../game';
import { onlineOptionsOf } from './clock/pace';

/** One line of a match's chat. */
export type ChatLine =
  | { readonly id: number; readonly seat: Seat; readonly at: number; readonly kind: 'phrase'; readonly phrase: ChatPhraseId }
  | { readonly id: number; readonly seat: Seat; readonly at: number; readonly kind: 'text'; readonly text: string };

/** The chat fields of a match's metadata. */
export interface ChatFields {
  chat?: readonly ChatLine[];
  /** Seats whose players turned free text on. */
  chatFree?: Readonly<Partial<Record<Seat, boolean>>>;
  /** Lines reported, with the reporting seat. */
  chatReports?: readonly { readonly line: number; readonly by: Seat; readonly at: number }[];
}

/** Longest free-text line, in characters. */
export const MAX_TEXT = 200;
/** Lines kept per match. */
export const MAX_LINES = 100;

export const chatFieldsOf = (metadata: Server.MatchData): ChatFields => metadata as unknown as ChatFields;

/** What a player asked to say: a phrase by its id, or free text. */
export type ChatMessage = { kind: 'phrase'; phrase: ChatPhraseId } | { kind: 'text'; text: string };

/** A chat message from a request body, or why it is refused. */
export function parseChatMessage(value: unknown): ChatMessage | string {
  const message = value as { phrase?: unknown; text?: unknown } | null;
  if (!message || typeof message !== 'object' || Array.isArray(message)) return 'message must be { "phrase": id } or { "text": "…" }';
  const keys = Object.keys(message);
  if (keys.length !== 1 || (keys[0] !== 'phrase' && keys[0] !== 'text')) return 'message must have exactly one field: phrase or text';
  if ('phrase' in message) return isChatPhrase(message.phrase) ? { kind: 'phrase', phrase: message.phrase } : 'unknown phrase';
  if (typeof message.text !== 'string') return 'text must be a string';
  if (/\p{Surrogate}/u.test(message.text)) return 'text must be well-formed Unicode';
  const text = message.text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (text.length === 0) return 'text is empty';
  if ([...text].length > MAX_TEXT) return `text is longer than ${MAX_TEXT} characters`;
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(text)) return 'text may not contain control or invisible characters';
  return { kind: 'text', text };
}

/** Why `message` may not be said in this match, or null. */
export function chatRefusal(metadata: Server.MatchData, message: ChatMessage): string | null {
  const policy = onlineOptionsOf(metadata).chat;
  if (policy === 'none') return 'chat is off in this match';
  if (message.kind === 'phrase') return null;
  if (policy !== 'free') return 'this match allows the fixed phrases only';
  const on = chatFieldsOf(metadata).chatFree ?? {};
  return on['0'] && on['1'] ? null : 'free text needs both players to turn it on';
}

/** The metadata with `message` added as the newest line (the oldest dropped past MAX_LINES). */
export function withChatLine(metadata: Server.MatchData, seat: Seat, message: ChatMessage, at: number): { metadata: Server.MatchData; line: ChatLine } {
  const lines = chatFieldsOf(metadata).chat ?? [];
  const id = (lines.at(-1)?.id ?? 0) + 1;
  const line: ChatLine = message.kind === 'phrase' ? { id, seat, at, kind: 'phrase', phrase: message.phrase } : { id, seat, at, kind: 'text', text: message.text };
  return { metadata: { ...metadata, chat: [...lines, line].slice(-MAX_LINES) } as Server.MatchData, line };
}
