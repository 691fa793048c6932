import type { GraphNode, ProjectGraph } from '@strata/core';

export type GraphFormat = 'dot' | 'mermaid' | 'json';

/** Renders the job/table DAG. JSON is the graph object itself. */
export function formatGraph(graph: ProjectGraph, format: GraphFormat): string {
  if (format === 'json') return JSON.stringify(graph, null, 2);
  return format === 'dot' ? toDot(graph) : toMermaid(graph);
}

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function toDot(graph: ProjectGraph): string {
  const lines = ['digraph strata {', '  rankdir=LR;', '  node [fontname="Helvetica"];'];
  for (const n of graph.nodes) {
    const shape = n.kind === 'job' ? 'ellipse' : n.source ? 'cylinder' : 'box';
    const label = n.group ? `${n.name}\\n(${n.group})` : n.name;
    lines.push(`  ${quote(n.id)} [label="${label.replace(/"/g, '\\"')}", shape=${shape}];`);
  }
  for (const e of graph.edges) lines.push(`  ${quote(e.from)} -> ${quote(e.to)};`);
  lines.push('}');
  return lines.join('\n');
}

/** Mermaid ids must be plain words; labels carry the real names. */
function toMermaid(graph: ProjectGraph): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const n of graph.nodes) lines.push(`  ${ids.get(n.id)}${mermaidShape(n)}`);
  for (const e of graph.edges) lines.push(`  ${ids.get(e.from)} --> ${ids.get(e.to)}`);
  return lines.join('\n');
}

function mermaidShape(n: GraphNode): string {
  const label = `"${n.name.replace(/"/g, '#quot;')}"`;
  if (n.kind === 'job') return `([${label}])`;
  return n.source ? `[(${label})]` : `[${label}]`;
}
