/**
 * Builds the Phaser game behind `mountBoard`: a canvas sized CSS size × devicePixelRatio (the
 * Scale Manager's zoom of 1/DPR keeps its CSS size), the map scene and its DOM overlay (tooltip,
 * toasts, key), resize handling, and the handle that turns each new view into a redraw plus the
 * diff's animations. Round, turn, capitals and the World Order are the page's status panel: the
 * board does not repeat them.
 */
import Phaser from 'phaser';
import mapAsset from '../../../assets/map/board-map.json';
import type { PlayerView } from '../../game/view';
import type { BoardCallbacks, BoardHandle, BoardUiState } from '../board-types';
import { diff } from '../diff';
import { worldOrderWords } from '../event-text';
import { type BoardMapAsset, decodeBoardMap } from '../map/board-map';
import { BOARD_COLORS, css, OKABE_ITO } from '../palette';
import { type BoardSpec, buildBoardSpec } from '../view-model';
import { BoardOverlay } from './board-overlay';
import { sleepWhenIdle } from './idle-loop';
import { MapScene } from './map-scene';

interface Size {
  readonly w: number;
  readonly h: number;
  readonly dpr: number;
}

/**
 * WebGL when the browser runs it on a GPU; Canvas 2D when its WebGL is emulated in software
 * (SwiftShader, llvmpipe: no GPU, or a blocklisted one). There every WebGL frame is rasterised on
 * the CPU through a GPU emulator and costs several times what Canvas 2D takes to draw the same
 * baked board. `?renderer=webgl|canvas` overrides the choice (for comparisons).
 */
function pickRenderer(): 'webgl' | 'canvas' {
  const asked = new URLSearchParams(location.search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!gl) return 'canvas';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name) ? 'canvas' : 'webgl';
  } catch {
    return 'canvas';
  }
}

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export async function createBoard(parent: HTMLElement, callbacks: BoardCallbacks): Promise<BoardHandle> {
  const map = decodeBoardMap(mapAsset as BoardMapAsset);
  const host = document.createElement('div');
  host.className = 'tl-board';
  Object.assign(host.style, {
    position: 'relative', width: '100%', height: '100%', overflow: 'hidden',
    touchAction: 'none', userSelect: 'none', webkitUserSelect: 'none', background: css(BOARD_COLORS.ocean),
  });
  parent.append(host);
  const measure = (): Size => ({
    w: Math.max(1, Math.floor(host.clientWidth)),
    h: Math.max(1, Math.floor(host.clientHeight)),
    dpr: Math.min(4, Math.max(1, window.devicePixelRatio || 1)),
  });
  let size = measure();
  const renderer = pickRenderer();
  // Says which renderer drew the board (the web benchmark reports it).
  host.dataset['renderer'] = renderer;
  const overlay = new BoardOverlay(host);
  const mapScene = new MapScene(map, callbacks, overlay);
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent: host,
    width: size.w * size.dpr,
    height: size.h * size.dpr,
    backgroundColor: css(BOARD_COLORS.ocean),
    banner: false,
    disableContextMenu: true,
    autoFocus: false,
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / size.dpr },
    input: { keyboard: false, activePointers: 2 },
    render: { antialias: true },
    // The board makes no sound: no Web Audio context (creating one costs start-up time).
    audio: { noAudio: true },
    scene: [mapScene],
  });
  game.canvas.style.display = 'block';
  // The overlay sits above the canvas.
  host.append(overlay.el);
  await mapScene.ready;
  const idle = sleepWhenIdle(game, host);

  const layout = (): void => {
    const next = measure();
    if (next.dpr !== size.dpr) game.scale.setZoom(1 / next.dpr);
    size = next;
    idle.poke();
    game.scale.resize(size.w * size.dpr, size.h * size.dpr);
    overlay.layout(size.w, size.h);
    mapScene.layout(size.w, size.h, size.dpr);
  };
  layout();
  const observer = new ResizeObserver(() => layout());
  observer.observe(host);
  // A devicePixelRatio change (browser zoom, another monitor) fires a window resize.
  window.addEventListener('resize', layout);

  let previous: PlayerView | null = null;
  let previousSpec: BoardSpec | null = null;
  let pending: { view: PlayerView; ui: BoardUiState } | null = null;
  let timer = 0;
  /** Draws the latest view given, and plays what changed since the last one drawn. */
  const draw = (): void => {
    timer = 0;
    if (!pending) return;
    const { view, ui } = pending;
    pending = null;
    const spec = buildBoardSpec(view, ui);
    const events = diff(previous, view);
    mapScene.render(spec, previousSpec, events);
    const shift = events.find((e) => e.kind === 'world-order');
    if (shift && shift.kind === 'world-order') overlay.toast(worldOrderWords(shift.from, shift.to), shift.to > shift.from ? OKABE_ITO.blue : OKABE_ITO.vermillion);
    previous = view;
    previousSpec = spec;
  };
  return {
    /**
     * Takes a copy of the view (the caller may reuse or mutate its objects) and draws it in a
     * task of its own, right after the caller's: the page's own update of the same change is not
     * made longer by the board's, and several views given in one task are drawn once.
     */
    update(view: PlayerView, ui: BoardUiState): void {
      idle.poke();
      pending = { view: structuredClone(view), ui: { highlighted: [...ui.highlighted], selected: ui.selected } };
      if (timer === 0) timer = window.setTimeout(draw, 0);
    },
    destroy(): void {
      window.clearTimeout(timer);
      idle.stop();
      observer.disconnect();
      window.removeEventListener('resize', layout);
      game.destroy(true);
      overlay.destroy();
      host.remove();
    },
  };
}
