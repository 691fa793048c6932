import { tableId, type ProjectGraph } from '../analysis/graph';
import type { Workspace } from '../tasks/workspace';
import { givenParts } from './given-parts';

/** Lookups over a project DAG that rules make per file: built once per graph, not per file. */
export interface GraphIndex {
  /** Declared tables' layers (the folder of their file), by table name. */
  layerOf: Map<string, string>;
  /** The jobs writing each table, by table node id. */
  writers: Map<string, string[]>;
  /** The tables each job reads, by job node id. */
  reads: Map<string, string[]>;
  /** `layerDepth` results so far, by table name. */
  depths: Map<string, number>;
}

// Keyed by the graph object: the language server replaces the graph on every edit, which drops its index.
const INDEXES = new WeakMap<ProjectGraph, GraphIndex>();

/** The index of `graph`, built on first use. */
export function graphIndex(graph: ProjectGraph): GraphIndex {
  let index = INDEXES.get(graph);
  if (!index) {
    index = buildIndex(graph);
    INDEXES.set(graph, index);
  }
  return index;
}

const LAYERS = new WeakMap<Workspace['files'], Map<string, string>>();

/**
 * Declared tables' layers, by table name: the graph index's `layerOf` when the DAG is built, else
 * the same map from the table files alone. A table's layer needs no job, so a rule asking it must
 * not make a cached workspace decode 6,000 job analyses to build the DAG.
 */
export function declaredLayers(ws: Workspace): Map<string, string> {
  const given = givenParts(ws);
  if (given) return given.layers;
  if (Object.getOwnPropertyDescriptor(ws, 'graph')?.get === undefined) return graphIndex(ws.graph).layerOf;
  let layers = LAYERS.get(ws.files);
  if (!layers) {
    layers = tableLayers(ws);
    LAYERS.set(ws.files, layers);
  }
  return layers;
}

/** As `buildGraph` names table nodes: the first declaration of a name wins, even one of no layer. */
function tableLayers(ws: Workspace): Map<string, string> {
  const seen = new Set<string>();
  const layers = new Map<string, string>();
  // Read once: `ws` may be a proxy watching what rules read (the lint cache's), slow per access.
  const facts = ws.facts;
  for (const wf of ws.files) {
    if (wf.file.kind !== 'table') continue;
    const name = facts.get(wf.file.path)?.table?.graphName ?? wf.file.name;
    if (seen.has(name)) continue;
    seen.add(name);
    if (wf.file.layer !== undefined) layers.set(name, wf.file.layer);
  }
  return layers;
}

function buildIndex(graph: ProjectGraph): GraphIndex {
  const index: GraphIndex = { layerOf: new Map(), writers: new Map(), reads: new Map(), depths: new Map() };
  for (const node of graph.nodes) if (node.kind === 'table' && node.group !== undefined) index.layerOf.set(node.name, node.group);
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const edge of graph.edges) {
    if (edge.from.startsWith('job:')) push(index.writers, edge.to, edge.from);
    else push(index.reads, edge.to, edge.from);
  }
  return index;
}


/**
 * How many tables of its own layer a table stands on: 1 when the jobs writing it read no table of
 * that layer, else one more than the deepest such table. A table met again inside its own cycle
 * counts 1. Iterative: a generated project may chain thousands of tables in one layer.
 */
export function layerDepth(index: GraphIndex, table: string): number {
  const known = index.depths.get(table);
  if (known !== undefined) return known;
  if (!index.layerOf.has(table)) return 0;
  const frames = [{ table, next: 0, below: sameLayerInputs(index, table), deepest: 0 }];
  index.depths.set(table, 1); // provisional while measured, so that a cycle ends
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next < frame.below.length) {
      const input = frame.below[frame.next++];
      const depth = index.depths.get(input);
      if (depth !== undefined) frame.deepest = Math.max(frame.deepest, depth);
      else {
        index.depths.set(input, 1);
        frames.push({ table: input, next: 0, below: sameLayerInputs(index, input), deepest: 0 });
      }
      continue;
    }
    frames.pop();
    index.depths.set(frame.table, frame.deepest + 1);
    const parent = frames[frames.length - 1];
    if (parent) parent.deepest = Math.max(parent.deepest, frame.deepest + 1);
  }
  return index.depths.get(table) ?? 1;
}

/** The tables of its own layer that the jobs writing `table` read. */
function sameLayerInputs(index: GraphIndex, table: string): string[] {
  const layer = index.layerOf.get(table);
  const out: string[] = [];
  for (const job of index.writers.get(tableId(table)) ?? []) {
    for (const read of index.reads.get(job) ?? []) {
      const name = read.slice('table:'.length);
      if (name !== table && index.layerOf.get(name) === layer) out.push(name);
    }
  }
  return out;
}
