import { CONCEPTS, type ConceptId } from '../../types';
import type { ScenarioDef } from '../scenario-types';

/**
 * "Competing Visions (2021)", the default scenario: the revived democratic alliances of 2021
 * against Beijing's partnerships, frameworks and cheerleaders inside the EU.
 *
 * Regime labels (in data/countries.ts) follow V-Dem's Regimes of the World for 2021 (democracy
 * or not) and Freedom House's Freedom in the World 2021 (Partly Free: hybrid; Not Free: autocracy),
 * except India (kept a democracy) and Turkey (kept hybrid): see the note there and docs/rules.md.
 * Frameworks as of 2021: the SCO (Russia, Kazakhstan, India, Pakistan; Iran joined only in 2023, so
 * it starts with a bilateral deal, the 25-year cooperation agreement of March 2021) and the 16+1.
 */
export const COMPETING_VISIONS = {
  id: 'competing-visions',
  title: 'Competing Visions (2021)',
  year: 2021,
  summary:
    'Europe\'s democracies are integrated, the Quad and AUKUS are being revived, and Beijing holds the 16+1 and the SCO with wedges in Greece and Hungary.',
  rounds: 8,
  // A region held scores 4, not the default 5, and the track starts at +5 (docs/balance.md, steps 10
  // and 11): regions reward the planner most, so at 5 Hard against Hard won 72% as the Democratic side
  // while Normal against Normal sat at 45%; at 4 and +5 both levels are inside the 40–60% band.
  worldOrder: 5,
  regionMajority: 4,
  // The last word before each resolution alternates (docs/balance.md, step 9: with the Democratic
  // side always last, Hard against Hard won it 72% of games).
  initiative: 'alternate',
  capital: { dem: 4, aut: 4 },
  decisionRule: 'unanimity',
  dependency: 3,
  // The EU as the bloc's union. The United Kingdom left it in January 2020: that it can be
  // integrated again is the game's what-if, as every integration in play is. (Widened like `teaches`.)
  integration: { regions: ['europe'], outside: [] } as ScenarioDef['integration'],
  // The default scenario is the full course: every concept of the model. (Widened to the field's
  // type: the literal tuple type would not convert to ScenarioDef in scenarios.ts.)
  teaches: CONCEPTS as readonly ConceptId[],
  countries: {
    // Europe: the integrated core, with two cheerleaders for Beijing inside it.
    GBR: { demTie: 'ally', trust: 4 },
    DEU: { demTie: 'member', trust: 4, leverage: 2 },
    FRA: { demTie: 'member', trust: 4, leverage: 1 },
    ITA: { demTie: 'member', trust: 3, leverage: 1, polarization: 1 },
    POL: { demTie: 'member', trust: 3, leverage: 1, polarization: 1, autTie: 'framework', framework: 'cee' },
    LTU: { demTie: 'member', trust: 4, leverage: 1, autTie: 'framework', framework: 'cee' },
    // Greece (COSCO's Piraeus) blocked the EU's statement at the UN in 2017, Hungary (the
    // Budapest–Belgrade railway) the EU's on Hong Kong in 2021: leverage above their trust.
    GRC: { demTie: 'member', trust: 3, leverage: 4, autTie: 'framework', framework: 'cee' },
    HUN: { demTie: 'member', trust: 3, leverage: 4, polarization: 2, autTie: 'framework', framework: 'cee' },
    // Eurasia
    RUS: { leverage: 3, autTie: 'framework', framework: 'sco' },
    TUR: { demTie: 'ally', trust: 2, leverage: 1 },
    SRB: { leverage: 3, autTie: 'framework', framework: 'cee' },
    KAZ: { leverage: 3, autTie: 'framework', framework: 'sco' },
    // Indo-Pacific
    JPN: { demTie: 'ally', trust: 4, leverage: 1 },
    KOR: { demTie: 'ally', trust: 3, leverage: 1 },
    AUS: { demTie: 'ally', trust: 4, leverage: 1 },
    IND: { demTie: 'partner', trust: 2, leverage: 1, autTie: 'framework', framework: 'sco' },
    TWN: { demTie: 'partner', trust: 2 },
    IDN: { demTie: 'partner', trust: 1, leverage: 1 },
    PHL: { demTie: 'partner', trust: 2, leverage: 1 },
    VNM: { leverage: 1 },
    PAK: { leverage: 4, autTie: 'framework', framework: 'sco' },
    // Middle East
    SAU: { leverage: 1 },
    IRN: { leverage: 2, autTie: 'deal' },
    EGY: { leverage: 1, autTie: 'deal' },
    // Africa
    NGA: { leverage: 1 },
    ZAF: { demTie: 'partner', trust: 1, leverage: 1 },
    KEN: { demTie: 'partner', trust: 1, leverage: 1, autTie: 'deal' },
    ETH: { leverage: 3, autTie: 'deal' },
    // Americas
    BRA: { demTie: 'partner', trust: 1, leverage: 1 },
    MEX: { demTie: 'partner', trust: 2 },
    ARG: { demTie: 'partner', trust: 1, leverage: 1 },
    VEN: { leverage: 3, autTie: 'deal' },
  },
} as const satisfies ScenarioDef;
