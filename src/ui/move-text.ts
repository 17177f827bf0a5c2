/** Moves in words, for prompts and the Confirm button. */
import { actionOpsOfView, CARD, COUNTRY, type CountryId, type Move, type PlayerView } from '../game';
import { ACTION_NAME } from '../content/action-words';
import { DEM_TIE_NAME, FRAMEWORK_NAME, opsWord } from '../content/words';

export function moveText(move: Move, view: PlayerView): string {
  switch (move.kind) {
    case 'play-event':
      return `play ${CARD[move.card].title} for its event${move.target ? ` on ${COUNTRY[move.target].name}` : ''}`;
    case 'play-ops':
      return `play ${CARD[move.card].title} for ${opsWord(CARD[move.card].ops)}`;
    case 'action': {
      const ops = actionOpsOfView(view, move);
      const where = move.target ? ` ${COUNTRY[move.target].name}` : '';
      const framework = move.framework ? ` into the ${FRAMEWORK_NAME[move.framework]} framework` : '';
      return `${ACTION_NAME[move.action]}${where}${framework} (${opsWord(ops)})`;
    }
    case 'pass':
      return 'end the turn';
  }
}

/** A country with the numbers that matter when targeting it. */
export function countryOption(view: PlayerView, id: CountryId): string {
  const cs = view.countries[id];
  const tie = cs.demTie === 'none' ? '' : `, ${DEM_TIE_NAME[cs.demTie].toLowerCase()}`;
  // Autocracies do not polarize: their polarization is no number worth reading.
  const polarization = cs.regime === 'autocracy' ? '' : `, polarization ${cs.polarization}`;
  return `${COUNTRY[id].name} — trust ${cs.trust}, leverage ${cs.leverage}${polarization}${tie}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
