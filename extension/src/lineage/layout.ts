import type { LineageEdge, LineageGraph } from '@strata/language-server/dist/src/protocol';

/** A rectangle in graph coordinates (pixels, origin top left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A column placed in its table's box. */
export interface PlacedColumn extends Box {
  /** `db.table.column`. */
  id: string;
  column: string;
  /** One of the queried columns. */
  root: boolean;
}

/** A table box: a header row, then one row per column of the graph. */
export interface PlacedTable extends Box {
  name: string;
  /** Layer, left to right: 0 holds the tables nothing in the graph feeds. */
  depth: number;
  columns: PlacedColumn[];
}

/** An edge from the right side of its source row to the left side of its target row. */
export interface PlacedEdge {
  edge: LineageEdge;
  /** The edge's index in the graph's `edges`. */
  index: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** The whole drawing. */
export interface GraphLayout {
  width: number;
  height: number;
  tables: PlacedTable[];
  edges: PlacedEdge[];
}

/** Sizes of the drawing, in pixels. */
export const SIZES = { margin: 16, row: 22, header: 26, columnGap: 96, tableGap: 24, charWidth: 7.5, minWidth: 160, maxWidth: 360, padding: 24 };

/**
 * Lays the column graph out left to right: tables in layers by their longest path from a table
 * nothing feeds (so every edge of an acyclic graph points right), ordered within a layer by the
 * mean row of the tables feeding them (fewer crossings), then by name; columns sorted by name.
 */
export function layoutGraph(graph: LineageGraph): GraphLayout {
  const roots = new Set(graph.roots);
  const columnsOf = groupColumns(graph);
  const depths = tableDepths([...columnsOf.keys()], graph.edges);
  const layers = orderLayers(depths, graph.edges);
  const tables: PlacedTable[] = [];
  let x = SIZES.margin;
  let height = 0;
  for (const layer of layers) {
    const width = Math.min(SIZES.maxWidth, Math.max(SIZES.minWidth, ...layer.map((t) => textWidth(t, columnsOf.get(t)!))));
    let y = SIZES.margin;
    for (const name of layer) {
      const table = placeTable(name, depths.get(name)!, columnsOf.get(name)!, roots, { x, y, width });
      tables.push(table);
      y += table.height + SIZES.tableGap;
    }
    height = Math.max(height, y - SIZES.tableGap + SIZES.margin);
    x += width + SIZES.columnGap;
  }
  const width = tables.length === 0 ? 0 : x - SIZES.columnGap + SIZES.margin;
  return { width, height, tables, edges: placeEdges(graph.edges, tables) };
}

/** Column names of each table, sorted; tables in first-seen order. */
function groupColumns(graph: LineageGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const node of graph.nodes) out.set(node.table, [...(out.get(node.table) ?? []), node.column]);
  for (const [table, columns] of out) out.set(table, [...new Set(columns)].sort());
  return out;
}

/** Longest-path layer of each table; a cycle stops growing once a depth reaches the table count. */
export function tableDepths(tables: string[], edges: LineageEdge[]): Map<string, number> {
  const depth = new Map(tables.map((t) => [t, 0]));
  const links = tableLinks(edges).filter(([from, to]) => depth.has(from) && depth.has(to));
  for (let changed = true, rounds = 0; changed && rounds < tables.length; rounds++) {
    changed = false;
    for (const [from, to] of links) {
      const next = depth.get(from)! + 1;
      if (next > depth.get(to)! && next < tables.length) {
        depth.set(to, next);
        changed = true;
      }
    }
  }
  return depth;
}

/** Distinct table-to-table links of the column edges, without self links. */
function tableLinks(edges: LineageEdge[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const e of edges) {
    const link: [string, string] = [tableOf(e.source), tableOf(e.target)];
    if (link[0] !== link[1]) seen.set(link.join('>'), link);
  }
  return [...seen.values()];
}

/** Tables per layer: the first layer by name, each next one by the mean row of its feeders, then by name. */
function orderLayers(depths: Map<string, number>, edges: LineageEdge[]): string[][] {
  const count = Math.max(-1, ...depths.values()) + 1;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const [table, depth] of depths) layers[depth].push(table);
  const row = new Map<string, number>();
  const feeders = tableLinks(edges);
  for (const layer of layers) {
    const mean = (t: string) => average(feeders.filter(([, to]) => to === t).map(([from]) => row.get(from)).filter((r) => r !== undefined));
    layer.sort((a, b) => mean(a) - mean(b) || (a < b ? -1 : a > b ? 1 : 0));
    layer.forEach((t, i) => row.set(t, i));
  }
  return layers;
}

function average(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function placeTable(name: string, depth: number, columns: string[], roots: Set<string>, at: { x: number; y: number; width: number }): PlacedTable {
  const placed = columns.map((column, i) => {
    const id = `${name}.${column}`;
    return { id, column, root: roots.has(id), x: at.x, y: at.y + SIZES.header + i * SIZES.row, width: at.width, height: SIZES.row };
  });
  return { name, depth, columns: placed, ...at, height: SIZES.header + columns.length * SIZES.row };
}

/** Edges between placed rows; an edge naming a column the graph lacks is left out. */
function placeEdges(edges: LineageEdge[], tables: PlacedTable[]): PlacedEdge[] {
  const rows = new Map(tables.flatMap((t) => t.columns.map((c) => [c.id, c] as const)));
  return edges.flatMap((edge, index) => {
    const source = rows.get(edge.source);
    const target = rows.get(edge.target);
    if (!source || !target) return [];
    return [{ edge, index, from: { x: source.x + source.width, y: source.y + source.height / 2 }, to: { x: target.x, y: target.y + target.height / 2 } }];
  });
}

/** Width that fits the table name and its longest column name. */
function textWidth(table: string, columns: string[]): number {
  const longest = Math.max(table.length, ...columns.map((c) => c.length));
  return Math.ceil(longest * SIZES.charWidth) + SIZES.padding;
}

/** `db.table` of `db.table.column`. */
export function tableOf(column: string): string {
  return column.slice(0, column.lastIndexOf('.'));
}
