import type { Diagnostic } from '../diagnostic';
import { duckDbTableName, openDuckDb, type Engine } from '../engines';
import { StrataError } from '../errors';
import { duckDbPrelude, type TranslatedStatement } from '../translate';
import { SampleDatabase, touched, type SampleInput } from './dry-run-inputs';
import { compareOutput, translatedInsert, type OutputColumn } from './dry-run-insert';
import { toDiagnostic, type Workspace, type WorkspaceFile } from './workspace';

/** What one INSERT writes: the table, its partition spec, and its output schema vs the contract. */
export interface OutputSchema {
  table: string;
  partition?: Record<string, string | null>;
  /** 0-based line of the INSERT in the job file. */
  line: number;
  columns: OutputColumn[];
}

/** A written table after a `--sample` run: its row count and the first rows. */
export interface SamplePreview {
  table: string;
  rows: number;
  columns: string[];
  /** Up to {@link PREVIEW_ROWS} rows, sorted; values as `QueryResult` normalizes them (big integers as text). */
  preview: unknown[][];
}

export interface EnginePhase {
  outputs: OutputSchema[];
  inputs: SampleInput[];
  previews: SamplePreview[];
  diagnostics: Diagnostic[];
}

export interface EnginePhaseOptions {
  vars: Record<string, string>;
  sample: boolean;
  /** Published local database, attached read-only as `published`. */
  published?: string;
  timeoutMs: number;
}

export const PREVIEW_ROWS = 10;

/**
 * Runs the job on in-memory DuckDB: every catalog table it touches created empty, the prelude,
 * the translated statements each in one transaction, each INSERT's query described first and
 * compared with the target's DDL. With `sample`, the tables it reads are filled (see
 * `SampleDatabase`) and the written tables previewed. Nothing published is written.
 */
export async function runOnDuckDb(ws: Workspace, wf: WorkspaceFile, options: EnginePhaseOptions): Promise<EnginePhase> {
  const engine = await openDuckDb({ attachReadOnly: options.published ? [{ alias: 'published', path: options.published }] : [] });
  try {
    const db = new SampleDatabase(ws, engine, options.vars, options.published !== undefined);
    const translation = db.translate(wf);
    const phase: EnginePhase = { outputs: [], inputs: [], previews: [], diagnostics: [...translation.diagnostics] };
    if (translation.diagnostics.some((d) => d.severity === 'error')) return phase;
    const statements = translation.statements;
    await db.createTables(touched(statements));
    for (const sql of duckDbPrelude()) await engine.execute(sql);
    if (options.sample) {
      await db.fill(statements.flatMap((s) => s.reads), new Set([wf.file.path]));
      phase.inputs = db.inputs;
      phase.diagnostics.push(...db.diagnostics);
    }
    await runStatements(ws, wf, engine, statements, phase, options, (statement) => (options.sample ? db.fillTopic(wf, statement) : Promise.resolve()));
    if (options.sample && !phase.diagnostics.some((d) => d.severity === 'error')) {
      const written = [...new Set(statements.flatMap((s) => s.writes.map((w) => w.table)))].sort();
      for (const table of written) phase.previews.push(await preview(db, table, options.timeoutMs));
    }
    return phase;
  } finally {
    await engine.close();
  }
}

/** Runs each statement in a transaction, describing and comparing INSERTs first; `after` runs after each statement. */
async function runStatements(ws: Workspace, wf: WorkspaceFile, engine: Engine, statements: TranslatedStatement[], phase: EnginePhase, options: EnginePhaseOptions, after: (s: TranslatedStatement) => Promise<void>): Promise<void> {
  const facts = ws.analysis.get(wf.file.path)?.facts.inserts ?? [];
  const diagnostic = (start: number, end: number, code: string, message: string) => toDiagnostic(wf.file.path, wf.lines, start, end, code, message);
  for (const statement of statements) {
    if (statement.sql.length === 0) continue;
    try {
      await engine.transaction(async () => {
        for (const sql of statement.sql) {
          const insert = translatedInsert(sql);
          if (insert) {
            const fact = facts.find((f) => f.table === insert.table && f.start >= statement.span.start && f.start < statement.span.end);
            const { columns, mismatches } = compareOutput(insert, await engine.describe(insert.query), ws.catalog.get(insert.table), fact);
            const partition = statement.writes.find((w) => w.table === insert.table)?.partition;
            phase.outputs.push({ table: insert.table, ...(partition ? { partition } : {}), line: wf.lines.position(statement.span.start).line, columns });
            for (const m of mismatches) {
              const at = m.at ?? statement.span;
              const message = `select item ${m.position} (${m.column.type}) is written into column '${m.column.name}' ${m.column.declared} of '${insert.table}': the types do not convert on insert; CAST it explicitly or fix the column type`;
              phase.diagnostics.push(diagnostic(at.start, at.end, 'insert-type-mismatch', message));
            }
          }
          await engine.execute(sql, { timeoutMs: options.timeoutMs });
        }
      });
      await after(statement);
    } catch (e) {
      if (!(e instanceof StrataError) || (e.code !== 'engine' && e.code !== 'timeout')) throw e;
      phase.diagnostics.push(diagnostic(statement.span.start, statement.span.end, e.code === 'timeout' ? 'timeout' : 'duckdb', `DuckDB: ${e.message}`));
      // Later statements build on this one: their errors would only follow from it.
      return;
    }
  }
}

async function preview(db: SampleDatabase, table: string, timeoutMs: number): Promise<SamplePreview> {
  const sqlName = duckDbTableName(table);
  const result = await db.engine.query(`SELECT * FROM ${sqlName} ORDER BY ALL LIMIT ${PREVIEW_ROWS}`, { timeoutMs });
  const plain = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : Array.isArray(v) ? v.map(plain) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
  return { table, rows: await db.count(table, timeoutMs), columns: result.columns.map((c) => c.name), preview: result.rows.map((r) => r.map(plain)) };
}
