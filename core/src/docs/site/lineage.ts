import type { ColumnLink, TableDoc } from '../model';
import type { DrawEdge, DrawNode } from './graph-svg';
import { load } from './load';
import { columnHref, splitColumn } from './routes';
import { slug } from '../slug';

/** More sources (or consumers) than this on one column collapse into a "+N more" box. */
export const FAN_LIMIT = 8;

/** The column neighbourhood to draw. */
export interface Neighbourhood {
  nodes: DrawNode[];
  edges: DrawEdge[];
  /** Columns behind the "+N more" boxes: their tables are worth loading before anyone asks. */
  hidden: string[];
}

type Direction = 'upstream' | 'downstream';

/**
 * The lineage of `root` (`db.table.col`) up to `depth` hops each way, loading the tables it meets
 * (each from its own small file, both ways at once). A column with more than {@link FAN_LIMIT}
 * edges one way shows the first ones and a "+N more" box, unless it is in `expanded`; `?.col`
 * sources and tables not in this build end the walk there.
 */
export async function neighbourhood(root: string, depth: number, expanded: Set<string>, expand: (id: string) => void): Promise<Neighbourhood> {
  const [up, down] = await Promise.all((['upstream', 'downstream'] as const).map((direction) => walk(root, direction, depth, expanded, expand)));
  const nodes = new Map<string, DrawNode>([[root, columnNode(root, 'root')], ...up.nodes, ...down.nodes]);
  return { nodes: [...nodes.values()], edges: [...up.edges, ...down.edges], hidden: [...up.hidden, ...down.hidden] };
}

interface Walk {
  nodes: Map<string, DrawNode>;
  edges: DrawEdge[];
  hidden: string[];
}

/** One direction of {@link neighbourhood}, hop by hop, each hop's tables loaded together. */
async function walk(root: string, direction: Direction, depth: number, expanded: Set<string>, expand: (id: string) => void): Promise<Walk> {
  const found: Walk = { nodes: new Map(), edges: [], hidden: [] };
  let frontier = [root];
  const seen = new Set([root]);
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    const docs = await tablesOf(frontier);
    for (const id of frontier) {
      const links = linksOf(docs, id, direction);
      const shown = links.length > FAN_LIMIT && !expanded.has(`${direction}:${id}`) ? links.slice(0, FAN_LIMIT - 1) : links;
      for (const l of shown) {
        if (l.column !== root && !found.nodes.has(l.column)) found.nodes.set(l.column, columnNode(l.column, l.column.startsWith('?.') ? 'unknown' : ''));
        found.edges.push(direction === 'upstream' ? edge(l.column, id, l) : edge(id, l.column, l));
        if (!seen.has(l.column) && !l.column.startsWith('?.')) {
          seen.add(l.column);
          next.push(l.column);
        }
      }
      if (shown.length < links.length) {
        moreBox(found, id, direction, links.length - shown.length, expand);
        found.hidden.push(...links.slice(shown.length).map((l) => l.column).filter((c) => !c.startsWith('?.')));
      }
    }
    frontier = next;
  }
  return found;
}

/** Loads the tables of `columns` ahead of need (a failed load shows when the walk meets it). */
export function prefetch(columns: string[]): void {
  void tablesOf(columns);
}

function moreBox(found: Walk, id: string, direction: Direction, hidden: number, expand: (id: string) => void): void {
  const key = `${direction}:${id}`;
  const more = `more:${key}`;
  const what = direction === 'upstream' ? 'sources' : 'consumers';
  found.nodes.set(more, { id: more, label: `+${hidden} more`, sub: `${what} of ${splitColumn(id).column}`, cls: 'more', activate: () => expand(key) });
  found.edges.push(direction === 'upstream' ? { from: more, to: id } : { from: id, to: more });
}

function columnNode(id: string, cls: string): DrawNode {
  const { table, column } = splitColumn(id);
  if (table === '?') return { id, label: column, sub: 'unresolved source', cls: 'unknown' };
  return { id, label: column, sub: table, href: columnHref(table, column), cls };
}

function edge(from: string, to: string, l: ColumnLink): DrawEdge {
  return { from, to, title: `${l.kind} · ${l.job} · ${l.file}:${l.line}` };
}

/** The pages of the tables of `columns`; a table missing from the build maps to undefined. */
async function tablesOf(columns: string[]): Promise<Map<string, TableDoc | undefined>> {
  const tables = [...new Set(columns.map((c) => splitColumn(c).table))];
  const docs = await Promise.all(tables.map((t) => load<TableDoc>(`t/${slug(t)}`).catch(() => undefined)));
  return new Map(tables.map((t, i) => [t, docs[i]]));
}

function linksOf(docs: Map<string, TableDoc | undefined>, id: string, direction: Direction): ColumnLink[] {
  const { table, column } = splitColumn(id);
  const col = docs.get(table)?.columns.find((c) => c.name.toLowerCase() === column);
  return col?.[direction] ?? [];
}
