import { describe, expect, it } from 'vitest';
import type { LobbyMatch, SeatTicket } from './lobby-client';
import {
  canRejoin, checkDisplayName, createOptions, describeMatch, formatCode, lobbyErrorText, parseMatchCode, parseRoute, routeHash,
  isJoinable, listSummary, seatLines, sortMatches, startPlan, tableState, ticketState,
} from './online-rules';

const ticket = (matchID: string, playerID: '0' | '1' = '0'): SeatTicket => ({ matchID, playerID, credentials: 'secret', playerName: 'Ada' });

function match(overrides: Partial<LobbyMatch> & { players?: LobbyMatch['players'] } = {}): LobbyMatch {
  return {
    matchID: 'ABCDEFGH',
    gameName: 'trust-and-leverage',
    players: [{ id: 0, name: 'Ada' }, { id: 1 }],
    setupData: { demSeat: '0' },
    unlisted: false,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  } as LobbyMatch;
}

describe('display names', () => {
  it('trims and collapses whitespace, and counts characters rather than UTF-16 units', () => {
    expect(checkDisplayName('  Ada   Lovelace ')).toEqual({ ok: true, name: 'Ada Lovelace' });
    expect(checkDisplayName('😀'.repeat(24))).toEqual({ ok: true, name: '😀'.repeat(24) });
  });

  it('refuses empty, too long and invisible-character names with a reason', () => {
    expect(checkDisplayName('   ')).toMatchObject({ ok: false, reason: expect.stringMatching(/1 to 24/) });
    expect(checkDisplayName('x'.repeat(25))).toMatchObject({ ok: false, reason: expect.stringMatching(/25 characters/) });
    expect(checkDisplayName('Ada\u200b')).toMatchObject({ ok: false, reason: expect.stringMatching(/invisible/) });
    expect(checkDisplayName('A\u0007')).toMatchObject({ ok: false });
  });

  it('keeps markup as plain text (it is only ever shown with textContent)', () => {
    expect(checkDisplayName('<b>Bo</b>')).toEqual({ ok: true, name: '<b>Bo</b>' });
  });
});

describe('match codes and routes', () => {
  it('forgives case, spaces and dashes, and refuses what cannot be a code', () => {
    expect(parseMatchCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(parseMatchCode(' AB CD EF GH ')).toBe('ABCDEFGH');
    expect(parseMatchCode('ABCDEFG')).toBeNull();
    expect(parseMatchCode('ABCDEFG0')).toBeNull(); // no 0, O, 1, I or L
    expect(parseMatchCode('ABCDEFGL')).toBeNull();
    expect(formatCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('reads and writes #/online and #/match/CODE', () => {
    expect(parseRoute('')).toEqual({ kind: 'menu' });
    expect(parseRoute('#/rules')).toEqual({ kind: 'menu' });
    expect(parseRoute('#/online')).toEqual({ kind: 'lobby' });
    expect(parseRoute('#/match/abcd-efgh')).toEqual({ kind: 'match', code: 'ABCDEFGH' });
    expect(parseRoute('#/match/nonsense')).toEqual({ kind: 'lobby' });
    expect(routeHash({ kind: 'match', code: 'ABCDEFGH' })).toBe('#/match/ABCDEFGH');
    expect(routeHash({ kind: 'menu' })).toBe('');
    expect(parseRoute(routeHash({ kind: 'lobby' }))).toEqual({ kind: 'lobby' });
  });
});

describe('what the page does on start', () => {
  const saved = [ticket('ABCDEFGH', '1'), ticket('JKMNPQRS')];

  it('rejoins the seat a link names when this browser holds it', () => {
    expect(startPlan({ kind: 'match', code: 'ABCDEFGH' }, saved)).toEqual({ kind: 'rejoin', ticket: saved[0] });
  });

  it('offers to join or watch a linked match without a seat here', () => {
    expect(startPlan({ kind: 'match', code: 'TUVWXYZ2' }, saved)).toEqual({ kind: 'open', code: 'TUVWXYZ2' });
  });

  it('shows the menu with the most recent seat to resume, or the lobby', () => {
    expect(startPlan({ kind: 'menu' }, saved)).toEqual({ kind: 'menu', resume: saved[0] });
    expect(startPlan({ kind: 'menu' }, [])).toEqual({ kind: 'menu', resume: null });
    expect(startPlan({ kind: 'lobby' }, saved)).toEqual({ kind: 'lobby' });
  });

  it('tells what became of a saved seat', () => {
    const t = ticket('ABCDEFGH');
    expect(ticketState(t, null)).toBe('gone');
    expect(ticketState(t, match())).toBe('waiting');
    expect(ticketState(t, match({ players: [{ id: 0, name: 'Ada' }, { id: 1, name: 'Bo' }] }))).toBe('playing');
    expect(ticketState(t, match({ players: [{ id: 0, name: 'Ada' }, { id: 1, name: 'Bo' }], gameover: { winner: 'dem' } }))).toBe('finished');
    expect(ticketState(t, match({ players: [{ id: 0 }, { id: 1, name: 'Bo' }] }))).toBe('lost');
    expect(canRejoin('playing') && canRejoin('waiting') && canRejoin('finished')).toBe(true);
    expect(canRejoin('gone') || canRejoin('lost')).toBe(false);
  });
});

describe('the list of matches', () => {
  it('says who sits where, with free and AI seats and the sides from demSeat', () => {
    const line = describeMatch(match({
      setupData: { demSeat: '1', decisionRule: 'majority', dependency: 1 },
      players: [{ id: 0, name: 'Ada' }, { id: 1, data: { ai: 'hard' } } as never],
    }));
    expect(line.codeText).toBe('ABCD-EFGH');
    expect(line.scenario).toBe('Competing Visions (2021)');
    expect(line.rules).toBe('majority voting, dependency 1');
    expect(line.seats).toEqual([
      { seat: '0', side: 'aut', who: 'Ada', free: false, ai: null },
      { seat: '1', side: 'dem', who: 'Server AI (Hard)', free: false, ai: 'hard' },
    ]);
    expect(line.freeSeats).toBe(0);
    expect(line.aiSeats).toBe(1);
    expect(line.summary).toBe('Competing Visions (2021), majority voting, dependency 1. Autocratic: Ada; Democratic: Server AI (Hard).');
  });

  it('calls the scenario\'s own options standard rules, and counts free seats', () => {
    const line = describeMatch(match({ setupData: { demSeat: '0', decisionRule: 'unanimity', dependency: 3 } }));
    expect(line.rules).toBe('standard rules');
    expect(line.freeSeats).toBe(1);
    expect(seatLines(match({ setupData: undefined }))[0]?.side).toBe('dem');
  });

  it('lists matches with a free seat first, then the most recently active', () => {
    const full = match({ matchID: 'FULLFULL', players: [{ id: 0, name: 'A' }, { id: 1, name: 'B' }], updatedAt: 9 });
    const old = match({ matchID: 'OPENOPEN', updatedAt: 2 });
    const recent = match({ matchID: 'NEWNEWNE', updatedAt: 5 });
    expect(sortMatches([full, old, recent]).map((m) => m.matchID)).toEqual(['NEWNEWNE', 'OPENOPEN', 'FULLFULL']);
  });

  it('counts as open only the matches one can join: not full, not against the AI, not finished', () => {
    const open = match({ matchID: 'OPENOPEN' });
    const full = match({ matchID: 'FULLFULL', players: [{ id: 0, name: 'A' }, { id: 1, name: 'B' }] });
    const againstAi = match({ matchID: 'AIAIAIAI', players: [{ id: 0, name: 'A' }, { id: 1, data: { ai: 'easy' } } as never] });
    const over = match({ matchID: 'OVEROVER', gameover: { winner: 'dem' } });
    expect([open, full, againstAi, over].map(isJoinable)).toEqual([true, false, false, false]);
    expect(listSummary([open, full, againstAi])).toBe('1 open match, 2 to watch.');
    expect(listSummary([full])).toBe('No open matches, 1 to watch.');
    expect(listSummary([open, match({ matchID: 'OPEN2OPE' })])).toBe('2 open matches.');
    expect(listSummary([])).toBe('No open matches.');
  });
});

describe('creating a match', () => {
  it('puts the creator in seat 0 and turns the side into demSeat', () => {
    const base = { scenario: 'competing-visions', decisionRule: 'scenario', dependency: null, listed: true } as const;
    expect(createOptions({ ...base, side: 'dem' })).toEqual({ seat: '0', options: { setupData: { demSeat: '0', scenario: 'competing-visions' }, unlisted: false } });
    expect(createOptions({ ...base, side: 'aut' }).options.setupData?.demSeat).toBe('1');
    expect(createOptions({ ...base, side: 'random' }).options.setupData?.demSeat).toBe('random');
    expect(createOptions({ ...base, side: 'dem', decisionRule: 'majority', dependency: 0, listed: false }).options)
      .toEqual({ setupData: { demSeat: '0', scenario: 'competing-visions', decisionRule: 'majority', dependency: 0 }, unlisted: true });
  });
});

describe('the table from a seat', () => {
  it('waits while the other seat is empty, and names the opponent or the AI', () => {
    expect(tableState([{ id: 0, name: 'Ada' }, { id: 1 }], '0')).toEqual({ opponent: null, waiting: true, otherSeat: '1' });
    expect(tableState([{ id: 0, name: 'Ada', isConnected: true }, { id: 1, name: 'Bo', isConnected: false }], '0'))
      .toEqual({ opponent: { name: 'Bo', ai: null, connected: false }, waiting: false, otherSeat: '1' });
    expect(tableState([{ id: 0, data: { ai: 'easy' } }, { id: 1, name: 'Bo' }], '1'))
      .toEqual({ opponent: { name: 'Server AI (Easy)', ai: 'easy', connected: true }, waiting: false, otherSeat: '0' });
    expect(tableState([{ id: 0, name: 'AI', data: { ai: 'normal' } }, { id: 1, name: 'Bo' }], '1').opponent?.name).toBe('AI');
  });
});

describe('Lobby errors in plain words', () => {
  it('keeps the server\'s reason and explains network and server failures', () => {
    expect(lobbyErrorText('join match ABCD-EFGH', 409, 'the match is full')).toBe('Could not join match ABCD-EFGH: the match is full.');
    expect(lobbyErrorText('list the matches', 0, 'the server cannot be reached')).toMatch(/cannot be reached/);
    expect(lobbyErrorText('start the rematch', 500, 'internal server error')).toMatch(/ran into a problem/);
    expect(lobbyErrorText('give the seat to the AI', 404, 'HTTP 404')).toMatch(/does not offer this yet/);
  });
});
