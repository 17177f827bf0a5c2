/**
 * A tiny DOM builder. Every text goes in as a text node (never as HTML), so card titles, log
 * lines and country names are shown exactly as text.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  readonly class?: string;
  readonly id?: string;
  /** Attributes set with setAttribute (aria-*, role, data-*, type, for, …). */
  readonly attrs?: Readonly<Record<string, string | number | boolean>>;
  readonly disabled?: boolean;
  readonly hidden?: boolean;
  readonly onClick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, String(value));
  if (props.disabled !== undefined && 'disabled' in el) (el as HTMLButtonElement).disabled = props.disabled;
  if (props.hidden) el.hidden = true;
  if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  append(el, children);
  return el;
}

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** A button (type="button"); `key` lets focus follow it across re-renders. */
export function button(label: string, onClick: () => void, opts: { key?: string; class?: string; disabled?: boolean; ariaLabel?: string; pressed?: boolean } = {}): HTMLButtonElement {
  const attrs: Record<string, string> = { type: 'button' };
  if (opts.key) attrs['data-key'] = opts.key;
  if (opts.ariaLabel) attrs['aria-label'] = opts.ariaLabel;
  if (opts.pressed !== undefined) attrs['aria-pressed'] = String(opts.pressed);
  return h('button', { attrs, class: opts.class ?? '', disabled: opts.disabled ?? false, onClick: () => onClick() }, label);
}

/**
 * Re-renders `root` through `render` and puts focus back on the element with the same
 * `data-key`, so keyboard users keep their place when the state changes under them.
 */
export function keepingFocus(root: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && root.contains(active) ? active.dataset['key'] : undefined;
  render();
  if (key === undefined || (document.activeElement instanceof HTMLElement && root.contains(document.activeElement) && document.activeElement.isConnected)) return;
  focusKey(root, key);
}

/** Focuses the element with this `data-key` under `root`, if it exists and can take focus. */
export function focusKey(root: ParentNode, key: string): boolean {
  const target = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (!target || (target instanceof HTMLButtonElement && target.disabled)) return false;
  target.focus();
  return document.activeElement === target;
}

/** A heading that scripts can move focus to when a screen opens. */
export function screenHeading(level: 'h1' | 'h2', text: string, id?: string): HTMLHeadingElement {
  return h(level, { attrs: { tabindex: -1 }, ...(id ? { id } : {}) }, text);
}

const SLOT_KEYS = new WeakMap<Element, string>();

/**
 * Fills `slot` with `build()` unless it already shows the same `key` (a serialization of
 * everything the content depends on): rebuilding unchanged sections would cost layout for nothing.
 */
export function fillSlot(slot: HTMLElement, key: string, build: () => Node): void {
  if (SLOT_KEYS.get(slot) === key) return;
  SLOT_KEYS.set(slot, key);
  slot.replaceChildren(build());
}

export function clearSlot(slot: HTMLElement): void {
  SLOT_KEYS.delete(slot);
  slot.replaceChildren();
}
