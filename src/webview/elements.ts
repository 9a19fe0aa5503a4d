// Builds DOM nodes with text only: children are nodes or strings, and strings always become text nodes. There is
// no path from data to markup here (no innerHTML, no insertAdjacentHTML), and attributes are set one by one.

export type Child = Node | string | null | undefined | false;

export interface Props {
  readonly className?: string;
  readonly id?: string;
  /** Plain attributes (aria-*, role, type…). Values are strings we chose or numbers; never markup. */
  readonly attrs?: Readonly<Record<string, string | number>>;
  readonly onClick?: () => void;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, String(value));
  const onClick = props.onClick;
  if (onClick) element.addEventListener('click', () => onClick());
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string | number>> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  append(element, children);
  return element;
}

/** A real <button> (in tab order, Enter and Space work) that looks like a link. `key` lets a re-render restore focus. */
export function linkButton(text: string, key: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { className: 'link', attrs: { type: 'button', 'aria-label': label }, onClick }, text);
  button.dataset.key = key;
  return button;
}

/** A section with a heading that names it for screen readers' landmark lists. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { id, attrs: { 'aria-labelledby': `${id}-title` } }, h('h2', { id: `${id}-title` }, title), ...children);
}

/** A progress bar that screen readers read as "23 of 38". */
export function progressBar(done: number, total: number, label: string): HTMLElement {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const fill = h('span', { className: 'fill' });
  fill.style.width = `${percent}%`;
  return h(
    'span',
    { className: 'bar', attrs: { role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done, 'aria-label': label, 'aria-valuetext': `${done} of ${total}` } },
    fill,
  );
}
