import { describe, expect, it } from 'vitest';
import { createAlea, createGame, viewFor } from '../game';
import { startRound } from '../game/round';
import { nextWorldEvents } from './hud';

describe('the next world events in the status panel', () => {
  it('names both events that share the next round of a schedule, in their order', () => {
    const G = createGame({ scenario: 'classroom-quick' }, createAlea('hud'));
    expect(nextWorldEvents(viewFor(G, 'dem'))).toEqual(['xinjiang-sanctions-cai-frozen', 'hungary-blocks-hong-kong-statement']);
    startRound(G, createAlea('hud-2'));
    expect(nextWorldEvents(viewFor(G, 'aut'))).toEqual(['lithuania-leaves-17-plus-1']);
  });

  it('names the one face-up card of a shuffled world deck, and none after a schedule runs out', () => {
    const G = createGame({ scenario: 'competing-visions' }, createAlea('hud'));
    expect(nextWorldEvents(viewFor(G, 'dem'))).toEqual([G.world.upcoming]);
    const Q = createGame({ scenario: 'classroom-quick' }, createAlea('hud'));
    for (let round = 2; round <= 4; round++) startRound(Q, createAlea(`hud-${round}`));
    expect(Q.world.upcoming).toBeNull();
    expect(nextWorldEvents(viewFor(Q, 'dem'))).toEqual([]);
  });
});
