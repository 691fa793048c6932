import type { JobIO } from '../analysis/graph';
import type { TableInfo } from '../catalog';
import type { ProjectConfig } from '../project/model';
import { loadWorkspace } from '../tasks/workspace';
import { namingRules, type NamingRules } from './naming-rules';

/** Owner written into new files when none is given. */
export const DEFAULT_OWNER = 'data-team';

/** What `strata new` needs to know about a project to offer defaults and validate names. */
export interface ScaffoldContext {
  root: string;
  config: ProjectConfig;
  /** Naming rules by layer name, in strata.yaml order. */
  rules: NamingRules[];
  /** strata.yaml's var `partition_column` (written by `strata init`), else the one most tables use, else p_date. */
  partitionColumn: string;
  /** Project tables (not Flink temporary ones), for `new job --reads/--writes` and `new test`. */
  tables: TableInfo[];
  /** What each job reads and writes, for `new test`. */
  jobs: JobIO[];
}

/** Loads the project once for `strata new table|job|test`. */
export async function scaffoldContext(options: { project?: string; cwd: string }): Promise<ScaffoldContext> {
  const workspace = await loadWorkspace(options);
  const { config, root } = workspace.project;
  const tables = workspace.catalog.tables().filter((t) => !t.temporary && t.file !== undefined);
  return {
    root,
    config,
    rules: config.layers.map((l) => namingRules(config, l.name)),
    partitionColumn: config.vars.partition_column?.default ?? commonPartition(tables),
    tables,
    jobs: [...workspace.jobs.values()],
  };
}

function commonPartition(tables: readonly TableInfo[]): string {
  const counts = new Map<string, number>();
  for (const t of tables) for (const c of t.columns.filter((col) => col.partition)) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'p_date';
}

/** The naming rules of `layer`, failing with the layers there are. */
export function rulesOf(context: ScaffoldContext, layer: string): NamingRules {
  return context.rules.find((r) => r.layer.name === layer) ?? namingRules(context.config, layer);
}
