import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { duckDbTableName, loadSeed, openDuckDb, seedTable, type Engine } from '../engines';
import { StrataError } from '../errors';
import { duckDbPrelude, translateToDuckDb, type TranslatedStatement } from '../translate';
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

/** Where a table's sample rows came from (`--sample`). */
export interface SampleInput {
  table: string;
  from: 'seed' | 'published' | 'none';
  rows: number;
  /** The seed file, project-relative. */
  file?: string;
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
 * compared with the target's DDL. With `sample`, the tables it reads are filled from seeds (or from
 * the published local database) and the written tables previewed. Nothing published is written.
 */
export async function runOnDuckDb(ws: Workspace, wf: WorkspaceFile, options: EnginePhaseOptions): Promise<EnginePhase> {
  const { file } = wf;
  const translation = translateToDuckDb({ text: file.text, dialect: file.dialect, file: file.path, catalog: ws.catalog, vars: options.vars });
  const phase: EnginePhase = { outputs: [], inputs: [], previews: [], diagnostics: [...translation.diagnostics] };
  if (translation.diagnostics.some((d) => d.severity === 'error')) return phase;
  const attach = options.published ? [{ alias: 'published', path: options.published }] : [];
  const engine = await openDuckDb({ attachReadOnly: attach });
  try {
    const statements = translation.statements;
    const touched = catalogTables(ws, statements.flatMap((s) => [...s.reads, ...s.writes.map((w) => w.table)]));
    for (const table of touched) await engine.createTable(ws.catalog.get(table)!);
    for (const sql of duckDbPrelude()) await engine.execute(sql);
    if (options.sample) phase.inputs = await fillInputs(ws, engine, catalogTables(ws, statements.flatMap((s) => s.reads)), options.published !== undefined);
    await runStatements(ws, wf, engine, statements, phase, options);
    if (options.sample && !phase.diagnostics.some((d) => d.severity === 'error')) {
      for (const table of unique(statements.flatMap((s) => s.writes.map((w) => w.table)))) phase.previews.push(await preview(engine, table, options.timeoutMs));
    }
  } finally {
    await engine.close();
  }
  return phase;
}

/** The catalog tables (not job-local ones: translation creates those) among `names`, once each. */
function catalogTables(ws: Workspace, names: string[]): string[] {
  return unique(names).filter((n) => ws.catalog.get(n) !== undefined && !ws.catalog.get(n)!.temporary);
}

function unique(names: string[]): string[] {
  return [...new Set(names)].sort();
}

async function runStatements(ws: Workspace, wf: WorkspaceFile, engine: Engine, statements: TranslatedStatement[], phase: EnginePhase, options: EnginePhaseOptions): Promise<void> {
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
    } catch (e) {
      if (!(e instanceof StrataError) || (e.code !== 'engine' && e.code !== 'timeout')) throw e;
      phase.diagnostics.push(diagnostic(statement.span.start, statement.span.end, e.code === 'timeout' ? 'timeout' : 'duckdb', `DuckDB: ${e.message}`));
      // Later statements build on this one: their errors would only follow from it.
      return;
    }
  }
}

/** Fills each table the job reads from its seed, else from the published local database. */
async function fillInputs(ws: Workspace, engine: Engine, tables: string[], published: boolean): Promise<SampleInput[]> {
  const seeds = new Map(ws.project.seeds.map((s) => [seedTable(ws.catalog, s)?.name, s]));
  const inputs: SampleInput[] = [];
  for (const table of tables) {
    const seed = seeds.get(table);
    if (seed) {
      const text = fs.readFileSync(path.join(ws.project.root, seed.path), 'utf8');
      inputs.push({ table, from: 'seed', rows: await loadSeed(engine, ws.catalog.get(table)!, text, seed.path), file: seed.path });
    } else if (published && (await publishedHas(engine, table))) {
      await engine.execute(`INSERT INTO ${duckDbTableName(table)} BY NAME SELECT * FROM published.${duckDbTableName(table)}`);
      inputs.push({ table, from: 'published', rows: await count(engine, duckDbTableName(table)) });
    } else inputs.push({ table, from: 'none', rows: 0 });
  }
  return inputs;
}

async function publishedHas(engine: Engine, table: string): Promise<boolean> {
  const [schema, name] = table.includes('.') ? table.split('.') : ['main', table];
  const sql = `SELECT count(*) FROM duckdb_tables() WHERE database_name = 'published' AND schema_name = '${schema.replace(/'/g, "''")}' AND table_name = '${name.replace(/'/g, "''")}'`;
  return (await engine.query(sql)).rows[0][0] === 1;
}

async function count(engine: Engine, sqlName: string, timeoutMs?: number): Promise<number> {
  return Number((await engine.query(`SELECT count(*) FROM ${sqlName}`, { timeoutMs })).rows[0][0]);
}

async function preview(engine: Engine, table: string, timeoutMs: number): Promise<SamplePreview> {
  const sqlName = duckDbTableName(table);
  const result = await engine.query(`SELECT * FROM ${sqlName} ORDER BY ALL LIMIT ${PREVIEW_ROWS}`, { timeoutMs });
  const plain = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : Array.isArray(v) ? v.map(plain) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
  return { table, rows: await count(engine, sqlName, timeoutMs), columns: result.columns.map((c) => c.name), preview: result.rows.map((r) => r.map(plain)) };
}
