import { updateTable, type Workspace } from '../tasks/workspace';
import { filterUses } from './column-uses';
import type { Change, Impact, ImpactedColumn } from './plan-types';
import type { PublishedTable, TargetState } from './state';

/**
 * Fills `impact` on each breaking change: the columns downstream of what it removes or retypes,
 * walked over the project's column lineage (as `strata lineage --downstream`), each with the job
 * line that derives it; the places jobs use the column or any of those only to filter, join or
 * group (`column-uses.ts`); a dropped or re-partitioned table reaches everything downstream of any of
 * its columns, and every job reading it. A removed column or table is no longer in the project's
 * catalog, so the tables losing something are first put back in `ws` as `state` has them
 * (`ws` is changed: call this last).
 */
export function addImpact(ws: Workspace, changes: Change[], state: TargetState): void {
  const losing = new Set(changes.filter((c) => c.kind === 'drop-column' || c.kind === 'drop-table').map((c) => ('table' in c ? c.table : '')));
  for (const name of losing) restorePublished(ws, state.tables[name]);
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
  const uses = filterUses(ws, [...new Set([...columns, ...impacted.map((c) => c.column)])]);
  return {
    columns: impacted,
    tables: [...new Set(impacted.map((c) => c.column.slice(0, c.column.lastIndexOf('.'))))].sort(),
    uses,
    jobs: [...new Set([...impacted.map((c) => c.job), ...uses.map((u) => u.job), ...readerJobs])].sort(),
  };
}

function tableColumns(ws: Workspace, table: string): string[] {
  const known = ws.catalog.get(table);
  return known ? known.columns.map((c) => `${table}.${c.name.toLowerCase()}`) : ws.columns.columnsOf(table);
}

function readers(ws: Workspace, table: string): string[] {
  return [...ws.jobs.values()].filter((io) => io.reads.includes(table)).map((io) => io.name);
}

/** Re-declares a table in `ws` with its published columns (in its own file, or a stand-in for a table the project dropped). */
function restorePublished(ws: Workspace, row: PublishedTable): void {
  const file = ws.catalog.get(row.name)?.file ?? `published/${row.name}.sql`;
  const column = (c: PublishedTable['columns'][number]) => `\`${c.name}\` ${c.type}`;
  const data = row.columns.filter((c) => !c.partition).map(column);
  const partitions = row.columns.filter((c) => c.partition).map(column);
  const text = `CREATE TABLE ${row.name} (${data.join(', ')})${partitions.length > 0 ? ` PARTITIONED BY (${partitions.join(', ')})` : ''};\n`;
  updateTable(ws, { path: file, kind: 'table', text, dialect: 'spark', name: row.name.slice(row.name.lastIndexOf('.') + 1) });
}
