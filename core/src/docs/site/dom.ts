/** Children of {@link h}: text always becomes a text node, never markup. */
export type Child = Node | string | number | null | undefined | false;

/**
 * An element with attributes and children. Every name, comment and SQL text of the site goes in
 * through here or `textContent`, so nothing from the project is ever parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element, same rules as {@link h}. */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** A link inside the site. */
export function link(href: string, text: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  return h('a', { href, ...attrs }, text);
}

/** Text shown for a missing value, styled apart so that it never passes for data. */
export function none(text: string): HTMLElement {
  return h('span', { class: 'none' }, text);
}
