import type { SqlSegment } from '../model';
import { h } from './dom';

/** SQL highlighted at build time: one span per segment, its text as a text node. */
export function sqlBlock(segments: SqlSegment[]): HTMLElement {
  const code = h('code');
  for (const [cls, text] of segments) code.append(cls ? h('span', { class: `sql-${cls}` }, text) : document.createTextNode(text));
  return h('pre', { class: 'sql', tabindex: '0' }, code);
}
