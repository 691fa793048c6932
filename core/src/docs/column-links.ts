import type { Workspace } from '../tasks/workspace';
import { projectNamer } from '../tasks/workspace';
import type { ColumnLink } from './model';

/** Every column's direct lineage neighbours, both ways, keyed by `db.table.col`. */
export interface ColumnLinks {
  upstream: Map<string, ColumnLink[]>;
  downstream: Map<string, ColumnLink[]>;
  /** Columns that appear on an edge, by table: tables without DDL get their columns from here. */
  byTable: Map<string, Set<string>>;
}

/**
 * Indexes the project's column graph once (a walk per column would sort edges 100,000 times), plus
 * the edges whose source the SQL leaves unresolved (`?.col`), which the column graph leaves out:
 * the docs show them, honestly, as unknown sources.
 */
export function columnLinks(ws: Workspace): ColumnLinks {
  const links: ColumnLinks = { upstream: new Map(), downstream: new Map(), byTable: new Map() };
  for (const e of ws.columns.edges()) {
    const at = { kind: e.kind, job: e.job, file: e.file, line: e.line + 1 };
    add(links.upstream, e.target, { column: e.source, ...at });
    add(links.downstream, e.source, { column: e.target, ...at });
    note(links.byTable, e.source);
    note(links.byTable, e.target);
  }
  for (const wf of ws.files) {
    // A source the SQL leaves unresolved comes with a diagnostic (an unknown table or column); only
    // those jobs are analysed again when the workspace comes from the cache.
    if (wf.file.kind !== 'job' || (ws.semantic.get(wf.file.path) ?? []).length === 0) continue;
    const unresolved = ws.analysis.get(wf.file.path)?.lineage.edges.filter((e) => e.source.startsWith('?.')) ?? [];
    if (unresolved.length === 0) continue;
    const name = projectNamer(wf, ws.catalog);
    for (const e of unresolved) {
      const dot = e.target.lastIndexOf('.');
      const table = name(e.target.slice(0, dot));
      if (table === undefined) continue;
      add(links.upstream, `${table}${e.target.slice(dot)}`, { column: e.source, kind: e.kind, job: wf.file.name, file: wf.file.path, line: wf.lines.position(e.start).line + 1 });
    }
  }
  return links;
}

function add(map: Map<string, ColumnLink[]>, key: string, link: ColumnLink): void {
  const list = map.get(key);
  if (list) list.push(link);
  else map.set(key, [link]);
}

function note(byTable: Map<string, Set<string>>, column: string): void {
  const dot = column.lastIndexOf('.');
  const table = column.slice(0, dot);
  const set = byTable.get(table);
  if (set) set.add(column.slice(dot + 1));
  else byTable.set(table, new Set([column.slice(dot + 1)]));
}
