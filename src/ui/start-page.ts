import { CARD, COUNTRIES, SCENARIOS } from '../game';

/**
 * The page shown until the Phaser board exists: what the game is and what the rules engine
 * holds. Built with DOM APIs only (no HTML strings), so every text is shown as text.
 */
export function mountStartPage(root: HTMLElement): void {
  root.replaceChildren();
  const h1 = document.createElement('h1');
  h1.textContent = 'Trust & Leverage';
  const intro = document.createElement('p');
  intro.textContent =
    'A two-player strategy game: a Democratic bloc builds values-based alliances and deepens them into integration, ' +
    'while an Autocratic power pursues bilateral deals and coercion and disrupts the bloc.';
  const status = document.createElement('p');
  status.textContent =
    `The rules engine is in place: ${COUNTRIES.length} countries, ${Object.keys(CARD).length} cards, ` +
    `${Object.keys(SCENARIOS).length} scenario(s). The board is being built.`;
  root.append(h1, intro, status);
}
