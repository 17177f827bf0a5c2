/**
 * The app's screens: menu, rules, the online lobby and a game, one at a time in the root
 * element. The URL's hash names online screens (`#/online`, `#/match/CODE`), the glossary
 * (`#/glossary`, `#/glossary/ID`), a local game (`#/local/ID`, saved on the device) and
 * replays (`#/replay`), so a reload or a
 * shared link comes back to the same match, and a saved seat is taken again.
 */
import type { AiLevel } from '../ai';
import { LobbyClient, LobbyError, type LobbyMatch, type SeatTicket } from '../client/lobby-client';
import type { MatchConfig } from '../client/match';
import type { GameRecord } from '../client/game-record';
import { LocalSaves, newLocalGameId, resumeConfig } from '../client/local-saves';
import type { OnlineState } from '../client/online-match';
import {
  formatCode, lobbyErrorText, parseRoute, type Route, routeHash, sideOfSeat, startPlan, TICKET_STATE_TEXT, ticketState,
} from '../client/online-rules';
import { type KeyValueStore, SeatTickets } from '../client/seat-tickets';
import { DEFAULT_SCENARIO, type ScenarioId } from '../game/data/scenarios';
import type { Side } from '../game/types';
import { h, screenHeading } from './dom';
import { SIDE_NAME } from '../content/words';
import type { NameStore } from './lobby-context';
import { mountLobbyScreen } from './lobby-screen';
import { glossaryHash, type GlossaryRoute, installGlossaryLinks, parseGlossaryHash } from './glossary-links';
import { type LocalResumeOffer, renderMenu, type ResumeOffer } from './menu';
import { renderRulesPage } from './rules-page';
import { type ClassRoute, classHash, parseClassHash } from './class-routes';
import { parseTeachingHash, type TeachingRoute, teachingHash } from './teaching-routes';

export interface AppOptions {
  /** Least time per AI move (ms); default: the match's own pace. */
  readonly aiPaceMs?: number;
}

const NAME_KEY = 'trust-and-leverage.name';

/** The page's localStorage, or a memory store where it cannot be used (private modes, policies). */
function pageStore(): KeyValueStore {
  try {
    const probe = `${NAME_KEY}.probe`;
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    const map = new Map<string, string>();
    return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
  }
}

export function mountApp(root: HTMLElement, options: AppOptions = {}): void {
  const last = { side: 'dem' as Side, level: 'normal' as AiLevel, scenario: DEFAULT_SCENARIO as ScenarioId };
  const store = pageStore();
  const tickets = new SeatTickets(store);
  const names: NameStore = { get: () => store.getItem(NAME_KEY) ?? '', set: (name) => store.setItem(NAME_KEY, name) };
  const lobby = new LobbyClient('');
  const saves = new LocalSaves(store);
  /** Tears the current lobby or game screen down (timers, sockets). */
  let leaveScreen: (() => void) | null = null;
  /** Bumped on every navigation: a slow screen that is no longer wanted does not show. */
  let navigation = 0;

  const focusTitle = (id: string): void => (root.querySelector(`#${id}`) as HTMLElement | null)?.focus();

  function go(route: Route): number {
    leaveScreen?.();
    leaveScreen = null;
    const hash = routeHash(route);
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    return ++navigation;
  }

  function loading(text: string): void {
    root.replaceChildren(h('div', { class: 'loading' }, screenHeading('h1', 'Trust & Leverage', 'loading-title'), h('p', { attrs: { role: 'status' } }, text)));
  }

  function menu(): void {
    menuWithNotice();
  }

  /** The menu, with a problem to show (a saved game that cannot be resumed). */
  function menuWithNotice(notice?: string): void {
    go({ kind: 'menu' });
    document.title = 'Trust & Leverage';
    root.replaceChildren(renderMenu({
      last, onStart: (config) => void start(config), onRules: rules, onOnline: () => online(), onGlossary: () => void glossary({ entry: null, unknown: null }), resume: resumeOffer(),
      local: localResumeOffer(notice), onReplay: () => void replay(null, false), onTutorial: () => void tutorial(true), onTeachers: () => void teaching({ kind: 'teachers' }),
      onJoinClass: () => void classroom({ kind: 'join', code: null }),
    }));
    focusTitle('menu-title');
  }

  /** The most recent local game in progress, and any saved game that cannot be read (said, never fixed). */
  function localResumeOffer(notice?: string): LocalResumeOffer {
    const { save, problems } = saves.latestInProgress();
    const all = notice ? [notice, ...problems] : problems;
    return {
      problems: all,
      game: save && {
        text: save.summary,
        resume: () => void playLocal(resumeConfig(save), save.id, true),
        discard: () => {
          saves.forget(save.id);
          menu();
        },
      },
    };
  }

  /** A local game at `#/local/ID` (a new one gets a history entry, so that Back returns to the menu and keeps it). */
  async function playLocal(config: MatchConfig, id: string, newEntry: boolean): Promise<void> {
    const nav = go({ kind: 'menu' });
    history[newEntry ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${location.search}#/local/${id}`);
    document.title = `${config.mode === 'solo' ? 'Solo' : 'Hot-seat'} — Trust & Leverage`;
    loading(config.moves ? 'Resuming your game…' : 'Setting up the match…');
    const { launchGame } = await import('./game-entry');
    if (nav !== navigation) return;
    leaveScreen = launchGame(root, {
      config: options.aiPaceMs === undefined ? config : { ...config, aiPaceMs: options.aiPaceMs },
      keep: { id, saves, now: () => Date.now() },
      onExit: menu,
      onReplay: (record) => void replay(record, true),
      onSwitchSides: (next) => void start(next),
      onRestoreFailed: (reason) => menuWithNotice(`Your saved game could not be resumed (${reason}). It is still on this device.`),
    });
  }

  /** A saved game named by the address, or the menu saying why it cannot be resumed. */
  function resumeLocal(id: string): void {
    const save = saves.load(id);
    if (typeof save === 'string') return menuWithNotice(save);
    void playLocal(resumeConfig(save), id, false);
  }

  /** The replay of a finished game (`#/replay`), or the file picker that opens one. */
  async function replay(record: GameRecord | null, newEntry: boolean, linkData?: string): Promise<void> {
    const nav = go({ kind: 'menu' });
    const hash = linkData === undefined ? '#/replay' : `#/replay/${linkData}`;
    history[newEntry ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${location.search}${hash}`);
    document.title = 'Replay — Trust & Leverage';
    loading('Opening the replay…');
    const [{ mountReplayScreen }, { fragmentToText }] = await Promise.all([import('./replay-screen'), import('./record-file')]);
    if (nav !== navigation) return;
    leaveScreen = mountReplayScreen(root, { record, onBack: menu, ...(linkData === undefined ? {} : { linked: fragmentToText(linkData) }) });
    focusTitle('replay-title');
  }

  /** The tutorial (`#/tutorial`): a scripted solo game that teaches the rules step by step; not saved. */
  async function tutorial(newEntry: boolean): Promise<void> {
    const nav = go({ kind: 'menu' });
    history[newEntry ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${location.search}#/tutorial`);
    document.title = 'Tutorial — Trust & Leverage';
    loading('Setting up the tutorial…');
    const { launchTutorial } = await import('./tutorial-screen');
    if (nav !== navigation) return;
    leaveScreen = launchTutorial(root, {
      ...(options.aiPaceMs === undefined ? {} : { paceMs: options.aiPaceMs }),
      onExit: menu, onRestart: () => void tutorial(false), onSoloGame: (config) => void start(config),
    });
    focusTitle('tutorial-step-title');
  }

  function rules(): void {
    go({ kind: 'menu' });
    document.title = 'Rules — Trust & Leverage';
    root.replaceChildren(renderRulesPage(menu));
    focusTitle('rules-page-title');
  }

  /** The glossary page (`#/glossary`, `#/glossary/ID`); its texts load with it, not with the menu. */
  async function glossary(at: GlossaryRoute): Promise<void> {
    const id = go({ kind: 'menu' });
    history.replaceState(null, '', `${location.pathname}${location.search}${glossaryHash(at.entry)}`);
    document.title = 'Glossary — Trust & Leverage';
    loading('Opening the glossary…');
    const { renderGlossaryPage } = await import('./glossary-page');
    if (id !== navigation) return;
    const page = renderGlossaryPage({ ...at, onBack: menu });
    root.replaceChildren(page.el);
    page.focus();
  }

  /** The teacher's pages (For teachers, the guide, the handouts, the practice quiz), loaded when opened. */
  async function teaching(at: TeachingRoute): Promise<void> {
    const nav = go({ kind: 'menu' });
    history.replaceState(null, '', `${location.pathname}${location.search}${teachingHash(at)}`);
    loading('Opening…');
    const { mountTeachingPage } = await import('./teaching-page');
    if (nav !== navigation) return;
    leaveScreen = mountTeachingPage(root, at, menu);
  }

  async function start(config: MatchConfig): Promise<void> {
    if (config.mode === 'solo') Object.assign(last, { side: config.humanSide, level: config.level });
    last.scenario = config.scenario;
    performance.mark('tl:game-start');
    await playLocal(config, newLocalGameId(), true);
  }

  function online(opts: { focusCode?: string; notice?: string } = {}): void {
    go(opts.focusCode ? { kind: 'match', code: opts.focusCode } : { kind: 'lobby' });
    document.title = 'Play online — Trust & Leverage';
    leaveScreen = mountLobbyScreen(root, {
      lobby, tickets, names,
      ...(opts.focusCode ? { focusCode: opts.focusCode } : {}),
      ...(opts.notice ? { notice: opts.notice } : {}),
      onPlay: (match, ticket, notice) => void playOnline(match, ticket, notice),
      onBack: menu,
    });
  }

  function inviteLink(code: string): string {
    return `${location.origin}${location.pathname}${routeHash({ kind: 'match', code })}`;
  }

  /** The instructor room (`#/teach…`) and a student's class (`#/class…`), loaded when opened. */
  async function classroom(at: ClassRoute): Promise<void> {
    const nav = go({ kind: 'menu' });
    history.replaceState(null, '', `${location.pathname}${location.search}${classHash(at)}`);
    loading('Opening…');
    const { mountClassRoute } = await import('./class-entry');
    if (nav !== navigation) return;
    leaveScreen = mountClassRoute(root, at, {
      store, lobby, tickets, names, onMenu: menu, onRoute: (next) => void classroom(next),
      play: (match, ticket, back) => void playOnline(match, ticket, undefined, back),
    });
  }

  async function playOnline(match: LobbyMatch, ticket?: SeatTicket, notice?: string, onExit?: () => void): Promise<void> {
    const id = go({ kind: 'match', code: match.matchID });
    document.title = `${ticket ? 'Online' : 'Watching'} ${formatCode(match.matchID)} — Trust & Leverage`;
    loading(`Connecting to match ${formatCode(match.matchID)}…`);
    const { launchOnline } = await import('./game-entry');
    if (id !== navigation) return;
    leaveScreen = launchOnline(root, {
      lobby, match, inviteLink: inviteLink(match.matchID),
      ...(ticket ? { ticket } : {}),
      ...(notice ? { notice } : {}),
      onExit: onExit ?? (() => online()),
      onPlayAgain: rematch,
      onReplay: (record) => void replay(record, true),
    });
    focusTitle('game-title');
  }

  /** Both players move to the next match: the first to ask creates it, the other joins it. */
  async function rematch(state: OnlineState): Promise<void> {
    const ticket = state.ticket;
    if (!ticket) return;
    const next = state.nextMatchID ?? (await lobby.playAgain(ticket));
    let seat = tickets.find(next);
    if (!seat) {
      seat = await lobby.join(next, ticket.playerName, ticket.playerID);
      tickets.save(seat);
    }
    let notice: string | undefined;
    const ai = state.table?.opponent?.ai;
    if (ai && state.table) {
      try {
        await lobby.addAi(seat, state.table.otherSeat, ai);
      } catch (error) {
        // 409: the server gave the next match its AI already.
        if (!(error instanceof LobbyError)) throw error;
        if (error.status !== 409) notice = lobbyErrorText('give the other seat to the server AI', error.status, error.message);
      }
    }
    tickets.forget(ticket.matchID);
    await playOnline(await lobby.get(next), seat, notice);
  }

  /** My games (`#/my-games`): every match this device holds a seat in, whose turn, the time left. */
  async function myGames(receive?: string): Promise<void> {
    const nav = go({ kind: 'menu' });
    // A transfer link's code is redeemed once: the address then says My games, not the code.
    history.replaceState(null, '', `${location.pathname}${location.search}#/my-games`);
    document.title = 'My games — Trust & Leverage';
    const { mountMyGames } = await import('./my-games-screen');
    if (nav !== navigation) return;
    leaveScreen = mountMyGames(root, { lobby, tickets, store, onOpen: (ticket) => void rejoin(ticket), onLobby: () => online(), onMenu: menu, ...(receive ? { receive } : {}) });
    focusTitle('my-games-title');
  }

  /** Takes a saved seat again, or says why it cannot be. */
  async function rejoin(ticket: SeatTicket): Promise<void> {
    const id = go({ kind: 'match', code: ticket.matchID });
    const code = formatCode(ticket.matchID);
    loading(`Rejoining match ${code}…`);
    try {
      const match = await lobby.get(ticket.matchID);
      if (id !== navigation) return;
      if (ticketState(ticket, match) === 'lost') {
        tickets.forget(ticket.matchID);
        return online({ focusCode: ticket.matchID, notice: `Your seat in match ${code} was given up: join again or watch.` });
      }
      await playOnline(match, ticket);
    } catch (error) {
      if (id !== navigation) return;
      if (error instanceof LobbyError && error.status === 404) {
        tickets.forget(ticket.matchID);
        return online({ notice: `Match ${code} is no longer on the server.` });
      }
      online({ focusCode: ticket.matchID, notice: error instanceof LobbyError ? lobbyErrorText(`rejoin match ${code}`, error.status, error.message) : `Could not rejoin match ${code}.` });
    }
  }

  /** The most recent saved seat still in play, for the menu to offer. */
  async function resumeOffer(): Promise<ResumeOffer | null> {
    for (const ticket of tickets.all().slice(0, 3)) {
      try {
        const match = await lobby.get(ticket.matchID);
        const state = ticketState(ticket, match);
        if (state !== 'playing' && state !== 'waiting') continue;
        const side = SIDE_NAME[sideOfSeat(ticket.playerID, match.setupData)];
        return { text: `match ${formatCode(ticket.matchID)} (${side}, ${TICKET_STATE_TEXT[state]})`, rejoin: () => void playOnline(match, ticket) };
      } catch {
        // Offline or gone: the lobby sorts saved seats out.
      }
    }
    return null;
  }

  function route(): void {
    const glossaryRoute = parseGlossaryHash(location.hash);
    if (glossaryRoute) return void glossary(glossaryRoute);
    const teachingRoute = parseTeachingHash(location.hash);
    if (teachingRoute) return void teaching(teachingRoute);
    const classRoute = parseClassHash(location.hash);
    if (classRoute) return void classroom(classRoute);
    const local = /^#\/local\/(.*)$/.exec(location.hash);
    if (local) return resumeLocal(decodeURIComponent(local[1] ?? ''));
    if (location.hash === '#/tutorial') return void tutorial(false);
    if (location.hash === '#/replay') return void replay(null, false);
    if (location.hash === '#/my-games') return void myGames();
    const transfer = /^#\/transfer\/([A-Za-z0-9-]{1,20})$/.exec(location.hash);
    if (transfer) return void myGames(transfer[1]);
    const link = /^#\/replay\/(.*)$/.exec(location.hash);
    if (link) return void replay(null, false, link[1] ?? '');
    const plan = startPlan(parseRoute(location.hash), tickets.all());
    if (plan.kind === 'rejoin') void rejoin(plan.ticket);
    else if (plan.kind === 'open') online({ focusCode: plan.code });
    else if (plan.kind === 'lobby') online();
    else menu();
  }

  // A link pasted into this tab's address bar opens its match (our own navigation replaces the
  // hash without this event).
  window.addEventListener('hashchange', route);
  // Concept links open the glossary in a dialog over any screen (a game is not left).
  installGlossaryLinks(document);
  route();
}
