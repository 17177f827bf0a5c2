/** The lobby's display-name field: checked as the player types, remembered on this device. */
import { checkDisplayName, MAX_NAME_LENGTH } from '../client/online-rules';
import { h } from './dom';
import type { NameStore } from './lobby-context';

export interface NameField {
  readonly el: HTMLElement;
  /** The valid name, or null after saying what is wrong (and focusing the field if asked). */
  check(focus: boolean): string | null;
}

export function createNameField(names: NameStore): NameField {
  const error = h('p', { id: 'name-error', class: 'field-error' });
  const input = h('input', {
    id: 'player-name',
    attrs: { type: 'text', autocomplete: 'nickname', spellcheck: 'false', 'aria-describedby': 'name-hint name-error', 'data-key': 'player-name' },
  });
  input.value = names.get();
  const check = (focus: boolean): string | null => {
    const result = checkDisplayName(input.value);
    input.setAttribute('aria-invalid', String(!result.ok));
    error.textContent = result.ok ? '' : result.reason;
    if (result.ok) return result.name;
    if (focus) input.focus();
    return null;
  };
  input.addEventListener('change', () => {
    const name = check(false);
    if (name !== null) names.set(name);
  });
  // Once marked wrong, the field says as soon as it is right again.
  input.addEventListener('input', () => {
    if (input.getAttribute('aria-invalid') === 'true') check(false);
  });
  const el = h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'name-title' } },
    h('h2', { id: 'name-title' }, 'Your name'),
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'player-name' } }, 'Display name'),
      input,
      h('p', { id: 'name-hint', class: 'hint' }, `1 to ${MAX_NAME_LENGTH} characters, shown to the other player. Remembered on this device.`),
      error));
  return { el, check };
}
