/**
 * Every tunable number of the rules in one table. GAME.md gives starting points;
 * changes made by self-play are recorded in docs/balance.md.
 */
export const RULES = {
  /** Cards in hand after the draw; one is kept at the end of the round. */
  handSize: 5,
  /** Action turns per side per round. */
  turnsPerRound: 4,
  /** The World Order track ends the game at once at ±this value. */
  worldOrderLimit: 20,
  /** Largest move of the World Order track in one round's scoring (keeps sudden wins rare). */
  maxShiftPerRound: 5,
  income: {
    demBase: 2,
    /** Democratic income += members' weight divided by this, rounded down. */
    demMemberWeightDivisor: 3,
    /** Democratic income −= max(0, dependency − this). */
    dependencyPenaltyFrom: 2,
    autBase: 3,
    /** Autocratic income += this per bilateral deal. */
    autPerDeal: 1,
  },
  costs: {
    engage: 1,
    /** Extra op to engage outside the bloc where the Autocratic side holds this much leverage or more. */
    engageSurchargeAtLeverage: 3,
    ally: 2,
    integrate: 3,
    counterDisinformation: 1,
    diversify: 2,
    diversifyCapital: 2,
    sanction: 2,
    invest: 1,
    investCapital: 1,
    /** Extra op to invest in a member of the bloc (investment screening). */
    investScreening: 1,
    coerce: 1,
    disinform: 2,
    framework: 2,
    lure: 3,
    /** Crushing a revolt in the Autocratic side's own bloc (only where it leads one: the Cold War). */
    crush: 2,
    crushCapital: 2,
  },
  thresholds: {
    /** Trust a partner needs to become an ally. */
    allyTrust: 3,
    /** Trust an ally needs to be integrated (with a democratic regime and low polarization). */
    integrateTrust: 4,
    integrateMaxPolarization: 1,
    /** Leverage needed to coerce a country or bring it into a framework. */
    coerceLeverage: 2,
    frameworkLeverage: 2,
    /** A member with this much leverage vetoes under unanimity (and votes no under majority). */
    vetoLeverage: 3,
    /** Polarization at which trust can no longer be gained. */
    polarizationBlocksTrust: 3,
    /** Upkeep: allies below this trust fall to partner; members below the next fall to ally. */
    allyUpkeepTrust: 2,
    memberUpkeepTrust: 1,
  },
  /** A crushed revolt: resentment falls by `relief`, and the crushed people's trust in the West rises by `trustGain`. */
  crush: { relief: 2, trustGain: 1 },
  /** A sanction cuts the target's leverage and, like any coercion, leaves resentment toward the sanctioning bloc (lost trust). */
  sanction: { leverageLoss: 2, trustLoss: 1 },
  /**
   * Majority voting is a double majority, as the EU's qualified majority (TEU Art. 16(4)): the members
   * for a decision must be at least this share of the members and hold this share of their weight.
   */
  qmv: { memberPct: 55, weightPct: 65 },
  /** On the investment agreement, a member with at least this much leverage (an economic stake) votes for it. */
  investmentAgreement: { stakeLeverage: 1 },
  /**
   * Trust lost when polarization reaches its peak. 0: measured effects of influence campaigns are
   * small (the story report found the peak loss, repeated after each counter, driving half of all
   * changes); peak polarization still blocks every trust gain and brings elections.
   */
  polarizationPeakTrustLoss: 0,
  elections: {
    /** Elections are held in democracies at or above this polarization. */
    minPolarization: 2,
    /** Chance of a populist result by polarization (index = polarization). */
    populistChance: [0, 0, 0.5, 0.75] as readonly number[],
    populistTrustLoss: 1,
    polarizationAfterPopulist: 1,
  },
  scoring: {
    ally: 1,
    member: 2,
    unitedFront: 2,
    regionMajority: 5,
    leverageAtLeast: 3,
    leverage: 1,
    framework: 2,
    /** A bilateral deal of mutual interest scores like a framework seat (win-win partnerships). */
    deal: 0,
    veto: 1,
    lostTie: 2,
  },
} as const;
