import { jobId, tableId, type ProjectGraph } from '@strata/core';

/** A table's neighbours in the job/table DAG. */
export interface TableNeighbours {
  /** Tables read by the jobs that write it. */
  upstream: string[];
  /** Tables written by the jobs that read it. */
  downstream: string[];
  /** Jobs writing it. */
  writers: string[];
  /** Jobs reading it. */
  readers: string[];
}

/** Upstream and downstream tables and jobs of `table` (names sorted). */
export function tableNeighbours(graph: ProjectGraph, table: string): TableNeighbours {
  const id = tableId(table);
  const writers = new Set(graph.edges.filter((e) => e.to === id).map((e) => e.from));
  const readers = new Set(graph.edges.filter((e) => e.from === id).map((e) => e.to));
  const upstream = graph.edges.filter((e) => writers.has(e.to)).map((e) => e.from);
  const downstream = graph.edges.filter((e) => readers.has(e.from)).map((e) => e.to);
  const names = (ids: Iterable<string>, kind: string) => [...new Set([...ids].map((i) => i.slice(kind.length)))].sort();
  const tablePrefix = tableId('');
  const jobPrefix = jobId('');
  return { upstream: names(upstream, tablePrefix), downstream: names(downstream, tablePrefix), writers: names(writers, jobPrefix), readers: names(readers, jobPrefix) };
}
