import type { ColumnEdge, GraphNode, GraphResult } from '@strata/core';

export type GraphFormat = 'dot' | 'mermaid' | 'json';

/** Renders the job/table DAG, or the column graph when the result carries column edges. */
export function formatGraph(graph: GraphResult, format: GraphFormat): string {
  if (format === 'json') return JSON.stringify(graph, null, 2);
  if (graph.columnEdges) return format === 'dot' ? columnsToDot(graph.columnEdges) : columnsToMermaid(graph.columnEdges);
  return format === 'dot' ? toDot(graph) : toMermaid(graph);
}

const quote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function toDot(graph: GraphResult): string {
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
function toMermaid(graph: GraphResult): string {
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

/** Columns grouped by table (the last dot separates table and column). */
function byTable(edges: ColumnEdge[]): Map<string, Set<string>> {
  const tables = new Map<string, Set<string>>();
  for (const e of edges) {
    for (const column of [e.source, e.target]) {
      const table = column.slice(0, column.lastIndexOf('.'));
      tables.set(table, (tables.get(table) ?? new Set()).add(column));
    }
  }
  return tables;
}

function columnsToDot(edges: ColumnEdge[]): string {
  const lines = ['digraph columns {', '  rankdir=LR;', '  node [shape=box, fontname="Helvetica"];'];
  let i = 0;
  for (const [table, columns] of [...byTable(edges)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  subgraph cluster_${i++} {`, `    label=${quote(table)};`);
    for (const c of [...columns].sort()) lines.push(`    ${quote(c)} [label=${quote(c.slice(table.length + 1))}];`);
    lines.push('  }');
  }
  for (const e of edges) lines.push(`  ${quote(e.source)} -> ${quote(e.target)} [label=${quote(e.kind)}];`);
  lines.push('}');
  return lines.join('\n');
}

function columnsToMermaid(edges: ColumnEdge[]): string {
  const ids = new Map<string, string>();
  const lines = ['flowchart LR'];
  let t = 0;
  for (const [table, columns] of [...byTable(edges)].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  subgraph t${t++}["${table}"]`);
    for (const c of [...columns].sort()) {
      ids.set(c, `c${ids.size}`);
      lines.push(`    ${ids.get(c)}["${c.slice(table.length + 1)}"]`);
    }
    lines.push('  end');
  }
  for (const e of edges) lines.push(`  ${ids.get(e.source)} -->|${e.kind}| ${ids.get(e.target)}`);
  return lines.join('\n');
}
