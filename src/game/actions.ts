/**
 * Basic actions bought with ops (GAME.md section 3). Each is a small table entry: what it
 * needs, what it costs and what it does, so the checks that make a move legal and the code
 * that applies it cannot drift apart.
 */
import { holdBlocDecision } from './bloc';
import { COUNTRY, FRAMEWORK_REACH } from './data/countries';
import { SCENARIOS } from './data/scenarios';
import {
  changeCapital, changeDependency, changeTrack, hasStanding, type Origin, setAutTie, setDemTie,
} from './mutate';
import { RULES } from './rules-config';
import { homeOf, isInPlay, sanctionShieldRefusal } from './scenario-rules';
import type { GameState } from './state';
import {
  type ActionId, type AutActionId, type ConceptId, type CountryId, type DemActionId, type FrameworkId, type Side,
  TRACK_MAX,
} from './types';

const C = RULES.costs;
/** The frameworks a country can join in play unless a scenario says otherwise. */
const DEFAULT_JOINABLE: readonly FrameworkId[] = ['sco', 'cee'];
const T = RULES.thresholds;

// Refusal messages are built once: legal-move generation asks for them thousands of times a game.
const MSG = {
  allyTrust: `an alliance needs trust ${T.allyTrust} or more`,
  integrateTrust: `integration needs trust ${T.integrateTrust}`,
  integratePolarization: `integration needs polarization ${T.integrateMaxPolarization} or less`,
  coerceLeverage: `coercion needs leverage ${T.coerceLeverage} or more`,
  frameworkLeverage: `joining a framework needs leverage ${T.frameworkLeverage} or more`,
  integrateOutsideRegion: 'the bloc\'s union takes only countries of its own region',
  integrateOutside: 'this country stays outside the bloc\'s union in this scenario',
  notJoinable: 'no country can join this framework in this scenario',
  frameworkReach: {
    sco: 'the SCO takes only Eurasian and South Asian countries (Russia, Turkey, Kazakhstan, India, Pakistan, Iran)',
    cee: 'the 16+1 takes only Central and Eastern European countries (Poland, Lithuania, Greece, Hungary, Serbia)',
    pact: 'only Moscow\'s clients of the time outside Europe join its camp during play (Egypt, Indonesia)',
  },
} as const;

/** Arguments of an action beyond its kind. */
export interface ActionArgs {
  readonly target: CountryId | null;
  readonly framework: FrameworkId | null;
}

export interface ActionDef {
  readonly side: Side;
  readonly concept: ConceptId;
  /** Whether the action needs a target country (all but Diversify). */
  readonly targeted: boolean;
  /** Ops it costs on this target. */
  readonly ops: (G: GameState, args: ActionArgs) => number;
  /** The least it can cost anywhere (for skipping unaffordable actions quickly). */
  readonly minOps: number;
  /** Capital it costs up front. */
  readonly capital: (G: GameState) => number;
  /** Why it cannot be taken on this target now, or null when it can (costs are checked separately). */
  readonly refuse: (G: GameState, args: ActionArgs) => string | null;
  readonly apply: (G: GameState, args: ActionArgs, origin: Origin) => void;
}

const country = (G: GameState, args: ActionArgs) => G.countries[args.target as CountryId];
const free = () => 0;

const DEM: Record<DemActionId, ActionDef> = {
  engage: {
    side: 'dem',
    concept: 'trust',
    targeted: true,
    // Engaging where the rival holds heavy leverage costs more, except inside the bloc, whose own
    // institutions reach its members.
    ops: (G, a) => {
      const cs = country(G, a);
      return C.engage + (cs.demTie !== 'member' && cs.leverage >= C.engageSurchargeAtLeverage ? 1 : 0);
    },
    minOps: C.engage,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.polarization >= T.polarizationBlocksTrust) return 'polarization is at its peak: no trust can be gained there';
      if (cs.trust >= TRACK_MAX.trust && cs.demTie !== 'none') return 'trust is already at its maximum';
      return null;
    },
    apply: (G, a, o) => changeTrack(G, a.target as CountryId, 'trust', 1, o),
  },
  ally: {
    side: 'dem',
    concept: 'alliance',
    targeted: true,
    ops: () => C.ally,
    minOps: C.ally,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.demTie !== 'partner') return 'only a partner can become an ally';
      if (cs.trust < T.allyTrust) return MSG.allyTrust;
      return null;
    },
    apply: (G, a, o) => setDemTie(G, a.target as CountryId, 'ally', o),
  },
  integrate: {
    side: 'dem',
    concept: 'integration',
    targeted: true,
    ops: () => C.integrate,
    minOps: C.integrate,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.demTie !== 'ally') return 'only an ally can be integrated';
      if (cs.regime !== 'democracy') return 'only a democracy pools its sovereignty';
      const union = SCENARIOS[G.scenario].integration;
      const id = a.target as CountryId;
      if (!union.regions.includes(COUNTRY[id].region)) return MSG.integrateOutsideRegion;
      if (union.outside.includes(id)) return MSG.integrateOutside;
      if (cs.trust < T.integrateTrust) return MSG.integrateTrust;
      if (cs.polarization > T.integrateMaxPolarization) return MSG.integratePolarization;
      return null;
    },
    apply: (G, a, o) => {
      if (holdBlocDecision(G, 'integration', o)) setDemTie(G, a.target as CountryId, 'member', o);
    },
  },
  'counter-disinformation': {
    side: 'dem',
    concept: 'disinformation',
    targeted: true,
    ops: () => C.counterDisinformation,
    minOps: C.counterDisinformation,
    capital: free,
    refuse: (G, a) => (country(G, a).polarization === 0 ? 'there is no polarization to counter' : null),
    apply: (G, a, o) => changeTrack(G, a.target as CountryId, 'polarization', -1, o),
  },
  diversify: {
    side: 'dem',
    concept: 'dependency',
    targeted: false,
    ops: () => C.diversify,
    minOps: C.diversify,
    capital: () => C.diversifyCapital,
    refuse: (G) => (G.sides.dem.dependency === 0 ? 'there is no dependency left to reduce' : null),
    apply: (G, _a, o) => changeDependency(G, -1, o),
  },
  sanction: {
    side: 'dem',
    // Sanctions are the bloc's coercion: like any coercion they leave resentment on the target.
    concept: 'coercion',
    targeted: true,
    ops: () => C.sanction,
    minOps: C.sanction,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.demTie === 'ally' || cs.demTie === 'member') return 'the bloc does not sanction its own allies and members';
      if (cs.leverage === 0) return 'there is no leverage to sanction';
      const shielded = sanctionShieldRefusal(G, a.target as CountryId, null);
      if (shielded) return shielded;
      if (G.sides.dem.capital < G.sides.dem.dependency) return `a sanction costs capital equal to dependency (${G.sides.dem.dependency})`;
      return null;
    },
    apply: (G, a, o) => {
      if (!holdBlocDecision(G, 'sanction', o)) return;
      const id = a.target as CountryId;
      changeTrack(G, id, 'leverage', -RULES.sanction.leverageLoss, o);
      // The resentment is toward the sanctioning bloc: it shows as lost trust, and never as a
      // reason to break with the Autocratic side (the coercion check counts only its coercion).
      changeTrack(G, id, 'trust', -RULES.sanction.trustLoss, o);
      changeCapital(G, 'dem', -G.sides.dem.dependency, { ...o, concept: 'dependency' });
    },
  },
};

const AUT: Record<AutActionId, ActionDef> = {
  invest: {
    side: 'aut',
    concept: 'mutual-interest',
    targeted: true,
    // Investment in a member of the bloc passes its screening first (the EU's FDI screening,
    // Regulation (EU) 2019/452, in force since October 2020): one more op.
    ops: (G, a) => C.invest + (country(G, a).demTie === 'member' ? C.investScreening : 0),
    minOps: C.invest,
    capital: () => C.investCapital,
    refuse: (G, a) => {
      const cs = country(G, a);
      return cs.leverage >= TRACK_MAX.leverage && cs.autTie !== 'none' ? 'leverage is already at its maximum' : null;
    },
    apply: (G, a, o) => {
      const id = a.target as CountryId;
      changeTrack(G, id, 'leverage', 1, o);
      if (G.countries[id].autTie === 'none') setAutTie(G, id, 'deal', null, { ...o, concept: 'bilateral-deals' });
    },
  },
  coerce: {
    side: 'aut',
    concept: 'coercion',
    targeted: true,
    ops: () => C.coerce,
    minOps: C.coerce,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.leverage < T.coerceLeverage) return MSG.coerceLeverage;
      if (cs.trust === 0) return 'there is no trust left to break';
      return null;
    },
    apply: (G, a, o) => {
      changeTrack(G, a.target as CountryId, 'trust', -1, o);
      changeTrack(G, a.target as CountryId, 'resentment', 1, o);
    },
  },
  disinform: {
    side: 'aut',
    concept: 'disinformation',
    targeted: true,
    ops: (G, a) => C.disinform + (hasStanding(G, 'platform-regulation') && country(G, a).demTie === 'member' ? 1 : 0),
    minOps: C.disinform,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.regime === 'autocracy') return 'autocracies do not polarize';
      if (cs.polarization >= TRACK_MAX.polarization) return 'polarization is already at its peak';
      return null;
    },
    apply: (G, a, o) => changeTrack(G, a.target as CountryId, 'polarization', 1, o),
  },
  framework: {
    side: 'aut',
    concept: 'frameworks',
    targeted: true,
    ops: () => C.framework,
    minOps: C.framework,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (a.framework === null) return 'choose a framework to join';
      if (!(SCENARIOS[G.scenario].joinableFrameworks ?? DEFAULT_JOINABLE).includes(a.framework)) return MSG.notJoinable;
      if (!FRAMEWORK_REACH[a.framework].includes(a.target as CountryId)) return MSG.frameworkReach[a.framework];
      if (cs.leverage < T.frameworkLeverage) return MSG.frameworkLeverage;
      if (cs.autTie === 'framework') return 'already a member of a framework';
      return null;
    },
    apply: (G, a, o) => setAutTie(G, a.target as CountryId, 'framework', a.framework, o),
  },
  lure: {
    side: 'aut',
    concept: 'bloc-disruption',
    targeted: true,
    ops: () => C.lure,
    minOps: C.lure,
    capital: free,
    refuse: (G, a) => {
      const cs = country(G, a);
      if (cs.demTie !== 'ally') return 'only an ally (not a member) can be lured away';
      if (cs.leverage <= cs.trust) return 'leverage must exceed trust to lure an ally';
      return null;
    },
    apply: (G, a, o) => setDemTie(G, a.target as CountryId, 'partner', o),
  },
  crush: {
    side: 'aut',
    concept: 'coerced-bloc-collapse',
    targeted: true,
    ops: () => C.crush,
    minOps: C.crush,
    capital: () => C.crushCapital,
    refuse: (G, a) => {
      const bloc = SCENARIOS[G.scenario].autBloc;
      if (!bloc) return 'the Autocratic side leads no bloc of its own in this scenario';
      const cs = country(G, a);
      if (cs.autTie !== 'framework' || cs.framework !== bloc.framework) return 'only a member of the Autocratic side\'s own bloc can be crushed';
      if (cs.resentment === 0) return 'there is no revolt to crush';
      if (hasStanding(G, 'coercion-ended')) return 'coercion has been abandoned: no revolt can be crushed any more';
      return null;
    },
    // Force buys time, not loyalty: resentment falls, but the crushed people look west.
    apply: (G, a, o) => {
      changeTrack(G, a.target as CountryId, 'resentment', -RULES.crush.relief, o);
      changeTrack(G, a.target as CountryId, 'trust', RULES.crush.trustGain, { ...o, concept: 'trust' });
    },
  },
};

export const ACTIONS: Readonly<Record<ActionId, ActionDef>> = { ...DEM, ...AUT };

/**
 * Why a side cannot take this action now (ignoring whose turn it is and pending ops),
 * or null when it can. Checks the target, the action's own conditions and its capital cost.
 */
export function refuseAction(G: GameState, side: Side, action: ActionId, args: ActionArgs): string | null {
  const def = ACTIONS[action];
  if (def.side !== side) return `${action} is not an action of this side`;
  if (def.targeted) {
    if (args.target === null) return `${action} needs a target country`;
    if (homeOf(G, args.target)) return 'home countries cannot be targeted';
    if (!isInPlay(G, args.target)) return `${COUNTRY[args.target].name} is out of play in this scenario`;
  } else if (args.target !== null) return `${action} takes no target`;
  if (action !== 'framework' && args.framework !== null) return `${action} takes no framework`;
  const reason = def.refuse(G, args);
  if (reason) return reason;
  const capital = def.capital(G);
  if (G.sides[side].capital < capital) return `not enough capital (needs ${capital})`;
  return null;
}
