import { country, defineCards, each, track } from './card-types';

/**
 * World events of the record: dated moments that a scenario schedules in their historical order
 * (ScenarioDef.worldSchedule). They are never part of the shuffled world deck (WORLD_DECK).
 */
export const RECORD_WORLD_CARDS = defineCards([
  {
    id: 'greece-blocks-un-statement',
    side: 'world',
    title: 'Greece Blocks the UN Statement (2017)',
    ops: 0,
    reference: 'In June 2017 Greece blocked the EU\'s statement on China\'s human rights at the UN Human Rights Council, the first time the EU failed to make one there, a year after COSCO took a majority stake in the port of Piraeus (Emmott & Koutantou, Reuters, 2017). The article names investments in Greece as making "cheerleaders for Beijing that prevent a united front".',
    concept: 'unanimity-veto',
    effects: [
      {
        op: 'bloc-decision',
        decision: 'common-statement',
        ifTrue: [track('trust', 1, each({ demTies: ['member'], max: { leverage: 2 } }))],
      },
    ],
    explanation: 'The bloc must speak at the UN with one voice: under unanimity one member under heavy leverage can block the statement, and a blocked statement scores for the Autocratic side.',
  },
  {
    id: 'hungary-blocks-hong-kong-statement',
    side: 'world',
    title: 'Hungary Blocks the Hong Kong Statement (2021)',
    ops: 0,
    reference: 'In April 2021 Hungary blocked an EU statement criticising China\'s crackdown in Hong Kong (Reuters, 16 April 2021); Budapest was then building the Budapest-Belgrade railway with a Chinese loan. The article: the 16+1 and Chinese investment have made cheerleaders for Beijing that prevent a united front in the EU.',
    concept: 'unanimity-veto',
    effects: [
      track('leverage', 1, country('HUN')),
      {
        op: 'bloc-decision',
        decision: 'common-statement',
        ifTrue: [track('trust', 1, each({ demTies: ['member'], max: { leverage: 2 } }))],
      },
    ],
    explanation: 'Beijing\'s hold on Hungary grows, and the bloc votes on a statement on Hong Kong: a member that depends on Beijing more than it trusts the bloc vetoes it under unanimity.',
  },
  {
    id: 'xinjiang-sanctions-cai-frozen',
    side: 'world',
    title: 'Xinjiang Sanctions and the Investment Agreement Frozen (2021)',
    ops: 0,
    reference: 'In March 2021 the EU sanctioned four Chinese officials and one entity over Xinjiang under its Global Human Rights Sanctions Regime; Beijing answered with sanctions on members of the European Parliament, which in May 2021 froze work on ratifying the investment agreement (Council of the EU, 2021; European Parliament, 2021). The article asks the EU to reconsider that agreement and to accept an economic hit.',
    concept: 'dependency',
    effects: [
      {
        op: 'bloc-decision',
        decision: 'sanction',
        ifTrue: [
          { op: 'standing', id: 'cai-ratified', on: false },
          { op: 'dependency', delta: -1 },
          { op: 'principled-cost' },
        ],
      },
    ],
    explanation: 'If the bloc agrees to sanction over Xinjiang, Beijing\'s counter-sanctions freeze the investment agreement: dependency falls, and the bloc pays for it in proportion to its dependency.',
  },
  {
    id: 'lithuania-leaves-17-plus-1',
    side: 'world',
    title: 'Lithuania Leaves the 17+1 (2021)',
    ops: 0,
    reference: 'Lithuania left the 17+1 in May 2021, calling it "a divisive project" and citing human rights; its trade with China suffered, yet there was no economic downfall (Lau, 2021; article).',
    concept: 'dependency',
    effects: [
      {
        op: 'when',
        cond: { test: 'country', id: 'LTU', filter: { framework: 'cee' } },
        ifTrue: [{ op: 'aut-tie', to: 'none', scope: country('LTU') }, track('leverage', -1, country('LTU')), track('trust', 1, country('LTU')), { op: 'principled-cost' }],
      },
    ],
    explanation: 'A member leaves the Autocratic side\'s framework on principle: the leverage over it falls and its trust in the bloc rises, at an economic price the bloc pays in proportion to its dependency.',
  },
  {
    id: 'vote-on-the-rule',
    side: 'world',
    title: 'A Vote on the Rule Itself (2022)',
    ops: 0,
    reference: 'The article urges the EU to part with unanimity and the veto in foreign policy; the Conference on the Future of Europe proposed qualified majority voting there in May 2022, but adopting it takes a unanimous decision (Treaty on European Union, Art. 31(3)), and it has not been adopted. Here the table decides.',
    concept: 'qualified-majority',
    effects: [
      {
        op: 'when',
        cond: { test: 'decision-rule', rule: 'unanimity' },
        ifTrue: [{ op: 'bloc-decision', decision: 'reform', ifTrue: [{ op: 'decision-rule', rule: 'majority' }] }],
      },
    ],
    explanation: 'The bloc votes, still by unanimity, on deciding by a double majority from now on: any cheerleader can veto the reform itself.',
  },
]);
