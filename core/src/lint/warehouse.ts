/**
 * What the warehouse-convention rules (WH..) share: the project's layers, the layer of a table,
 * and where a script publishes data (its INSERT, CTAS and view queries).
 */
import { qualifiedName, type Catalog } from '../catalog';
import type { Layer, SqlFile } from '../project';
import { defaultLayers } from '../project/config';
import type { Cte, QualifiedName, Query, Script, Select, Statement, TableRef } from '../sql';
import { jobLocalNames } from '../tasks/job-locals';
import type { Workspace } from '../tasks/workspace';
import { declaredLayers } from './graph-index';

/** strata.yaml's default layers (ods, dim, dwd, dws, ads), for files linted without a workspace. */
const DEFAULT_LAYERS: readonly Layer[] = defaultLayers();

/** The project's layers, or the classic defaults outside a project. */
export function layersOf(workspace: Workspace | undefined): readonly Layer[] {
  return workspace?.project.config.layers ?? DEFAULT_LAYERS;
}

/**
 * The layer of a project table: its file's (the folder under tables/), else the layer whose
 * database holds it, else the layer whose prefix its bare name has; undefined for tables of no
 * layer (Kafka topics, other teams' databases).
 */
export function layerOfTable(table: string, layers: readonly Layer[], workspace: Workspace | undefined): string | undefined {
  const declared = workspace ? declaredLayers(workspace).get(table) : undefined;
  if (declared !== undefined) return declared;
  const dot = table.lastIndexOf('.');
  const database = dot < 0 ? undefined : table.slice(0, dot).split('.').pop();
  const bare = table.slice(dot + 1);
  return (layers.find((l) => l.database === database) ?? layers.find((l) => l.prefix !== '' && bare.startsWith(l.prefix)))?.name;
}

/** `db.t` as the SQL spells it, for messages. */
export function writtenName(name: QualifiedName): string {
  return name.parts.map((p) => p.name).join('.');
}

/** Streaming jobs (front matter `type: streaming`, or Flink SQL) write continuously, not by partition. */
export function isStreaming(file: SqlFile | undefined, dialect: string): boolean {
  return dialect === 'flink' || file?.frontMatter?.data.type === 'streaming';
}

/** A query whose rows a statement publishes, and the statement that does. */
export interface Output {
  query: Query;
  statement: Statement;
}

/**
 * The queries a statement publishes: INSERT (also multi-insert branches and Flink statement sets),
 * a permanent CTAS, a permanent view. Temporary views and tables stay inside the job.
 */
export function outputsOf(statement: Statement): Output[] {
  switch (statement.kind) {
    case 'Insert':
      return [{ query: statement.query, statement }];
    case 'MultiInsert':
      return statement.inserts.flatMap((i) => (i.kind === 'Insert' ? outputsOf(i) : []));
    case 'StatementSet':
      return statement.statements.flatMap(outputsOf);
    case 'CreateTable':
      return statement.asQuery && !statement.temporary ? [{ query: statement.asQuery, statement }] : [];
    case 'CreateView':
      return statement.temporary || statement.using ? [] : [{ query: statement.query, statement }];
    default:
      return [];
  }
}

/** The outputs of every statement of the script that parsed. */
export function scriptOutputs(context: { script: Script; inBrokenStatement(offset: number): boolean }): Output[] {
  return context.script.statements.filter((s) => !context.inBrokenStatement(s.start)).flatMap(outputsOf);
}

/** The SELECTs whose select lists are a query's output: through set operations and parentheses, not into FROM. */
export function outputSelects(query: Query): Select[] {
  const out: Select[] = [];
  // A stack, not recursion: generated UNION chains run to thousands of branches.
  const stack: Query['body'][] = [query.body];
  while (stack.length > 0) {
    const body = stack.pop()!;
    if (body.kind === 'Select') out.push(body);
    else if (body.kind === 'SetOperation') stack.push(body.right, body.left);
    else if (body.kind === 'Query') stack.push(body.body);
  }
  return out;
}

/** A table the job reads, where it names it. */
export interface TableRead {
  ref: TableRef;
  /** The project's name for it (the catalog's, lower-case). */
  table: string;
}

/**
 * Gathers a script's table references (as a rule's `TableRef` and `Cte` visitors) and tells which
 * read project tables: not CTEs, not the job's temporary views and tables.
 */
export class TableReads {
  private readonly refs: TableRef[] = [];
  private readonly ctes = new Set<string>();

  add(ref: TableRef): void {
    this.refs.push(ref);
  }

  addCte(cte: Cte): void {
    this.ctes.add(cte.name.name.toLowerCase());
  }

  /** The references to project tables, once the whole script is visited. */
  reads(script: Script, catalog: Catalog | undefined): TableRead[] {
    const locals = jobLocalNames(script);
    const out: TableRead[] = [];
    for (const ref of this.refs) {
      const written = qualifiedName(ref.name);
      if (locals.has(written) || (ref.name.parts.length === 1 && this.ctes.has(written))) continue;
      out.push({ ref, table: catalog?.get(written)?.name ?? written });
    }
    return out;
  }
}

/** The project tables the script writes (its analysis' writes without temporary views and dropped scratch), by catalog name. */
export function publishedWrites(script: Script, writes: readonly string[], catalog: Catalog | undefined): string[] {
  const locals = jobLocalNames(script);
  return writes.filter((w) => !locals.has(w) || locals.get(w) !== undefined).map((w) => locals.get(w) ?? catalog?.get(w)?.name ?? w);
}
