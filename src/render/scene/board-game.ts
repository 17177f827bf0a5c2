/**
 * Builds the Phaser game behind `mountBoard`: a canvas sized CSS size × devicePixelRatio (the
 * Scale Manager's zoom of 1/DPR keeps its CSS size), the map and HUD scenes, resize handling,
 * and the handle that turns each new view into a redraw plus the diff's animations.
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
import { HudScene } from './hud-scene';
import { sleepWhenIdle } from './idle-loop';
import { MapScene } from './map-scene';

interface Size {
  readonly w: number;
  readonly h: number;
  readonly dpr: number;
}

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
  const hud = new HudScene();
  const mapScene = new MapScene(map, callbacks, hud);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
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
    scene: [mapScene, hud],
  });
  game.canvas.style.display = 'block';
  await Promise.all([mapScene.ready, hud.ready]);
  const idle = sleepWhenIdle(game, host);

  const layout = (): void => {
    const next = measure();
    if (next.dpr !== size.dpr) game.scale.setZoom(1 / next.dpr);
    size = next;
    idle.poke();
    game.scale.resize(size.w * size.dpr, size.h * size.dpr);
    const hudHeight = hud.layout(size.w, size.h, size.dpr);
    mapScene.layout(hudHeight, size.w, size.h - hudHeight, size.dpr);
  };
  layout();
  const observer = new ResizeObserver(() => layout());
  observer.observe(host);
  // A devicePixelRatio change (browser zoom, another monitor) fires a window resize.
  window.addEventListener('resize', layout);

  let previous: PlayerView | null = null;
  let previousSpec: BoardSpec | null = null;
  return {
    update(view: PlayerView, ui: BoardUiState): void {
      idle.poke();
      const spec = buildBoardSpec(view, ui);
      const events = diff(previous, view);
      mapScene.render(spec, previousSpec, events);
      const shift = events.find((e) => e.kind === 'world-order');
      hud.render(spec.hud, shift && shift.kind === 'world-order' ? shift.from : null);
      if (shift && shift.kind === 'world-order') hud.toast(worldOrderWords(shift.from, shift.to), shift.to > shift.from ? OKABE_ITO.blue : OKABE_ITO.vermillion);
      // Keep our own copy: the caller may reuse or mutate its objects.
      previous = structuredClone(view);
      previousSpec = spec;
    },
    destroy(): void {
      idle.stop();
      observer.disconnect();
      window.removeEventListener('resize', layout);
      game.destroy(true);
      host.remove();
    },
  };
}
