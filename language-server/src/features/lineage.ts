import type { ColumnGraph, LineageHop, Workspace } from '@strata/core';
import { fileUri, type IndexedProject } from '../projects';
import type { LineageEdge, LineageGraph, LineageNode, LineageParams, LineageWalk } from '../protocol';
import type { DocumentSnapshot } from '../snapshot';
import { columnsAt } from '../syntax/column-at';

/** The answer when there is no column to walk from. */
export const NO_LINEAGE: LineageGraph = { roots: [], nodes: [], edges: [] };

/**
 * Answers `strata/lineage`: around `params.node` in the document's project (any indexed project
 * that knows the node when there is no document), else around the column at `params.position` in
 * `doc` (what a reference resolves to, what a select item writes, a declared column).
 */
export function lineageRequest(params: LineageParams, projects: IndexedProject[], doc?: DocumentSnapshot): LineageGraph {
  const walk = { direction: params.direction ?? 'both', depth: params.depth ?? Infinity };
  const own = doc?.workspace && doc.root ? { root: doc.root, workspace: doc.workspace } : undefined;
  if (params.node !== undefined) {
    const node = params.node.toLowerCase();
    const graphs = (own ? [own] : projects).map((p) => graphAround(p, rootColumns(p.workspace, node), walk.direction, walk.depth));
    return graphs.find((g) => g.roots.length > 0) ?? NO_LINEAGE;
  }
  if (!own || !doc || !params.position) return NO_LINEAGE;
  return graphAround(own, columnsAt(doc, doc.lines.offset(params.position)), walk.direction, walk.depth);
}

/** Every hop `direction` reaches from `roots` within `depth` hops, each with its job, file and line, and the columns on them. */
function graphAround(project: IndexedProject, roots: string[], direction: LineageWalk, depth: number): LineageGraph {
  const graph = project.workspace.columns;
  const hops = roots.flatMap((root) => [...walk(graph, root, direction, 'upstream', depth), ...walk(graph, root, direction, 'downstream', depth)]);
  const edges = unique(hops.map((h) => edgeOf(project.root, h)), (e) => `${e.source}>${e.target}@${e.job}`);
  const ids = new Set([...roots, ...edges.flatMap((e) => [e.source, e.target])]);
  return { roots, nodes: [...ids].sort().map((id) => nodeOf(project, id)), edges };
}

/** The queried column, or the columns of the queried table. */
function rootColumns(ws: Workspace, node: string): string[] {
  const table = ws.catalog.get(node);
  if (table) return table.columns.map((c) => `${table.name}.${c.name.toLowerCase()}`);
  const dot = node.lastIndexOf('.');
  const owner = dot > 0 ? ws.catalog.get(node.slice(0, dot)) : undefined;
  const column = node.slice(dot + 1);
  if (owner) return owner.columns.some((c) => c.name.toLowerCase() === column) ? [`${owner.name}.${column}`] : [];
  return ws.columns.columns().includes(node) ? [node] : [];
}

function walk(graph: ColumnGraph, root: string, wanted: LineageWalk, direction: 'upstream' | 'downstream', depth: number): LineageHop[] {
  return wanted === 'both' || wanted === direction ? graph.walk(root, direction, depth) : [];
}

function edgeOf(root: string, h: LineageHop): LineageEdge {
  return { source: h.source, target: h.target, kind: h.kind, job: h.job, uri: fileUri(root, h.file), line: h.line };
}

function nodeOf(project: IndexedProject, id: string): LineageNode {
  const dot = id.lastIndexOf('.');
  const table = id.slice(0, dot);
  const column = id.slice(dot + 1);
  const file = project.workspace.catalog.get(table)?.file;
  const line = file === undefined ? undefined : declarationLine(project.workspace, file, table, column);
  return { id, table, column, ...(file ? { uri: fileUri(project.root, file) } : {}), ...(line === undefined ? {} : { line }) };
}

/** 0-based line of `column` in the CREATE TABLE of `table` in `file`, so a client can open the declaration. */
function declarationLine(ws: Workspace, file: string, table: string, column: string): number | undefined {
  const wf = ws.files.find((f) => f.file.path === file);
  for (const statement of wf?.script.statements ?? []) {
    if (statement.kind !== 'CreateTable' || !table.endsWith(statement.name.parts.map((p) => p.name.toLowerCase()).join('.'))) continue;
    const declared = [...statement.columns, ...statement.partitionedBy].find((c) => c.name.name.toLowerCase() === column);
    if (declared) return wf!.lines.position(declared.start).line;
  }
  return undefined;
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
