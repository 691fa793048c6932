import type { Workspace } from '../tasks/workspace';
import type { Change, Impact, ImpactedColumn } from './plan-types';

/**
 * Fills `impact` on each breaking change: the columns downstream of what it removes or retypes,
 * walked over the project's column lineage (as `strata lineage --downstream`), each with the job
 * line that derives it; a dropped or re-partitioned table reaches everything downstream of any of
 * its columns, and every job reading it.
 */
export function addImpact(ws: Workspace, changes: Change[]): void {
  for (const change of changes) {
    if (!change.breaking) continue;
    switch (change.kind) {
      case 'drop-column':
      case 'retype-column':
        change.impact = impactOf(ws, [`${change.table}.${change.column}`], []);
        break;
      case 'repartition':
      case 'drop-table':
        change.impact = impactOf(ws, tableColumns(ws, change.table), readers(ws, change.table));
        break;
    }
  }
}

function impactOf(ws: Workspace, columns: string[], readerJobs: string[]): Impact {
  const seen = new Map<string, ImpactedColumn>();
  for (const column of columns) {
    for (const hop of ws.columns.walk(column, 'downstream')) {
      const key = `${hop.target}\0${hop.job}`;
      if (!seen.has(key)) seen.set(key, { column: hop.target, job: hop.job, file: hop.file, line: hop.line });
    }
  }
  const impacted = [...seen.values()].sort((a, b) => a.column.localeCompare(b.column) || a.job.localeCompare(b.job));
  return {
    columns: impacted,
    tables: [...new Set(impacted.map((c) => c.column.slice(0, c.column.lastIndexOf('.'))))].sort(),
    jobs: [...new Set([...impacted.map((c) => c.job), ...readerJobs])].sort(),
  };
}

function tableColumns(ws: Workspace, table: string): string[] {
  const known = ws.catalog.get(table);
  return known ? known.columns.map((c) => `${table}.${c.name.toLowerCase()}`) : ws.columns.columnsOf(table);
}

function readers(ws: Workspace, table: string): string[] {
  return [...ws.jobs.values()].filter((io) => io.reads.includes(table)).map((io) => io.name);
}
