/**
 * The Phaser board's public API. This module is tiny and Phaser-free: `mountBoard` loads Phaser
 * (its own chunk) and the scenes on first use, so the menu appears before Phaser is fetched.
 *
 * The board holds sprites, not game state: it draws what `update` gives it and reports clicks
 * and hovers through the callbacks.
 *
 * ```ts
 * export interface BoardCallbacks { onCountrySelect(id: CountryId): void; onCountryHover?(id: CountryId | null): void; }
 * export interface BoardUiState { highlighted: readonly CountryId[]; selected: CountryId | null; }
 * export interface BoardHandle { update(view: PlayerView, ui: BoardUiState): void; destroy(): void; }
 * ```
 */
import type { BoardCallbacks, BoardHandle } from './board-types';

export type { BoardCallbacks, BoardHandle } from './board-types';

/**
 * Mounts the board into `parent` and resolves once it can draw. The board fills `parent` (give
 * it a size) and follows its size changes; call `update` with every new view.
 */
export async function mountBoard(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardHandle> {
  const { createBoard } = await import('./scene/board-game');
  return createBoard(parent, callbacks);
}
