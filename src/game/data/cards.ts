import type { CardDef } from './card-types';
import { AUTOCRATIC_CARDS } from './cards-autocratic';
import { DEMOCRATIC_CARDS } from './cards-democratic';
import { WORLD_CARDS } from './cards-world';
import { COLD_WAR_WORLD_CARDS } from './cards-world-cold-war';
import { RECORD_WORLD_CARDS } from './cards-world-record';

export type DemCardId = (typeof DEMOCRATIC_CARDS)[number]['id'];
export type AutCardId = (typeof AUTOCRATIC_CARDS)[number]['id'];
export type WorldCardId =
  | (typeof WORLD_CARDS)[number]['id']
  | (typeof RECORD_WORLD_CARDS)[number]['id']
  | (typeof COLD_WAR_WORLD_CARDS)[number]['id'];
export type CardId = DemCardId | AutCardId | WorldCardId;

export const ALL_CARDS: readonly CardDef[] = [...DEMOCRATIC_CARDS, ...AUTOCRATIC_CARDS, ...WORLD_CARDS, ...RECORD_WORLD_CARDS, ...COLD_WAR_WORLD_CARDS];

export const CARD: Readonly<Record<CardId, CardDef>> = Object.fromEntries(ALL_CARDS.map((card) => [card.id, card])) as Record<
  CardId,
  CardDef
>;

export const DEMOCRATIC_DECK: readonly CardId[] = DEMOCRATIC_CARDS.map((card) => card.id);
export const AUTOCRATIC_DECK: readonly CardId[] = AUTOCRATIC_CARDS.map((card) => card.id);
/** The shuffled world deck; the record's dated events (RECORD_WORLD_CARDS, COLD_WAR_WORLD_CARDS) only come by a scenario's schedule. */
export const WORLD_DECK: readonly CardId[] = WORLD_CARDS.map((card) => card.id);

export function isCardId(value: unknown): value is CardId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CARD, value);
}

export { AUTOCRATIC_CARDS, DEMOCRATIC_CARDS, WORLD_CARDS };
