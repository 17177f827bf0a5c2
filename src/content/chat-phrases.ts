/**
 * The fixed chat phrases every online match may use: greetings, "thinking", "back soon", "well
 * played". Fixed words need no moderation, so strangers and classes can use them safely.
 */
export const CHAT_PHRASES = {
  hello: 'Hello!',
  'good-luck': 'Good luck, have fun.',
  thinking: 'Thinking…',
  'back-soon': 'Back soon.',
  'your-turn': 'Your turn when you are ready.',
  'nice-move': 'Nice move.',
  thanks: 'Thanks!',
  'well-played': 'Well played.',
  'good-game': 'Good game!',
} as const;

export type ChatPhraseId = keyof typeof CHAT_PHRASES;

export const isChatPhrase = (value: unknown): value is ChatPhraseId => typeof value === 'string' && Object.hasOwn(CHAT_PHRASES, value);
