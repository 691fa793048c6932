import type { PartitionFilterFact } from '../analysis';
import { openDuckDb, type Engine } from '../engines';
import { StrataError } from '../errors';
import { renderVariables } from '../project';
import type { Span } from '../sql/ast';
import { duckDbPrelude, translateToDuckDb } from '../translate';
import type { Workspace, WorkspaceFile } from './workspace';

/**
 * The partitions one filter reads, its operands evaluated with the run's variables:
 * `p_date = '${date}'` → `{column: 'p_date', op: '=', values: ['2026-11-25']}`; `between` holds
 * the low and high bound, `in` every listed value, `>=` and the like their one bound.
 */
export interface PartitionValues {
  column: string;
  op: PartitionFilterFact['op'];
  values: (string | number | boolean | null)[];
}

type Value = PartitionValues['values'][number];

/**
 * Evaluates the operands of the partition filters of a job's reads (`filters` of each read's
 * facts): a literal as written (after `${vars}` are substituted), anything else (`date_sub('${date}', 6)`)
 * translated like the job and computed on DuckDB, which is opened only when some operand needs it.
 * A filter with an operand that cannot be evaluated is left out.
 */
export async function evaluatePartitionFilters(ws: Workspace, wf: WorkspaceFile, filters: PartitionFilterFact[][], vars: Record<string, string>): Promise<PartitionValues[][]> {
  const evaluator = new OperandEvaluator(ws, wf, vars);
  try {
    const result: PartitionValues[][] = [];
    for (const list of filters) {
      const evaluated: PartitionValues[] = [];
      for (const f of list) {
        const values = await Promise.all(f.operands.map((o) => evaluator.value(o)));
        const filter = { column: f.column, op: f.op, values: values as Value[] };
        // Branches of a multi-insert often repeat the same filter.
        if (values.every((v) => v !== undefined) && !evaluated.some((e) => JSON.stringify(e) === JSON.stringify(filter))) evaluated.push(filter);
      }
      result.push(evaluated);
    }
    return result;
  } finally {
    await evaluator.close();
  }
}

class OperandEvaluator {
  private engine: Promise<Engine> | undefined;

  constructor(private readonly ws: Workspace, private readonly wf: WorkspaceFile, private readonly vars: Record<string, string>) {}

  /** The operand's value, or undefined when it cannot be evaluated. */
  async value(operand: Span): Promise<Value | undefined> {
    const written = this.wf.file.text.slice(operand.start, operand.end);
    let rendered: string;
    try {
      rendered = renderVariables(written, this.vars);
    } catch (e) {
      if (e instanceof StrataError) return undefined;
      throw e;
    }
    const literal = literalValue(rendered);
    return literal !== undefined ? literal.value : this.computed(written);
  }

  private async computed(written: string): Promise<Value | undefined> {
    const { file } = this.wf;
    const translated = translateToDuckDb({ text: `SELECT ${written}`, dialect: file.dialect, file: file.path, catalog: this.ws.catalog, vars: this.vars });
    const sql = translated.statements[0]?.sql[0];
    if (sql === undefined || translated.diagnostics.some((d) => d.severity === 'error')) return undefined;
    this.engine ??= openWithPrelude();
    try {
      const value = (await (await this.engine).query(sql, { timeoutMs: 10_000 })).rows[0]?.[0];
      return typeof value === 'bigint' ? value.toString() : (value as Value);
    } catch (e) {
      if (e instanceof StrataError) return undefined;
      throw e;
    }
  }

  async close(): Promise<void> {
    if (this.engine) await (await this.engine).close();
  }
}

async function openWithPrelude(): Promise<Engine> {
  const engine = await openDuckDb();
  for (const sql of duckDbPrelude()) await engine.execute(sql);
  return engine;
}

/** A plain string or number literal (after substitution), e.g. `'2026-11-25'` or `20261125`. */
function literalValue(text: string): { value: Value } | undefined {
  const trimmed = text.trim();
  const quoted = /^'((?:[^'\\]|''|\\.)*)'$/.exec(trimmed) ?? /^"((?:[^"\\]|""|\\.)*)"$/.exec(trimmed);
  if (quoted) return { value: quoted[1].replace(/''/g, "'").replace(/""/g, '"').replace(/\\(.)/g, '$1') };
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  return undefined;
}
