import type { JobIO } from '../analysis/graph';
import { Catalog, qualifiedName, tableFromCreate } from '../catalog';
import type { Diagnostic } from '../diagnostic';
import { closest } from '../text/closest';
import type { WorkspaceFile } from './diagnostics';
import { contractProblems, dependsOnNames, type FactRange, type FileFacts } from './file-facts';
import type { Workspace } from './workspace';

/**
 * Checks that need the whole project rather than one file: a table declared twice, two jobs
 * overwriting the same partition, data-quality checks on columns the table lacks, `depends_on`
 * naming nothing, table contracts that do not hold together. Pure: each file's facts, the
 * catalog and the jobs' I/O in, diagnostics out. Only `strata check` pays for them; graph and
 * lineage do not need them.
 */
export function projectChecks(ws: Pick<Workspace, 'files' | 'facts' | 'catalog' | 'jobs'>): Diagnostic[] {
  const facts = ws.files.map((wf) => ws.facts.get(wf.file.path)).filter((f): f is FileFacts => f !== undefined);
  return [
    ...duplicateTables(facts, ws.catalog),
    ...overwriteConflicts(facts, ws.catalog),
    ...facts.flatMap((f) => f.table?.columns ?? []),
    ...dependsOnProblems(facts, dependsOnIndex(ws.catalog, ws.jobs.values())),
    ...ws.files.flatMap((wf) => contract(wf, ws.facts.get(wf.file.path), ws.catalog)),
  ];
}

/** A table file's contract problems; with LIKE, against the merged table the catalog holds. */
function contract(wf: WorkspaceFile, facts: FileFacts | undefined, catalog: Catalog): Diagnostic[] {
  if (!facts?.table) return [];
  if (facts.table.contract) return facts.table.contract;
  return contractProblems(wf, (s) => {
    // The catalog already holds this table unless another file declared it first.
    const known = catalog.get(qualifiedName(s.name));
    return known?.file === wf.file.path ? known : tableFromCreate(s, wf.file.path, wf.file.dialect);
  });
}

/**
 * Each job's I/O with its `depends_on` added as reads: a named job stands for the tables it
 * writes, a named table for itself. Names that resolve to nothing add nothing (a diagnostic says so).
 */
export function withDependsOn(files: Pick<WorkspaceFile, 'file'>[], catalog: Catalog, jobs: JobIO[]): JobIO[] {
  const index = dependsOnIndex(catalog, jobs);
  const declared = new Map(files.map((f) => [f.file.path, dependsOnNames(f)]));
  return jobs.map((job) => {
    const extra = (declared.get(job.file) ?? []).flatMap((name) => index.resolve(name) ?? []);
    return extra.length === 0 ? job : { ...job, reads: [...job.reads, ...extra] };
  });
}

/** Every table file after the first declaring a table (in path order, which the catalog keeps). */
function duplicateTables(facts: FileFacts[], catalog: Catalog): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const f of facts) {
    for (const create of f.table?.creates ?? []) {
      const first = catalog.get(create.name);
      if (first?.file === undefined || first.file === f.path || first.name !== create.name) continue;
      const message = `table '${create.name}' is already declared in ${first.file}; delete this file or rename the table`;
      found.push(diagnostic(f.path, create, 'duplicate-table', message));
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
function overwriteConflicts(facts: FileFacts[], catalog: Catalog): Diagnostic[] {
  const owners = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const f of facts) {
    const seen = new Set<string>();
    for (const insert of f.job?.overwrites ?? []) {
      const table = catalog.get(insert.table)?.name ?? insert.table;
      const key = `${table} ${insert.partition}`;
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, f.path);
      else if (owner !== f.path && !seen.has(key)) {
        const what = insert.partition === '' ? 'the whole table' : `partition (${insert.partition})`;
        const fix = insert.ctas ? 'give each job a staging table of its own' : 'keep one job or write different partitions';
        const message = `overwrites ${what} of ${table}, which ${owner} overwrites too; each run replaces the other's rows: ${fix}`;
        found.push(diagnostic(f.path, insert, 'overwrite-conflict', message, 'warning'));
      }
      seen.add(key);
    }
  }
  return found;
}

/** `depends_on` entries that name no job and no table. */
function dependsOnProblems(facts: FileFacts[], index: DependsOnIndex): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const f of facts) {
    for (const ref of f.job?.dependsOn ?? []) {
      if (index.resolve(ref.name) !== undefined) continue;
      const guess = closest(ref.name, index.names);
      const next = guess ? `did you mean '${guess}'?` : 'name a job (its file name under jobs/) or a table';
      found.push(diagnostic(f.path, ref, 'depends-on', `depends_on: '${ref.name}' is not a job or table of this project; ${next}`));
    }
  }
  return found;
}

function diagnostic(file: string, at: FactRange, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { file, start: at.start, end: at.end, severity, code, message };
}

interface DependsOnIndex {
  /** The tables a `depends_on` name stands for; undefined when it names nothing. */
  resolve(name: string): string[] | undefined;
  /** Every job and table name, for suggestions. */
  names: string[];
}

/** Built on first use: most files name no `depends_on`, and the language server checks one file per edit. */
function dependsOnIndex(catalog: Catalog, jobs: Iterable<JobIO>): DependsOnIndex {
  let byName: Map<string, JobIO> | undefined;
  // Tables only jobs mention (a Kafka topic, another team's table) count too.
  const mentioned = new Set<string>();
  const jobsByName = () => {
    if (byName) return byName;
    byName = new Map();
    for (const job of jobs) {
      byName.set(job.name.toLowerCase(), job);
      for (const t of [...job.reads, ...job.writes]) mentioned.add(t);
    }
    return byName;
  };
  return {
    resolve(name) {
      const key = name.toLowerCase();
      const job = jobsByName().get(key);
      if (job) return job.writes;
      const table = catalog.get(key)?.name ?? (mentioned.has(key) ? key : undefined);
      return table === undefined ? undefined : [table];
    },
    get names() {
      return [...jobsByName().keys(), ...catalog.tables().map((t) => t.name), ...mentioned];
    },
  };
}
