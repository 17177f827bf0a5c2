/**
 * The controls of the player's turn: the prompt, the choice in progress (target, framework,
 * Confirm, Cancel), the basic actions while ops are being spent, End turn and Undo.
 */
import { type ActionId, ACTIONS_OF, CARD, type CountryId, type FrameworkId, type Move, type PlayerView, type Side } from '../game';
import { type Draft, frameworks, isEmpty, resolve, step, targets } from './choice';
import { button, h } from './dom';
import { ACTION_NAME, ACTION_SUMMARY } from '../content/action-words';
import { FRAMEWORK_NAME, opsWord, SIDE_NAME } from '../content/words';
import { capitalize, countryOption, moveText } from './move-text';
import { renderMovePreview } from './move-preview';

export interface TurnProps {
  readonly view: PlayerView;
  readonly side: Side;
  readonly myTurn: boolean;
  /** Online: the last move is on its way to the server; the controls wait for the answer. */
  readonly sending?: boolean;
  readonly waitingText: string;
  readonly moves: readonly Move[];
  readonly draft: Draft;
  readonly canUndo: boolean;
  readonly setDraft: (draft: Draft) => void;
  readonly chooseAction: (action: ActionId) => void;
  readonly confirm: (move: Move) => void;
  readonly cancel: () => void;
  readonly pass: () => void;
  readonly undo: () => void;
}

function prompt(p: TurnProps): string {
  const { view, draft, moves } = p;
  if (p.sending) return 'Sending your move to the server…';
  const next = step(moves, draft);
  if (next === 'target') return `Choose a target: ${targets(moves, draft).length} countries are highlighted on the map and in the country table.`;
  if (next === 'framework') return 'Choose the framework to join.';
  const move = resolve(moves, draft);
  if (move) return `Ready to ${moveText(move, view)}. Confirm, or ${keyboardLikely() ? 'cancel with Escape' : 'Cancel'}.`;
  if (view.pending) {
    return `You have ${opsWord(view.pending.opsLeft)} left from ${CARD[view.pending.card].title}: choose a basic action, or end your turn.`;
  }
  if ((view.sides[p.side].hand ?? []).length === 0) return 'You have no card to play: pass.';
  return 'Play a card from your hand: for its event, or for its ops to spend on basic actions.';
}

/**
 * A mouse or trackpad (fine pointer that can hover) usually comes with a keyboard; a touch screen
 * does not, so "Escape" is only mentioned where it is likely to be pressed.
 */
function keyboardLikely(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(hover: hover) and (pointer: fine)').matches === true;
}

function select(id: string, label: string, options: ReadonlyArray<[string, string]>, value: string | undefined, onChange: (v: string) => void): HTMLElement {
  const el = h('select', { id, attrs: { 'data-key': id } },
    h('option', { attrs: { value: '' } }, 'Choose…'),
    ...options.map(([v, text]) => h('option', { attrs: { value: v } }, text)));
  el.value = value ?? '';
  el.addEventListener('change', () => onChange(el.value));
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), el);
}

function choiceControls(p: TurnProps): HTMLElement | null {
  const { draft, moves, view } = p;
  if (isEmpty(draft)) return null;
  const parts: HTMLElement[] = [];
  const ts = targets(moves, draft);
  if (ts.length > 0) {
    const options = ts.map((id): [string, string] => [id, countryOption(view, id)]);
    parts.push(select('target-select', 'Target country', options, draft.target, (v) => p.setDraft({ ...draft, target: (v || undefined) as CountryId | undefined, framework: undefined })));
  }
  if (draft.target !== undefined && frameworks(moves, draft).length > 0) {
    const options = frameworks(moves, draft).map((f): [string, string] => [f, `${FRAMEWORK_NAME[f]} framework`]);
    parts.push(select('framework-select', 'Framework', options, draft.framework, (v) => p.setDraft({ ...draft, framework: (v || undefined) as FrameworkId | undefined })));
  }
  const move = resolve(moves, draft);
  // The rules' preview of the move's effect (and of any vote it holds), read before Confirm.
  const preview = move ? renderMovePreview(view, move) : null;
  if (preview) parts.push(preview);
  const confirm = button(move ? `Confirm: ${capitalize(moveText(move, view))}` : 'Confirm', () => move && p.confirm(move), {
    key: 'confirm', class: 'primary', disabled: move === null,
  });
  const cancel = button('Cancel', p.cancel, { key: 'cancel' });
  cancel.setAttribute('aria-keyshortcuts', 'Escape');
  // Kept in view at the bottom of the turn controls when they scroll (styles.css): Confirm is never below the fold.
  parts.push(h('div', { class: 'row choice-buttons' }, confirm, cancel));
  return h('div', { class: 'choice' }, ...parts);
}

function actionButtons(p: TurnProps): HTMLElement {
  const items = ACTIONS_OF[p.side].map((action) => {
    const legal = p.moves.some((m) => m.kind === 'action' && m.action === action);
    const name = ACTION_NAME[action];
    const summary = ACTION_SUMMARY[action];
    const b = button(name, () => p.chooseAction(action), {
      key: `action:${action}`, disabled: !legal, pressed: p.draft.action === action, ariaLabel: `${name}: ${summary}`,
    });
    return h('li', {}, b, h('span', { class: 'action-summary', attrs: { 'aria-hidden': 'true' } }, summary));
  });
  return h('ul', { class: 'actions', attrs: { 'aria-label': 'Basic actions' } }, ...items);
}

function turnButtons(p: TurnProps): HTMLElement {
  const { view } = p;
  const parts: HTMLElement[] = [];
  if (view.pending) {
    const left = view.pending.opsLeft;
    parts.push(button(`End turn (give up ${opsWord(left)})`, p.pass, { key: 'end-turn', disabled: p.sending === true }));
    parts.push(button('Undo last action', p.undo, { key: 'undo', disabled: !p.canUndo }));
  } else if (p.moves.some((m) => m.kind === 'pass')) {
    parts.push(button('Pass', p.pass, { key: 'pass', class: 'primary' }));
  }
  return h('div', { class: 'row turn-buttons' }, ...parts);
}

export function renderTurnPanel(p: TurnProps): HTMLElement {
  const title = p.myTurn ? 'Your turn' : p.view.result !== null ? 'Game over' : `${SIDE_NAME[p.view.active]}'s turn`;
  const over = p.view.result !== null ? ' turn--over' : '';
  const section = h('section', { class: `turn turn--${p.side}${over}`, attrs: { 'aria-labelledby': 'turn-title', 'aria-busy': p.sending === true } },
    h('h2', { id: 'turn-title', attrs: { tabindex: -1 } }, title));
  if (!p.myTurn) {
    section.append(h('p', { class: 'prompt' }, p.waitingText));
    return section;
  }
  section.append(h('p', { class: 'prompt', id: 'turn-prompt' }, prompt(p)));
  // The choice in progress (target, preview, Confirm) comes first, where the eye is: the basic
  // actions follow it (to switch action), so that it is in view without scrolling the controls.
  const choice = choiceControls(p);
  if (choice) section.append(choice);
  if (p.view.pending) section.append(actionButtons(p));
  section.append(turnButtons(p));
  return section;
}
