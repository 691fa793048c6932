import { createTableProblems, hasSyntaxError } from '../analysis';
import type { JobIO } from '../analysis/graph';
import { Catalog, qualifiedName, tableFromCreate } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import { frontMatterRange } from '../project';
import type { CreateTable, Insert, Statement } from '../sql/ast';
import { closest } from '../text/closest';
import { toDiagnostic, type WorkspaceFile } from './diagnostics';
import { jobLocalNames } from './job-locals';

/**
 * Checks that need the whole project rather than one file: a table declared twice, two jobs
 * overwriting the same partition, data-quality checks on columns the table lacks, `depends_on`
 * naming nothing, table contracts that do not hold together. Pure: loaded files and catalog in,
 * diagnostics out. Only `strata check` pays for them; graph and lineage do not need them.
 */
export function projectChecks(files: WorkspaceFile[], catalog: Catalog, jobs: Iterable<JobIO>): Diagnostic[] {
  return [
    ...duplicateTables(files, catalog),
    ...overwriteConflicts(files, catalog),
    ...checkColumns(files),
    ...dependsOnProblems(files, dependsOnIndex(catalog, jobs)),
    ...contractProblems(files, catalog),
  ];
}

/** Each table file's CREATE TABLE must hold together: watermark, primary key, computed columns. */
function contractProblems(files: WorkspaceFile[], catalog: Catalog): Diagnostic[] {
  return files
    .filter((wf) => wf.file.kind === 'table')
    .flatMap((wf) =>
      wf.script.statements.flatMap((s) => {
        // A broken declaration's columns are partial: checking against them would cascade.
        if (s.kind !== 'CreateTable' || hasSyntaxError(wf.script, s)) return [];
        // The catalog already holds this table unless another file declared it first.
        const known = catalog.get(qualifiedName(s.name));
        const table = known?.file === wf.file.path ? known : tableFromCreate(s, wf.file.path, wf.file.dialect);
        return createTableProblems(s, table).map((d) => toDiagnostic(wf.file.path, wf.lines, d.start, d.end, d.code, d.message, d.severity));
      }),
    );
}

/**
 * Each job's I/O with its `depends_on` added as reads: a named job stands for the tables it
 * writes, a named table for itself. Names that resolve to nothing add nothing (a diagnostic says so).
 */
export function withDependsOn(files: WorkspaceFile[], catalog: Catalog, jobs: JobIO[]): JobIO[] {
  const index = dependsOnIndex(catalog, jobs);
  const declared = new Map(files.map((f) => [f.file.path, dependsOn(f)]));
  return jobs.map((job) => {
    const extra = (declared.get(job.file) ?? []).flatMap((name) => index.resolve(name) ?? []);
    return extra.length === 0 ? job : { ...job, reads: [...job.reads, ...extra] };
  });
}

/** Every table file after the first declaring a table (in path order, which the catalog keeps). */
export function duplicateTables(files: WorkspaceFile[], catalog: Catalog): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const wf of files) {
    if (wf.file.kind !== 'table') continue;
    for (const create of createTables(wf)) {
      const name = qualifiedName(create.name);
      const first = catalog.get(name);
      if (first?.file === undefined || first.file === wf.file.path || first.name !== name) continue;
      const message = `table '${name}' is already declared in ${first.file}; delete this file or rename the table`;
      found.push(toDiagnostic(wf.file.path, wf.lines, create.name.start, create.name.end, 'duplicate-table', message));
    }
  }
  return found;
}

/**
 * `INSERT OVERWRITE` of the same table and the same static partition (or of the whole table)
 * by two jobs: each run replaces the other's rows. So does a CTAS of one name in two jobs (the
 * `DROP TABLE IF EXISTS tmp.x; CREATE TABLE tmp.x AS ...` staging pattern with a name another job
 * stages under too), unless the job drops it again (scratch). A warning on every job after the
 * first. Appends and different partitions are fine.
 */
export function overwriteConflicts(files: WorkspaceFile[], catalog: Catalog): Diagnostic[] {
  const owners = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const wf of files) {
    if (wf.file.kind !== 'job') continue;
    const seen = new Set<string>();
    const scratch = jobLocalNames(wf.script);
    for (const insert of overwrites(wf.script.statements).filter((o) => !scratch.has(qualifiedName(o.table)))) {
      const table = catalog.get(qualifiedName(insert.table))?.name ?? qualifiedName(insert.table);
      const partition = partitionKey(wf.file.text, insert);
      const key = `${table} ${partition}`;
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, wf.file.path);
      else if (owner !== wf.file.path && !seen.has(key)) {
        const what = partition === '' ? 'the whole table' : `partition (${partition})`;
        const fix = insert.ctas ? 'give each job a staging table of its own' : 'keep one job or write different partitions';
        const message = `overwrites ${what} of ${table}, which ${owner} overwrites too; each run replaces the other's rows: ${fix}`;
        found.push(toDiagnostic(wf.file.path, wf.lines, insert.table.start, insert.table.end, 'overwrite-conflict', message, 'warning'));
      }
      seen.add(key);
    }
  }
  return found;
}

/** Data-quality checks and a column-list grain naming columns the table does not have. */
export function checkColumns(files: WorkspaceFile[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const wf of files) {
    const [create] = createTables(wf);
    const frontMatter = wf.file.frontMatter;
    if (wf.file.kind !== 'table' || !create || !frontMatter || hasSyntaxError(wf.script, create)) continue;
    const table = tableFromCreate(create, wf.file.path, wf.file.dialect);
    const columns = table.columns.map((c) => c.name);
    if (columns.length === 0) continue;
    for (const ref of columnRefs(frontMatter.data)) {
      if (columns.includes(ref.column.toLowerCase())) continue;
      const guess = closest(ref.column, columns);
      const next = guess ? `did you mean '${guess}'?` : `use one of: ${columns.join(', ')}`;
      const message = `${ref.label}: table ${table.name} has no column '${ref.column}'; ${next}`;
      const range = frontMatterRange(wf.file.text, frontMatter, ref.segments);
      found.push(toDiagnostic(wf.file.path, wf.lines, range.start, range.end, 'unknown-column', message));
    }
  }
  return found;
}

interface ColumnRef {
  column: string;
  /** Key path of the column's YAML value. */
  segments: string[];
  /** `checks[0].unique`, for the message. */
  label: string;
}

/** Column names in front matter that the schema already accepted as strings. */
function columnRefs(data: Record<string, unknown>): ColumnRef[] {
  const refs: ColumnRef[] = [];
  const list = (value: unknown, segments: string[], label: string) => {
    if (!Array.isArray(value)) return;
    value.forEach((column, i) => {
      if (typeof column === 'string') refs.push({ column, segments: [...segments, String(i)], label });
    });
  };
  const checks = Array.isArray(data.checks) ? (data.checks as unknown[]) : [];
  checks.forEach((check, i) => {
    if (typeof check !== 'object' || check === null) return;
    const c = check as Record<string, unknown>;
    for (const kind of ['unique', 'not_null']) list(c[kind], ['checks', String(i), kind], `checks[${i}].${kind}`);
    const accepted = c.accepted_values as Record<string, unknown> | undefined;
    if (typeof accepted?.column === 'string') {
      refs.push({ column: accepted.column, segments: ['checks', String(i), 'accepted_values', 'column'], label: `checks[${i}].accepted_values` });
    }
  });
  list(data.grain, ['grain'], 'grain');
  return refs;
}

/** `depends_on` entries that name no job and no table. */
function dependsOnProblems(files: WorkspaceFile[], index: DependsOnIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const wf of files) {
    const frontMatter = wf.file.frontMatter;
    if (wf.file.kind !== 'job' || !frontMatter) continue;
    dependsOn(wf).forEach((name, i) => {
      if (index.resolve(name) !== undefined) return;
      const guess = closest(name, index.names);
      const next = guess ? `did you mean '${guess}'?` : 'name a job (its file name under jobs/) or a table';
      const message = `depends_on: '${name}' is not a job or table of this project; ${next}`;
      const range = frontMatterRange(wf.file.text, frontMatter, ['depends_on', String(i)]);
      found.push(toDiagnostic(wf.file.path, wf.lines, range.start, range.end, 'depends-on', message));
    });
  }
  return found;
}

interface DependsOnIndex {
  /** The tables a `depends_on` name stands for; undefined when it names nothing. */
  resolve(name: string): string[] | undefined;
  /** Every job and table name, for suggestions. */
  names: string[];
}

function dependsOnIndex(catalog: Catalog, jobs: Iterable<JobIO>): DependsOnIndex {
  const byName = new Map<string, JobIO>();
  // Tables only jobs mention (a Kafka topic, another team's table) count too.
  const mentioned = new Set<string>();
  for (const job of jobs) {
    byName.set(job.name.toLowerCase(), job);
    for (const t of [...job.reads, ...job.writes]) mentioned.add(t);
  }
  return {
    resolve(name) {
      const key = name.toLowerCase();
      const job = byName.get(key);
      if (job) return job.writes;
      const table = catalog.get(key)?.name ?? (mentioned.has(key) ? key : undefined);
      return table === undefined ? undefined : [table];
    },
    get names() {
      return [...byName.keys(), ...catalog.tables().map((t) => t.name), ...mentioned];
    },
  };
}

/** A job's `depends_on` names (the schema has checked they are strings). */
function dependsOn(wf: WorkspaceFile): string[] {
  const value = wf.file.kind === 'job' ? wf.file.frontMatter?.data.depends_on : undefined;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function createTables(wf: WorkspaceFile): CreateTable[] {
  return wf.script.statements.filter((s): s is CreateTable => s.kind === 'CreateTable');
}

/** A statement replacing a table's (or a static partition's) rows. */
type Overwrite = Pick<Insert, 'table' | 'partition'> & { ctas?: boolean };

/** Every `INSERT OVERWRITE` (also the branches of a multi-insert and a statement set) and permanent CTAS. */
function overwrites(statements: Statement[]): Overwrite[] {
  return statements.flatMap((s): Overwrite[] => {
    if (s.kind === 'Insert') return s.overwrite ? [s] : [];
    if (s.kind === 'CreateTable') return s.asQuery && !s.temporary ? [{ table: s.name, partition: [], ctas: true }] : [];
    if (s.kind === 'MultiInsert') return s.inserts.filter((i): i is Insert => i.kind === 'Insert' && i.overwrite);
    if (s.kind === 'StatementSet') return overwrites(s.statements);
    return [];
  });
}

/** `p_date='${date}', hour` as written, spacing and quote style aside; '' without a PARTITION clause. */
function partitionKey(text: string, insert: Overwrite): string {
  return insert.partition
    .map((p) => {
      const column = p.column.name.toLowerCase();
      return p.value ? `${column}=${text.slice(p.value.start, p.value.end).replace(/\s+/g, '').replace(/"/g, "'")}` : column;
    })
    .sort()
    .join(', ');
}
