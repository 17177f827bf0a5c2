import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseMove } from '../ai';
import { CARD, type CardId, canUndo, legalMovesOfView, type Move, type PlayerView, TrustAndLeverage } from '../game';
import type { AiRunner } from './ai-runner';
import { driveAiSeat } from './ai-seat';
import { LocalMatchHost } from './local-master';
import { startMatch } from './match';
import { moveFacade } from './move-facade';
import { createSeatClient, seatState } from './seat-client';

const errors = vi.spyOn(console, 'error');
afterEach(() => errors.mockClear());

const settle = async (host: LocalMatchHost): Promise<void> => {
  await host.idle();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

function hotSeat(seed = 'client-test') {
  const host = new LocalMatchHost({ ...TrustAndLeverage, seed }, { scenario: 'competing-visions' });
  const clients = { '0': createSeatClient(host, '0'), '1': createSeatClient(host, '1') } as const;
  return { host, clients };
}

describe('local match host', () => {
  it('gives each seat only its own view, and never the unfiltered start state', async () => {
    const { host, clients } = hotSeat();
    await settle(host);
    const dem = seatState(clients['0'], '0')?.view as PlayerView;
    const aut = seatState(clients['1'], '1')?.view as PlayerView;
    expect(dem.viewer).toBe('dem');
    expect(dem.sides.dem.hand?.length).toBe(5);
    expect(dem.sides.aut.hand).toBeNull();
    expect(aut.sides.dem.hand).toBeNull();
    expect(clients['0'].getInitialState()).toBeUndefined();
    expect(JSON.stringify(clients['0'].getState())).not.toContain('prngstate');
  });

  it('plays moves through the facade, and undoes only basic actions, without console errors', async () => {
    const { host, clients } = hotSeat();
    await settle(host);
    const aut = clients['1'];
    const view = () => seatState(aut, '1')?.view as PlayerView;
    // A card of 3+ ops that may go for its ops (a pivotal card must go for its event).
    const card = legalMovesOfView(view()).flatMap((m) => (m.kind === 'play-ops' && CARD[m.card].ops >= 3 ? [m.card] : []))[0] as CardId;
    expect(card).toBeDefined();
    moveFacade(aut).playOps(card);
    await settle(host);
    expect(view().pending?.card).toBe(card);
    expect(canUndo(view())).toBe(false);
    const action = legalMovesOfView(view()).find((m) => m.kind === 'action' && m.action === 'coerce') as Move;
    const before = view().log.length;
    moveFacade(aut).play(action);
    await settle(host);
    expect(view().log.length).toBeGreaterThan(before);
    expect(canUndo(view())).toBe(true);
    moveFacade(aut).undo();
    await settle(host);
    expect(view().log.length).toBe(before);
    expect(view().pending?.opsLeft).toBe(CARD[card].ops);
    expect(canUndo(view())).toBe(false);
    expect(errors).not.toHaveBeenCalled();
  });

  it('plays a whole game with the AI on one seat, which only ever sees its own view', async () => {
    const host = new LocalMatchHost({ ...TrustAndLeverage, seed: 'ai-seat' }, { scenario: 'competing-visions', demSeat: '0' });
    const human = createSeatClient(host, '0');
    const aiClient = createSeatClient(host, '1');
    const seen: PlayerView[] = [];
    const runner: AiRunner = {
      choose: async (view, seed) => {
        seen.push(view);
        return chooseMove({ view, level: 'easy', seed });
      },
      destroy: () => undefined,
    };
    const ai = driveAiSeat({ client: aiClient, runner, seed: 's', paceMs: 0, onChange: () => undefined });
    for (let step = 0; step < 2000; step++) {
      await settle(host);
      const view = seatState(human, '0')?.view as PlayerView;
      if (view.result !== null) break;
      const legal = legalMovesOfView(view);
      if (legal.length > 0) moveFacade(human).play(legal.find((m) => m.kind !== 'action') ?? (legal[0] as Move));
    }
    const final = seatState(human, '0')?.view as PlayerView;
    expect(final.result).not.toBeNull();
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((v) => v.viewer === 'aut' && v.sides.dem.hand === null)).toBe(true);
    expect(ai.notes.length).toBe(seen.length);
    expect(ai.error).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    ai.destroy();
  });

  it('shows the seat whose turn it is in hot-seat', async () => {
    const match = startMatch({ mode: 'hot-seat', scenario: 'competing-visions', seed: 'hs' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const snap = match.snapshot();
    expect(snap?.side).toBe('aut');
    expect(snap?.myTurn).toBe(true);
    expect(snap?.shown.view.sides.dem.hand).toBeNull();
    match.destroy();
  });
});
