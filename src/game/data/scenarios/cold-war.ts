import type { ConceptId, CountryId } from '../../types';
import type { CardId } from '../cards';
import type { ScenarioDef } from '../scenario-types';

/**
 * "Cold War, 1955–1991": NATO, held by trust and shared values, against the Warsaw Pact, held by
 * coercion (the article: NATO "still exist[s] today", the Pact "fell apart as soon as the Soviet
 * Union could not maintain its coercion"). The Autocratic side leads a bloc of its own here: its
 * members are held by leverage, their revolts can be crushed at a price (the Crush action), and a
 * member whose resentment outweighs the leverage over it breaks away at resolution (the common
 * coercion check). The world events follow the record in order, 1956 to 1991.
 *
 * Stand-ins on the board's countries (the map is the present-day one):
 * - Russia is the Autocratic side's home: the Soviet Union (the United States stays the
 *   Democratic side's home). China is in play: Moscow's ally of 1950 that split from it.
 * - Germany stands for West Germany (in NATO from May 1955); Lithuania for the Baltic republics
 *   (held inside the Soviet Union, counted here with the Pact); Serbia for Yugoslavia (communist,
 *   outside the Pact since Tito's break with Stalin in 1948); Vietnam for North Vietnam.
 * - The integrated "members" are the European Communities: Germany and France start integrated
 *   (the Coal and Steel Community of 1952); Italy, a founder too, starts as an ally so that
 *   deepening the Communities is something to play for (a simplification). NATO's members are allies.
 * - Kazakhstan stands for the Soviet republics of Central Asia, counted with the bloc.
 * - The cards are the game's own: they cite present-day examples of the same mechanisms.
 *
 * Regimes for 1955 (Freedom House began only in 1973): Polity5's scores for 1955 (Marshall &
 * Gurr, 2020), as we read them, cut into three labels (democracy 6 and above, autocracy −6 and
 * below, hybrid between), checked against V-Dem's Regimes of the World for 1955 (Lührmann et al.,
 * 2018): Greece, Turkey, South Korea and Indonesia hybrid; the communist states, Egypt and Iran autocracies;
 * India and Japan democracies. Three labels are a simplification (docs/model-limits.md).
 */
const IN_PLAY: readonly CountryId[] = [
  'GBR', 'DEU', 'FRA', 'ITA', 'GRC', 'TUR', // NATO's Europe
  'POL', 'HUN', 'LTU', 'KAZ', 'SRB', // Moscow's bloc, and Yugoslavia outside it
  'CHN', 'JPN', 'KOR', 'VNM', 'IND', 'IDN', // Asia
  'EGY', 'IRN', // the Middle East
];

// No Human Rights Sanctions: its leverage cuts emptied the Autocratic bloc's early lead in self-play.
const DEM_DECK: readonly CardId[] = [
  'nato-consolidation', 'counter-disinformation-task-force', 'trade-agreement', 'export-controls', 'democracy-support',
  'partnerships-beyond-the-north', 'summit-of-democracies', 'energy-diversification',
];

const AUT_DECK: readonly CardId[] = [
  'win-win-cooperation', 'infrastructure-investment', 'debt-leverage', 'state-media-campaign', 'cultural-institutes',
  'economic-coercion', 'wolf-warrior-diplomacy', 'energy-pipeline', 'hybrid-warfare', 'populist-outreach',
];

const SCHEDULE: readonly CardId[] = [
  'hungarian-revolution', 'suez-crisis', 'sino-soviet-split', 'prague-spring', 'nixon-in-china', 'solidarity',
  'end-of-coercion', 'soviet-dissolution',
];

const TEACHES: readonly ConceptId[] = ['coerced-bloc-collapse', 'alliance', 'bloc', 'interest-not-ideology', 'coercion', 'common-values'];

export const COLD_WAR = {
  id: 'cold-war',
  title: 'Cold War (1955–1991)',
  year: 1955,
  summary:
    'NATO, held by trust and shared values, against a Warsaw Pact held by coercion: Moscow crushes revolts in Hungary and Poland at a price, loses China to the Sino-Soviet split, and its bloc breaks away once it can no longer coerce. Both sides coerce (Suez). Eight rounds, 1955 to 1991.',
  rounds: 8,
  // Set by self-play (docs/balance.md): the bloc of 1955 outscores NATO round after round until its
  // revolts, the split and the end of coercion turn the game, so the track starts far on its side.
  worldOrder: -16,
  // A slower World Order: the Cold War is long, and its turn comes late.
  maxShiftPerRound: 3,
  // Moscow's early means to hold its bloc (crushing costs capital); also set by self-play.
  capital: { dem: 4, aut: 8 },
  decisionRule: 'unanimity',
  dependency: 1,
  integration: { regions: ['europe'], outside: [] } as ScenarioDef['integration'],
  teaches: TEACHES,
  homes: { dem: 'USA', aut: 'RUS' },
  inPlay: IN_PLAY,
  decks: { dem: DEM_DECK, aut: AUT_DECK },
  worldSchedule: SCHEDULE,
  // The Pact breaks only from within (resentment over Moscow's hold), never under the West's
  // sanctions: the article's Pact fell apart when Moscow could no longer coerce. In self-play,
  // sanctions and Export Controls on its members broke it in the first rounds (docs/balance.md).
  autBloc: { framework: 'pact', shieldedFromSanctions: true },
  // Neither the SCO nor the 16+1 existed; Moscow can bring its clients of the time into its camp.
  joinableFrameworks: ['pact'],
  countries: {
    // NATO and the European Communities.
    GBR: { demTie: 'ally', trust: 4 },
    DEU: { demTie: 'member', trust: 4 },
    FRA: { demTie: 'member', trust: 4 },
    ITA: { demTie: 'ally', trust: 3, leverage: 1, polarization: 1 },
    GRC: { demTie: 'ally', trust: 3, regime: 'hybrid' },
    TUR: { demTie: 'ally', trust: 3, regime: 'hybrid' },
    // The Warsaw Pact (May 1955), held by leverage; Poznań and Budapest are a year away.
    POL: { autTie: 'framework', framework: 'pact', leverage: 4, resentment: 1, regime: 'autocracy' },
    HUN: { autTie: 'framework', framework: 'pact', leverage: 3, resentment: 1, regime: 'autocracy' },
    LTU: { autTie: 'framework', framework: 'pact', leverage: 4, regime: 'autocracy' },
    KAZ: { autTie: 'framework', framework: 'pact', leverage: 4, regime: 'autocracy' },
    SRB: { demTie: 'partner', trust: 1, leverage: 1, regime: 'autocracy' },
    // Asia: the 1950 Sino-Soviet treaty; the US treaties with Japan (1951) and South Korea (1953).
    CHN: { autTie: 'framework', framework: 'pact', leverage: 4, regime: 'autocracy' },
    JPN: { demTie: 'ally', trust: 4 },
    KOR: { demTie: 'ally', trust: 3, regime: 'hybrid' },
    VNM: { autTie: 'framework', framework: 'pact', leverage: 3 },
    IDN: { autTie: 'deal', leverage: 3, regime: 'hybrid' },
    IND: { demTie: 'partner', trust: 1, leverage: 3 },
    // The Middle East: Egypt's Czech arms deal (1955); Iran in the Baghdad Pact (1955).
    EGY: { autTie: 'deal', leverage: 3 },
    IRN: { demTie: 'partner', trust: 2 },
  },
} as const satisfies ScenarioDef;
