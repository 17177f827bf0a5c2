import type { Condition } from './card-types';
import { country, defineCards, each, target, track } from './card-types';
import { coastalIn, FRAMEWORK_REACH } from './countries';

/**
 * While Russia is a partner of the Autocratic side (a deal or a framework). Russia is its own actor:
 * its tools (a gas pipeline, a hybrid-warfare playbook) reach the Autocratic side only through that
 * partnership, which rests on mutual interest, not shared ideology (Lo, 2020; article).
 */
const RUSSIA_IS_A_PARTNER: Condition = { test: 'country', id: 'RUS', filter: { autTies: ['deal', 'framework'] } };

/**
 * The Autocratic deck: the article's two prongs, partnerships of mutual interest and coercion
 * on one hand, disruption of the democratic bloc on the other. Each card names the article or a
 * cited source; where scholars disagree, the card says so.
 */
export const AUTOCRATIC_CARDS = defineCards([
  {
    id: 'win-win-cooperation',
    side: 'aut',
    title: 'Win-Win Cooperation',
    ops: 3,
    reference: 'China\'s "win-win cooperation" mantra: partnerships built on mutual interest and economic weight (article).',
    concept: 'bilateral-deals',
    target: { demTies: ['none', 'partner', 'ally'] },
    effects: [
      track('leverage', 2, target),
      { op: 'when', cond: { test: 'target', filter: { autTies: ['none'] } }, ifTrue: [{ op: 'aut-tie', to: 'deal', scope: target }] },
    ],
    explanation: 'A package of deals in a country outside the bloc buys leverage through mutual interest, with no conditions on how the country is governed.',
  },
  {
    id: 'infrastructure-investment',
    side: 'aut',
    title: 'Infrastructure Investment',
    ops: 2,
    pivotal: true,
    reference: 'China uses its economic weight as leverage to build bilateral partnerships (article).',
    concept: 'mutual-interest',
    target: { max: { leverage: 4 } },
    effects: [
      track('leverage', 1, target),
      { op: 'when', cond: { test: 'target', filter: { autTies: ['none'] } }, ifTrue: [{ op: 'aut-tie', to: 'deal', scope: target }] },
      { op: 'capital', side: 'aut', delta: 1 },
    ],
    explanation: 'Building roads and railways serves both sides\' interests and turns into leverage and income.',
  },
  {
    id: 'summit-16-plus-1',
    side: 'aut',
    title: '16+1 Summit',
    ops: 3,
    pivotal: true,
    reference: 'The 16+1 framework in Central and Eastern Europe created cheerleaders for Beijing inside the EU (article).',
    concept: 'frameworks',
    effects: [track('leverage', 1, each({ framework: 'cee' })), { op: 'capital', side: 'aut', delta: 1 }],
    explanation: 'A summit of the 16+1 framework raises leverage over every member, deepening the cheerleaders Beijing has inside the bloc.',
  },
  {
    id: 'port-investment',
    side: 'aut',
    title: 'Port Investment',
    ops: 2,
    pivotal: true,
    reference: 'COSCO took a majority stake in the port of Piraeus in 2016; in June 2017 Greece blocked the EU\'s statement on China\'s human rights at the UN Human Rights Council, the first time the EU failed to make one there (Emmott & Koutantou, Reuters, 2017; article).',
    concept: 'bloc-disruption',
    // A strategic port needs a coast, in the bloc's European neighbourhood, in a country already doing business with Beijing.
    target: { ids: coastalIn(['europe', 'eurasia']), regimes: ['democracy', 'hybrid'], autTies: ['deal', 'framework'] },
    effects: [track('leverage', 2, target)],
    explanation: 'A stake in a strategic port gives Beijing a friend inside or beside the bloc, who may then block its common statements.',
  },
  {
    id: 'debt-leverage',
    side: 'aut',
    title: 'Debt Leverage',
    ops: 2,
    reference: 'Chinese lending gives Beijing a say with indebted partners, but the "debt trap" account of it is contested: a review of the cases, Hambantota included, finds no deliberately engineered trap (Brautigam, 2020).',
    concept: 'coercion',
    target: { autTies: ['deal', 'framework'], min: { leverage: 2 } },
    effects: [track('leverage', 2, target), track('resentment', 1, target)],
    explanation: 'Loans and their renegotiation give Beijing more say in a partner\'s choices, at the price of resentment (whether such lending is a deliberate trap is contested).',
  },
  {
    id: 'state-media-campaign',
    side: 'aut',
    title: 'State Media Campaign',
    ops: 2,
    reference: 'The article expects CGTN and the Global Times to keep stressing European failures, Covid-19 among them, and the failures of democracy (on state broadcasting abroad: Rawnsley, 2015).',
    concept: 'disinformation',
    target: { regimes: ['democracy', 'hybrid'], max: { polarization: 2 } },
    effects: [track('polarization', 1, target), track('trust', -1, target)],
    explanation: 'State media amplify a democracy\'s failures, raising polarization and eroding trust in its partners.',
  },
  {
    id: 'cultural-institutes',
    side: 'aut',
    title: 'Cultural Institutes',
    ops: 1,
    reference: 'The article expects Confucius Institutes to keep pressing universities to avoid human rights, Taiwan and Hong Kong.',
    concept: 'bloc-disruption',
    target: { regimes: ['democracy'] },
    effects: [track('leverage', 1, target), track('trust', -1, target)],
    explanation: 'Language and culture institutes build influence and can narrow what universities discuss, which erodes trust inside a democracy.',
  },
  {
    id: 'vaccine-diplomacy',
    side: 'aut',
    title: 'Vaccine Diplomacy',
    ops: 2,
    reference: 'China sent Covid-19 vaccines to many developing countries in 2021, when Western doses were scarce; Beijing rejects the term and says its doses carry no political strings (Huang, 2021).',
    concept: 'mutual-interest',
    effects: [track('leverage', 1, each({ regions: ['africa', 'americas', 'middle-east'], autTies: ['deal', 'framework'] }))],
    explanation: 'Delivering vaccines where other doses are slow to come raises leverage with every partner in Africa, Latin America and the Middle East.',
  },
  {
    id: 'economic-coercion',
    side: 'aut',
    title: 'Trade Restrictions',
    ops: 3,
    reference: 'After Taiwan opened a representative office under its own name in Vilnius in November 2021, China blocked Lithuanian goods at customs from December 2021 (European Commission, 2022, WTO case DS610).',
    concept: 'coercion',
    target: { demTies: ['partner', 'ally', 'member'], min: { leverage: 2 } },
    effects: [track('trust', -2, target), track('resentment', 1, target), { op: 'capital', side: 'dem', delta: -1 }],
    explanation: 'Trade restrictions punish a country for a step towards the bloc: trust falls and the bloc pays, but resentment builds.',
  },
  {
    id: 'strategic-partnership',
    side: 'aut',
    title: 'Strategic Partnership',
    ops: 2,
    pivotal: true,
    reference: 'China and Russia cooperate closely at the United Nations despite no ideological alignment and much mutual distrust (Lo, 2020; article); at the Security Council they have vetoed drafts on Syria (2019) and Venezuela (2019) together.',
    concept: 'interest-not-ideology',
    // A partner shielded from UN-level action, outside Europe and Eurasia (the bloc's own sanctions are autonomous: no UN vote cancels them).
    target: { regions: ['middle-east', 'africa', 'americas', 'indo-pacific'], regimes: ['hybrid', 'autocracy'], autTies: ['deal', 'framework'] },
    effects: [
      track('leverage', 1, country('RUS')),
      { op: 'when', cond: { test: 'country', id: 'RUS', filter: { autTies: ['none'] } }, ifTrue: [{ op: 'aut-tie', to: 'deal', scope: country('RUS') }] },
      track('leverage', 1, target),
    ],
    explanation: 'China and Russia vote together at the UN Security Council out of mutual interest, shielding a partner from UN action: leverage rises there and in Russia, whose partnership resumes if it had lapsed.',
  },
  {
    id: 'sco-summit',
    side: 'aut',
    title: 'Security Cooperation Summit',
    ops: 3,
    pivotal: true,
    reference: 'SCO members would not pool military capacities or share intelligence, and autocracies will not delegate sovereignty to institutions they do not control (Navari, 2007; article).',
    concept: 'sovereignty',
    target: { ids: FRAMEWORK_REACH.sco, autTies: ['none', 'deal'], min: { leverage: 1 } },
    effects: [
      { op: 'aut-tie', to: 'framework', framework: 'sco', scope: target },
      { op: 'capital', side: 'aut', delta: 1 },
    ],
    explanation: 'The Eurasian framework grows by one member and trade flows, but it asks for no pooled sovereignty and builds no trust.',
  },
  {
    id: 'wolf-warrior-diplomacy',
    side: 'aut',
    title: 'Wolf-Warrior Diplomacy',
    ops: 1,
    reference: 'Since about 2019 Chinese diplomats have answered criticism in a combative public style, named after a Chinese action film (Martin, 2021); coercion of this kind is used by both kinds of regime (article).',
    concept: 'coercion',
    target: { min: { leverage: 1, trust: 1 } },
    effects: [track('trust', -1, target), track('resentment', 1, target)],
    explanation: 'Combative public diplomacy lowers a country\'s trust in the bloc, but the resentment it leaves may come back to bite.',
  },
  {
    id: 'comprehensive-investment-agreement',
    side: 'aut',
    title: 'Comprehensive Investment Agreement',
    ops: 3,
    pivotal: true,
    once: true,
    reference: 'The EU and China concluded the Comprehensive Agreement on Investment in principle in December 2020; ratification needs the EU\'s consent, and the article asks the EU to reconsider it.',
    concept: 'dependency',
    effects: [
      {
        op: 'bloc-decision',
        decision: 'investment-agreement',
        ifTrue: [
          { op: 'capital', side: 'dem', delta: 1 },
          { op: 'dependency', delta: 1 },
          { op: 'standing', id: 'cai-ratified', on: true },
        ],
      },
    ],
    explanation: 'The bloc votes on ratifying the agreement, which members with a stake in trade with China back: ratified, it brings some money now but deepens dependency and pays Beijing more every round until it is frozen.',
  },
  {
    id: 'energy-pipeline',
    side: 'aut',
    title: 'Energy Pipeline',
    ops: 3,
    reference: 'Nord Stream, Russia\'s gas link to Germany, which the article cites as a source of European over-dependency on autocracies.',
    concept: 'dependency',
    effects: [
      {
        op: 'when',
        cond: RUSSIA_IS_A_PARTNER,
        ifTrue: [{ op: 'dependency', delta: 1 }, track('leverage', 1, country('DEU')), track('leverage', 1, country('RUS'))],
      },
    ],
    explanation: 'Russia\'s pipeline deepens Europe\'s energy dependency and the Autocratic side gains from it through its partnership with Russia, and only while that partnership holds.',
  },
  {
    id: 'hybrid-warfare',
    side: 'aut',
    title: 'Hybrid Warfare',
    ops: 4,
    reference: 'The article expects China to follow Russia\'s lead in hybrid efforts against trust in democracy within EU member states; EUvsDisinfo has so far tracked mostly Russian campaigns (article).',
    concept: 'disinformation',
    target: { regimes: ['democracy', 'hybrid'], demTies: ['partner', 'ally', 'member'] },
    effects: [
      {
        op: 'when',
        cond: { test: 'standing', id: 'task-force' },
        ifTrue: [{ op: 'standing', id: 'task-force', on: false }, track('trust', 1, target)],
        ifFalse: [
          {
            op: 'chance',
            chance: 0.25,
            note: 'exposed',
            ifTrue: [track('trust', 1, target)],
            ifFalse: [
              {
                op: 'when',
                cond: RUSSIA_IS_A_PARTNER,
                ifTrue: [track('polarization', 2, target), track('trust', -1, target)],
                ifFalse: [track('polarization', 1, target)],
              },
            ],
          },
        ],
      },
    ],
    explanation: 'A covert campaign inflames polarization in a partner democracy, with Russia\'s playbook only while Russia is a partner, unless it is exposed and rallies the public instead.',
  },
  {
    id: 'populist-outreach',
    side: 'aut',
    title: 'Populist Outreach',
    ops: 2,
    reference: 'The article expects Beijing\'s state outlets to keep encouraging populist trends inside European democracies (Rawnsley, 2015).',
    concept: 'disinformation',
    target: { regimes: ['democracy'], min: { polarization: 1 }, max: { polarization: 2 } },
    effects: [track('polarization', 1, target), track('leverage', 1, target)],
    explanation: 'Courting populists deepens divisions in an already polarized democracy and wins a friendly ear.',
  },
]);
