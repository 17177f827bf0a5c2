/**
 * Each scenario's own rules on the rules page: its length, the countries in play, the homes, its
 * world events in the record's order and any rule of its own. Built from the scenario data where
 * the data says it (so the page cannot drift from the engine); the notes say what data cannot
 * (stand-ins, the sources of the regime labels). docs/rules.md, *Scenarios*, says the same.
 */
import { ACTION_NAME } from '../content/action-words';
import { FRAMEWORK_NAME, opsWord, SIDE_NAME, signed } from '../content/words';
import { CARD } from '../game/data/cards';
import { COUNTRY, FRAMEWORK_REACH } from '../game/data/countries';
import { LISTED_SCENARIOS, type ScenarioId } from '../game/data/scenarios';
import type { ScenarioDef } from '../game/data/scenario-types';
import { RULES } from '../game/rules-config';
import { homeOf, inPlay, scheduledEvents, turnsPerRound } from '../game/scenario-rules';
import type { Block, RulesSection } from './rules-content';

const NOTES: Partial<Record<ScenarioId, readonly string[]>> = {
  'competing-visions': [
    'The full game: every country and every card, and a shuffled world deck.',
  ],
  'classroom-quick': [
    'Made for a class period: two new players finish in about twenty minutes.',
    'The United Kingdom is out of play: an EU member in 2017 and outside it from 2020, it would need a Brexit the game does not model.',
    'Greece joined the 16+1 only in 2019: it starts with a bilateral deal (the port of Piraeus). Regime labels are the board\'s (V-Dem and Freedom House for 2021, the year of most of the events).',
    'The events of 2017 and 2021 that the article does not name (Greece at the UN, Hungary on Hong Kong, the Xinjiang sanctions, the frozen investment agreement) are cited on their cards.',
  ],
  'cold-war': [
    'Stand-ins on today\'s map: Russia is the Soviet Union (the Autocratic home); Germany is West Germany; Lithuania stands for the Baltic republics; Kazakhstan for the Soviet Central Asian republics; Serbia for Yugoslavia, communist but outside the Pact after 1948; Vietnam for North Vietnam. China is in play: Moscow\'s ally of 1950, until the split.',
    'The integrated members are the European Communities: Germany and France start integrated; Italy, a founder too, starts as an ally so that deepening the Communities is something to play for. NATO\'s members are allies.',
    'Regime labels for 1955 (Freedom House began only in 1973) come from Polity5\'s 1955 scores (Marshall & Gurr, 2020) cut into three labels, checked against V-Dem\'s Regimes of the World.',
    'The cards are the game\'s own and cite present-day examples of the same mechanisms; the world events are the Cold War\'s, and each says which facts go beyond the article (a historical note).',
  ],
};

function names(ids: readonly string[]): string {
  return ids.map((id) => COUNTRY[id as keyof typeof COUNTRY].name).join(', ');
}

/** The world schedule round by round; events that share a round are named in their order. */
function scheduleText(G: { readonly scenario: ScenarioId }, rounds: number): string {
  const byRound = Array.from({ length: rounds }, (_, i) => scheduledEvents(G, i + 1));
  const shared = byRound.some((cards) => cards.length > 1);
  const list = byRound.map((cards, i) => `round ${i + 1}, ${cards.map((id) => CARD[id].title).join(', then ')}`);
  return `World events follow the record in this order, ${shared ? 'one a round unless two share it' : 'one a round'} (the next round's are always face up): ${list.join('; ')}.`;
}

function scenarioBlocks(def: ScenarioDef): Block[] {
  const G = { scenario: def.id as ScenarioId };
  const turns = turnsPerRound(G);
  const homes = Object.values(COUNTRY).filter((c) => homeOf(G, c.id) !== null).map((c) => `${SIDE_NAME[homeOf(G, c.id) ?? 'dem']}: ${c.name}`);
  const countries = inPlay(G);
  const decks = def.decks?.dem && def.decks.aut ? `, decks of ${def.decks.dem.length} (${SIDE_NAME.dem}) and ${def.decks.aut.length} (${SIDE_NAME.aut}) cards` : '';
  const list = [
    `${def.rounds} rounds of ${turns} turns a side (at most ${def.rounds * turns} card plays each)${decks}; the World Order starts at ${signed(def.worldOrder)} and moves at most ${def.maxShiftPerRound ?? RULES.maxShiftPerRound} a round; a region held scores ${def.regionMajority ?? RULES.scoring.regionMajority}.`,
    `Homes: ${homes.join('; ')}.`,
    def.inPlay ? `${countries.length} countries in play: ${names(countries)}. The others are out of play: greyed on the map, never a target, never scored.` : `All ${countries.length} countries are in play.`,
  ];
  if (def.worldSchedule) list.push(scheduleText(G, def.worldSchedule.length));
  if (def.autBloc) {
    list.push(`The ${SIDE_NAME.aut} leads a bloc of its own (${FRAMEWORK_NAME[def.autBloc.framework]}): its members are held by leverage. A member whose resentment outweighs the leverage over it breaks away at resolution.`);
    const joinable = (def.joinableFrameworks ?? []).map((f) => `${FRAMEWORK_NAME[f]}: ${names(FRAMEWORK_REACH[f])}`);
    if (def.joinableFrameworks) list.push(`Frameworks a country can join during play: ${joinable.length > 0 ? joinable.join('; ') : 'none'}.`);
    if (def.autBloc.shieldedFromSanctions) list.push(`It breaks only from within: the ${SIDE_NAME.dem}'s ${ACTION_NAME.sanction} action and its sanction cards (coercion that cuts the leverage over the target) cannot target its members. The article's Warsaw Pact fell apart when Moscow could no longer coerce, not under the West's embargo.`);
    const ender = (def.worldSchedule ?? []).flat().find((card) => CARD[card].effects.some((e) => e.op === 'standing' && e.id === 'coercion-ended'));
    const until = ender ? ` Refused once ${CARD[ender].title} has come: coercion is abandoned.` : '';
    list.push(`${ACTION_NAME.crush} (${opsWord(RULES.costs.crush)} and ${RULES.costs.crushCapital} capital): in a member of that bloc with resentment, resentment ${signed(-RULES.crush.relief)}, and its trust toward the ${SIDE_NAME.dem} ${signed(RULES.crush.trustGain)}: force buys time, not loyalty.${until}`);
  }
  return [{ p: def.summary }, { list }, ...(NOTES[def.id as ScenarioId] ?? []).map((p): Block => ({ p }))];
}

/** One section per scenario a player can choose. */
export const SCENARIO_RULES: readonly RulesSection[] = LISTED_SCENARIOS.map((def) => ({ title: `Scenario: ${def.title}`, blocks: scenarioBlocks(def) }));
