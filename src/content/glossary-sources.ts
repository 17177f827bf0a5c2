/**
 * The works the glossary cites: the article the game is built on, the works the article itself
 * cites (`inArticle`), and a few others that the "contested" notes need, marked as outside the
 * article so that nobody mistakes them for its own sources. Pure data.
 */

export interface Source {
  /** As cited in running text: "Hoffman", "Bank & Weyland", "Eady et al.". */
  readonly author: string;
  readonly year: number;
  /** The full reference, as a bibliography lists it. */
  readonly full: string;
  /** Cited by the article itself (else: added by this project for a contested point). */
  readonly inArticle: boolean;
}

const article = (author: string, year: number, full: string): Source => ({ author, year, full, inArticle: true });
const outside = (author: string, year: number, full: string): Source => ({ author, year, full, inArticle: false });

export const SOURCES = {
  'lukian-2021': article('Lukian', 2021,
    'Lukian, 2021. "China, International Cooperation, and Alliance-building." European Guanxi (blog). The article this game is built on.'),
  'art-2012': article('Art', 2012,
    'Art, David, 2012. "Review: What do we Know About Authoritarianism After 10 Years?" Comparative Politics 44 (3), 351–373.'),
  'bank-weyland-2018': article('Bank & Weyland', 2018,
    'Bank, André, and Weyland, Kurt, 2018. Authoritarian Diffusion and Cooperation: Interests vs. Ideology. London: Routledge.'),
  'biden-2021': article('Biden', 2021,
    'Biden, Joe, 2021. "Remarks by President Biden at the 2021 Virtual Munich Security Conference." The White House Briefing Room.'),
  'brown-2021': article('Brown', 2021,
    'Brown, Kerry, 2021. "The EU and China in 2021: Separate Discourses, Similar or Different Aims?" The ASAN Forum.'),
  'friedberg-2017': article('Friedberg', 2017,
    'Friedberg, Aaron L., 2017. The Authoritarian Challenge: China, Russia, and the Threat to the Liberal International Order. Japan-US Program.'),
  'hoffman-2002': article('Hoffman', 2002,
    'Hoffman, Aaron M., 2002. "A Conceptualization of Trust in International Relations." European Journal of International Relations 8 (3), 375–401.'),
  'lau-2021': article('Lau', 2021,
    'Lau, Stuart, 2021. "Lithuania pulls out of China\'s \'17+1\' bloc in Eastern Europe." Politico.'),
  'lo-2020': article('Lo', 2020,
    'Lo, Bobo, 2020. "The Sino-Russian Partnership and Global Order." China International Strategy Review 2, 306–324.'),
  'masters-1961': article('Masters', 1961,
    'Masters, Roger D., 1961. "A Multi-Bloc Model of the International System." American Political Science Review 55 (4), 780–798.'),
  'navari-2007': article('Navari', 2007,
    'Navari, Cornelia, 2007. "State and State Systems: Democratic, Westphalian, or Both?" Review of International Studies 33, 577–595.'),
  'rawnsley-2015': article('Rawnsley', 2015,
    'Rawnsley, Gary D., 2015. "To Know Us is to Love Us: Public Diplomacy and International Broadcasting in Contemporary Russia and China." Politics 35 (3–4), 273–286.'),
  'rudd-2021': article('Rudd', 2021,
    'Rudd, Kevin, 2021. "Why the Quad Alarms China: Its Success Poses a Major Threat to Beijing\'s Ambitions." Foreign Affairs.'),
  'von-soest-2015': article('von Soest', 2015,
    'von Soest, Christian, 2015. "Democracy Prevention: The International Collaboration of Authoritarian Regimes." European Journal of Political Research 54 (4), 623–638.'),
  'brautigam-2020': outside('Brautigam', 2020,
    'Brautigam, Deborah, 2020. "A critical look at Chinese \'debt-trap diplomacy\': the rise of a meme." Area Development and Policy 5 (1), 1–14.'),
  'eady-2023': outside('Eady et al.', 2023,
    'Eady, Gregory, Paskhalis, Tom, Zilinsky, Jan, Bonneau, Richard, Nagler, Jonathan, and Tucker, Joshua A., 2023. "Exposure to the Russian Internet Research Agency foreign influence campaign on Twitter in the 2016 US election and its relationship to attitudes and voting behavior." Nature Communications 14, 62.'),
  'farrell-newman-2019': outside('Farrell & Newman', 2019,
    'Farrell, Henry, and Newman, Abraham L., 2019. "Weaponized Interdependence: How Global Economic Networks Shape State Coercion." International Security 44 (1), 42–79.'),
  'freedom-house-2021': outside('Freedom House', 2021,
    'Freedom House, 2021. Freedom in the World 2021: Democracy under Siege. Washington, DC: Freedom House.'),
  'grieco-1988': outside('Grieco', 1988,
    'Grieco, Joseph M., 1988. "Anarchy and the Limits of Cooperation: A Realist Critique of the Newest Liberal Institutionalism." International Organization 42 (3), 485–507.'),
  'keohane-1984': outside('Keohane', 1984,
    'Keohane, Robert O., 1984. After Hegemony: Cooperation and Discord in the World Political Economy. Princeton: Princeton University Press.'),
  'kydd-2005': outside('Kydd', 2005,
    'Kydd, Andrew H., 2005. Trust and Mistrust in International Relations. Princeton: Princeton University Press.'),
  'mearsheimer-2001': outside('Mearsheimer', 2001,
    'Mearsheimer, John J., 2001. The Tragedy of Great Power Politics. New York: W. W. Norton.'),
  'moravcsik-1998': outside('Moravcsik', 1998,
    'Moravcsik, Andrew, 1998. The Choice for Europe: Social Purpose and State Power from Messina to Maastricht. Ithaca: Cornell University Press.'),
  'pape-1997': outside('Pape', 1997,
    'Pape, Robert A., 1997. "Why Economic Sanctions Do Not Work." International Security 22 (2), 90–136.'),
  'vdem-2021': outside('V-Dem Institute', 2021,
    'V-Dem Institute, 2021. Autocratization Turns Viral: Democracy Report 2021. Gothenburg: University of Gothenburg.'),
  'walt-1987': outside('Walt', 1987,
    'Walt, Stephen M., 1987. The Origins of Alliances. Ithaca: Cornell University Press.'),
  'way-2016': outside('Way', 2016,
    'Way, Lucan, 2016. "The Authoritarian Threat: Weaknesses of Autocracy Promotion." Journal of Democracy 27 (1), 64–75.'),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** "Hoffman (2002)". */
export function citation(id: SourceId): string {
  const source: Source = SOURCES[id];
  return `${source.author} (${source.year})`;
}
