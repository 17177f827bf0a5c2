/**
 * "What this model leaves out": the simplifications a teacher should discuss with a class, as
 * Chris Crawford's Balance of Power (1985) came with an account of its own model. Pure data, no DOM;
 * docs/model-limits.md holds the same items (a test keeps the two in step).
 */

export interface ModelLimit {
  readonly title: string;
  readonly text: string;
}

export const MODEL_LIMITS: readonly ModelLimit[] = [
  {
    title: 'Two players for many states',
    text: 'The Democratic bloc stands for dozens of governments with their own interests: the United States, the EU and its members, Japan, Australia and others do not always agree, and the EU itself is a union, not a state. The game merges them into one player with one budget. Only a few cards (AUKUS and the rift with France, the vote on majority voting, the vote on the investment agreement) show that democracies disagree among themselves.',
  },
  {
    title: 'China and Russia as one side\'s partners',
    text: 'China is a player; Russia is a country on the board whose tie with China rests on mutual interest. The game does not give Russia aims of its own, such as its rivalry with China in Central Asia or its full-scale invasion of Ukraine in 2022, after the scenario begins. The article argues that such a partnership can last without shared values; others stress the distrust between the two (see Lo, 2020).',
  },
  {
    title: 'One argument among several',
    text: 'The game encodes the article\'s thesis: common values make democratic blocs deeper and more durable, while autocracies cooperate through mutual interest and coercion. Other schools explain alliances by threats and the balance of power, and other research studies how autocracies cooperate to keep each other in power (von Soest, 2015). A class can ask which events in a game the thesis explains well, and which it does not.',
  },
  {
    title: 'Weights are judgements',
    text: 'Each country\'s weight (1 to 3) stands for its strategic and economic importance. It is a designer\'s judgement, not a measure: it ignores population, the size of the economy, military power and geography, which all matter in different ways.',
  },
  {
    title: 'Regimes as three labels',
    text: 'Democracy, hybrid and autocracy are three boxes for a continuum. The labels follow V-Dem\'s Regimes of the World and Freedom House for 2021, and the two disagree on several countries: India and Turkey keep labels those sources would not give them. Regimes change in the game only through rare events; in the world they erode or open slowly, mostly for domestic reasons.',
  },
  {
    title: 'No military conflict',
    text: 'There is no war, deterrence or arms race. NATO, AUKUS and the Quad appear only as trust between governments, and a border clash only as a shift in trust and leverage. Security, which drives most alliances, is left out.',
  },
  {
    title: 'Trust, leverage and polarization as numbers',
    text: 'Trust, leverage, polarization and resentment are scales from 0 to 5 (or 3). Real trust between states is built and lost over decades, leverage takes many forms, and polarization has mostly domestic causes. Measured effects of foreign influence campaigns are small and debated; the game keeps disinformation real but modest for that reason.',
  },
  {
    title: 'Coercion and its effects are simplified',
    text: 'Both sides coerce: trade restrictions and pressure on one side, sanctions and export controls on the other. Whether sanctions change a government\'s behaviour is much debated, and retaliation hurts both economies, not just the side targeted. The "debt trap" account of Chinese lending is contested (Brautigam, 2020): the game says so on the card.',
  },
  {
    title: 'The economy is one number',
    text: 'Capital and dependency stand for trade, investment, energy and technology. Interdependence runs both ways: China also depends on European and American markets, which the game shows only in events like the trade war.',
  },
  {
    title: 'A world of two sides',
    text: 'The World Order track is zero-sum: one side\'s gain is the other\'s loss. Many states refuse to choose a side, international organisations and courts act on their own, and cooperation on climate, health or finance can benefit everyone. Only a few world events (the climate summit, the pandemic) hint at this.',
  },
  {
    title: 'Time and chance',
    text: 'A round stands for about two years and events are drawn from a deck, so the order of history is shuffled. The scenario starts in 2021 with the countries and frameworks of that year; what follows is a possible world, not a forecast.',
  },
];
