/**
 * The slot the Phaser board (src/render/board.ts, built separately) is mounted in. The interface
 * below is the board's contract, repeated here so that the UI compiles before the board exists.
 * The board module is looked up with `import.meta.glob`: while it is missing the slot stays an
 * empty placeholder behind the same interface (the country table does everything the map does);
 * once it exists it is loaded lazily, in its own chunk with Phaser, after the first paint.
 */
import type { BoardCallbacks, BoardHandle, BoardUiState } from '../render/board-types';
import { h } from './dom';

export type { BoardCallbacks, BoardHandle, BoardUiState };
type MountBoard = (parent: HTMLElement, callbacks: BoardCallbacks) => Promise<BoardHandle>;

const BOARD_MODULES = import.meta.glob<{ mountBoard: MountBoard }>('../render/board.ts');

/** A mounted board, or the empty slot; `live` says which. */
export interface BoardSlot extends BoardHandle {
  readonly live: boolean;
}

export async function mountBoardSlot(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardSlot> {
  const load = BOARD_MODULES['../render/board.ts'];
  if (load) {
    // The board fills its parent: give the slot its size before the board measures it.
    parent.classList.add('board--live');
    try {
      const { mountBoard } = await load();
      const handle = await mountBoard(parent, callbacks);
      return { live: true, update: (view, ui) => handle.update(view, ui), destroy: () => handle.destroy() };
    } catch (error) {
      console.error('the map could not be drawn:', error);
      parent.classList.remove('board--live');
    }
  }
  return emptySlot(parent);
}

function emptySlot(parent: HTMLElement): BoardSlot {
  const note = h('p', { class: 'board-note' }, 'The map is not available here: every country and target is in the country table.');
  parent.replaceChildren(note);
  return { live: false, update: () => undefined, destroy: () => note.remove() };
}
