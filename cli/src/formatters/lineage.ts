import type { LineageHop, ProjectLineageResult } from '@strata/core';

export type LineageFormat = 'tree' | 'json' | 'dot' | 'mermaid';

/** Renders a project lineage query. */
export function formatLineage(result: ProjectLineageResult, format: LineageFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result, null, 2);
    case 'dot':
      return toDot(allHops(result));
    case 'mermaid':
      return toMermaid(allHops(result));
    default:
      return toTree(result);
  }
}

function allHops(result: ProjectLineageResult): LineageHop[] {
  return result.columns.flatMap((c) => [...c.upstream, ...c.downstream]);
}

/**
 * Lineage links columns to columns, so a column written only from a constant or a static
 * partition value (`PARTITION (p_date = '${date}')`) has none although jobs do write it.
 */
const NO_LINEAGE = '  (no column lineage: no job derives it from another column or feeds it into one; it may still be written from a constant or a static partition value)';

/**
 * One tree per queried column: upstream hops read "<- source", downstream "-> target", each with
 * the job file and line that makes the hop.
 */
function toTree(result: ProjectLineageResult): string {
  const out: string[] = [];
  for (const c of result.columns) {
    out.push(c.column);
    if (c.upstream.length > 0) out.push(...branch(c.column, c.upstream, 'upstream', '  '));
    if (c.downstream.length > 0) out.push(...branch(c.column, c.downstream, 'downstream', '  '));
    if (c.upstream.length + c.downstream.length === 0) out.push(NO_LINEAGE);
  }
  if (result.jobs.length > 0) out.push('', `downstream jobs: ${result.jobs.join(', ')}`);
  return out.join('\n');
}

function branch(root: string, hops: LineageHop[], direction: 'upstream' | 'downstream', indent: string): string[] {
  const children = new Map<string, LineageHop[]>();
  for (const h of hops) {
    const parent = direction === 'upstream' ? h.target : h.source;
    children.set(parent, [...(children.get(parent) ?? []), h]);
  }
  const far = (h: LineageHop) => (direction === 'upstream' ? h.source : h.target);
  const expanded = expansionHops(root, children, far);
  const lines: string[] = [`${indent}${direction}:`];
  const visit = (column: string, prefix: string) => {
    const kids = children.get(column) ?? [];
    kids.forEach((h, i) => {
      const last = i === kids.length - 1;
      const arrow = direction === 'upstream' ? '<-' : '->';
      lines.push(`${prefix}${last ? '└─' : '├─'} ${arrow} ${far(h)}  [${h.kind}]  ${h.file}:${h.line + 1}`);
      if (expanded.has(h)) visit(far(h), `${prefix}${last ? '   ' : '│  '}`);
    });
  };
  visit(root, `${indent}  `);
  return lines;
}

/**
 * The hop under which each column's own hops are printed: its shallowest occurrence (breadth-first),
 * so a column listed right under the root is expanded there, not deep inside a sibling's branch.
 */
function expansionHops(root: string, children: Map<string, LineageHop[]>, far: (h: LineageHop) => string): Set<LineageHop> {
  const expanded = new Set<LineageHop>();
  const seen = new Set([root]);
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    for (const h of children.get(queue[i]) ?? []) {
      if (seen.has(far(h))) continue;
      seen.add(far(h));
      expanded.add(h);
      queue.push(far(h));
    }
  }
  return expanded;
}

const q = (s: string) => `"${s.replace(/"/g, '\\"')}"`;

function toDot(hops: LineageHop[]): string {
  const lines = ['digraph lineage {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  const seen = new Set<string>();
  for (const h of hops) {
    const key = `${h.source}\0${h.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(`  ${q(h.source)} -> ${q(h.target)} [label=${q(h.kind)}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

function toMermaid(hops: LineageHop[]): string {
  const ids = new Map<string, string>();
  const id = (name: string) => {
    if (!ids.has(name)) ids.set(name, `c${ids.size}`);
    return ids.get(name)!;
  };
  const edges = new Set<string>();
  for (const h of hops) edges.add(`  ${id(h.source)} -->|${h.kind}| ${id(h.target)}`);
  const nodes = [...ids].map(([name, i]) => `  ${i}["${name}"]`);
  return ['flowchart LR', ...nodes, ...edges].join('\n');
}
