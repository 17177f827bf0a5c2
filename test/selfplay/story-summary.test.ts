import { describe, expect, it } from 'vitest';
import type { CardId, ConceptId, LogCause, LogEntry, LogEvent } from '../../src/game';
import { blocBrokeApart, isStateChange, scenarioTargets, type StoryGame, storyTargets, summarizeStory } from './story-summary';

const RULES: LogCause = { kind: 'rules', step: 'turn' };
const SETUP: LogCause = { kind: 'rules', step: 'setup' };
const card = (side: 'dem' | 'aut' | 'world', id: CardId): LogCause => ({ kind: 'card', side, card: id });

function entry(event: LogEvent, concept: ConceptId = 'trust', cause: LogCause = RULES): LogEntry {
  return { round: 1, concept, cause, event };
}

const track = (concept: ConceptId, cause: LogCause = RULES): LogEntry =>
  entry({ type: 'track', country: 'HUN', track: 'trust', from: 2, to: 3 }, concept, cause);
const vote = (rule: 'unanimity' | 'majority', passed: boolean, members: number): LogEvent =>
  ({ type: 'bloc-decision', decision: 'integration', rule, passed, against: passed ? [] : ['HUN'], members });
const played = (id: CardId, mode: 'event' | 'ops'): LogEntry =>
  entry({ type: 'card-played', side: 'dem', card: id, mode }, 'alliance', card('dem', id));

/** A busy game: every kind of story event once, plus setup entries that must not count. */
const BUSY: StoryGame = {
  winner: 'dem',
  rounds: 8,
  drawn: ['aukus', 'five-eyes'],
  log: [
    entry({ type: 'setup', scenario: 'competing-visions', lastRound: 8 }, 'bloc', SETUP),
    entry({ type: 'dem-tie', country: 'GRC', from: 'ally', to: 'member' }, 'integration', SETUP),
    entry(vote('unanimity', false, 5), 'unanimity-veto'),
    entry({ type: 'regime', country: 'HUN', from: 'democracy', to: 'hybrid' }, 'disinformation'),
    entry({ type: 'dem-tie', country: 'HUN', from: 'member', to: 'ally' }, 'integration'),
    entry({ type: 'dem-tie', country: 'GBR', from: 'ally', to: 'member' }, 'integration'),
    entry({ type: 'dem-tie', country: 'TUR', from: 'ally', to: 'partner' }, 'bloc-disruption'),
    entry({ type: 'action', side: 'aut', action: 'lure', target: 'TUR', ops: 2 }, 'bloc-disruption'),
    entry({ type: 'defection', country: 'SRB' }, 'coerced-bloc-collapse'),
    entry({ type: 'election', country: 'ITA', populist: true }, 'disinformation'),
    entry({ type: 'election', country: 'POL', populist: false }, 'disinformation'),
    entry({ type: 'capital', side: 'dem', from: 4, to: 2 }, 'alliance'),
    played('aukus', 'event'),
    track('alliance', card('dem', 'aukus')),
    played('five-eyes', 'ops'),
    entry({ type: 'world-event', card: 'pandemic', next: null }, 'dependency', card('world', 'pandemic')),
    track('dependency', card('world', 'pandemic')),
  ],
};

/** A quiet game: one outvote, a vote with no members, a world card that changed nothing, a card drawn but never played. */
const QUIET: StoryGame = {
  winner: 'aut',
  rounds: 6,
  drawn: ['aukus'],
  log: [
    entry(vote('majority', false, 4), 'qualified-majority'),
    entry(vote('unanimity', false, 0), 'bloc'),
    entry(vote('unanimity', true, 6), 'bloc'),
    entry({ type: 'world-event', card: 'coup', next: null }, 'autocratic-resilience', card('world', 'coup')),
    entry({ type: 'no-effect' }, 'autocratic-resilience', card('world', 'coup')),
    played('five-eyes', 'ops'),
  ],
};

describe('isStateChange', () => {
  it('counts position changes and failed votes with members, not bookkeeping', () => {
    expect(isStateChange(track('trust'))).toBe(true);
    expect(isStateChange(entry({ type: 'standing', id: 'task-force', on: true }))).toBe(true);
    expect(isStateChange(entry(vote('unanimity', false, 3)))).toBe(true);
    expect(isStateChange(entry(vote('unanimity', false, 0)))).toBe(false);
    expect(isStateChange(entry(vote('majority', true, 3)))).toBe(false);
    expect(isStateChange(entry({ type: 'capital', side: 'aut', from: 1, to: 3 }))).toBe(false);
    expect(isStateChange(entry({ type: 'draw', side: 'aut', count: 3 }))).toBe(false);
    expect(isStateChange(played('aukus', 'event'))).toBe(false);
  });

  it('counts a score only when the united-front bonus applied', () => {
    const score = (unitedFront: boolean) =>
      entry({ type: 'score', dem: 5, aut: 3, shift: 2, worldOrder: 1, unitedFront, lines: [] }, 'united-front', { kind: 'rules', step: 'scoring' });
    expect(isStateChange(score(true))).toBe(true);
    expect(isStateChange(score(false))).toBe(false);
  });
});

describe('summarizeStory', () => {
  const s = summarizeStory([BUSY, QUIET], ['integration', 'qualified-majority', 'coerced-bloc-collapse']);

  it('counts bloc decisions, slides, ties and breakaways per game, setup left out', () => {
    expect(s.games).toBe(2);
    expect(s.failed_decision_games_pct).toBe(100);
    expect(s.vetoes_per_game).toBe(0.5);
    expect(s.outvotes_per_game).toBe(0.5);
    expect(s.slides_per_game).toBe(0.5);
    expect(s.integrations_per_game).toBe(0.5); // GBR; GRC at setup does not count
    expect(s.members_lost_per_game).toBe(0.5);
    expect(s.breakaways_per_game).toBe(0.5);
    expect(s.lures_per_game).toBe(0.5);
    expect(s.populist_wins_per_game).toBe(0.5);
    expect(s.democracy_win_pct).toBe(50);
    expect(s.avg_rounds).toBe(7);
  });

  it('measures event plays against all card plays', () => {
    expect(s.event_play_pct).toBe(33.3); // 1 event play of 3
    expect(s.card_play_counts).toEqual({ aukus: { event: 1, ops: 0 }, 'five-eyes': { event: 0, ops: 2 } });
  });

  it('shares out state changes by concept, and measures reach over the taught concepts only', () => {
    // BUSY: veto, regime, 3 dem-ties, 2 tracks = 7; QUIET: the outvote = 1.
    expect(s.state_changes_per_game).toBe(4);
    expect(s.max_concept).toBe('integration');
    expect(s.max_concept_share_pct).toBe(25); // 2 of 8
    expect(s.concept_share['qualified-majority']).toBe(12.5);
    expect(s.concept_reach.integration).toBe(50);
    expect(s.concept_reach['qualified-majority']).toBe(50);
    expect(s.concept_reach['coerced-bloc-collapse']).toBe(0); // a defection alone changes nothing
    expect(s.min_concept).toBe('coerced-bloc-collapse');
    expect(s.min_concept_reach_pct).toBe(0);
  });

  it('gives each card the share of its games in which its event fired', () => {
    expect(s.card_event_pct).toEqual({ aukus: 50, coup: 0, 'five-eyes': 0, pandemic: 100 });
  });

  it('reports zeros, not NaN, for no games', () => {
    const empty = summarizeStory([], ['trust']);
    expect(empty.failed_decision_games_pct).toBe(0);
    expect(empty.event_play_pct).toBe(0);
    expect(empty.max_concept).toBeNull();
    expect(empty.min_concept_reach_pct).toBe(0);
  });
});

describe('storyTargets', () => {
  it('checks each of issue 10 targets', () => {
    const s = summarizeStory([BUSY, QUIET], ['integration']);
    expect(storyTargets(s)).toEqual({
      failed_decision_games_pct: true,
      slides_per_game: true,
      integrations_vs_members_lost: true,
      event_play_pct: false,
      max_concept_share_pct: true,
      min_concept_reach_pct: true,
    });
  });
});

describe('scenario figures (issue 12)', () => {
  const breakaway = (country: 'POL' | 'SRB', from: 'framework' | 'deal'): StoryGame => ({
    winner: 'dem',
    rounds: 8,
    drawn: [],
    log: [
      entry({ type: 'defection', country }, 'coerced-bloc-collapse'),
      entry({ type: 'aut-tie', country, from, to: 'none', framework: null }, 'coerced-bloc-collapse'),
    ],
  });

  it('counts games with a veto under unanimity, not an outvote or a vote with no members', () => {
    const s = summarizeStory([BUSY, QUIET], ['trust']);
    expect(s.veto_games_pct).toBe(50);
  });

  it('counts a coerced bloc breaking apart only when a starting member leaves its framework', () => {
    expect(blocBrokeApart(breakaway('POL', 'framework'), ['POL', 'HUN'])).toBe(true);
    // A defection outside the bloc, or one that ends only a deal, is not the bloc breaking apart.
    expect(blocBrokeApart(breakaway('SRB', 'framework'), ['POL', 'HUN'])).toBe(false);
    expect(blocBrokeApart(breakaway('POL', 'deal'), ['POL', 'HUN'])).toBe(false);
    const s = summarizeStory([breakaway('POL', 'framework'), QUIET], ['trust'], ['POL']);
    expect(s.bloc_breakaway_games_pct).toBe(50);
    expect(scenarioTargets('cold-war', s)).toEqual({ bloc_breakaway_games_pct: true });
    expect(scenarioTargets('classroom-quick', s)).toEqual({ veto_games_pct: false });
    expect(scenarioTargets('competing-visions', s)).toEqual({});
  });
});
