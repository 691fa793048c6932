import type { GraphNode } from '../analysis/graph';
import type { Catalog, ColumnInfo } from '../catalog';
import type { DataCheckResult } from '../tasks/test-checks-run';
import { checkQueries } from '../tasks/test-checks';
import type { ColumnLinks } from './column-links';
import type { CheckDoc, ColumnDoc, DocProblem, JobRef, TableDoc } from './model';
import { uniqueSorted, type ProjectIndex } from './project-index';
import { slug } from './slug';

/** What every table page is built from. */
export interface TableDocContext {
  index: ProjectIndex;
  catalog: Catalog;
  links: ColumnLinks;
  problems: Map<string, DocProblem[]>;
  /** Last results of `strata test --checks`, by `table|check name`. */
  results: Map<string, DataCheckResult>;
}

/** The page data of one table: schema, metadata, checks, jobs, neighbours and each column's lineage. */
export function tableDoc(node: GraphNode, ctx: TableDocContext): TableDoc {
  const info = ctx.catalog.get(node.name);
  const fm = ctx.index.frontMatter(node.file);
  const writers = ctx.index.writers.get(node.name) ?? [];
  const readers = ctx.index.readers.get(node.name) ?? [];
  const doc: TableDoc = {
    name: node.name,
    slug: slug(node.name),
    declared: node.file !== undefined,
    tags: Array.isArray(fm.tags) ? fm.tags.map(String) : [],
    partitions: (info?.columns ?? []).filter((c) => c.partition).map((c) => c.name),
    columns: columnsOf(node.name, info?.columns, ctx.links),
    checks: checksOf(node.name, info && Array.isArray(fm.checks) ? checkQueries(info, fm.checks, new Date(0)).map((q) => q.name) : [], ctx.results),
    writers: writers.map(jobRef),
    readers: readers.map(jobRef),
    upstream: uniqueSorted(writers.map((j) => ctx.index.reads.get(j))).filter((t) => t !== node.name),
    downstream: uniqueSorted(readers.map((j) => ctx.index.writes.get(j))).filter((t) => t !== node.name),
    problems: node.file ? ctx.problems.get(node.file) ?? [] : [],
  };
  if (node.file !== undefined) doc.file = node.file;
  if (node.group !== undefined) doc.layer = node.group;
  if (typeof fm.owner === 'string') doc.owner = fm.owner;
  if (typeof fm.description === 'string') doc.description = fm.description;
  if (info?.comment) doc.comment = info.comment;
  if (typeof fm.lifecycle_days === 'number') doc.lifecycleDays = fm.lifecycle_days;
  return doc;
}

function jobRef(name: string): JobRef {
  return { name, slug: slug(name) };
}

/** Declared columns, or for a table without DDL the columns its lineage names. */
function columnsOf(table: string, declared: ColumnInfo[] | undefined, links: ColumnLinks): ColumnDoc[] {
  const infos = declared ?? [...(links.byTable.get(table) ?? [])].sort().map((name): ColumnInfo => ({ name, partition: false }));
  return infos.map((c) => {
    const id = `${table}.${c.name.toLowerCase()}`;
    const doc: ColumnDoc = { name: c.name, partition: c.partition, upstream: links.upstream.get(id) ?? [], downstream: links.downstream.get(id) ?? [] };
    if (c.type) doc.type = c.type;
    if (c.comment) doc.comment = c.comment;
    return doc;
  });
}

function checksOf(table: string, names: string[], results: Map<string, DataCheckResult>): CheckDoc[] {
  return names.map((name) => {
    const result = results.get(`${table}|${name}`);
    if (!result) return { name };
    const doc: CheckDoc = { name, status: result.status, failing: result.failing };
    if (result.message) doc.message = result.message;
    return doc;
  });
}
