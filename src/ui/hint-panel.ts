/**
 * "What would the AI do?" in solo games: asks the Hard AI (in its own Web Worker, see
 * client/ai-runner.ts) for the learner's own seat, from that seat's view only, and shows the move
 * and the AI's reason. The move is never played: the learner decides. A hint belongs to the
 * position it was asked in; it goes when the position changes.
 */
import type { AiDecision } from '../ai';
import { type AiRunner, createAiRunner } from '../client/ai-runner';
import type { MatchSnapshot } from '../client/match';
import type { PlayerView } from '../game';
import { button, h } from './dom';
import { capitalize, moveText } from './move-text';

type HintState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'thinking' }
  | { readonly kind: 'shown'; readonly text: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: string };

export interface HintPanel {
  readonly el: HTMLElement;
  /** Shows the button on the learner's turn (and nothing otherwise); a new position drops an old hint. */
  update(snap: MatchSnapshot): void;
  destroy(): void;
}

export function createHintPanel(): HintPanel {
  const el = h('section', { class: 'ai-hint', attrs: { 'aria-label': 'Hint' }, hidden: true });
  let runner: AiRunner | null = null;
  let stateID = -1;
  let view: PlayerView | null = null;
  let state: HintState = { kind: 'idle' };

  async function ask(): Promise<void> {
    if (!view || state.kind === 'thinking') return;
    const askedFor = stateID;
    const asked = view;
    state = { kind: 'thinking' };
    render();
    runner ??= createAiRunner('hard');
    let next: HintState;
    try {
      const decision: AiDecision = await runner.choose(asked, `hint:${askedFor}`);
      next = { kind: 'shown', text: capitalize(moveText(decision.move, asked)), reason: decision.reason };
    } catch (error) {
      next = { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    if (askedFor !== stateID) return;
    state = next;
    render();
    (el.querySelector('#hint-result') as HTMLElement | null)?.focus();
  }

  function render(): void {
    const body = ((): Node => {
      switch (state.kind) {
        case 'idle': return h('span', { class: 'hint-note' }, 'The Hard AI suggests a move from your own view (your hand, not the other side\'s); nothing is played for you.');
        case 'thinking': return h('p', { attrs: { role: 'status' } }, 'The Hard AI is thinking about your position…');
        case 'shown': return h('p', { id: 'hint-result', attrs: { tabindex: -1, role: 'status' } }, h('strong', {}, `The Hard AI would: ${state.text}. `), `Why: the AI ${state.reason.replace(/\.$/, '')}.`);
        case 'failed': return h('p', { attrs: { role: 'alert' } }, `No hint this time: ${state.error}.`);
      }
    })();
    el.replaceChildren(
      button('What would the AI do?', () => void ask(), { key: 'hint', disabled: state.kind === 'thinking' }),
      body);
  }

  return {
    el,
    update(snap) {
      const show = snap.mode === 'solo' && snap.myTurn && snap.sending !== true;
      el.hidden = !show;
      if (snap.shown.stateID === stateID) return;
      stateID = snap.shown.stateID;
      view = snap.shown.view;
      state = { kind: 'idle' };
      render();
    },
    destroy() {
      runner?.destroy();
      runner = null;
    },
  };
}
