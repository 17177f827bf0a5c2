import type { ConceptId } from '../../types';
import type { ScenarioDef } from '../scenario-types';
import { COMPETING_VISIONS } from './competing-visions';

/**
 * The tutorial's starting position (played from its own screen, #/tutorial, never offered in the
 * menu's or the lobby's scenario lists): the 2021 board of Competing Visions, two rounds, and
 * decks of exactly one hand each, so that every hand holds the same cards whatever the seed
 * (each side draws its whole deck in round 1; in round 2 its kept card and its reshuffled
 * discard). The one world card, Border Clash, touches India only. The learner's script and the
 * other side's scripted replies are in src/content/tutorial-*.ts.
 */
export const TUTORIAL = {
  id: 'tutorial',
  title: 'Tutorial (2021)',
  year: 2021,
  summary: 'A guided game of two rounds on the 2021 board: one mechanic at a time, with scripted replies from the Autocratic side.',
  rounds: 2,
  worldOrder: -5,
  capital: { dem: 4, aut: 4 },
  decisionRule: 'unanimity',
  // Below the income penalty's threshold, so the bloc's income is its base and its members' weight.
  dependency: 2,
  integration: { regions: ['europe'], outside: [] } as ScenarioDef['integration'],
  teaches: [
    'trust', 'common-values', 'cooperation', 'alliance', 'integration', 'unanimity-veto', 'bilateral-deals', 'frameworks',
    'coercion', 'coerced-bloc-collapse', 'disinformation', 'united-front',
  ] as readonly ConceptId[],
  countries: COMPETING_VISIONS.countries,
  decks: {
    dem: ['five-eyes', 'trade-agreement', 'nato-consolidation', 'human-rights-sanctions', 'counter-disinformation-task-force'],
    aut: ['vaccine-diplomacy', 'debt-leverage', 'win-win-cooperation', 'state-media-campaign', 'economic-coercion'],
    world: ['border-clash'],
  },
} as const satisfies ScenarioDef;
