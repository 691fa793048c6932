import picomatch from 'picomatch';
import { duckDbTableName, openClickHouseTarget, quoteIdentifier, type ClickHouseEngine, type Engine } from '../engines';
import { StrataError } from '../errors';
import { resolveTarget, type TargetConfig } from '../project';
import type { StepWrite } from './run-plan';
import type { StepStatus } from './run-step';
import type { Workspace } from './workspace';

/** One partition a run loaded, or did not, into a serving target (`--load`). */
export interface LoadResult {
  target: string;
  table: string;
  date: string;
  /** The job that wrote it. */
  job: string;
  /** The partition replaced (`null`: every value of a dynamic partition column). */
  partition?: Record<string, string | null>;
  /** Rows sent (0 when not loaded). */
  rows: number;
  status: 'loaded' | 'failed' | 'skipped' | 'planned';
  /** Why it failed or was skipped; one line. */
  message?: string;
}

/** A `--load` target of strata.yaml: a clickhouse target and the tables its `tables:` selectors pick. */
export interface LoadTarget {
  name: string;
  config: TargetConfig;
  holds: (table: string) => boolean;
}

/** What a finished step says about the partitions it wrote. */
interface WrittenStep {
  job: string;
  date: string;
  status: StepStatus;
  writes: StepWrite[];
}

/**
 * The `--load` targets, resolved (secrets read) and checked without connecting: each must be a
 * clickhouse target, and at least one of `written` (the tables the run writes) must be its.
 */
export function loadTargets(ws: Workspace, names: string[], written: string[], env: Record<string, string | undefined>): LoadTarget[] {
  return [...new Set(names)].map((name) => {
    const config = resolveTarget(ws.project.config, name, env);
    if (config.engine !== 'clickhouse') {
      throw new StrataError('usage', `--load ${name}: target '${name}' uses engine '${config.engine}'; --load takes a clickhouse serving target (strata run itself runs on a duckdb --target)`);
    }
    const matcher = config.tables ? picomatch(config.tables) : undefined;
    const holds = (table: string): boolean => matcher === undefined || matcher(table);
    if (!written.some(holds)) {
      throw new StrataError('usage', `--load ${name}: no selected job writes a table of target '${name}' (tables: ${(config.tables ?? []).join(', ')}); select the jobs writing them, or fix targets.${name}.tables in strata.yaml`);
    }
    return { name, config, holds };
  });
}

/** The writes of a step that go to `target`, one per table and partition. */
export function loadedWrites(target: LoadTarget, writes: StepWrite[]): StepWrite[] {
  return writes.filter((w) => target.holds(w.table));
}

/**
 * The open `--load` targets of a run: opened before anything runs (an unreachable server or a
 * refused login stops the run before it starts), each checked to hold every table it will get.
 */
export class RunLoads {
  private constructor(private readonly ws: Workspace, private readonly targets: { target: LoadTarget; engine: ClickHouseEngine }[]) {}

  static async open(ws: Workspace, targets: LoadTarget[], written: string[]): Promise<RunLoads> {
    const opened: { target: LoadTarget; engine: ClickHouseEngine }[] = [];
    const loads = new RunLoads(ws, opened);
    try {
      for (const target of targets) {
        opened.push({ target, engine: await openClickHouseTarget(target.name, target.config) });
        await loads.requireTables(opened[opened.length - 1], [...new Set(written.filter(target.holds))].sort());
      }
      return loads;
    } catch (e) {
      await loads.close();
      throw e;
    }
  }

  /**
   * Loads what the date's steps wrote into each target: per step that succeeded, each written
   * partition of a table the target holds is read from `source` and replaces that partition there.
   * A refused statement is a failed load; a server that cannot be reached or refuses the login stops the run.
   */
  async load(source: Engine, steps: WrittenStep[]): Promise<LoadResult[]> {
    const results: LoadResult[] = [];
    for (const { target, engine } of this.targets) {
      for (const step of steps) {
        for (const write of loadedWrites(target, step.writes)) {
          const result: LoadResult = { target: target.name, table: write.table, date: step.date, job: step.job, ...(write.partition ? { partition: write.partition } : {}), rows: 0, status: 'skipped' };
          if (step.status !== 'success') result.message = `${step.job} did not succeed`;
          else await this.loadOne(source, engine, write, result);
          results.push(result);
        }
      }
    }
    return results;
  }

  async close(): Promise<void> {
    for (const { engine } of this.targets) await engine.close();
  }

  private async loadOne(source: Engine, engine: ClickHouseEngine, write: StepWrite, result: LoadResult): Promise<void> {
    const columns = this.columns(write.table);
    const keys = this.ws.catalog.get(write.table)!.columns.filter((c) => c.partition).map((c) => c.name);
    const fixed = Object.fromEntries(Object.entries(write.partition ?? {}).filter((e): e is [string, string] => e[1] !== null));
    try {
      const where = Object.entries(fixed).map(([c, v]) => `${quoteIdentifier(c)} = '${v.replace(/'/g, "''")}'`).join(' AND ');
      const rows = (await source.query(`SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${duckDbTableName(write.table)}${where ? ` WHERE ${where}` : ''}`)).rows;
      await engine.replacePartition(write.table, { columns: keys, fixed }, columns, rows);
      Object.assign(result, { rows: rows.length, status: 'loaded' });
    } catch (e) {
      if (!(e instanceof StrataError)) throw e;
      const failure = new StrataError(e.code, `target '${result.target}': loading ${write.table}${partitionText(write)} failed: ${e.message.replace(`target '${result.target}': `, '')}`);
      if (e.code === 'config') throw failure;
      // Shards take their rows apart: a failed load may have left some there, which the next load replaces.
      Object.assign(result, { status: 'failed', message: `${failure.message}; the partition on '${result.target}' may be incomplete: fix the cause and run again to replace it` });
    }
  }

  /** The stored columns of a table: derived Flink columns (computed, untyped) are not. */
  private columns(table: string): string[] {
    return this.ws.catalog.get(table)!.columns.filter((c) => c.type !== undefined || c.origin !== 'computed').map((c) => c.name);
  }

  private async requireTables({ target, engine }: { target: LoadTarget; engine: ClickHouseEngine }, tables: string[]): Promise<void> {
    for (const table of tables) {
      const held = await engine.tableColumns(table);
      const missing = held && this.columns(table).find((c) => !held.some((h) => h.name.toLowerCase() === c.toLowerCase()));
      if (held && !missing) continue;
      const what = held ? `table ${table} on target '${target.name}' has no column ${missing}` : `table ${table} is not on target '${target.name}'`;
      throw new StrataError('usage', `${what}; run \`strata publish --target ${target.name}\` first`);
    }
  }
}

/** ` [p_date=2026-11-25]` (`*` for a dynamic column), or nothing. */
export function partitionText(write: StepWrite): string {
  const spec = Object.entries(write.partition ?? {}).map(([c, v]) => `${c}=${v ?? '*'}`);
  return spec.length > 0 ? ` [${spec.join(', ')}]` : '';
}
