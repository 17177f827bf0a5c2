/**
 * Stops Phaser's render loop while nothing on the board moves, and wakes it for input, new views
 * and resizes. An idle board then costs no frames: on a phone that is battery, and in software
 * WebGL (headless browsers, old machines) it is the difference between a usable page and a
 * page that spends every frame redrawing the same map. Endless tweens (the gentle pulse on legal
 * targets) do not keep it awake: they simply hold still while the board sleeps.
 */
import type Phaser from 'phaser';

const CHECK_MS = 200;
const INPUT_AWAKE_MS = 700;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'touchstart', 'touchmove', 'touchend', 'mousedown', 'mousemove', 'mouseup'];

export interface IdleLoop {
  /** Keeps the loop running for at least `ms`, waking it if it sleeps. */
  poke(ms?: number): void;
  stop(): void;
}

export function sleepWhenIdle(game: Phaser.Game, host: HTMLElement): IdleLoop {
  let awakeUntil = 0;
  const animating = (): boolean =>
    game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().some((tween) => !tween.isInfinite));
  const poke = (ms = INPUT_AWAKE_MS): void => {
    awakeUntil = Math.max(awakeUntil, performance.now() + ms);
    if (!game.loop.running) game.loop.wake(true);
  };
  const timer = window.setInterval(() => {
    if (game.loop.running && performance.now() > awakeUntil && !animating()) game.loop.sleep();
  }, CHECK_MS);
  const onInput = (): void => poke();
  for (const type of INPUT_EVENTS) host.addEventListener(type, onInput, { capture: true, passive: true });
  return {
    poke,
    stop: () => {
      window.clearInterval(timer);
      for (const type of INPUT_EVENTS) host.removeEventListener(type, onInput, { capture: true });
    },
  };
}
