/**
 * "Your turn, wherever you are": while it is this player's turn in an online match, the tab's
 * title and icon say so (visible from any other tab), and, if the player turned it on, a short
 * tone plays when the turn comes. Client only; the choice of sound is kept on the device.
 */
import { h } from './dom';

const SOUND_KEY = 'trust-and-leverage.turn-sound';
export const YOUR_TURN_TITLE = '▶ Your turn — Trust & Leverage';
/** A filled circle in the Democratic bloc's blue: the tab icon while it is your turn. */
const TURN_ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#1f5fbf"/><path d="M6 4.5v7l5.5-3.5z" fill="#fff"/></svg>')}`;

export interface TurnAlert {
  /** The opt-in control ("Sound when it is my turn"). */
  readonly el: HTMLElement;
  update(myTurn: boolean): void;
  /** Puts the page's own title and icon back. */
  reset(): void;
}

function soundOn(): boolean {
  try {
    return localStorage.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Two short rising tones (Web Audio); silently nothing where audio is unavailable. */
function chime(): void {
  try {
    const audio = new AudioContext();
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, audio.currentTime + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.15 + 0.14);
      osc.connect(gain).connect(audio.destination);
      osc.start(audio.currentTime + i * 0.15);
      osc.stop(audio.currentTime + i * 0.15 + 0.15);
    }
    setTimeout(() => void audio.close(), 600);
  } catch {
    // No audio here: the title and icon still say it.
  }
}

export function createTurnAlert(): TurnAlert {
  const baseTitle = document.title;
  const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  const baseIcon = icon?.getAttribute('href') ?? null;
  let mine = false;
  const box = h('input', { id: 'turn-sound', attrs: { type: 'checkbox' } });
  box.checked = soundOn();
  box.addEventListener('change', () => {
    try {
      localStorage.setItem(SOUND_KEY, box.checked ? 'on' : 'off');
    } catch {
      // Private mode: the choice lasts this page only.
    }
  });
  const el = h('div', { class: 'check turn-sound' }, box, h('label', { attrs: { for: 'turn-sound' } }, 'Play a sound when it is my turn'));
  const show = (yours: boolean): void => {
    document.title = yours ? YOUR_TURN_TITLE : baseTitle;
    if (icon) icon.setAttribute('href', yours ? TURN_ICON : baseIcon ?? 'data:,');
  };
  // Leaving the game screen changes the address: the tab is then no longer anyone's turn.
  const start = location.hash;
  const onLeave = (): void => {
    if (location.hash === start) return;
    mine = false;
    show(false);
    window.removeEventListener('hashchange', onLeave);
  };
  window.addEventListener('hashchange', onLeave);
  return {
    el,
    update(myTurn) {
      if (myTurn === mine) return;
      mine = myTurn;
      show(myTurn);
      if (myTurn && box.checked) chime();
    },
    reset() {
      mine = false;
      show(false);
    },
  };
}
