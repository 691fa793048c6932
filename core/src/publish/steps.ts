import type { ColumnInfo } from '../catalog';
import type { TableAlteration } from '../engines';
import { Fingerprint, plannedJob, plannedTable } from './fingerprint';
import type { Change, Desired, PlannedJob, PlannedTable, PlanStep } from './plan-types';
import type { PublishedColumn, TargetState } from './state';

/** Step phases: jobs leave before the tables they write change, tables change upstream first, jobs arrive last. */
const PHASE: Record<Change['kind'], number> = {
  'remove-job': 0, 'create-table': 1, 'drop-column': 1, 'retype-column': 1, 'add-columns': 1, repartition: 1, 'drop-table': 2, 'add-job': 3, 'change-job': 3,
};

/** A step before it has its place in the plan and the state fingerprint after it. */
export type StepDraft = Omit<PlanStep, 'n' | 'stateAfter'>;

/**
 * The steps applying `changes`, in order, each with the state rows it leaves: a table keeps its
 * old hash until its last step, so a publish stopped between two steps of one table plans the
 * rest again. Each step carries the state fingerprint after it, for resuming a saved plan
 * (`base`: the fingerprint of `state`, when the caller has it already; it is not changed).
 */
export function planSteps(changes: Change[], desired: Desired, state: TargetState, base: Fingerprint = Fingerprint.of(state)): PlanStep[] {
  const tables = new Map<string, PlannedTable>(Object.values(state.tables).map((t) => [t.name, plannedTable(t)]));
  const jobs = new Map<string, PlannedJob>(Object.values(state.jobs).map((j) => [j.path, plannedJob(j)]));
  const fingerprint = base.copy();
  const ordered = changes.map((c, i) => ({ c, i })).sort((a, b) => PHASE[a.c.kind] - PHASE[b.c.kind] || a.i - b.i).map((x) => x.c);
  const lastOfTable = new Map<string, Change>();
  for (const c of ordered) if ('table' in c) lastOfTable.set(c.table, c);
  return ordered.map((change, i) => {
    const draft = stepOf(change, desired, tables, jobs, lastOfTable.get('table' in change ? change.table : '') === change);
    for (const [name, row] of Object.entries(draft.tables)) {
      const old = tables.get(name);
      if (old) fingerprint.remove('table', old);
      if (row) fingerprint.add('table', row);
      if (row) tables.set(name, row);
      else tables.delete(name);
    }
    for (const [path, row] of Object.entries(draft.jobs)) {
      const old = jobs.get(path);
      if (old) fingerprint.remove('job', old);
      if (row) fingerprint.add('job', row);
      if (row) jobs.set(path, row);
      else jobs.delete(path);
    }
    return { n: i + 1, ...draft, stateAfter: fingerprint.toString() };
  });
}

function stepOf(change: Change, desired: Desired, tables: Map<string, PlannedTable>, jobs: Map<string, PlannedJob>, last: boolean): StepDraft {
  switch (change.kind) {
    case 'create-table': {
      const row = { name: change.table, hash: desired.tables.get(change.table)!.hash, columns: change.columns, version: 1 };
      return { action: 'create-table', description: `create table ${change.table}`, table: change.table, columns: change.columns, tables: { [change.table]: row }, jobs: {} };
    }
    case 'repartition': {
      const want = desired.tables.get(change.table)!;
      const row = { ...tables.get(change.table)!, hash: want.hash, columns: want.columns };
      const description = `rebuild ${change.table} partitioned by (${change.to.join(', ')}), dropping its data`;
      return { action: 'recreate-table', description, table: change.table, columns: want.columns, tables: { [change.table]: bump(row) }, jobs: {} };
    }
    case 'drop-table':
      return { action: 'drop-table', description: `drop table ${change.table}`, table: change.table, tables: { [change.table]: null }, jobs: {} };
    case 'drop-column':
      return alter(change.table, `drop column ${change.column} of ${change.table}`, { kind: 'drop-columns', columns: [change.column] }, (cs) => cs.filter((c) => c.name !== change.column));
    case 'retype-column':
      return alter(change.table, `retype column ${change.column} of ${change.table} from ${change.from} to ${change.to}`, { kind: 'retype-column', column: change.column, type: change.to },
        (cs) => cs.map((c) => (c.name === change.column ? { ...c, type: change.to } : c)));
    case 'add-columns':
      return alter(change.table, `add ${plural(change.columns.length, 'column')} ${change.columns.map((c) => c.name).join(', ')} to ${change.table}`,
        { kind: 'add-columns', columns: change.columns.map(columnInfo) }, (cs) => [...cs, ...change.columns]);
    case 'add-job':
    case 'change-job': {
      const want = desired.jobs.get(change.job)!;
      const row = { ...want, version: (jobs.get(change.job)?.version ?? 0) + 1 };
      return { action: 'register-job', description: `${change.kind === 'add-job' ? 'register' : 'update'} job ${change.job}`, job: change.job, tables: {}, jobs: { [change.job]: row } };
    }
    case 'remove-job':
      return { action: 'remove-job', description: `remove job ${change.job}`, job: change.job, tables: {}, jobs: { [change.job]: null } };
  }

  function alter(table: string, description: string, alteration: TableAlteration, columns: (cs: PublishedColumn[]) => PublishedColumn[]): StepDraft {
    const old = tables.get(table)!;
    const row = bump({ ...old, columns: columns(old.columns), hash: last ? desired.tables.get(table)!.hash : old.hash });
    return { action: 'alter-table', description, table, alteration, tables: { [table]: row }, jobs: {} };
  }
}

function bump(row: PlannedTable): PlannedTable {
  return { ...row, version: row.version + 1 };
}

/** A published column as the engine interface takes it. */
export function columnInfo(c: PublishedColumn): ColumnInfo {
  return { name: c.name, type: c.type, partition: c.partition, ...(c.comment ? { comment: c.comment } : {}) };
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
