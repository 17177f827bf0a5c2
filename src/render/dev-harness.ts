/**
 * Dev-only page (board-dev.html) to look at the board: a seeded game, a few highlighted
 * countries, buttons that play random legal moves or stage the named moments (veto, defection,
 * integration, populist election). Not part of the app build.
 *
 * Query: ?seed=dev&moves=0&bare=1 (bare hides the toolbar, for screenshots).
 */
import {
  applyMove, createAlea, createGame, type CountryId, type GameState, legalMoves, type Move, TARGETABLE, viewFor,
} from '../game';
import { holdBlocDecision } from '../game/bloc';
import { addLog, RULES_CAUSE } from '../game/log';
import { changeTrack, setAutTie, setDemTie, setRegime } from '../game/mutate';
import { type BoardHandle, mountBoard } from './board';

const params = new URLSearchParams(location.search);
const seed = params.get('seed') ?? 'dev';
const rng = createAlea(seed);
const pick = createAlea(`pick:${seed}`);
const G: GameState = createGame(undefined, rng);
for (let i = 0; i < Number(params.get('moves') ?? 0) && G.result === null; i++) randomMove();

let highlighted: CountryId[] = (params.get('hl') ?? 'GRC,HUN,SRB,ITA,KEN').split(',').filter((id): id is CountryId =>
  (TARGETABLE as readonly string[]).includes(id));
let selected: CountryId | null = (params.get('sel') as CountryId | null) ?? null;
let board: BoardHandle | null = null;

function randomMove(): void {
  const options = legalMoves(G, G.active);
  const move = options[Math.trunc(pick() * options.length)] as Move | undefined;
  if (move) applyMove(G, G.active, move, rng);
}

function redraw(): void {
  board?.update(viewFor(G, (params.get('viewer') as 'dem' | 'aut' | null) ?? 'dem'), { highlighted, selected });
}

/** Stages one named moment through the rules' own mutators, as the engine would log it. */
const DEMOS: Record<string, () => void> = {
  veto: () => {
    addLog(G, { kind: 'action', side: 'dem', action: 'sanction' }, 'bloc', { type: 'action', side: 'dem', action: 'sanction', target: 'RUS', ops: 2 });
    holdBlocDecision(G, 'sanction', { cause: { kind: 'action', side: 'dem', action: 'sanction' }, concept: 'bloc' });
  },
  defection: () => {
    const origin = { cause: RULES_CAUSE.coercionCheck, concept: 'coerced-bloc-collapse' } as const;
    addLog(G, origin.cause, origin.concept, { type: 'defection', country: 'ETH' }, 'resentment-exceeds');
    setAutTie(G, 'ETH', 'none', null, origin);
    changeTrack(G, 'ETH', 'leverage', -G.countries.ETH.leverage, origin);
  },
  integration: () => {
    const origin = { cause: { kind: 'action', side: 'dem', action: 'integrate' }, concept: 'integration' } as const;
    G.countries.GBR.trust = 5;
    setDemTie(G, 'GBR', 'member', origin);
  },
  populist: () => {
    const origin = { cause: RULES_CAUSE.election, concept: 'disinformation' } as const;
    addLog(G, origin.cause, origin.concept, { type: 'election', country: 'ITA', populist: true }, 'populist-result');
    changeTrack(G, 'ITA', 'trust', -2, origin);
    changeTrack(G, 'ITA', 'polarization', 2, origin);
    setRegime(G, 'ITA', 'hybrid', origin, 'populist-result');
  },
  shift: () => {
    G.worldOrder = Math.max(-20, Math.min(20, G.worldOrder + (G.worldOrder >= 0 ? 4 : -4)));
  },
};

function toolbar(): HTMLElement {
  const bar = document.createElement('div');
  bar.style.cssText = 'position:fixed;right:8px;bottom:8px;display:flex;gap:6px;flex-wrap:wrap;z-index:10;font:13px system-ui;max-width:90vw';
  const button = (label: string, run: () => void): void => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', () => {
      run();
      redraw();
    });
    bar.append(b);
  };
  button('Random move', randomMove);
  button('10 moves', () => { for (let i = 0; i < 10; i++) randomMove(); });
  for (const name of Object.keys(DEMOS)) button(name, () => DEMOS[name]?.());
  button('Toggle highlights', () => { highlighted = highlighted.length > 0 ? [] : ['GRC', 'HUN', 'SRB', 'ITA', 'KEN']; });
  return bar;
}

async function main(): Promise<void> {
  const root = document.getElementById('board') as HTMLElement;
  // ?size=860x430 gives the board a fixed box, like a slot in the game screen.
  const size = /^(\d+)x(\d+)$/.exec(params.get('size') ?? '');
  if (size) Object.assign(root.style, { position: 'static', width: `${size[1]}px`, height: `${size[2]}px`, margin: '12px' });
  const status = document.getElementById('status') as HTMLElement;
  const callbacks = {
    onCountrySelect: (id: CountryId): void => {
      selected = selected === id ? null : id;
      status.textContent = `selected ${selected ?? 'none'}`;
      redraw();
    },
    onCountryHover: (id: CountryId | null): void => {
      status.textContent = `hover ${id ?? 'none'}`;
    },
  };
  board = await mountBoard(root, callbacks);
  redraw();
  if (params.get('bare') !== '1') document.body.append(toolbar());
  // Hooks for the screenshot script.
  Object.assign(window, {
    boardDemo: (name: string) => {
      DEMOS[name]?.();
      redraw();
    },
    boardMoves: (n: number) => {
      for (let i = 0; i < n; i++) randomMove();
      redraw();
    },
    boardRemount: async () => {
      board?.destroy();
      board = await mountBoard(root, callbacks);
      redraw();
      return root.querySelectorAll('canvas').length;
    },
    boardReady: true,
  });
}

void main();
