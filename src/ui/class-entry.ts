/**
 * The classroom's screens behind one lazily loaded module: the instructor room (`#/teach`), one
 * class (`#/teach/CODE`) and a student's class (`#/class…`). The app hands in its stores and how
 * to open an online match; everything here loads only when a classroom address is opened.
 */
import { ClassClient } from '../client/class-client';
import { StudentClassSeats, TeacherClasses } from '../client/class-keys';
import type { LobbyClient, LobbyMatch, SeatTicket } from '../client/lobby-client';
import type { KeyValueStore, SeatTickets } from '../client/seat-tickets';
import { mountClassJoin } from './class-join';
import type { ClassRoute } from './class-routes';
import type { NameStore } from './lobby-context';
import { mountTeachClass } from './teach-class';
import { mountTeachRoom } from './teach-room';
import './teaching.css';
import './teach.css';

export interface ClassEntryDeps {
  readonly store: KeyValueStore;
  readonly lobby: LobbyClient;
  readonly tickets: SeatTickets;
  readonly names: NameStore;
  readonly onMenu: () => void;
  /** Moves to another classroom address. */
  readonly onRoute: (route: ClassRoute) => void;
  /** Opens a student's match; `back` returns to their class (after the game: the quiz). */
  readonly play: (match: LobbyMatch, ticket: SeatTicket, back: () => void) => void;
}

/** Shows the screen of `route`; returns how to leave it. */
export function mountClassRoute(root: HTMLElement, route: ClassRoute, deps: ClassEntryDeps): () => void {
  const client = new ClassClient('');
  if (route.kind === 'teach') {
    const classes = new TeacherClasses(deps.store);
    if (route.code === null) return mountTeachRoom(root, { client, classes, onOpen: (code) => deps.onRoute({ kind: 'teach', code }), onBack: deps.onMenu });
    return mountTeachClass(root, { client, classes, code: route.code, onRoom: () => deps.onRoute({ kind: 'teach', code: null }) });
  }
  return mountClassJoin(root, {
    client, lobby: deps.lobby, seats: new StudentClassSeats(deps.store), tickets: deps.tickets, names: deps.names, code: route.code, onBack: deps.onMenu,
    play: (match, ticket) => deps.play(match, ticket, () => deps.onRoute({ kind: 'join', code: new StudentClassSeats(deps.store).all().find((s) => s.matchID === match.matchID)?.code ?? route.code })),
  });
}
