/**
 * The online `Match` (src/client/online-match.ts) against a real server, in Node: the waiting
 * state until the opponent sits down, the table from each seat, moves in flight, the server's
 * refusals, a spectator without a hand, and the empty seat given to the server's AI.
 */
import { describe, expect, it } from 'vitest';
import { LobbyClient } from '../../src/client/lobby-client';
import { type OnlineMatch, startOnlineMatch } from '../../src/client/online-match';
import { legalMovesOfView } from '../../src/game';
import { startServer } from '../server/helpers';

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const stateID = (m: OnlineMatch): number => m.snapshot()?.shown.stateID ?? -1;

describe('online match', () => {
  it('waits for the opponent, plays, refuses out of turn, and shows spectators no hand', { timeout: 90_000 }, async () => {
    const server = await startServer();
    const lobby = new LobbyClient(server.url);
    const code = await lobby.create({ setupData: { demSeat: '1' } });
    const ada = await lobby.join(code, 'Ada', '0');
    const open = (ticket?: typeof ada) => lobby.get(code).then((match) => startOnlineMatch({
      lobby, match, server: server.url, pollMs: 100, ...(ticket ? { ticket } : {}),
    }));
    const first = await open(ada);
    const matches: OnlineMatch[] = [first];
    try {
      await until(() => first.online.state().connection.kind === 'connected' && first.snapshot() !== null, 'first sync');
      // Ada plays the Autocratic side (seat 1 is Democratic), which moves first, but nobody sits opposite yet.
      expect(first.online.state()).toMatchObject({ code, seat: '0', demSeat: '1', table: { waiting: true, opponent: null, otherSeat: '1' } });
      expect(first.snapshot()).toMatchObject({ mode: 'online', side: 'aut', myTurn: false, sending: false });

      const bo = await lobby.join(code, 'Bo');
      const second = await open(bo);
      matches.push(second);
      await until(() => first.online.state().table?.waiting === false && first.snapshot()?.myTurn === true, 'the opponent arrives');
      expect(first.online.state().table?.opponent).toMatchObject({ name: 'Bo', ai: null });
      await until(() => second.snapshot() !== null && second.online.state().connection.kind === 'connected', 'second sync');
      expect(second.snapshot()).toMatchObject({ mode: 'online', side: 'dem', myTurn: false });

      // A move is in flight until the server's answer comes; a second one meanwhile is not sent.
      const view = first.snapshot()!.shown.view;
      const move = legalMovesOfView(view).find((m) => m.kind === 'play-ops') ?? legalMovesOfView(view)[0]!;
      const before = stateID(first);
      first.play(move);
      expect(first.snapshot()?.sending).toBe(true);
      first.play(move);
      await until(() => stateID(first) === before + 1 && stateID(second) === before + 1, 'the move reaches both');
      expect(first.snapshot()?.sending).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stateID(first)).toBe(before + 1);

      // Out of turn: the server refuses with its reason, the controls come back.
      second.play({ kind: 'pass' });
      await until(() => second.online.state().refusal !== null, 'a refusal');
      expect(second.online.state().refusal).toMatch(/not your turn/);
      expect(second.snapshot()?.sending).toBe(false);

      const watcher = await open();
      matches.push(watcher);
      await until(() => stateID(watcher) === before + 1, 'the spectator syncs');
      expect(watcher.snapshot()).toMatchObject({ mode: 'spectator', side: null, myTurn: false });
      expect(watcher.snapshot()?.shown.view.sides.dem.hand ?? null).toBeNull();
      expect(watcher.snapshot()?.shown.view.sides.aut.hand ?? null).toBeNull();
      expect(watcher.online.state().table).toBeNull();
    } finally {
      for (const m of matches) m.destroy();
    }
  });

  it('gives the empty seat to the server AI, which plays it', { timeout: 90_000 }, async () => {
    const server = await startServer();
    const lobby = new LobbyClient(server.url);
    const code = await lobby.create({ setupData: { demSeat: '0' } });
    const ticket = await lobby.join(code, 'Cy', '0');
    const match = startOnlineMatch({ lobby, match: await lobby.get(code), ticket, server: server.url, pollMs: 100 });
    try {
      await until(() => match.snapshot() !== null && match.online.state().table?.waiting === true, 'waiting');
      await match.online.giveSeatToAi('easy');
      await until(() => match.online.state().table?.opponent?.ai === 'easy', 'the AI sits down');
      // The Autocratic AI moves first; then it is the Democratic player's turn.
      await until(() => match.snapshot()?.myTurn === true, 'the AI moved', 60_000);
      const { shown, aiNotes } = match.snapshot()!;
      expect(shown.stateID).toBeGreaterThan(0);
      // Each AI move came with its reason, placed where that move's log lines begin.
      expect(aiNotes.length).toBe(shown.stateID);
      expect(aiNotes[0]).toMatchObject({ side: 'aut', reason: expect.stringMatching(/\w+ \w+/) });
      expect(shown.view.log[aiNotes[0]!.logIndex]?.event).toMatchObject({ type: 'card-played', side: 'aut' });
    } finally {
      match.destroy();
    }
  });
});
