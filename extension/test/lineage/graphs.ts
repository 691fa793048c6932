import type { LineageEdge, LineageGraph } from '@strata/language-server/dist/src/protocol';

/** An edge of `kind` from `source` to `target`, by job `j` at `line`. */
export function edge(source: string, target: string, kind: LineageEdge['kind'] = 'direct', line = 0): LineageEdge {
  return { source, target, kind, job: 'j', uri: 'file:///p/jobs/j.sql', line };
}

/** A graph of `edges` whose nodes are their columns (plus `extra`), every table declared in tables/<table>.sql. */
export function graphOf(roots: string[], edges: LineageEdge[], extra: string[] = []): LineageGraph {
  const ids = [...new Set([...roots, ...extra, ...edges.flatMap((e) => [e.source, e.target])])].sort();
  const nodes = ids.map((id) => {
    const table = id.slice(0, id.lastIndexOf('.'));
    return { id, table, column: id.slice(table.length + 1), uri: `file:///p/tables/${table}.sql`, line: 3 };
  });
  return { roots, nodes, edges };
}
