/**
 * The glossary's hand-written texts, one per concept of GAME.md section 1: a definition in this
 * project's own words, the passage of the article it comes from, real examples, where scholars
 * disagree, and how the game makes it felt. The cards and actions that show each concept are not
 * written here: glossary.ts computes them from the card and action data.
 *
 * Longer than ~300 lines on purpose: it is one data table, twenty entries of text, and splitting
 * it would only scatter the concepts. Every quote is checked against the article by a test.
 */
import { RULES } from '../game/rules-config';
import { type ConceptId, TRACK_MAX } from '../game/types';
import type { SourceId } from './glossary-sources';
import { signed } from './words';

/** The article's sections, by their headings ("Introduction": the part before the first heading). */
export const ARTICLE_SECTIONS = [
  'Introduction',
  'Blocs, alliances, cooperation, and integration',
  'Implications for Chinese foreign policy',
  'What can the EU and its member-states do?',
] as const;
export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];

export interface Example {
  /** What it is called: "NATO", "Lithuania 2021". */
  readonly name: string;
  /** What it shows, in a sentence. */
  readonly note: string;
}

/** Where scholars (or the article and its sources) disagree. */
export interface Contested {
  readonly note: string;
  readonly sources: readonly SourceId[];
}

export interface EntryText {
  /** The concept in the project's own words (at most 80 words). */
  readonly definition: string;
  /** A short passage of the article (at most 25 words, verbatim) and the section it is in. */
  readonly quote: { readonly text: string; readonly section: ArticleSection };
  readonly examples: readonly Example[];
  readonly contested: Contested | null;
  /** The works the definition rests on. */
  readonly references: readonly SourceId[];
  /** How the game makes it felt. */
  readonly inTheGame: string;
}

const ex = (name: string, note: string): Example => ({ name, note });

// The "in the game" texts quote the rules' own numbers, so that they follow every tuning.
const T = RULES.thresholds;
const S = RULES.sanction;

export const ENTRY_TEXT: Readonly<Record<ConceptId, EntryText>> = {
  cooperation: {
    definition: 'States working together because it serves a goal they share. Any two states can cooperate, whatever their regimes, and it asks little of them: cooperating does not make them allies. It is the shallowest of the ties between states, and the starting point for deeper ones.',
    quote: { text: 'States who are allies cooperate, but states who cooperate are not necessarily allies.', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('SCO', 'Its members cooperate on countering terrorism and on trade, yet it never became a military alliance.'),
      ex('China and Russia at the UN', 'The two work together across many issues at the United Nations without being allies.'),
    ],
    contested: {
      note: 'How far cooperation can go without trust is an old debate: institutionalists argue that shared rules let self-interested states cooperate lastingly (Keohane 1984); realists answer that worry about who gains more keeps it shallow (Grieco 1988).',
      sources: ['keohane-1984', 'grieco-1988'],
    },
    references: ['lukian-2021', 'bank-weyland-2018'],
    inTheGame: 'The first trust the Democratic side gains in a country with no tie makes it a partner; a deal makes it the Autocratic side\'s partner. Both sides can cooperate anywhere.',
  },
  alliance: {
    definition: 'A commitment between states that goes beyond cooperation: they coordinate their foreign policy, plan together and may pool military resources. Allies always cooperate, but cooperation alone is not an alliance. Alliances last best where the partners trust one another, which shared values make easier.',
    quote: { text: 'But alliances and blocs imply deeper relationships that may even lead to the political and economic integration of a group of states.', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('NATO', 'Built on mutual trust as well as interest, with pooled military resources: it outlived the Cold War.'),
      ex('AUKUS', 'A security pact of Australia, the United Kingdom and the United States, one of the democracies\' alliances the article lists.'),
      ex('Five Eyes', 'Five democracies share intelligence, which SCO members, lacking trust, refuse each other.'),
    ],
    contested: {
      note: 'What counts as an alliance is debated. The Quad has no treaty and no mutual-defence clause, and its members call it a dialogue; the article still counts it among the democracies\' alliances, and Rudd (2021) explains why Beijing fears it.',
      sources: ['rudd-2021'],
    },
    references: ['lukian-2021', 'hoffman-2002'],
    inTheGame: `Only the Democratic side forms alliances, and only where trust is at least ${T.allyTrust}. An ally whose trust falls below ${T.allyUpkeepTrust} drops back to partner at the round's resolution, and one whose Autocratic leverage exceeds its trust can be lured away.`,
  },
  bloc: {
    definition: 'A group of states that choose to act as a unit, usually against another such group: an "alliance of alliances". A bloc needs its members to keep agreeing, so anything that divides them weakens it. The article argues that democracies can build blocs and autocracies mostly cannot.',
    quote: { text: 'a bloc is a group of nation-states that chooses to work as a unit, usually in opposition to one or more other blocs', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('Quad', 'The revived Quadrilateral Security Dialogue of the United States, Australia, India and Japan: democracies drawing together.'),
      ex('NATO', 'The Atlantic alliance that the article asks the EU to consolidate.'),
    ],
    contested: {
      note: 'Framing the rivalry as "democracy and authoritarianism" (Biden 2021) suggests two mirror-image blocs, as in the Cold War. The article disputes the mirror: autocracies lack the common values to build a bloc, so China chooses other strategies.',
      sources: ['biden-2021', 'lukian-2021'],
    },
    references: ['masters-1961', 'lukian-2021', 'rudd-2021'],
    inTheGame: 'The Democratic bloc acts as one through bloc decisions (sanctions, integration, common positions), voted by its members. It scores for every region where its members and allies hold more than half the weight.',
  },
  integration: {
    definition: 'The deepest tie: members hand part of their sovereignty to shared, supranational institutions that can decide for them. It takes great mutual trust, which common values make likelier, so democracies integrate while autocracies, who guard their sovereignty, seldom go beyond limited cooperation.',
    quote: { text: 'democracies are more willing to relinquish aspects of their sovereignty to supranational institutions, thereby making integration possible.', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('European Union', 'The article\'s "most convincing example" of integration between democracies.'),
      ex('EEU', 'The Russian-led Eurasian Economic Union, with many autocratic members, has produced only limited cooperation.'),
    ],
    contested: {
      note: 'Why states integrate is disputed. The article ties integration to the trust that common values bring; liberal intergovernmentalism explains European integration mainly by governments\' economic interests and bargaining (Moravcsik 1998).',
      sources: ['moravcsik-1998'],
    },
    references: ['lukian-2021', 'hoffman-2002', 'navari-2007'],
    inTheGame: `An ally that is a democracy inside the bloc's union, with trust ${T.integrateTrust} or more and polarization at most ${T.integrateMaxPolarization}, can become a member by a bloc decision. Members score most and are the hardest tie to break (they fall back to ally only below trust ${T.memberUpkeepTrust}); the Autocratic side can never integrate anyone.`,
  },
  'mutual-interest': {
    definition: 'A gain that both sides want, such as trade, investment or security against a common threat. It can tie together any two states, democratic or autocratic, and ties built on it can be as strong and lasting as ties built on values, even without trust between the partners.',
    quote: { text: 'Mutual interest can in theory be found between any two states, be they democratic or autocratic.', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('SCO', 'Now focused mainly on countering terrorism and promoting trade: two mutual interests.'),
      ex('China and Russia at the UN', 'Wide cooperation, especially at the United Nations, with no ideological alignment.'),
      ex('CAI', 'The EU-China Comprehensive Agreement on Investment: economic interest that the article asks the EU to reconsider.'),
    ],
    contested: {
      note: 'Established scholars doubt that China and Russia trust each other (Lo 2020); the article answers that interest alone can make a partnership as durable as shared values.',
      sources: ['lo-2020'],
    },
    references: ['lukian-2021', 'bank-weyland-2018', 'lo-2020'],
    inTheGame: 'Deals and investment, open to both sides, bring income and leverage but build no trust. A Democratic trade agreement brings money and loosens the rival\'s hold, but no trust either.',
  },
  coercion: {
    definition: 'Getting another state to do what it would not otherwise do, with carrots and sticks: rewards and loans, threats, embargoes and sanctions. Democracies and autocracies both use it. It can force an outcome, but it breeds resentment, and ties held by coercion alone last only as long as the pressure.',
    quote: { text: 'Coercion – defined here loosely as the provision of carrots and sticks – is also used by both types of regimes', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('Warsaw Pact', 'Built almost entirely on coercion, with the threat of force against an unwilling member always looming.'),
      ex('Lithuania 2021', 'Leaving the 16+1 hurt its trade with China, yet brought no economic downfall.'),
    ],
    contested: {
      note: 'Whether Chinese lending is a deliberate "debt trap" is disputed: a close look at the cases finds no engineered trap and calls the idea a meme (Brautigam 2020). How often sanctions achieve their aims is debated too (Pape 1997).',
      sources: ['brautigam-2020', 'pape-1997'],
    },
    references: ['lukian-2021', 'bank-weyland-2018'],
    inTheGame: `Both sides coerce. The Autocratic side turns leverage into pressure (trust ${signed(-1)}, resentment ${signed(1)}); the bloc sanctions by a bloc decision (leverage ${signed(-S.leverageLoss)}, trust ${signed(-S.trustLoss)}, paid for in proportion to dependency). Resentment that outgrows leverage breaks the tie.`,
  },
  'common-values': {
    definition: 'Shared political ideals. Liberal democracies share a worldview about how states and citizens should be governed, and their open markets, transparent decisions and free information make them trustworthy to each other. Autocracies, defined mostly by not being democracies, have few such values to share.',
    quote: { text: 'Cooperation based on common values, however, is found more often between democracies than between autocracies (Bank & Weyland, 2018).', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('Quad', 'Democracies of the Indo-Pacific drawing together along shared lines.'),
      ex('NATO', 'Mutual trust between democracies, not only interest, kept it alive.'),
    ],
    contested: {
      note: 'Many scholars find that threats, more than shared ideology, drive alliances (Walt 1987); the article grants that values often come after interest. Labels are debated too: the game counts India a democracy, as the Quad does, but in 2021 V-Dem called it an "electoral autocracy" and Freedom House "partly free".',
      sources: ['walt-1987', 'vdem-2021', 'freedom-house-2021'],
    },
    references: ['lukian-2021', 'bank-weyland-2018', 'art-2012', 'hoffman-2002'],
    inTheGame: 'Every trust gain in a democracy is one larger: the one source of trust the Autocratic side cannot reach. A democratic opening that turns a hybrid regime into a democracy brings it that bonus.',
  },
  trust: {
    definition: 'The confidence that a partner will not exploit one\'s cooperation, so that one dares to depend on it. Trust is what turns cooperation into alliance and integration. Between democracies, openness makes it easier to build; between autocracies, which rely on interest and coercion, it seldom grows.',
    quote: { text: 'This is because of the correlation between common values and bilateral trust (Hoffman, 2002).', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('Five Eyes', 'Sharing intelligence takes trust; SCO members, lacking it, will not share theirs.'),
      ex('SCO', 'For lack of mutual trust its members will not pool military capacities.'),
    ],
    contested: {
      note: 'Realists doubt that states can ever be sure of each other\'s intentions (Mearsheimer 2001); others show how trust can be built between states, step by costly step (Kydd 2005).',
      sources: ['mearsheimer-2001', 'kydd-2005'],
    },
    references: ['hoffman-2002', 'lukian-2021'],
    inTheGame: `The Democratic side's track in each country (0–${TRACK_MAX.trust}): alliance needs ${T.allyTrust}, integration ${T.integrateTrust}, and a member sides with Beijing against the bloc's line only when the Autocratic leverage there is ${T.vetoLeverage} or more and above its trust. Polarization at ${T.polarizationBlocksTrust} blocks trust gains; populist wins cost trust.`,
  },
  sovereignty: {
    definition: 'A state\'s final authority over its own territory and decisions. Integration means delegating part of it to institutions the state does not fully control. Autocrats hold sovereignty to be inviolable, one of the few principles they all share, which keeps their unions shallow.',
    quote: { text: 'the “inviolable sovereignty of states” is a rare ideological principle that authoritarians can unanimously agree upon (Navari, 2007)', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('EEU', 'A union of mostly autocratic members that has not gone beyond limited cooperation.'),
      ex('SCO', 'A forum that asks its members to give up no sovereignty, and builds no alliance.'),
      ex('European Union', 'Democracies pooling sovereignty in supranational institutions.'),
    ],
    contested: null,
    references: ['navari-2007', 'lukian-2021'],
    inTheGame: 'The Autocratic side can never integrate anyone: its frameworks never ask for sovereignty and never deepen. A member that becomes an autocracy leaves integration and falls back to ally.',
  },
  'unanimity-veto': {
    definition: 'A rule under which a group decides only when every member agrees, so one member can block everyone else. EU foreign policy works this way. A member tied to a rival by investment can then veto or water down a common position, acting as the rival\'s "cheerleader" inside the group.',
    quote: { text: 'The EU should part ways with the current ‘unanimity’ and ‘veto’ principles in its foreign policy making.', section: 'What can the EU and its member-states do?' },
    examples: [
      ex('16+1', 'Beijing\'s framework in Central and Eastern Europe created "cheerleaders" that prevent a united EU policy on China.'),
      ex('Greece 2017 and Hungary 2021', 'Greece blocked the EU\'s statement on human rights in China at the UN Human Rights Council in 2017, and Hungary an EU statement on Hong Kong in 2021.'),
    ],
    contested: null,
    references: ['lukian-2021', 'brown-2021'],
    inTheGame: 'Every bloc decision (Integrate, Sanction, the cards put to a vote, the common position at each resolution) is voted by the members. Under unanimity one vote against is a veto: the decision fails, its ops are spent and the Autocratic side scores.',
  },
  'qualified-majority': {
    definition: 'Deciding by a large majority instead of by everyone, so that no single member can block a decision. The EU already decides many matters this way. The article urges it to do the same in foreign policy, so that it can present a united front on China.',
    quote: { text: 'This would facilitate the EU’s ability to present a united front when dealing with China, instead of having to compromise its position', section: 'What can the EU and its member-states do?' },
    examples: [
      ex('European Union', 'Most EU law passes by a double majority of member states and population; foreign policy still needs unanimity.'),
      ex('16+1', 'The cheerleaders it created inside the EU are what majority voting would outvote.'),
    ],
    contested: null,
    references: ['lukian-2021'],
    inTheGame: `The Qualified Majority Voting card asks the bloc, still under unanimity, to switch to a double majority (${RULES.qmv.memberPct}% of the members holding ${RULES.qmv.weightPct}% of their weight). If the reform passes, single vetoes stop, but members close to Beijing trust the bloc less.`,
  },
  dependency: {
    definition: 'Reliance on another economy for energy, trade or investment. It makes principled choices expensive: sanctions and human-rights stands hurt the state that depends. Cutting it means accepting an economic hit now, which the article judges worth taking.',
    quote: { text: 'The EU should decrease its vulnerability to over-dependency on autocracies since this also prevents the formation of a united front.', section: 'What can the EU and its member-states do?' },
    examples: [
      ex('Nord Stream', 'Russia\'s gas link to Germany, which the article asks the EU to reconsider.'),
      ex('CAI', 'The EU-China investment agreement: money now, deeper dependency later.'),
      ex('Lithuania 2021', 'Leaving the 16+1 cost it trade with China but brought no economic downfall.'),
    ],
    contested: {
      note: 'Whether economic ties restrain rivals or hand them levers is debated: states that sit at the hubs of global networks can turn others\' dependence into coercion (Farrell & Newman 2019), while the article\'s Lithuania example suggests the cost of cutting ties can be bearable.',
      sources: ['farrell-newman-2019', 'lau-2021'],
    },
    references: ['lukian-2021', 'lau-2021'],
    inTheGame: `The Democratic side's dependency (0–5) lowers its income once above ${RULES.income.dependencyPenaltyFrom} and makes sanctions and principled cards cost capital equal to it. Diversify and several cards lower it; the investment agreement and the energy pipeline raise it.`,
  },
  'bilateral-deals': {
    definition: 'Partnerships made one state at a time, on mutual interest and the weight of the larger economy: trade, loans, infrastructure. The article sees them, under China\'s "win-win cooperation" slogan, as the first prong of Beijing\'s strategy. They create leverage without asking for shared values or trust.',
    quote: { text: 'China will seek to build bilateral and multilateral partnerships with states based on mutual interest, using its economic weight as leverage.', section: 'Implications for Chinese foreign policy' },
    examples: [
      ex('Greece and Serbia', 'Chinese investment there built influence inside and beside the EU.'),
      ex('CAI', 'The EU-China investment agreement concluded in principle in 2020.'),
    ],
    contested: {
      note: 'Whether such lending traps partners on purpose or is ordinary, sometimes badly managed, business is disputed (Brautigam 2020).',
      sources: ['brautigam-2020'],
    },
    references: ['lukian-2021'],
    inTheGame: 'The Autocratic side\'s Invest action buys leverage and, where there was no tie, a deal; each deal pays it income every round. Deals never build trust.',
  },
  frameworks: {
    definition: 'Multilateral forums that gather many states around shared interests without asking them to give up sovereignty. They add breadth, not depth: members trade and talk, but do not pool forces or share intelligence. A framework can still reach inside a rival bloc and divide it.',
    quote: { text: 'Due to a lack of mutual trust, its members have been unwilling to pool military capacities or share intelligence information', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('SCO', 'Meant to foster military alliances, it settled for counterterrorism and trade.'),
      ex('EEU', 'Helped some mutual interests, but little integration or trust.'),
      ex('16+1', 'China\'s forum with Central and Eastern European states, several of them EU members.'),
      ex('Lithuania 2021', 'Left the framework (then 17+1), calling it "a divisive project".'),
    ],
    contested: null,
    references: ['lukian-2021', 'lau-2021'],
    inTheGame: 'The Autocratic side brings countries with leverage into its SCO-like and 16+1-like frameworks, each in its own reach. Members score for breadth every round but never deepen, and the 16+1 reaches into the bloc itself.',
  },
  'bloc-disruption': {
    definition: 'Weakening a rival bloc instead of building one\'s own: luring its members away with deals and investment, winning friends who block its decisions, and eroding trust in democracy inside its member states. The article calls it the second prong of China\'s strategy, following Russia\'s lead.',
    quote: { text: 'China will seek to undermine these coalitions both by luring away some of their members', section: 'Implications for Chinese foreign policy' },
    examples: [
      ex('16+1', 'Created cheerleaders for Beijing that prevent a united front in the EU\'s China policy.'),
      ex('Confucius Institutes', 'The article expects China to keep using them to press universities away from topics such as human rights, Taiwan or Hong Kong.'),
    ],
    contested: null,
    references: ['lukian-2021'],
    inTheGame: 'The Autocratic side lures an ally away where its leverage exceeds trust, wins vetoes through members under its leverage, and scores for every ally or member the bloc loses.',
  },
  disinformation: {
    definition: 'False or slanted information spread on purpose, by state media and covert "hybrid" means, to deepen divisions and undermine trust in democracy. The article expects China to follow Russia\'s lead here. Its measured effects on voters are modest, and it can be exposed and countered.',
    quote: { text: 'China will most likely continue its hybrid warfare efforts to undermine trust in democracy within EU member states.', section: 'Implications for Chinese foreign policy' },
    examples: [
      ex('CGTN and Global Times', 'Chinese state outlets that stress European failures, Covid-19 among them.'),
      ex('EUvsDisinfo', 'The EU project that tracks disinformation, so far mostly Russian.'),
      ex('GDPR', 'The EU\'s data rules: in the article, a first step towards keeping platforms free of state-sponsored disinformation.'),
    ],
    contested: {
      note: 'How much disinformation changes minds is disputed: a study of Russia\'s 2016 Twitter campaign found exposure concentrated among a few users and no measurable change in attitudes or votes (Eady et al. 2023), while the article expects such efforts to grow.',
      sources: ['eady-2023', 'rawnsley-2015'],
    },
    references: ['lukian-2021', 'rawnsley-2015'],
    inTheGame: `Disinformation raises polarization in democracies and hybrid regimes. At ${T.polarizationBlocksTrust} it blocks trust gains, and from ${RULES.elections.minPolarization} elections may bring populists who cost trust, never a change of regime. Countering lowers it, and a task force can expose hybrid warfare.`,
  },
  'coerced-bloc-collapse': {
    definition: 'A bloc held together mostly by threats lasts only as long as the threats can be carried out: when the pressure lapses, its members leave. A bloc that also rests on trust can outlive the conditions that made it.',
    quote: { text: 'As a result, it fell apart as soon as the Soviet Union could not maintain its coercion.', section: 'Blocs, alliances, cooperation, and integration' },
    examples: [
      ex('Warsaw Pact', 'Built practically exclusively on coercion, it dissolved once Moscow could no longer coerce.'),
      ex('NATO', 'Built on trust as well, it still exists.'),
    ],
    contested: null,
    references: ['lukian-2021'],
    inTheGame: `At each round's resolution, a country whose resentment exceeds the Autocratic leverage there, or reaches ${TRACK_MAX.resentment}, breaks away: its Autocratic tie, leverage and resentment drop to 0.`,
  },
  'interest-not-ideology': {
    definition: 'Autocracies share no common ideology, since authoritarianism is a type of regime rather than a creed, so ties between them rest on mutual interest. Such ties can still be durable: interest, not shared belief, keeps China and Russia working together, while a shared ideology did not prevent the Sino-Soviet split.',
    quote: { text: 'Relationships between states that are based on mutual interest can be just as powerful or long-lasting as ones based on shared values.', section: 'Implications for Chinese foreign policy' },
    examples: [
      ex('China and Russia at the UN', 'Close cooperation at the United Nations despite no ideological alignment.'),
      ex('Sino-Soviet split', 'In the 1960s a shared communist ideology did not hold the two powers together.'),
    ],
    contested: {
      note: 'Established scholars stress that China and Russia distrust each other (Lo 2020); the article holds that their common interest will keep them together all the same.',
      sources: ['lo-2020'],
    },
    references: ['art-2012', 'lo-2020', 'friedberg-2017', 'lukian-2021'],
    inTheGame: 'Russia is its own actor and the Autocratic side\'s partner by interest. Strategic Partnership and the renewed treaty restore the tie when it lapses, and Russia\'s tools (pipelines, hybrid warfare) help fully only while the partnership holds.',
  },
  'united-front': {
    definition: 'Members of a group speaking and acting as one, so that a rival cannot play them against each other. The article\'s main advice to the EU is to build one: consolidate alliances, drop vetoes and cut dependency, so that it can face China with a single position.',
    quote: { text: 'the EU and member states should strengthen themselves by presenting a more united front at the international level', section: 'What can the EU and its member-states do?' },
    examples: [
      ex('16+1', 'Its cheerleaders for Beijing prevent a united front in the EU\'s China policy.'),
      ex('European Union', 'Sees China at once as partner, competitor and rival, an ambiguity a united front would resolve (Brown 2021).'),
    ],
    contested: null,
    references: ['lukian-2021', 'brown-2021'],
    inTheGame: 'Each round ends with the bloc putting a common position to the vote. A round in which no bloc decision failed and no member was lost scores the Democratic side a bonus.',
  },
  'autocratic-resilience': {
    definition: 'Pressure for democracy from outside can make autocracies dig in: their rulers see a transition as an existential threat, tighten control and help one another resist. The article therefore advises against trying to undermine autocracy from within and for strengthening democracies instead.',
    quote: { text: 'could even end-up having the opposite effect of encouraging autocratic resilience (von Soest, 2015).', section: 'What can the EU and its member-states do?' },
    examples: [
      ex('China and Russia', 'Both see a transition to democracy as an existential threat (Friedberg 2017); while Europe hopes for one, neither is easily lured away from the other.'),
    ],
    contested: {
      note: 'How much autocrats really help one another is debated: von Soest (2015) documents their collaboration to prevent democracy, while Way (2016) finds autocracy promotion weak and domestic causes more decisive.',
      sources: ['von-soest-2015', 'way-2016'],
    },
    references: ['von-soest-2015', 'friedberg-2017', 'lukian-2021'],
    inTheGame: 'Democracy Support helps in a hybrid regime, but played in an autocracy it backfires: the Autocratic side\'s leverage there rises instead.',
  },
};
