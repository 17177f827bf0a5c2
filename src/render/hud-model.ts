/**
 * The HUD's spec: World Order track, round and phase, whose turn, both capitals, dependency,
 * decision rule and the face-up world event. Pure.
 */
import { CARD, type CardId } from '../game/data/cards';
import { RULES } from '../game/rules-config';
import type { ConceptId, DecisionRule, Side, StandingId } from '../game/types';
import type { PlayerView } from '../game/view';

export type PhaseKind = 'choose-card' | 'spend-ops' | 'game-over';

export interface HudSpec {
  readonly worldOrder: {
    readonly value: number;
    /** The track runs from −limit to +limit. */
    readonly limit: number;
    /** Who the track currently favours (null at 0). */
    readonly leader: Side | null;
    readonly text: string;
  };
  readonly round: { readonly current: number; readonly last: number; readonly text: string };
  readonly phase: { readonly kind: PhaseKind; readonly text: string };
  readonly turn: {
    readonly side: Side;
    /** True when the viewer is the side to play, false when it is the opponent, null for spectators. */
    readonly isViewer: boolean | null;
    /** 1-based action turn of the side to play this round. */
    readonly number: number;
    readonly of: number;
    readonly text: string;
  };
  readonly sides: Readonly<Record<Side, { readonly name: string; readonly capital: number; readonly handCount: number; readonly deckCount: number }>>;
  readonly dependency: { readonly value: number; readonly max: number; readonly text: string };
  readonly decisionRule: { readonly rule: DecisionRule; readonly text: string; readonly concept: ConceptId };
  readonly upcoming: { readonly card: CardId | null; readonly title: string; readonly concept: ConceptId | null };
  readonly standing: readonly string[];
  readonly viewer: Side | null;
  readonly result: { readonly winner: Side | null; readonly text: string } | null;
}

export const SIDE_NAME: Readonly<Record<Side, string>> = { dem: 'Democratic bloc', aut: 'Autocratic power' };

const STANDING_TEXT: Readonly<Record<StandingId, string>> = {
  'platform-regulation': 'Platform Regulation',
  'task-force': 'Disinformation Task Force',
  'un-shield': 'UN shield',
  'cai-ratified': 'Investment agreement',
};

const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);

export function buildHud(view: PlayerView): HudSpec {
  const limit = RULES.worldOrderLimit;
  const wo = view.worldOrder;
  const leader: Side | null = wo > 0 ? 'dem' : wo < 0 ? 'aut' : null;
  const upcoming = view.world.upcoming;
  const rule = view.sides.dem.decisionRule;
  return {
    worldOrder: { value: wo, limit, leader, text: `World Order ${signed(wo)}${leader ? ` · ${SIDE_NAME[leader]} ahead` : ' · even'}` },
    round: { current: view.round, last: view.lastRound, text: `Round ${view.round} of ${view.lastRound}` },
    phase: phaseOf(view),
    turn: turnOf(view),
    sides: {
      dem: { name: SIDE_NAME.dem, capital: view.sides.dem.capital, handCount: view.sides.dem.handCount, deckCount: view.sides.dem.deckCount },
      aut: { name: SIDE_NAME.aut, capital: view.sides.aut.capital, handCount: view.sides.aut.handCount, deckCount: view.sides.aut.deckCount },
    },
    dependency: { value: view.sides.dem.dependency, max: 5, text: `Dependency ${view.sides.dem.dependency}/5` },
    decisionRule: {
      rule,
      text: rule === 'unanimity' ? 'Unanimity (veto)' : 'Majority voting',
      concept: rule === 'unanimity' ? 'unanimity-veto' : 'qualified-majority',
    },
    upcoming: upcoming
      ? { card: upcoming, title: CARD[upcoming].title, concept: CARD[upcoming].concept }
      : { card: null, title: 'None', concept: null },
    standing: view.standing.map((id) => STANDING_TEXT[id]),
    viewer: view.viewer,
    result: view.result ? { winner: view.result.winner, text: resultText(view.result.winner, view.result.worldOrder) } : null,
  };
}

function resultText(winner: Side | null, worldOrder: number): string {
  return winner === null ? `Draw at World Order ${signed(worldOrder)}` : `${SIDE_NAME[winner]} wins · World Order ${signed(worldOrder)}`;
}

function phaseOf(view: PlayerView): HudSpec['phase'] {
  if (view.result) return { kind: 'game-over', text: 'Game over' };
  if (view.pending) {
    const n = view.pending.opsLeft;
    return { kind: 'spend-ops', text: `Spending ops of ${CARD[view.pending.card].title}: ${n} left` };
  }
  return { kind: 'choose-card', text: 'Action turns: play a card' };
}

function turnOf(view: PlayerView): HudSpec['turn'] {
  const side = view.active;
  const of = RULES.turnsPerRound;
  const number = Math.min(of, view.turns[side] + 1);
  const isViewer = view.viewer === null ? null : view.viewer === side;
  const who = isViewer === null ? SIDE_NAME[side] : isViewer ? `Your turn (${SIDE_NAME[side]})` : `Opponent's turn (${SIDE_NAME[side]})`;
  return { side, isViewer, number, of, text: view.result ? 'Game over' : `${who} · turn ${number}/${of}` };
}
