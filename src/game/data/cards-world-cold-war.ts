import { country, defineCards, each, track } from './card-types';

/**
 * The Cold War's world events, 1956–1991, scheduled in the record's order by the Cold War scenario
 * (never in the shuffled world deck). The article gives the lesson (the Warsaw Pact, held by
 * coercion, "fell apart as soon as the Soviet Union could not maintain its coercion"; the
 * Sino-Soviet split shows how hard values-based alliances are for autocrats; both superpowers
 * coerced); the dates and details are the historical record beyond the article, said so on each card.
 */
const PACT = { autTies: ['framework'], framework: 'pact' } as const;

export const COLD_WAR_WORLD_CARDS = defineCards([
  {
    id: 'hungarian-revolution',
    side: 'world',
    title: 'Hungarian Revolution (1956)',
    ops: 0,
    reference: 'Historical note beyond the article: in October 1956 Hungarians rose against the Soviet-backed government and Imre Nagy announced Hungary would leave the Warsaw Pact; Soviet troops crushed the revolt in November. The article: the Pact was held together almost only by coercion, "the threat of military action" against an unwilling member always looming.',
    concept: 'coerced-bloc-collapse',
    effects: [track('resentment', 3, country('HUN')), track('resentment', 1, country('POL'))],
    explanation: 'Hungary revolts and Poland stirs: unless Moscow crushes the revolt at a price, Hungary breaks away at this round\'s resolution.',
  },
  {
    id: 'suez-crisis',
    side: 'world',
    title: 'Suez Crisis (1956)',
    ops: 0,
    reference: 'Historical note beyond the article: when Britain and France invaded Egypt in 1956, Washington forced them out by financial pressure on sterling, and Moscow threatened them too. The article: coercion, carrots and sticks, is used by both kinds of regime.',
    concept: 'coercion',
    effects: [track('trust', -1, country('GBR')), track('trust', -1, country('FRA')), track('leverage', 1, country('EGY'))],
    explanation: 'Both superpowers coerce: Washington presses its own allies, who trust it less, and Moscow gains a hold on Egypt.',
  },
  {
    id: 'sino-soviet-split',
    side: 'world',
    title: 'Sino-Soviet Split (1960s)',
    ops: 0,
    reference: 'The article: "as the Sino-Soviet split of the 1960s shows, values-based alliances are difficult for autocrats to form and maintain", even when they share an ideology such as communism. Historical note beyond the article: Moscow withdrew its advisers from China in 1960, and the two fought on the Ussuri river in 1969.',
    concept: 'interest-not-ideology',
    effects: [
      {
        op: 'when',
        cond: { test: 'country', id: 'CHN', filter: { autTies: ['deal', 'framework'] } },
        ifTrue: [{ op: 'aut-tie', to: 'none', scope: country('CHN') }],
      },
      track('leverage', -1, country('CHN')),
    ],
    explanation: 'Two communist powers that shared an ideology fall out: China leaves Moscow\'s side, and the hold over it shrinks.',
  },
  {
    id: 'prague-spring',
    side: 'world',
    title: 'Prague Spring (1968)',
    ops: 0,
    reference: 'Historical note beyond the article: in August 1968 Warsaw Pact armies invaded Czechoslovakia (not on this board) to end its reforms, and Moscow claimed a right to intervene in any socialist state. The article: the threat of military action against an unwilling member was always looming.',
    concept: 'coerced-bloc-collapse',
    effects: [track('resentment', 1, each(PACT))],
    explanation: 'The invasion of a reforming ally warns every other member: resentment rises throughout the coerced bloc.',
  },
  {
    id: 'nixon-in-china',
    side: 'world',
    title: 'Nixon in China (1972)',
    ops: 0,
    reference: 'Historical note beyond the article: Nixon visited Beijing in 1972, and the United States and China, with no values in common, drew together against the Soviet Union. The article: mutual interest can be found between any two states, democratic or not.',
    concept: 'interest-not-ideology',
    effects: [track('trust', 2, country('CHN'))],
    explanation: 'A democracy and an autocracy cooperate out of a shared interest, not shared values: China warms to the Democratic side.',
  },
  {
    id: 'solidarity',
    side: 'world',
    title: 'Solidarity (1980)',
    ops: 0,
    reference: 'Historical note beyond the article: in 1980 Polish workers founded Solidarity, the first independent trade union in the Soviet bloc; martial law crushed it in December 1981, its authors later citing the threat of a Soviet intervention (how real that threat was is contested).',
    concept: 'coerced-bloc-collapse',
    effects: [track('resentment', 2, country('POL'))],
    explanation: 'Poland\'s workers organise against the regime: resentment there rises, and only force will hold Poland.',
  },
  {
    id: 'end-of-coercion',
    side: 'world',
    title: 'Moscow Stops Coercing (1989)',
    ops: 0,
    reference: 'The article: the Warsaw Pact "fell apart as soon as the Soviet Union could not maintain its coercion". Historical note beyond the article: in 1989 Gorbachev let the Pact\'s members go their own way (the "Sinatra doctrine"), revolutions, peaceful in most countries, swept Central and Eastern Europe that year, and the Pact was dissolved in 1991.',
    concept: 'coerced-bloc-collapse',
    effects: [track('leverage', -2, each(PACT)), track('resentment', 1, each(PACT)), { op: 'capital', side: 'aut', delta: -2 }, { op: 'standing', id: 'coercion-ended', on: true }],
    explanation: 'Moscow can no longer afford to coerce: its hold on every member of its bloc drops, it crushes no more revolts, and where resentment now outweighs its hold, the member breaks away.',
  },
  {
    id: 'soviet-dissolution',
    side: 'world',
    title: 'The Soviet Union Dissolves (1991)',
    ops: 0,
    reference: 'Historical note beyond the article: the Baltic republics declared independence in 1990 and 1991, and the Soviet Union was dissolved in December 1991. The article: institutions built on trust, such as NATO, still exist today.',
    // The bloc that lasts against the one that does not: the contrast of blocs the scenario ends on.
    concept: 'bloc',
    effects: [track('resentment', 2, country('LTU')), track('leverage', -1, each({ autTies: ['deal', 'framework'] }))],
    explanation: 'The last hold of coercion weakens: the Baltic republics push for independence, and every tie of the Autocratic side loosens.',
  },
]);
