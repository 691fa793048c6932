import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import type { JobIO } from '../analysis/graph';
import type { TableInfo } from '../catalog';
import { StrataError } from '../errors';
import type { Workspace, WorkspaceFile } from '../tasks/workspace';
import { publishOrder } from './order';
import type { Desired, DesiredJob, DesiredTable } from './plan-types';
import type { PublishedColumn } from './state';

/** What a target holds of the project: tables matching its `tables:` selectors (all when absent) and the jobs writing them. */
export interface TargetSelection {
  tables?: string[];
}

/**
 * Where {@link desiredState} gets what is costly to compute on a large project: each value is
 * `compute()`'s, possibly remembered from an earlier run (`definition-memo.ts`).
 */
export interface DefinitionMemo {
  /** The definition hash of catalog table `table`. */
  tableHash(table: TableInfo, compute: () => string): string;
  /** The definition hash of job file `wf`. */
  jobHash(wf: WorkspaceFile, compute: () => string): string;
  /** The publish order of these tables and jobs. */
  order(tables: string[], jobs: JobIO[], compute: () => Map<string, number>): Map<string, number>;
}

/** Computes everything every time. */
export const NO_MEMO: DefinitionMemo = { tableHash: (_t, compute) => compute(), jobHash: (_wf, compute) => compute(), order: (_t, _j, compute) => compute() };

/**
 * The tables and jobs the project says `target` should hold, with their definition hashes. A file
 * of the target with a syntax error stops here (one error at its file:line:col): publishing half
 * a definition would be worse than publishing nothing. A table's columns are read on first use:
 * the diff looks at them only for tables whose hash changed.
 */
export function desiredState(ws: Workspace, target: TargetSelection, memo: DefinitionMemo = NO_MEMO): Desired {
  const selected = target.tables ? picomatch(target.tables) : () => true;
  // A broken table file may declare no table at all: it would read as dropped, so every one stops here.
  for (const wf of ws.files) if (wf.file.kind === 'table') refuseBroken(ws, wf.file.path);
  const tables = new Map<string, DesiredTable>();
  for (const t of ws.catalog.tables()) {
    if (t.temporary || t.kind !== 'table' || t.file === undefined || !selected(t.name)) continue;
    tables.set(t.name, desiredTable(t, memo.tableHash(t, () => tableHash(t.name, publishedColumns(t))), () => t));
  }
  const jobs = new Map<string, DesiredJob>();
  for (const wf of ws.files) {
    const io = wf.file.kind === 'job' ? ws.jobs.get(wf.file.path) : undefined;
    if (!io || (target.tables && !io.writes.some((w) => tables.has(w)))) continue;
    refuseBroken(ws, wf.file.path);
    const type = io.type === 'streaming' ? 'streaming' : 'batch';
    jobs.set(wf.file.path, { path: wf.file.path, hash: memo.jobHash(wf, () => jobHash(wf)), type, writes: [...io.writes].sort() });
  }
  const names = [...tables.keys()];
  const io = [...ws.jobs.values()];
  return { tables, jobs, order: memo.order(names, io, () => publishOrder(names, io)) };
}

/** A desired table whose columns are taken from its catalog table on first use. */
export function desiredTable(t: Pick<TableInfo, 'name' | 'file'>, hash: string, table: () => TableInfo): DesiredTable {
  let columns: PublishedColumn[] | undefined;
  return {
    name: t.name,
    hash,
    file: t.file,
    get columns() {
      return (columns ??= publishedColumns(table()));
    },
  };
}

/** A job's definition hash: its text, line ends normalized. */
function jobHash(wf: WorkspaceFile): string {
  return sha256(wf.file.text.replace(/\r\n/g, '\n'));
}

/** The columns a table is published with: derived Flink columns (computed, untyped) are not stored. */
function publishedColumns(t: TableInfo): PublishedColumn[] {
  return t.columns
    .filter((c) => c.type !== undefined || c.origin !== 'computed')
    .map((c) => ({ name: c.name.toLowerCase(), type: c.type ?? '', partition: c.partition, ...(c.comment ? { comment: c.comment } : {}) }));
}

/**
 * sha256 of the normalized DDL: data columns sorted by name (a reordered file is no change — new
 * columns are appended on the engine anyway), then the partition columns in order. Comments are
 * not part of it: they change nothing the engine holds.
 */
export function tableHash(name: string, columns: PublishedColumn[]): string {
  const col = (c: PublishedColumn) => `${c.name} ${normalizeType(c.type)}`;
  const data = columns.filter((c) => !c.partition).map(col).sort();
  const partitions = columns.filter((c) => c.partition).map(col);
  return sha256(`CREATE TABLE ${name} (${data.join(', ')}) PARTITIONED BY (${partitions.join(', ')})`);
}

/** A type text compared without case or spaces: `decimal(18, 2)` is `DECIMAL(18,2)`. */
export function normalizeType(type: string): string {
  return type.replace(/\s+/g, '').toUpperCase();
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function refuseBroken(ws: Workspace, file: string): void {
  const facts = ws.facts.get(file);
  const error = facts?.syntax.find((d) => d.severity === 'error') ?? facts?.table?.problem;
  if (!error) return;
  const location = { file, line: error.start.line, character: error.start.character };
  throw new StrataError('syntax', `${error.message}; fix it before publishing (strata check lists every problem)`, location);
}
