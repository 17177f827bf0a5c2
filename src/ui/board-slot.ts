/**
 * The slot the Phaser board (src/render/board.ts) is mounted in. The board is loaded lazily, in
 * its own chunk with Phaser, after the first paint; its types come from the Phaser-free
 * board-types.ts. Where it cannot be drawn the slot says so and stays empty behind the same
 * interface: the country table does everything the map does.
 */
import type { BoardCallbacks, BoardHandle, BoardUiState } from '../render/board-types';
import { h } from './dom';

export type { BoardUiState };

/** A mounted board, or the empty slot; `live` says which. */
export interface BoardSlot extends BoardHandle {
  readonly live: boolean;
}

export async function mountBoardSlot(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardSlot> {
  // The board fills its parent: give the slot its size before the board measures it.
  parent.classList.add('board--live');
  try {
    const { mountBoard } = await import('../render/board');
    const handle = await mountBoard(parent, callbacks);
    return { live: true, update: (view, ui) => handle.update(view, ui), destroy: () => handle.destroy() };
  } catch (error) {
    console.error('the map could not be drawn:', error);
    parent.classList.remove('board--live');
  }
  return emptySlot(parent);
}

function emptySlot(parent: HTMLElement): BoardSlot {
  const note = h('p', { class: 'board-note' }, 'The map is not available here: every country and target is in the country table.');
  parent.replaceChildren(note);
  return { live: false, update: () => undefined, destroy: () => note.remove() };
}
