import { wildcard } from '../text/wildcard';
import type { TableGraphData } from './model';

/** The tables a selector picks (indexes into `graph.tables`, ascending), or why it picks nothing. */
export type Selection = { tables: number[] } | { error: string };

/**
 * dbt-style selection over the table graph: `name` (db.table or bare table, `*` matches any
 * text), `layer:L`, `owner:O`; `+x` adds x's ancestors, `x+` its descendants, `2+x` / `x+1`
 * only that many hops. Terms separated by spaces are a union, joined by `,` an intersection
 * (`layer:dws,owner:live-data`). Pure: `strata docs build --select` and the site's DAG view share it.
 */
export function selectTables(graph: TableGraphData, selector: string): Selection {
  const terms = selector.trim().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return { error: 'empty selector; write a table name, +table, table+, layer:NAME or owner:NAME' };
  const picked = new Set<number>();
  const neighbours = adjacency(graph);
  for (const term of terms) {
    const parts = term.split(',').map((p) => selectOne(graph, neighbours, p));
    const failed = parts.find((p): p is { error: string } => 'error' in p);
    if (failed) return failed;
    const sets = parts as Set<number>[];
    for (const t of sets[0]) if (sets.every((s) => s.has(t))) picked.add(t);
  }
  return { tables: [...picked].sort((a, b) => a - b) };
}

const TERM = /^(\d*\+)?([^+]+)(\+\d*)?$/;

function selectOne(graph: TableGraphData, neighbours: Adjacency, part: string): Set<number> | { error: string } {
  const m = TERM.exec(part);
  if (!m) return { error: `cannot read selector '${part}'; write name, +name, name+, 2+name, layer:NAME or owner:NAME` };
  const base = baseMatches(graph, m[2]);
  if ('error' in base) return base;
  const found = new Set(base);
  if (m[1]) walk(base, neighbours.up, hops(m[1]), found);
  if (m[3]) walk(base, neighbours.down, hops(m[3]), found);
  return found;
}

function hops(plus: string): number {
  const digits = plus.replace('+', '');
  return digits === '' ? Infinity : Number(digits);
}

function baseMatches(graph: TableGraphData, text: string): number[] | { error: string } {
  const colon = text.indexOf(':');
  const method = colon > 0 ? text.slice(0, colon) : '';
  const value = (colon > 0 ? text.slice(colon + 1) : text).toLowerCase();
  const re = wildcard(value);
  const byIndex = (names: string[], at: 1 | 2) => graph.tables.flatMap((t, i) => (t[at] >= 0 && re.test(names[t[at]].toLowerCase()) ? [i] : []));
  if (method === 'layer') return byIndex(graph.layers, 1);
  if (method === 'owner') return byIndex(graph.owners, 2);
  if (method !== '') return { error: `unknown selector method '${method}:'; use layer: or owner:` };
  return graph.tables.flatMap((t, i) => (re.test(t[0]) || re.test(t[0].slice(t[0].indexOf('.') + 1)) ? [i] : []));
}


interface Adjacency {
  up: number[][];
  down: number[][];
}

function adjacency(graph: TableGraphData): Adjacency {
  const up = graph.tables.map((): number[] => []);
  const down = graph.tables.map((): number[] => []);
  for (const [from, to] of graph.edges) {
    down[from].push(to);
    up[to].push(from);
  }
  return { up, down };
}

/** Adds to `found` everything within `depth` hops of `start` along `next`. */
function walk(start: number[], next: number[][], depth: number, found: Set<number>): void {
  const seen = new Set(start);
  let frontier = start;
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const following: number[] = [];
    for (const t of frontier) {
      for (const n of next[t]) {
        if (seen.has(n)) continue;
        seen.add(n);
        found.add(n);
        following.push(n);
      }
    }
    frontier = following;
  }
}
