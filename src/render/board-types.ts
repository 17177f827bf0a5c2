/**
 * The board's API types (re-exported by board.ts). Kept apart so the Phaser side can use them
 * without importing board.ts, which lazily imports the Phaser side.
 */
import type { PlayerView } from '../game/view';
import type { CountryId } from '../game/types';

export interface BoardCallbacks {
  onCountrySelect(id: CountryId): void;
  onCountryHover?(id: CountryId | null): void;
}

export interface BoardUiState {
  highlighted: readonly CountryId[];
  selected: CountryId | null;
}

export interface BoardHandle {
  update(view: PlayerView, ui: BoardUiState): void;
  destroy(): void;
}
