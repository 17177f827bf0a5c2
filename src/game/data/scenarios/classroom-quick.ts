import type { ConceptId, CountryId } from '../../types';
import type { CardId } from '../cards';
import type { ScenarioDef, ScheduledRound } from '../scenario-types';

/**
 * "Classroom Quick: The Veto Room, 2017–2022", a class-period game: four short rounds (two card
 * plays a side each, so eight in all: hands of five drawn from ten-card decks, the discard
 * reshuffled for the last draw), fourteen countries in play around the EU's table, and world
 * events that follow the record in its order: Greece's block at the UN (2017); the Xinjiang
 * sanctions that froze the investment agreement and Hungary's block on Hong Kong, which share the
 * spring of 2021; Lithuania leaving the 17+1 (May 2021); then a vote on the decision rule itself.
 *
 * The United Kingdom is out of play: an EU member in 2017 and outside it from 2020, it would need a
 * Brexit the game does not model. Regimes are the board's labels (V-Dem's Regimes of the World and
 * Freedom House for 2021, see data/countries.ts), the year of most of the scenario's events.
 * Greece joined the 16+1 only in April 2019: it starts with a bilateral deal (Piraeus).
 */
const IN_PLAY: readonly CountryId[] = [
  'DEU', 'FRA', 'ITA', 'POL', 'LTU', 'GRC', 'HUN', // the EU's table
  'RUS', 'SRB', 'TUR', // the neighbourhood
  'JPN', 'AUS', 'KOR', 'PAK', // the Indo-Pacific
];

const DEM_DECK: readonly CardId[] = [
  'summit-of-democracies', 'qualified-majority-voting', 'human-rights-sanctions', 'energy-diversification',
  'nato-consolidation', 'counter-disinformation-task-force', 'trade-agreement', 'export-controls',
  'platform-regulation', 'democracy-support',
];

const AUT_DECK: readonly CardId[] = [
  'win-win-cooperation', 'infrastructure-investment', 'summit-16-plus-1', 'port-investment',
  'state-media-campaign', 'economic-coercion', 'wolf-warrior-diplomacy', 'comprehensive-investment-agreement',
  'energy-pipeline', 'populist-outreach',
];

/**
 * One entry a round. Round 2 is the spring of 2021 and holds two events, in the record's order:
 * the Xinjiang sanctions of 22 March (with Beijing's counter-sanctions, which led the European
 * Parliament to freeze the investment agreement on 20 May), then Hungary's veto on Hong Kong of
 * 16 April. Lithuania left the 17+1 days after the freeze (May 2021).
 */
const SCHEDULE: readonly ScheduledRound[] = [
  'greece-blocks-un-statement',
  ['xinjiang-sanctions-cai-frozen', 'hungary-blocks-hong-kong-statement'],
  'lithuania-leaves-17-plus-1',
  'vote-on-the-rule',
];

const TEACHES: readonly ConceptId[] = ['unanimity-veto', 'bloc-disruption', 'qualified-majority', 'dependency', 'united-front'];

export const CLASSROOM_QUICK = {
  id: 'classroom-quick',
  title: 'Classroom Quick: The Veto Room (2017–2022)',
  year: 2017,
  summary:
    'Twenty minutes at the EU\'s table: Greece blocks the bloc\'s statement on China at the UN, sanctions over Xinjiang freeze the investment agreement while Hungary blocks the statement on Hong Kong, Lithuania leaves the 17+1, and the bloc votes on giving up unanimity. Four short rounds of two turns, fourteen countries, ten cards a side.',
  rounds: 4,
  turnsPerRound: 2,
  // Set by self-play (docs/balance.md, Classroom Quick step 10): the bloc's integrated core outscores the
  // Autocratic side, so the track starts on the Autocratic side.
  worldOrder: -4,
  capital: { dem: 3, aut: 3 },
  decisionRule: 'unanimity',
  dependency: 3,
  integration: { regions: ['europe'], outside: [] } as ScenarioDef['integration'],
  teaches: TEACHES,
  inPlay: IN_PLAY,
  decks: { dem: DEM_DECK, aut: AUT_DECK },
  worldSchedule: SCHEDULE,
  countries: {
    // The EU's table: an integrated core with two cheerleaders for Beijing inside it.
    DEU: { demTie: 'member', trust: 4, leverage: 2 },
    FRA: { demTie: 'member', trust: 4, leverage: 1 },
    ITA: { demTie: 'member', trust: 3, leverage: 1, polarization: 1 },
    POL: { demTie: 'member', trust: 3, leverage: 1, polarization: 1, autTie: 'framework', framework: 'cee' },
    LTU: { demTie: 'member', trust: 4, leverage: 1, autTie: 'framework', framework: 'cee' },
    // Greece (COSCO's Piraeus) and Hungary (the Budapest-Belgrade railway): leverage above trust.
    GRC: { demTie: 'member', trust: 2, leverage: 3, autTie: 'deal' },
    HUN: { demTie: 'member', trust: 3, leverage: 3, polarization: 2, autTie: 'framework', framework: 'cee' },
    RUS: { leverage: 3, autTie: 'framework', framework: 'sco' },
    SRB: { leverage: 3, autTie: 'framework', framework: 'cee' },
    TUR: { demTie: 'ally', trust: 2, leverage: 2 },
    JPN: { demTie: 'ally', trust: 4, leverage: 1 },
    AUS: { demTie: 'partner', trust: 2, leverage: 3 },
    KOR: { demTie: 'partner', trust: 2, leverage: 3 },
    PAK: { leverage: 4, autTie: 'framework', framework: 'sco' },
  },
} as const satisfies ScenarioDef;
