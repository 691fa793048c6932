/**
 * What the warehouse-convention rules (WH..) share: the project's layers, the layer of a table,
 * and where a script publishes data (its INSERT, CTAS and view queries).
 */
import type { TableInfo } from '../catalog';
import { parseConfig, type Layer, type SqlFile } from '../project';
import type { Query, Script, Select, Statement } from '../sql';
import type { Workspace } from '../tasks/workspace';

/** strata.yaml's default layers (ods, dim, dwd, dws, ads), for files linted without a workspace. */
const DEFAULT_LAYERS: readonly Layer[] = parseConfig('name: defaults').layers;

/** The project's layers, or the classic defaults outside a project. */
export function layersOf(workspace: Workspace | undefined): readonly Layer[] {
  return workspace?.project.config.layers ?? DEFAULT_LAYERS;
}

/**
 * The layer of a table: its file's (the folder under tables/), else the layer whose database
 * holds it, else the layer whose prefix its bare name has; undefined for tables of no layer
 * (Kafka topics, other teams' databases).
 */
export function layerOfTable(info: TableInfo | undefined, name: string, layers: readonly Layer[], workspace: Workspace | undefined): string | undefined {
  const file = info?.file === undefined ? undefined : workspace?.files.find((f) => f.file.path === info.file);
  if (file?.file.layer !== undefined) return file.file.layer;
  const dot = name.lastIndexOf('.');
  const database = dot < 0 ? undefined : name.slice(0, dot).split('.').pop();
  const bare = name.slice(dot + 1);
  return (layers.find((l) => l.database === database) ?? layers.find((l) => l.prefix !== '' && bare.startsWith(l.prefix)))?.name;
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
