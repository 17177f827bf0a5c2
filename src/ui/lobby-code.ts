/** "Join or watch by code": a match code typed or pasted in, checked before anything is asked. */
import { MATCH_CODE_LENGTH, parseMatchCode } from '../client/online-rules';
import { button, h } from './dom';
import type { LobbyContext } from './lobby-context';

export function createCodeSection(ctx: LobbyContext): HTMLElement {
  const input = h('input', { id: 'join-code', attrs: { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-describedby': 'code-hint', 'data-key': 'join-code' } });
  /** The code typed, or null after saying what a code looks like. */
  const read = (): string | null => {
    const code = parseMatchCode(input.value);
    input.setAttribute('aria-invalid', String(code === null));
    if (code === null) {
      ctx.alert(`A match code has ${MATCH_CODE_LENGTH} letters and digits, like ABCD-EFGH.`);
      input.focus();
    }
    return code;
  };
  const join = (): void => {
    const code = read();
    if (code) void ctx.joinCode(code);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    join();
  });
  return h('section', { class: 'menu-card', attrs: { 'aria-labelledby': 'code-title' } },
    h('h2', { id: 'code-title' }, 'Join or watch by code'),
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'join-code' } }, 'Match code'),
      input,
      h('p', { id: 'code-hint', class: 'hint' }, `${MATCH_CODE_LENGTH} letters and digits; case and dashes do not matter.`)),
    h('div', { class: 'row' },
      button('Join', join, { key: 'join-code-button', class: 'primary' }),
      button('Watch', () => {
        const code = read();
        if (code) void ctx.watch(code);
      }, { key: 'watch-code-button' })));
}
