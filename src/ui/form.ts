/** Small form controls shared by the menu and the lobby: radio groups and labelled selects. */
import { h } from './dom';

/** A radio option: its value, its label and an optional hint shown after the label. */
export type RadioOption<T extends string> = readonly [value: T, label: string, hint?: string];

/** A fieldset of radios named `name`, with `value` checked. */
export function radios<T extends string>(name: string, legend: string, options: ReadonlyArray<RadioOption<T>>, value: T): HTMLFieldSetElement {
  const items = options.map(([v, label, hint]) => {
    const id = `${name}-${v}`;
    const input = h('input', { id, attrs: { type: 'radio', name, value: v } });
    input.checked = v === value;
    return h('div', { class: 'radio' }, input, h('label', { attrs: { for: id } }, label, hint ? h('span', { class: 'hint' }, ` — ${hint}`) : null));
  });
  return h('fieldset', {}, h('legend', {}, legend), ...items);
}

/** The value of the checked radio named `name` under `root` ('' when none is). */
export function checkedValue(root: HTMLElement, name: string): string {
  return (root.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value ?? '';
}

/** A labelled select with `value` chosen; `id` is also its focus key. */
export function select(id: string, label: string, options: ReadonlyArray<readonly [string, string]>, value: string): HTMLElement {
  const el = h('select', { id, attrs: { 'data-key': id } }, ...options.map(([v, text]) => h('option', { attrs: { value: v } }, text)));
  el.value = value;
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), el);
}
