/**
 * The rules for players, in plain words (from docs/rules.md). Data only; rules-page.ts shows it.
 * The numbers come from the rules' own table, so the page cannot drift from the engine.
 */
import { ACTION_NAME as A } from '../content/action-words';
import { FRAMEWORK_NAME, SIDE_NAME, SIDE_SHORT, signed } from '../content/words';
import { TARGETABLE } from '../game/data/countries';
import { RULES } from '../game/rules-config';
import { REGIONS, TRACK_MAX } from '../game/types';

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

export const RULES_FOR_PLAYERS: readonly RulesSection[] = [
  {
    title: 'The goal',
    blocks: [
      { p: `One of you leads the ${DEM} (home: the United States), the other the ${AUT} (home: China). You compete over ${TARGETABLE.length} countries in ${REGIONS.length} regions.` },
      { p: `The World Order track runs from ${signed(-R.worldOrderLimit)} to ${signed(R.worldOrderLimit)}: positive favours the ${DEM}. It moves once a round, at scoring, by the difference of your points (at most ${R.maxShiftPerRound} either way). At ±${R.worldOrderLimit} the game ends at once; otherwise, after the last round, whoever it leans towards wins, and 0 is a draw.` },
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
          `${SIDE_SHORT.aut} tie: a bilateral deal, or membership of a shallow framework (${FRAMEWORK_NAME.sco} or ${FRAMEWORK_NAME.cee}).`,
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
          `Turns: the ${AUT} first, then alternating, ${R.turnsPerRound} turns each. The last card stays in your hand for the next round.`,
          'Resolution: weak alliances fall back, coerced partners with more resentment than leverage break away, polarized democracies hold elections, then the round is scored.',
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
          [A.engage, `${C.engage} op (+1 where leverage ≥ ${C.engageSurchargeAtLeverage})`, `polarization below ${T.polarizationBlocksTrust}`, `trust ${signed(1)} (${signed(1)} more in a democracy)`],
          [A.ally, `${C.ally} ops`, `a partner with trust ≥ ${T.allyTrust}`, 'it becomes an ally'],
          [A.integrate, `${C.integrate} ops`, `an ally, democracy, trust ${T.integrateTrust}, polarization ≤ ${T.integrateMaxPolarization}`, 'bloc decision: it becomes a member'],
          [A['counter-disinformation'], `${C.counterDisinformation} op`, 'polarization above 0', `polarization ${signed(-1)}`],
          [A.diversify, `${C.diversify} ops and ${C.diversifyCapital} capital`, 'dependency above 0', `dependency ${signed(-1)}`],
          [A.sanction, `${C.sanction} ops`, 'leverage above 0, capital ≥ dependency', `bloc decision: leverage ${signed(-R.sanction.leverageLoss)}; you pay capital equal to your dependency`],
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
          [A.invest, `${C.invest} op and ${C.investCapital} capital`, `leverage below ${TRACK_MAX.leverage}`, `leverage ${signed(1)}; a deal where there was no tie`],
          [A.coerce, `${C.coerce} op`, `leverage ≥ ${T.coerceLeverage}, trust above 0`, `trust ${signed(-1)}, resentment ${signed(1)}`],
          [A.disinform, `${C.disinform} op`, `a democracy or hybrid below polarization ${TRACK_MAX.polarization}`, `polarization ${signed(1)}`],
          [A.framework, `${C.framework} ops`, `leverage ≥ ${T.frameworkLeverage}, not yet in a framework`, 'it joins the framework you choose'],
          [A.lure, `${C.lure} ops`, 'an ally (not a member) whose leverage exceeds its trust', 'it drops back to partner'],
        ],
      },
    }],
  },
  {
    title: 'Bloc decisions and the veto',
    blocks: [
      { p: `Integration, sanctions and some cards are bloc decisions: the members vote. A member with leverage ${T.vetoLeverage} or more votes against.` },
      { p: `Under unanimity one vote against is a veto. Under majority voting (a reform card brings it) the decision passes when more than half the members are for it. A failed decision still spends its ops, and scores for the ${AUT}.` },
    ],
  },
  {
    title: 'Scoring, at the end of every round',
    blocks: [
      { p: 'Points are multiplied by each country\'s weight.' },
      {
        list: [
          `${DEM}: ${R.scoring.ally} per ally, ${R.scoring.member} per member; +${R.scoring.unitedFront} for a united front (no failed decision and no member lost this round); +${R.scoring.regionMajority} per region where your members and allies hold more than half the weight.`,
          `${AUT}: ${R.scoring.leverage} per country with leverage ≥ ${R.scoring.leverageAtLeast}, ${R.scoring.framework} per framework member, ${R.scoring.veto} per failed bloc decision, and ${R.scoring.lostTie} per weight of every ally or member the bloc lost this round.`,
        ],
      },
    ],
  },
  {
    title: 'What each player sees',
    blocks: [
      { p: 'You see your own hand, how many cards the other side holds, every discard pile and the next world event. Nobody sees the order of any deck. The AI plays by the same rule: it never looks at your hand.' },
    ],
  },
];
