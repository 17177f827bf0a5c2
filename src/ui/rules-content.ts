/**
 * The rules for players, in plain words (from docs/rules.md). Data only; rules-page.ts shows it.
 * The numbers come from the rules' own table, so the page cannot drift from the engine.
 */
import { ACTION_NAME as A } from '../content/action-words';
import { MODEL_LIMITS } from '../content/model-limits';
import { FRAMEWORK_NAME, FRAMEWORK_SHORT, opsWord, REGION_NAME, SIDE_NAME, SIDE_SHORT, signed } from '../content/words';
import { COUNTRIES, COUNTRY, FRAMEWORK_REACH } from '../game/data/countries';
import { LISTED_SCENARIOS, type ScenarioId } from '../game/data/scenarios';
import type { ScenarioDef } from '../game/data/scenario-types';
import { RULES } from '../game/rules-config';
import { homeOf, inPlay, turnsPerRound } from '../game/scenario-rules';
import { SCENARIO_RULES } from './scenario-rules-content';
import { type FrameworkId, REGIONS, type Side, TRACK_MAX } from '../game/types';

export type Block =
  | { readonly p: string }
  | { readonly list: readonly string[] }
  | { readonly table: { readonly caption: string; readonly head: readonly string[]; readonly rows: ReadonlyArray<readonly string[]> } };

export interface RulesSection {
  readonly title: string;
  readonly blocks: readonly Block[];
}

const R = RULES;
const C = R.costs;
const T = R.thresholds;
const DEM = SIDE_NAME.dem;
const AUT = SIDE_NAME.aut;
/** The countries a framework can take, by name ("Poland, Lithuania, …"). */
const reach = (framework: keyof typeof FRAMEWORK_REACH) => FRAMEWORK_REACH[framework].map((id) => COUNTRY[id].name).join(', ');

/*
 * What differs between scenarios (homes, countries in play, turns, the World Order's largest move,
 * the frameworks, who opens a round) is said here from the scenario data, scenario by scenario,
 * so that no sentence of the general rules is true of one scenario only.
 */
const scenarioId = (def: ScenarioDef): { scenario: ScenarioId } => ({ scenario: def.id as ScenarioId });
/** A scenario's name on this page, without its years: "Cold War". */
const shortTitle = (def: ScenarioDef): string => def.title.replace(/\s*\(.*\)$/, '').replace(/:.*$/, '');
const andList = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The scenarios grouped by what `fact` says of them, in the scenarios' order: "A and B, 4; C, 2". */
function byScenario(fact: (def: ScenarioDef) => string): string {
  const groups = new Map<string, string[]>();
  for (const def of LISTED_SCENARIOS) groups.set(fact(def), [...(groups.get(fact(def)) ?? []), shortTitle(def)]);
  if (groups.size === 1) return `${[...groups.keys()].join('')} in every scenario`;
  return [...groups].map(([value, titles]) => `${andList(titles)}, ${value}`).join('; ');
}

function homeName(def: ScenarioDef, side: Side): string {
  const home = COUNTRIES.find((c) => homeOf(scenarioId(def), c.id) === side);
  if (!home) throw new Error(`scenario ${def.id} has no ${side} home`);
  return home.name;
}

const HOMES = byScenario((def) => `${homeName(def, 'dem')} and ${homeName(def, 'aut')}`);
const IN_PLAY = LISTED_SCENARIOS.map((def) => inPlay(scenarioId(def)).length);
const TURNS = byScenario((def) => String(turnsPerRound(scenarioId(def))));
const MAX_SHIFT = byScenario((def) => String(def.maxShiftPerRound ?? R.maxShiftPerRound));
const REGION_POINTS = byScenario((def) => String(def.regionMajority ?? R.scoring.regionMajority));
const ALTERNATE = LISTED_SCENARIOS.filter((def) => def.initiative === 'alternate').map(shortTitle);
const DEFAULT_FRAMEWORKS: readonly FrameworkId[] = ['sco', 'cee'];
const joinable = (def: ScenarioDef): readonly FrameworkId[] => def.joinableFrameworks ?? DEFAULT_FRAMEWORKS;
const FRAMEWORKS = byScenario((def) => andList(joinable(def).map((f) => FRAMEWORK_NAME[f])));
const UNION = byScenario((def) => andList(def.integration.regions.map((r) => REGION_NAME[r])));
const JOINABLE: readonly FrameworkId[] = [...new Set(LISTED_SCENARIOS.flatMap(joinable))];
const OPENS = ALTERNATE.length === 0
  ? `the ${AUT} opens every round`
  : `in ${andList(ALTERNATE)} the ${AUT} opens the odd rounds and the ${DEM} the even ones, so the last word before resolution changes hands; in the others the ${AUT} opens every round`;

export const RULES_FOR_PLAYERS: readonly RulesSection[] = [
  {
    title: 'The goal',
    blocks: [
      { p: `One of you leads the ${DEM}, the other the ${AUT}, each from a home country that the scenario sets (the ${SIDE_SHORT.dem} and the ${SIDE_SHORT.aut} home: ${HOMES}). You compete over the countries the scenario puts in play (${Math.min(...IN_PLAY)} to ${Math.max(...IN_PLAY)} of them, in up to ${REGIONS.length} regions); each scenario's own rules are at the end of this page.` },
      { p: `The World Order track runs from ${signed(-R.worldOrderLimit)} to ${signed(R.worldOrderLimit)}: positive favours the ${DEM}. It starts where the scenario puts it and moves once a round, at scoring, by the difference of your points, up to a limit either way (${MAX_SHIFT}). At ±${R.worldOrderLimit} the game ends at once; otherwise, after the scenario's last round, whoever it leans towards wins, and 0 is a draw.` },
    ],
  },
  {
    title: 'What the board shows',
    blocks: [
      { p: 'Every country has a weight from 1 to 3 (its importance: it multiplies points), a regime (democracy, hybrid or autocracy), and:' },
      {
        list: [
          `Trust (0–${TRACK_MAX.trust}): how far it trusts the ${DEM}.`,
          `Leverage (0–${TRACK_MAX.leverage}): the economic and political hold of the ${AUT}.`,
          `${SIDE_SHORT.dem} tie: partner (cooperation), ally (alliance) or member (integration, the deepest).`,
          `${SIDE_SHORT.aut} tie: a bilateral deal, or membership of a framework the scenario has (${FRAMEWORKS}).`,
          `Polarization (0–${TRACK_MAX.polarization}) in democracies and hybrids, and resentment (0–${TRACK_MAX.resentment}) left behind by coercion.`,
        ],
      },
      {
        list: [
          'Common values: every trust gain in a democracy is one larger.',
          `At polarization ${T.polarizationBlocksTrust} no trust can be gained, and reaching it costs 1 trust.`,
          'Any trust gain where there is no tie yet makes the country a partner.',
          'Home countries can never be targeted and never score.',
        ],
      },
    ],
  },
  {
    title: 'A round',
    blocks: [
      {
        list: [
          'World event: the face-up world card happens, and the next one is turned up, so you always see one event ahead.',
          `Income: the ${DEM} gets ${R.income.demBase} capital, plus members' weight ÷ ${R.income.demMemberWeightDivisor}, minus its dependency above ${R.income.dependencyPenaltyFrom}. The ${AUT} gets ${R.income.autBase}, plus ${R.income.autPerDeal} per bilateral deal.`,
          `Draw: each side draws up to ${R.handSize} cards from its own deck.`,
          `Turns: alternating, as many turns each as the scenario says (${TURNS}). Who opens a round is the scenario's to say too: ${OPENS}. The last card stays in your hand for the next round.`,
          `Resolution: first the bloc votes on a common position (the line it takes on the issues of the day); a blocked one counts as a failed bloc decision. Then allies below trust ${R.thresholds.allyUpkeepTrust} fall back to partner and members below trust ${R.thresholds.memberUpkeepTrust} to ally, coerced partners with more resentment than leverage (or resentment at its maximum, ${TRACK_MAX.resentment}) break away, democracies at polarization ${R.elections.minPolarization} or more hold elections (a populist result costs ${R.elections.populistTrustLoss} trust and never by itself changes the regime), and the round is scored.`,
        ],
      },
    ],
  },
  {
    title: 'Your turn',
    blocks: [
      { p: 'Play one card from your hand, in one of two ways:' },
      {
        list: [
          'For its event: the card does what it says (some events need a target country).',
          'For its ops (1 to 4): spend them on basic actions, one at a time. You may stop early and give up the rest with “End turn”.',
        ],
      },
      { p: 'A pivotal card (marked “pivotal”) carries a moment of the record: it must be played for its event whenever the event can be played; only when it has no legal target may it be played for its ops.' },
      { p: 'You can undo a basic action you just took, as long as your turn has not ended. Playing a card cannot be undone: the other side has seen it.' },
    ],
  },
  {
    title: `Basic actions of the ${DEM}`,
    blocks: [{
      table: {
        caption: `${SIDE_SHORT.dem} actions`,
        head: ['Action', 'Cost', 'When', 'Effect'],
        rows: [
          [A.engage, `${opsWord(C.engage)} (+1 outside the bloc where leverage ≥ ${C.engageSurchargeAtLeverage})`, `polarization below ${T.polarizationBlocksTrust}`, `trust ${signed(1)} (${signed(1)} more in a democracy)`],
          [A.ally, opsWord(C.ally), `a partner with trust ≥ ${T.allyTrust}`, 'it becomes an ally'],
          [A.integrate, opsWord(C.integrate), `an ally, democracy, in the bloc's union (${UNION}; in the present-day scenarios the UK, which left the EU in 2020, may be integrated again as the game's what-if), trust ≥ ${T.integrateTrust}, polarization ≤ ${T.integrateMaxPolarization}`, 'bloc decision: it becomes a member'],
          [A['counter-disinformation'], opsWord(C.counterDisinformation), 'polarization above 0', `polarization ${signed(-1)}`],
          [A.diversify, `${opsWord(C.diversify)} and ${C.diversifyCapital} capital`, 'dependency above 0', `dependency ${signed(-1)}`],
          [A.sanction, opsWord(C.sanction), 'leverage above 0, capital ≥ dependency', `bloc decision: leverage ${signed(-R.sanction.leverageLoss)}, trust ${signed(-R.sanction.trustLoss)} (like any coercion, it leaves resentment toward the bloc); you pay capital equal to your dependency`],
        ],
      },
    }],
  },
  {
    title: `Basic actions of the ${AUT}`,
    blocks: [{
      table: {
        caption: `${SIDE_SHORT.aut} actions`,
        head: ['Action', 'Cost', 'When', 'Effect'],
        rows: [
          [A.invest, `${opsWord(C.invest)} (+${C.investScreening} in a member: investment screening) and ${C.investCapital} capital`, `leverage below ${TRACK_MAX.leverage}`, `leverage ${signed(1)}; a deal where there was no tie`],
          [A.coerce, opsWord(C.coerce), `leverage ≥ ${T.coerceLeverage}, trust above 0`, `trust ${signed(-1)}, resentment ${signed(1)}`],
          [A.disinform, opsWord(C.disinform), `a democracy or hybrid below polarization ${TRACK_MAX.polarization}`, `polarization ${signed(1)}`],
          [A.framework, opsWord(C.framework), `leverage ≥ ${T.frameworkLeverage}, not yet in a framework, within the reach of a framework the scenario has (${JOINABLE.map((f) => `${FRAMEWORK_SHORT[f]}: ${reach(f)}`).join('; ')})`, 'it joins that framework'],
          [A.lure, opsWord(C.lure), 'an ally (not a member) whose leverage exceeds its trust', 'it drops back to partner'],
        ],
      },
    }],
  },
  {
    title: 'Bloc decisions and the veto',
    blocks: [
      { p: `Integration, sanctions, the common position and some cards are bloc decisions: the members vote. On the bloc's line toward the ${AUT} (the common position, sanctions, the reform), a member votes against when its leverage is ${T.vetoLeverage} or more and above its trust in the bloc (a "cheerleader"): trust is the bloc's answer to leverage. Enlargement is not that line: on an integration a member votes against only when its own trust in the bloc is below ${T.allyUpkeepTrust}.` },
      { p: `Under unanimity one vote against is a veto. Majority voting is a double majority, like the EU's qualified majority: a decision passes when the members for it are at least ${R.qmv.memberPct}% of the members and hold at least ${R.qmv.weightPct}% of the members' weight. A failed decision still spends its ops, and scores for the ${AUT}.` },
      { p: 'The reform card that brings majority voting is itself put to a vote under the current rule, so under unanimity one member under heavy leverage can block it.' },
      { p: `The investment agreement is the ${AUT}'s proposal: members with an economic stake (leverage ${R.investmentAgreement.stakeLeverage} or more) vote for it, the others against. If the bloc turns it down, nobody scores.` },
    ],
  },
  {
    title: 'Scoring, at the end of every round',
    blocks: [
      { p: 'Points are multiplied by each country\'s weight.' },
      {
        list: [
          `${DEM}: ${R.scoring.ally} per ally, ${R.scoring.member} per member; +${R.scoring.unitedFront} for a united front (no failed decision and no member lost this round); a bonus for each region where your members and allies hold more than half the weight (${REGION_POINTS}).`,
          `${AUT}: ${R.scoring.leverage} per country with leverage ≥ ${R.scoring.leverageAtLeast}, ${R.scoring.framework} per framework member, ${R.scoring.veto} per failed bloc decision, and ${R.scoring.lostTie} per weight of every ally or member the bloc lost this round.`,
        ],
      },
    ],
  },
  {
    title: 'Where the regime labels come from',
    blocks: [
      { p: 'Democracy or not follows V-Dem\'s Regimes of the World for 2021; among the rest, Freedom House\'s Freedom in the World 2021 separates hybrid (Partly Free) from autocracy (Not Free). Two labels are kept against that rule: India stays a democracy (both indices rate it lower, which is contested; the article counts the Quad among the democracies) and Turkey stays hybrid (Freedom House: Not Free).' },
    ],
  },
  {
    title: 'Both sides coerce',
    blocks: [
      { p: 'Both sides coerce: the Autocratic power with trade restrictions and pressure, the Democratic bloc with sanctions and export controls. Every use leaves resentment or can draw retaliation, which costs the side it targets.' },
    ],
  },
  ...SCENARIO_RULES,
  {
    title: 'What each player sees',
    blocks: [
      { p: 'You see your own hand, how many cards the other side holds, every discard pile and the next world event. Nobody sees the order of any deck. The AI plays by the same rule: it never looks at your hand.' },
    ],
  },
  {
    title: 'What this model leaves out',
    blocks: [
      { p: 'Every game simplifies. These are the simplifications worth discussing in class:' },
      { list: MODEL_LIMITS.map((item) => `${item.title}: ${item.text}`) },
    ],
  },
];
