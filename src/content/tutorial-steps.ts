/**
 * The tutorial's steps, one mechanic each, as data: what the step explains (in the project's own
 * words, true to Lukian 2021 and the works it cites), the concepts it links to in the glossary,
 * and the tasks the learner does, each with the check that the game's log must pass for it to
 * count (see tutorial-progress.ts). The learner plays the Democratic bloc; the Autocratic
 * side's replies are scripted (tutorial-script.ts). Pure data.
 */
import type { CardId } from '../game/data/cards';
import { LISTED_SCENARIOS } from '../game/data/scenarios';
import type { ConceptId, CountryId, DemActionId, DemTie } from '../game/types';

/** What the log must show for a task to be done (always a Democratic move or its consequence). */
export type TaskCheck =
  /** The learner played this card, for its ops or its event. */
  | { readonly kind: 'played'; readonly card: CardId; readonly mode: 'ops' | 'event' }
  /** The learner took this basic action on this country. */
  | { readonly kind: 'action'; readonly action: DemActionId; readonly target: CountryId }
  /** A move of the learner's brought this country to this Democratic tie. */
  | { readonly kind: 'tie'; readonly country: CountryId; readonly to: DemTie }
  /** A bloc decision the learner put to the vote failed (a veto under unanimity). */
  | { readonly kind: 'vetoed' }
  /** A move of the learner's lowered polarization in this country. */
  | { readonly kind: 'polarization-cut'; readonly country: CountryId }
  /** The game is over. */
  | { readonly kind: 'game-over' };

export interface TutorialTask {
  /** What to do, as the step panel says it. */
  readonly text: string;
  readonly check: TaskCheck;
  /** The card the task has the learner play, pointed out in the hand; default: a `played` check's card. */
  readonly card?: CardId;
}

/** The card a task has the learner play, if it names one. */
export function taskCard(task: TutorialTask): CardId | null {
  return task.card ?? (task.check.kind === 'played' ? task.check.card : null);
}

/** A full game's length, from the scenarios the menu offers: "5 to 8 rounds, by scenario". */
export const FULL_GAME_ROUNDS = ((rounds: readonly number[]): string => {
  const [least, most] = [Math.min(...rounds), Math.max(...rounds)];
  return least === most ? `${most} rounds` : `${least} to ${most} rounds, by scenario`;
})(LISTED_SCENARIOS.map((def) => def.rounds));

export const TUTORIAL_STEP_IDS = [
  'board', 'engage', 'alliance', 'integration-veto', 'deals-frameworks', 'coercion', 'disinformation', 'scoring',
] as const;
export type TutorialStepId = (typeof TUTORIAL_STEP_IDS)[number];

export interface TutorialStep {
  readonly id: TutorialStepId;
  readonly title: string;
  /** The explanation: short paragraphs. */
  readonly explain: readonly string[];
  /** Concepts whose glossary entries the step links to. */
  readonly concepts: readonly ConceptId[];
  /** Done in any order; the step is complete when all are. */
  readonly tasks: readonly TutorialTask[];
}

export const TUTORIAL_STEPS: readonly TutorialStep[] = [
  {
    id: 'board',
    title: 'Reading the board and the World Order',
    explain: [
      'You lead the Democratic bloc; the Autocratic power plays against you (here its moves are scripted). Each country shows your trust there (0–5), its leverage (0–5) and its ties: partner, ally or member on your side, a bilateral deal or a framework on the other.',
      'The World Order track (top) runs from −20 to +20: after every round it moves by the difference of the two sides\' points. When the last round ends, a positive World Order means you have won. The Autocratic side moves first each round: its turn is already in the log.',
      'A turn is one card from your hand, played for its event or for its ops (1–4), which buy basic actions one at a time.',
    ],
    concepts: ['cooperation', 'trust'],
    tasks: [{ text: 'In your hand, choose Play for 2 ops on Five Eyes Intelligence Sharing, then Confirm.', check: { kind: 'played', card: 'five-eyes', mode: 'ops' } }],
  },
  {
    id: 'engage',
    title: 'Engage, and common values',
    explain: [
      'States cooperate out of mutual interest, coercion or common values (the article). Engage builds trust: +1, and +1 more in a democracy, because shared values make democracies more trustworthy to one another.',
      'Brazil is a democracy; the Philippines a hybrid regime. Compare what the same action gains in each.',
    ],
    concepts: ['common-values', 'trust'],
    tasks: [
      { text: 'Choose Engage, target Brazil, and confirm (trust +2).', check: { kind: 'action', action: 'engage', target: 'BRA' } },
      { text: 'Spend your last op: Engage the Philippines (trust +1 only).', check: { kind: 'action', action: 'engage', target: 'PHL' } },
    ],
  },
  {
    id: 'alliance',
    title: 'From cooperation to alliance',
    explain: [
      'Allies cooperate, but not every state that cooperates is an ally. An alliance is a deeper tie, and it rests on trust: a partner with trust 3 or more can become an ally (2 ops), and an ally whose trust falls below 2 is lost at the end of the round.',
      'Allies score for you every round, and allies and members holding more than half of a region\'s weight earn a bonus.',
    ],
    concepts: ['alliance', 'cooperation'],
    tasks: [
      { text: 'Play Trade Agreement for its 2 ops.', check: { kind: 'played', card: 'trade-agreement', mode: 'ops' } },
      { text: 'Choose Ally, target Brazil (now at trust 3), and confirm.', check: { kind: 'tie', country: 'BRA', to: 'ally' } },
    ],
  },
  {
    id: 'integration-veto',
    title: 'Integration, and a veto',
    explain: [
      'Democracies that trust each other pool sovereignty in common institutions: integration, the European Union being the clearest case. An ally in the union\'s region with trust 4 can join as a member, if the members agree. (The United Kingdom left the EU in 2020: here its return is a what-if.)',
      'Bloc decisions are voted by the members. Under unanimity one vote against is a veto. Greece and Hungary hold more leverage (4) than trust (3): on the bloc\'s line toward Beijing they vote against, as cheerleaders (the article\'s word), as Greece did on the EU\'s human rights statement in 2017 and Hungary on Hong Kong in 2021. The preview before Confirm shows who will vote against.',
    ],
    concepts: ['integration', 'unanimity-veto', 'bloc-disruption'],
    tasks: [
      { text: 'Play NATO Consolidation for its 3 ops, then Integrate the United Kingdom.', check: { kind: 'tie', country: 'GBR', to: 'member' }, card: 'nato-consolidation' },
      { text: 'Next turn: play Human Rights Sanctions for its event, on Venezuela, and watch the vote.', check: { kind: 'vetoed' }, card: 'human-rights-sanctions' },
    ],
  },
  {
    id: 'deals-frameworks',
    title: 'The other side: deals and frameworks',
    explain: [
      'Round 2. The Autocratic side does not build alliances of values: it builds partnerships of mutual interest ("win-win cooperation"), bilateral deals that turn trade into leverage, and shallow frameworks such as the SCO and the 16+1, which ask no one to pool sovereignty. It has just made a deal with Nigeria and brought Iran into the SCO (see the log).',
      'A deal does not stop you from cooperating with the same country: mutual interest can be found between any two states.',
    ],
    concepts: ['bilateral-deals', 'frameworks', 'mutual-interest'],
    tasks: [{ text: 'Play a card for its ops and Engage Nigeria (then spend the rest as you like, or End turn).', check: { kind: 'action', action: 'engage', target: 'NGA' } }],
  },
  {
    id: 'coercion',
    title: 'Coercion, and a coerced partner breaking away',
    explain: [
      'Both sides use carrots and sticks. The Autocratic side has just coerced Australia, its trade partner, three times: each time Australia\'s trust in you fell by 1 and its resentment rose by 1.',
      'Coercion holds only as long as it can be kept up: at the end of the round a country whose resentment exceeds the leverage over it breaks away (its deal, leverage and resentment drop to 0), as the Warsaw Pact fell apart once coercion could no longer hold it. Australia\'s tooltip on the map now says it will break away. But Australia\'s trust is down to 1, and an ally below 2 is lost at the same moment.',
    ],
    concepts: ['coercion', 'coerced-bloc-collapse'],
    tasks: [{ text: 'Play a card for its ops and Engage Australia, so it stays your ally.', check: { kind: 'action', action: 'engage', target: 'AUS' } }],
  },
  {
    id: 'disinformation',
    title: 'Disinformation, and countering it',
    explain: [
      'The other side also works from inside democracies: state media and hybrid campaigns feed polarization (the article names CGTN and the Global Times; EUvsDisinfo documents such campaigns). It has just raised Italy\'s polarization to 2: at the end of the round a democracy at 2 or more holds an election that a populist may win, costing you trust; at 3 no trust can be gained there.',
      'Counter disinformation (1 op) lowers polarization by 1 in one country; the Counter-Disinformation Task Force card does it in every divided ally and member.',
    ],
    concepts: ['disinformation'],
    tasks: [{ text: 'Lower Italy\'s polarization: play a card for its ops and choose Counter disinformation on Italy (or play the Task Force card\'s event).', check: { kind: 'polarization-cut', country: 'ITA' } }],
  },
  {
    id: 'scoring',
    title: 'Scoring, and the end',
    explain: [
      'After the last turns the round resolves: the common position (vetoed again while the cheerleaders hold), alliance upkeep, the coercion check (watch Australia), elections, then scoring.',
      `Points are weighted by each country's weight. You score 1 per ally and 2 per member, +2 for a united front (no failed decision, no member lost) and +5 per region where your allies and members hold more than half the weight; the Autocratic side 1 per country with leverage 3 or more, 2 per framework member, 1 per blocked decision and 2 per ally or member you lost. The World Order moves by the difference, at most 5. This tutorial ends after round 2; a full game has ${FULL_GAME_ROUNDS}.`,
    ],
    concepts: ['united-front', 'bloc'],
    tasks: [{ text: 'Play your remaining turn, then read the round\'s scoring in the log.', check: { kind: 'game-over' } }],
  },
];
